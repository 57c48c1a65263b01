import { describe, expect, test } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import * as graphml from 'graphology-graphml';
import type { GraphData } from '../../graph-schema/index.js';
import { KgError } from '../../src/errors.js';
import { graphMLChunks, toGraphML } from '../../src/export/index.js';
import { buildGraph, type KnowledgeGraph } from '../../src/graph/index.js';
import { byKey, expectedAfterXml } from './helpers/expected.js';
import { NASTY, fixtureData, shuffledData } from './helpers/fixture.js';
import { tempFile, xmllintValidate } from './helpers/tools.js';

const graph = buildGraph(fixtureData);
const text = toGraphML(graph);

/** Parses with graphology-graphml and undoes what the export adds: display keys and JSON lists. */
function readBack(xml: string): GraphData {
  const parsed = graphml.parse(MultiDirectedGraph, xml) as unknown as KnowledgeGraph;
  const nodes = parsed.mapNodes((id, { label, labels, ...attributes }) => {
    for (const list of ['aliases', 'roles']) {
      if (typeof attributes[list] === 'string') attributes[list] = JSON.parse(attributes[list] as string);
    }
    return { id, ...attributes };
  });
  const relationships = parsed.mapEdges((id, { label, ...attributes }, source, target) => ({ id, source, target, ...attributes }));
  return { nodes, relationships } as unknown as GraphData;
}

