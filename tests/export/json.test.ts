import { describe, expect, test } from '@jest/globals';
import * as graphology from 'graphology';
import { MultiDirectedGraph } from 'graphology';
import { toGraphJSON, type GraphJSON } from '../../src/export/index.js';
import { buildGraph, toGraphData } from '../../src/graph/index.js';
import { NASTY, fixtureData, shuffledData } from './helpers/fixture.js';

// graphology's typings describe its default export as CommonJS; at run time the ESM build names it `Graph`.
const Graph = (graphology as unknown as { Graph: typeof MultiDirectedGraph }).Graph;
const graph = buildGraph(fixtureData);
const text = toGraphJSON(graph);

describe('toGraphJSON', () => {
  test('loads back with MultiDirectedGraph.from and Graph.from', () => {
    const parsed = JSON.parse(text) as GraphJSON;
    const multi = MultiDirectedGraph.from(parsed);
    expect(multi.order).toBe(fixtureData.nodes.length);
    expect(multi.size).toBe(fixtureData.relationships.length);
    expect(toGraphData(multi)).toEqual(toGraphData(graph));
    const plain = Graph.from(parsed);
    expect(plain.type).toBe('directed');
    expect(plain.multi).toBe(true);
    expect(toGraphData(plain as never)).toEqual(toGraphData(graph));
  });

  test('keeps every string exactly, including control characters JSON can escape', () => {
    const back = MultiDirectedGraph.from(JSON.parse(text) as GraphJSON);
    expect(back.getNodeAttribute('statement:0123456789abcdef:120', 'text')).toBe(NASTY.quote);
    expect(back.getNodeAttribute('person:xss', 'name')).toBe(NASTY.xss);
    expect(back.getNodeAttribute('person:muqtada-al-sadr', 'aliases')).toEqual(['Sadr', 'al-Sadr', NASTY.arabic]);
    expect(back.getEdgeAttribute('mentions:article:0123456789abcdef--person:muqtada-al-sadr', 'count')).toBe(3);
  });

  test('is safe to inline in a <script> element: no raw `<` anywhere', () => {
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003cimg src=x onerror=alert(1)>');
  });

  test('is byte-identical whatever order the same data was inserted in, and ends with a newline', () => {
    expect(toGraphJSON(buildGraph(shuffledData(fixtureData)))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"options"/);
  });

  test('lists nodes and edges in id order with sorted keys, top level as graph.export(): the graph once, no Cytoscape copy', () => {
    const parsed = JSON.parse(text) as GraphJSON;
    expect(Object.keys(parsed)).toEqual(['options', 'attributes', 'nodes', 'edges']);
    const keys = parsed.nodes.map((n) => n.key);
    expect(keys).toEqual([...keys].sort());
    const edgeKeys = parsed.edges.map((e) => e.key!);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
    const attributes = Object.keys(parsed.nodes[0]!.attributes!);
    expect(attributes).toEqual([...attributes].sort());
  });

  test('indent 0 writes one compact line that loads the same graph', () => {
    const compact = toGraphJSON(graph, { indent: 0 });
    expect(compact.trimEnd()).not.toContain('\n');
    expect(JSON.parse(compact)).toEqual(JSON.parse(text));
  });
});
