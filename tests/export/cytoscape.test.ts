import { describe, expect, test } from '@jest/globals';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { REL_TYPES, NODE_LABELS } from '../../graph-schema/index.js';
import { toCytoscapeElements, toGraphJSON, type GraphJSON } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { NASTY, fixtureData } from './helpers/fixture.js';

const graph = buildGraph(fixtureData);
const elements = toCytoscapeElements(graph);

describe('toCytoscapeElements', () => {
  test('Cytoscape.js (headless) loads the elements derived from the JSON file with every label and type', () => {
    const fromFile = toCytoscapeElements(MultiDirectedGraph.from(JSON.parse(toGraphJSON(graph)) as GraphJSON) as never);
    const cy = cytoscape({ headless: true, elements: fromFile });
    expect(cy.nodes().length).toBe(fixtureData.nodes.length);
    expect(cy.edges().length).toBe(fixtureData.relationships.length);
    for (const label of NODE_LABELS) expect(cy.nodes(`[type = "${label}"]`).length).toBeGreaterThan(0);
    for (const type of REL_TYPES) expect(cy.edges(`[type = "${type}"]`).length).toBeGreaterThan(0);
    const said = cy.getElementById('said:person:muqtada-al-sadr--statement:0123456789abcdef:120');
    expect(said.source().id()).toBe('person:muqtada-al-sadr');
    expect(said.data('label')).toBe('SAID');
    expect(cy.getElementById('person:xss').data('label')).toBe(NASTY.xss);
  });

  test('node label: name, an Article title, a Statement opening words', () => {
    const label = (id: string) => elements.nodes.find((n) => n.data.id === id)!.data.label;
    expect(label('person:muqtada-al-sadr')).toBe('Muqtada al-Sadr');
    expect(label('article:0123456789abcdef')).toBe('US troops & "Iraq" <analysis> — تحليل');
    expect(label('statement:0123456789abcdef:300')).toBe(`${NASTY.xss} ${NASTY.arabic}`);
  });

  test('a long Statement is cut near 60 characters at a word break, never inside an emoji', () => {
    const text = `“${'We will not leave Iraq until the job is done, '.repeat(3)}😀😀😀”`;
    const g = buildGraph({ nodes: [{ id: 'statement:a:1', type: 'Statement', text, articleId: 'article:a', start: 0, end: text.length }], relationships: [] });
    const { label } = toCytoscapeElements(g).nodes[0]!.data;
    expect(label.endsWith('…')).toBe(true);
    expect(Array.from(label).length).toBeLessThanOrEqual(60);
    expect(Array.from(label).length).toBeGreaterThan(40);
    expect(label).toBe('“We will not leave Iraq until the job is done, We will not…');
    const emoji = buildGraph({ nodes: [{ id: 'statement:a:2', type: 'Statement', text: '😀'.repeat(100), articleId: 'article:a', start: 0, end: 200 }], relationships: [] });
    expect(toCytoscapeElements(emoji).nodes[0]!.data.label).toBe(`${'😀'.repeat(59)}…`);
  });

  test('edge data carries id, source, target, type, label = relationship type and its properties', () => {
    const holds = elements.edges.find((e) => e.data.type === 'HOLDS_ROLE')!;
    expect(holds.data).toEqual({
      id: 'holds-role:person:lloyd-austin--organization:pentagon--article:0123456789abcdef:10',
      source: 'person:lloyd-austin', target: 'organization:pentagon', type: 'HOLDS_ROLE', label: 'HOLDS_ROLE',
      articleId: 'article:0123456789abcdef', end: 40, role: 'Secretary of Defense & <chief>', rule: 'role.appositive', sentence: NASTY.quote, start: 10,
    });
    expect(Object.keys(holds.data).slice(0, 5)).toEqual(['id', 'source', 'target', 'type', 'label']);
  });

  test('elements come in id order', () => {
    const ids = elements.nodes.map((n) => n.data.id);
    expect(ids).toEqual([...ids].sort());
    const edgeIds = elements.edges.map((e) => e.data.id);
    expect(edgeIds).toEqual([...edgeIds].sort());
  });
});
