import { describe, expect, test } from '@jest/globals';
import { MultiDirectedGraph } from 'graphology';
import * as graphml from 'graphology-graphml';
import { validateGraphData } from '../../graph-schema/index.js';
import { toCytoscapeElements, toGraphJSON, toGraphML, type GraphJSON } from '../../src/export/index.js';
import { toGraphData } from '../../src/graph/index.js';
import type { Article } from '../../src/ingest/types.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { tempFile, xmllintValidate } from './helpers/tools.js';

const articles: Article[] = [
  {
    id: 'article:00000000000000a1', path: 'a1.txt', title: 'Iraq asks US troops to leave', date: '2024-01-05', source: 'Test Wire', url: null,
    text: 'BAGHDAD — Iraqi Prime Minister Mohammed Shia al-Sudani said on Friday that "the presence of the coalition is no longer justified." '
      + 'A senior defense official said the Pentagon had no plans to withdraw. Gen. Joseph Dunford met Iraqi officials in Baghdad.',
  },
  {
    id: 'article:00000000000000b2', path: 'b2.txt', title: 'Strike <kills> commander & aide', date: '2020-01-03', source: null, url: 'https://example.com/?a=1&b=2',
    text: 'A U.S. drone strike near Baghdad International Airport killed Abu Mahdi al-Muhandis, the Iraqi militia leader, officials said. '
      + '"We will respond," Muqtada al-Sadr said in a statement. مقتدى الصدر 😀',
  },
];

describe('the real pipeline through both exports', () => {
  const { graph, data } = buildFromArticles(articles);

  test('the pipeline output is schema-valid and has at least the articles', () => {
    expect(validateGraphData(data)).toEqual([]);
    expect(validateGraphData(toGraphData(graph))).toEqual([]);
    expect(graph.order).toBeGreaterThanOrEqual(articles.length);
    for (const article of articles) expect(graph.getNodeAttribute(article.id, 'type')).toBe('Article');
  });

  test('GraphML validates against the XSD and reads back with the same nodes and edges', () => {
    const xml = toGraphML(graph);
    expect(xmllintValidate(tempFile('pipeline.graphml', xml)).status).toBe(0);
    const back = graphml.parse(MultiDirectedGraph, xml);
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    for (const id of graph.nodes()) expect(back.getNodeAttribute(id, 'labels')).toBe(`:${graph.getNodeAttribute(id, 'type') as string}`);
  });

  test('JSON loads back equal, and the Cytoscape elements derived from it have one element per node and edge', () => {
    const parsed = JSON.parse(toGraphJSON(graph)) as GraphJSON;
    const back = MultiDirectedGraph.from(parsed);
    expect(toGraphData(back)).toEqual(toGraphData(graph));
    const elements = toCytoscapeElements(back as never);
    expect(elements.nodes.map((n) => n.data.id).sort()).toEqual(graph.nodes().sort());
    expect(elements.edges.map((e) => e.data.id).sort()).toEqual(graph.edges().sort());
    for (const node of elements.nodes) expect(node.data.label.length).toBeGreaterThan(0);
  });

  test('the same articles in another order give byte-identical exports', () => {
    const again = buildFromArticles([...articles].reverse());
    expect(toGraphML(again.graph)).toBe(toGraphML(graph));
    expect(toGraphJSON(again.graph)).toBe(toGraphJSON(graph));
  });
});
