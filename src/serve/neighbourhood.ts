// The nodes within `depth` steps of one node (edges read both ways) and the edges among them.
import type { KnowledgeGraph } from '../graph/build.js';
import type { CyEdge, CyNode, Elements } from './types.js';

export const MAX_DEPTH = 3;
/** Nodes one answer holds unless asked for fewer: a hub ("Iraq") at depth 3 is most of a corpus. */
export const DEFAULT_NODE_LIMIT = 1000;
export const MAX_NODE_LIMIT = 5000;

export interface Neighbourhood extends Elements {
  /** The nodes within reach were more than `limit`: the nearest `limit` are given (breadth first, in the graph's order). */
  truncated: boolean;
}

export function neighbourhood(graph: KnowledgeGraph, elements: Elements, id: string, depth: number, limit = DEFAULT_NODE_LIMIT): Neighbourhood | null {
  if (!graph.hasNode(id)) return null;
  const seen = new Set([id]);
  let frontier = [id];
  let truncated = false;
  for (let step = 0; step < Math.min(Math.max(depth, 0), MAX_DEPTH) && !truncated; step += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of graph.neighbors(node)) {
        if (seen.has(other)) continue;
        if (seen.size >= limit) { truncated = true; break; }
        seen.add(other);
        next.push(other);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  const nodes: CyNode[] = elements.nodes.filter((n) => seen.has(n.data.id));
  const edges: CyEdge[] = elements.edges.filter((e) => seen.has(e.data.source) && seen.has(e.data.target));
  return { nodes, edges, truncated };
}
