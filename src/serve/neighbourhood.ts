// The nodes within `depth` steps of one node (edges read both ways) and the edges among them.
import type { KnowledgeGraph } from '../graph/build.js';
import type { CyEdge, CyNode, Elements } from './types.js';

export const MAX_DEPTH = 3;

export function neighbourhood(graph: KnowledgeGraph, elements: Elements, id: string, depth: number): Elements | null {
  if (!graph.hasNode(id)) return null;
  const seen = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < Math.min(Math.max(depth, 0), MAX_DEPTH); step += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of graph.neighbors(node)) {
        if (!seen.has(other)) { seen.add(other); next.push(other); }
      }
    }
    frontier = next;
  }
  const nodes: CyNode[] = elements.nodes.filter((n) => seen.has(n.data.id));
  const edges: CyEdge[] = elements.edges.filter((e) => seen.has(e.data.source) && seen.has(e.data.target));
  return { nodes, edges };
}
