// Precomputed positions: deterministic, independent of insertion order, spread out, one per node.
import { MultiDirectedGraph } from 'graphology';
import { buildGraph, type KnowledgeGraph } from '../../src/graph/build.js';
import { computeLayout } from '../../src/graph/layout.js';
import { newsGraph } from '../serve/fixture.js';

test('the same graph gets the same positions, whatever order it was built in', () => {
  const data = newsGraph();
  const a = computeLayout(buildGraph(data));
  const reversed = buildGraph({ nodes: [...data.nodes].reverse(), relationships: [...data.relationships].reverse() });
  expect(computeLayout(reversed)).toEqual(a);
  expect(Object.keys(a).sort()).toEqual(data.nodes.map((n) => n.id).sort());
});

test('connected nodes end up nearer each other than the average pair', () => {
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  // Two dense clusters joined by one edge.
  for (const side of ['a', 'b']) {
    for (let i = 0; i < 12; i += 1) graph.addNode(`${side}:${i}`);
    for (let i = 0; i < 12; i += 1) for (let j = i + 1; j < 12; j += 1) graph.addEdge(`${side}:${i}`, `${side}:${j}`);
  }
  graph.addEdge('a:0', 'b:0');
  const p = computeLayout(graph);
  const d = (u: string, v: string) => Math.hypot(p[u]!.x - p[v]!.x, p[u]!.y - p[v]!.y);
  let inside = 0; let across = 0;
  for (let i = 1; i < 12; i += 1) { inside += d('a:1', `a:${i === 1 ? 2 : i}`); across += d('a:1', `b:${i}`); }
  expect(inside * 2).toBeLessThan(across);
});

test('an empty graph has no positions', () => {
  expect(computeLayout(new MultiDirectedGraph() as unknown as KnowledgeGraph)).toEqual({});
});
