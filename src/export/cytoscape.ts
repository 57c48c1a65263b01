// Cytoscape.js elements for the viewer: every property in `data`, plus `label` and `type` for the stylesheet.
import type { KnowledgeGraph } from '../graph/index.js';
import { byId, sortKeysDeep } from './canonical.js';
import { nodeLabel } from './label.js';

export interface CytoscapeNode {
  data: { id: string; type?: string; label: string; [property: string]: unknown };
}

export interface CytoscapeEdge {
  data: { id: string; source: string; target: string; type?: string; label?: string; [property: string]: unknown };
}

export interface CytoscapeElements {
  nodes: CytoscapeNode[];
  edges: CytoscapeEdge[];
}

/** Graph properties, keys sorted, without the ones Cytoscape reserves for identity. */
function rest(attributes: Record<string, unknown>, reserved: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sortKeysDeep(attributes) as Record<string, unknown>)) {
    if (!reserved.includes(key) && value !== undefined) out[key] = value;
  }
  return out;
}

/** Nodes and edges in id order; a node's `label` is its name, an Article's title or a Statement's opening words. */
export function toCytoscapeElements(graph: KnowledgeGraph): CytoscapeElements {
  const nodes = graph.nodes().sort(byId).map((id): CytoscapeNode => {
    const attributes = graph.getNodeAttributes(id);
    const type = typeof attributes.type === 'string' ? attributes.type : undefined;
    return { data: { id, ...(type ? { type } : {}), label: nodeLabel(id, attributes), ...rest(attributes, ['id', 'type', 'label']) } };
  });
  const edges = graph.edges().sort(byId).map((id): CytoscapeEdge => {
    const attributes = graph.getEdgeAttributes(id);
    const type = typeof attributes.type === 'string' ? attributes.type : undefined;
    const ends = { source: graph.source(id), target: graph.target(id) };
    const typed = type ? { type, label: type } : {};
    return { data: { id, ...ends, ...typed, ...rest(attributes, ['id', 'source', 'target', 'type', 'label']) } };
  });
  return { nodes, edges };
}
