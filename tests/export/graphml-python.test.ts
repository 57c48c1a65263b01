import { beforeAll, describe, expect, test } from '@jest/globals';
import { toGraphML } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { NASTY, fixtureData } from './helpers/fixture.js';
import { readWithPython, tempFile, type PythonView } from './helpers/tools.js';

const SAID_ID = 'said:person:muqtada-al-sadr--statement:0123456789abcdef:120';
let view: PythonView;

beforeAll(() => {
  view = readWithPython(tempFile('fixture.graphml', toGraphML(buildGraph(fixtureData))));
});

describe('GraphML read by networkx (nx.read_graphml)', () => {
  test('sees every node and edge, directed, parallel edges kept', () => {
    expect(view.networkx.directed).toBe(true);
    expect(Object.keys(view.networkx.nodes).sort()).toEqual(fixtureData.nodes.map((n) => n.id).sort());
    expect(view.networkx.edges.map((e) => e.key).sort()).toEqual(fixtureData.relationships.map((r) => r.id).sort());
  });

  test('reads names, labels, typed offsets and JSON lists', () => {
    const sadr = view.networkx.nodes['person:muqtada-al-sadr']!;
    expect(sadr.name).toBe('Muqtada al-Sadr');
    expect(sadr.labels).toBe(':Person');
    expect(JSON.parse(sadr.aliases as string)).toEqual(['Sadr', 'al-Sadr', NASTY.arabic]);
    const statement = view.networkx.nodes['statement:0123456789abcdef:120']!;
    expect(statement.start).toBe(120);
    expect(statement.text).toBe(NASTY.quoteClean);
    const said = view.networkx.edges.find((e) => e.key === SAID_ID)!;
    expect(said).toMatchObject({ source: 'person:muqtada-al-sadr', target: 'statement:0123456789abcdef:120', label: 'SAID', type: 'SAID', start: 100, end: 190 });
    expect(view.networkx.nodes['person:xss']!.name).toBe(NASTY.xss);
  });
});

describe('GraphML read by igraph (Graph.Read_GraphML)', () => {
  test('sees every vertex and edge, directed', () => {
    expect(view.igraph.directed).toBe(true);
    expect(view.igraph.vertices.map((v) => v.id).sort()).toEqual(fixtureData.nodes.map((n) => n.id).sort());
    expect(view.igraph.edges.map((e) => e.id).sort()).toEqual(fixtureData.relationships.map((r) => r.id).sort());
  });

  test('reads names, labels, numeric offsets and JSON lists', () => {
    const sadr = view.igraph.vertices.find((v) => v.id === 'person:muqtada-al-sadr')!;
    expect(sadr).toMatchObject({ name: 'Muqtada al-Sadr', labels: ':Person', type: 'Person', label: 'Muqtada al-Sadr' });
    expect(JSON.parse(sadr.roles as string)).toEqual(['cleric']);
    const said = view.igraph.edges.find((e) => e.id === SAID_ID)!;
    expect(said).toMatchObject({ source: 'person:muqtada-al-sadr', target: 'statement:0123456789abcdef:120', label: 'SAID', start: 100, end: 190 });
    const mentions = view.igraph.edges.filter((e) => e.type === 'MENTIONS').map((e) => e.count).sort();
    expect(mentions).toEqual([1, 3]);
  });
});
