// Cytoscape elements for the viewer: the build's `elements` when present, else derived from the graph,
// plus positions and the fields the viewer filters on (articleIds, degree).
import { toCytoscapeElements } from '../export/cytoscape.js';
import { nodeLabel } from '../export/label.js';
import type { KnowledgeGraph } from '../graph/build.js';
import type { Positions } from '../graph/layout.js';
import type { CyEdge, CyNode, ElementData, Elements } from './types.js';

function isElements(value: unknown): value is Elements {
  const v = value as Elements | undefined;
  return !!v && Array.isArray(v.nodes) && Array.isArray(v.edges);
}

/** The articles a node belongs to: itself, its statement's article, the articles that mention it or give evidence for it. */
export function articleIdsOf(graph: KnowledgeGraph, id: string): string[] {
  const attributes = graph.getNodeAttributes(id);
  const ids = new Set<string>();
  if (attributes.type === 'Article') ids.add(id);
  if (typeof attributes.articleId === 'string') ids.add(attributes.articleId);
  graph.forEachEdge(id, (_edge, edge, source) => {
    if (edge.type === 'MENTIONS') ids.add(source);
    else if (typeof edge.articleId === 'string') ids.add(edge.articleId);
  });
  return [...ids].filter((a) => graph.hasNode(a)).sort();
}

export function viewerElements(graph: KnowledgeGraph, built: unknown, positions: Positions): Elements {
  const base = (isElements(built) ? built : toCytoscapeElements(graph)) as Elements;
  const nodes: CyNode[] = [];
  for (const node of base.nodes) {
    const id = node.data.id;
    if (!graph.hasNode(id)) continue;
    const data: ElementData = {
      ...node.data,
      label: typeof node.data.label === 'string' ? node.data.label : nodeLabel(id, graph.getNodeAttributes(id)),
      articleIds: articleIdsOf(graph, id),
      degree: graph.degree(id),
    };
    nodes.push({ data, position: positions[id] ?? { x: 0, y: 0 } });
  }
  const edges: CyEdge[] = base.edges.filter((edge) => graph.hasEdge(edge.data.id) && typeof edge.data.source === 'string');
  return { nodes, edges };
}

/** What the viewer draws and filters on; the panel asks /api/node and /api/edge for the rest. */
const LEAN_NODE_FIELDS = ['id', 'type', 'label', 'degree', 'articleIds', 'date', 'articleId', 'reports', 'eventType', 'modality'];
const LEAN_EDGE_FIELDS = ['id', 'source', 'target', 'type'];

function pickFields(data: ElementData, fields: readonly string[]): ElementData {
  const out: Record<string, unknown> = {};
  for (const key of fields) if (data[key] !== undefined && data[key] !== null) out[key] = data[key];
  return out as ElementData;
}

/** The elements without names, aliases and evidence: a quarter of the bytes, and Cytoscape builds them several times faster. */
export function leanElements(elements: Elements): Elements {
  return {
    nodes: elements.nodes.map((n) => ({ data: pickFields(n.data, LEAN_NODE_FIELDS), position: n.position })),
    edges: elements.edges.map((e) => ({ data: pickFields(e.data, LEAN_EDGE_FIELDS) as CyEdge['data'] })),
  };
}