describe('toGraphML', () => {
  test('validates offline against the GraphML 1.0 XSD', () => {
    const run = xmllintValidate(tempFile('fixture.graphml', text));
    expect(run.stderr).toContain('validates');
    expect(run.status).toBe(0);
  });

  test('the validation really checks: a non-standard attr.type or an undeclared key is refused', () => {
    const badType = text.replace('attr.name="start" attr.type="int"', 'attr.name="start" attr.type="integer"');
    expect(xmllintValidate(tempFile('bad-type.graphml', badType)).status).not.toBe(0);
    const undeclared = text.replace('<data key="node_labels">', '<data key="node_undeclared">');
    expect(xmllintValidate(tempFile('undeclared.graphml', undeclared)).status).not.toBe(0);
  });

  test('an empty graph is valid GraphML too', () => {
    const empty = toGraphML(buildGraph({ nodes: [], relationships: [] }));
    expect(xmllintValidate(tempFile('empty.graphml', empty)).status).toBe(0);
  });

  test('graphology-graphml reads back every node, edge and property', () => {
    const expected = expectedAfterXml();
    const back = readBack(text);
    expect(back.nodes).toHaveLength(fixtureData.nodes.length);
    expect(back.relationships).toHaveLength(fixtureData.relationships.length);
    expect(byKey(back.nodes)).toEqual(byKey(expected.nodes));
    expect(byKey(back.relationships)).toEqual(byKey(expected.relationships));
  });

  test('keeps hostile text as text: markup, quotes, CR/LF, tab, emoji, Arabic; drops what XML forbids', () => {
    const back = byKey(readBack(text).nodes) as Record<string, Record<string, unknown>>;
    expect(back['person:xss']!.name).toBe(NASTY.xss);
    expect(back['person:xss']!.aliases).toEqual([NASTY.cdata]);
    expect(back['person:muqtada-al-sadr']!.aliases).toContain(NASTY.arabic);
    expect(back['statement:0123456789abcdef:120']!.text).toBe(NASTY.quoteClean);
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  test('declares each (for, name) once, with a standard attr.type, in a fixed order', () => {
    const keys = [...text.matchAll(/<key id="([^"]+)" for="(node|edge)" attr.name="([^"]+)" attr.type="([^"]+)"\/>/g)]
      .map(([, id, domain, name, type]) => ({ id, domain, name, type }));
    expect(keys.length).toBe((text.match(/<key /g) ?? []).length);
    const pairs = keys.map((k) => `${k.domain}/${k.name}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const sorted = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : 1));
    const nodePairs = pairs.filter((p) => p.startsWith('node/'));
    expect(pairs).toEqual([...sorted(nodePairs), ...sorted(pairs.filter((p) => p.startsWith('edge/')))]);
    expect(nodePairs.length).toBeGreaterThan(0);
    for (const key of keys) expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key.type);
    const typeOf = (pair: string) => keys.find((k) => `${k.domain}/${k.name}` === pair)?.type;
    expect(typeOf('node/labels')).toBe('string');
    expect(typeOf('node/start')).toBe('int');
    expect(typeOf('edge/count')).toBe('int');
    expect(typeOf('edge/end')).toBe('int');
    expect(typeOf('node/aliases')).toBe('string');
  });

  test('writes APOC-style labels, edge label and a readable display label', () => {
    expect(text).toContain('<data key="node_labels">:Person</data>');
    expect(text).toContain('<data key="node_type">Person</data>');
    expect(text).toContain('<data key="edge_label">SAID</data>');
    expect(text).toContain('<data key="edge_type">SAID</data>');
    const parsed = graphml.parse(MultiDirectedGraph, text);
    expect(parsed.getNodeAttribute('article:0123456789abcdef', 'label')).toBe(fixtureData.nodes[0]!.type === 'Article' && fixtureData.nodes[0]!.title);
    expect(parsed.getNodeAttribute('statement:0123456789abcdef:120', 'label')).toBe('He said "we\'ll <stay> & fight" then left. Next line tab 🇮🇶 😀');
    expect(parsed.getNodeAttribute('statement:0123456789abcdef:300', 'label')).toBe(`${NASTY.xss} ${NASTY.arabic}`);
  });

  test('omits null properties instead of writing empty values', () => {
    const talks = text.slice(text.indexOf('<node id="event:talks">'), text.indexOf('</node>', text.indexOf('<node id="event:talks">')));
    expect(talks).not.toContain('node_date"');
    expect(talks).not.toContain('node_dateText');
    expect(talks).toContain('<data key="node_eventType">talks</data>');
  });

  test('types numbers and booleans beyond the schema: long, double, boolean, mixed → string', () => {
    const g = buildGraph({ nodes: [], relationships: [] });
    g.addNode('thing:a', { type: 'Thing', big: 2 ** 40, ratio: 0.25, flag: true, mixed: 1, gone: null });
    g.addNode('thing:b', { type: 'Thing', big: 7, ratio: 3, flag: false, mixed: 'one' });
    const xml = toGraphML(g);
    expect(xmllintValidate(tempFile('typed.graphml', xml)).status).toBe(0);
    expect(xml).toContain('attr.name="big" attr.type="long"');
    expect(xml).toContain('attr.name="ratio" attr.type="double"');
    expect(xml).toContain('attr.name="flag" attr.type="boolean"');
    expect(xml).toContain('attr.name="mixed" attr.type="string"');
    expect(xml).not.toContain('attr.name="gone"');
    const back = graphml.parse(MultiDirectedGraph, xml);
    expect(back.getNodeAttributes('thing:a')).toMatchObject({ big: 2 ** 40, ratio: 0.25, flag: true, mixed: '1' });
    expect(back.getNodeAttributes('thing:b')).toMatchObject({ big: 7, ratio: 3, flag: false, mixed: 'one' });
  });

  test('is byte-identical whatever order the same data was inserted in', () => {
    expect(toGraphML(buildGraph(shuffledData(fixtureData)))).toBe(text);
    expect(toGraphML(graph)).toBe(text);
  });

  test('the streaming chunks join to exactly the same document', () => {
    const chunks = [...graphMLChunks(graph)];
    expect(chunks.length).toBe(2 + fixtureData.nodes.length + fixtureData.relationships.length);
    expect(chunks.join('')).toBe(text);
    expect(text.endsWith('</graphml>\n')).toBe(true);
  });

  test('refuses an id that is not an XML NMTOKEN, with a stable code', () => {
    const g = buildGraph({ nodes: [], relationships: [] });
    g.addNode('bad id', { type: 'Place', name: 'x', aliases: [] });
    expect(() => toGraphML(g)).toThrow(KgError);
    try {
      toGraphML(g);
    } catch (error) {
      expect((error as KgError).code).toBe('GRAPHML_BAD_ID');
      expect((error as KgError).stage).toBe('export');
    }
  });

  test('refuses a property name GraphML cannot declare, with a stable code', () => {
    const g = buildGraph({ nodes: [], relationships: [] });
    g.addNode('place:x', { type: 'Place', 'two words': 1 });
    expect(() => toGraphML(g)).toThrow(expect.objectContaining({ code: 'GRAPHML_BAD_PROPERTY_NAME' }));
  });
});
