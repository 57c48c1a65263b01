// Shortest path between two nodes, read as undirected; Article hubs are avoided unless nothing else connects them.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { KnowledgeGraph } from '../graph/build.js';

export interface PathResult {
  from: string;
  to: string;
  found: boolean;
  /** True when the only path runs through an article that mentions both ends. */
  viaArticles: boolean;
  nodes: string[];
  edges: string[];
}

export function undirectedProjection(graph: KnowledgeGraph, keep: (id: string, attributes: Record<string, unknown>) => boolean): UndirectedGraph {
  const out = new UndirectedGraph();
  graph.forEachNode((id, attributes) => { if (keep(id, attributes)) out.addNode(id); });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target && out.hasNode(source) && out.hasNode(target)) out.mergeEdge(source, target);
  });
  return out;
}

/** One edge per step, preferring a relationship with evidence over a bare MENTIONS. */
function edgesAlong(graph: KnowledgeGraph, nodes: string[]): string[] {
  const edges: string[] = [];
  for (let i = 1; i < nodes.length; i += 1) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    const candidates = [...graph.edges(a, b), ...graph.edges(b, a)].sort();
    const chosen = candidates.find((e) => graph.getEdgeAttribute(e, 'type') !== 'MENTIONS') ?? candidates[0];
    if (chosen) edges.push(chosen);
  }
  return edges;
}

export function shortestPath(
  graph: KnowledgeGraph,
  projections: { all: UndirectedGraph; withoutArticles: UndirectedGraph },
  from: string,
  to: string,
): PathResult {
  const empty = { from, to, found: false, viaArticles: false, nodes: [], edges: [] };
  if (!graph.hasNode(from) || !graph.hasNode(to)) return empty;
  if (from === to) return { ...empty, found: true, nodes: [from] };
  const direct = projections.withoutArticles.hasNode(from) && projections.withoutArticles.hasNode(to)
    ? bidirectional(projections.withoutArticles, from, to)
    : null;
  const nodes = direct ?? bidirectional(projections.all, from, to);
  if (!nodes) return empty;
  const viaArticles = !direct && nodes.slice(1, -1).some((n) => graph.getNodeAttribute(n, 'type') === 'Article');
  return { from, to, found: true, viaArticles, nodes, edges: edgesAlong(graph, nodes) };
}
