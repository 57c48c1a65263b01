// graphology's serialized graph (loads back with Graph.from), the graph once: the viewer's Cytoscape elements are
// derived from it (`toCytoscapeElements`, what `kg serve` does), not written beside it.
import type { SerializedGraph } from 'graphology-types';
import type { KnowledgeGraph } from '../graph/index.js';
import { byId, sortKeysDeep } from './canonical.js';

export type GraphJSON = SerializedGraph;

export interface GraphJSONOptions {
  /** Spaces per level; 0 writes one line. Default 2, so a changed graph reads as a small diff. */
  indent?: number;
}

/** `graph.export()` with nodes and edges in id order and every object's keys sorted. */
export function toSerializedGraph(graph: KnowledgeGraph): SerializedGraph {
  const exported = graph.export();
  const sortedNodes = [...exported.nodes].sort((a, b) => byId(a.key, b.key));
  const sortedEdges = [...exported.edges].sort((a, b) => byId(a.key ?? '', b.key ?? ''));
  return {
    options: sortKeysDeep(exported.options) as SerializedGraph['options'],
    attributes: sortKeysDeep(exported.attributes) as SerializedGraph['attributes'],
    nodes: sortedNodes.map((node) => sortKeysDeep(node) as SerializedGraph['nodes'][number]),
    edges: sortedEdges.map((edge) => sortKeysDeep(edge) as SerializedGraph['edges'][number]),
  };
}

export function toGraphJSONValue(graph: KnowledgeGraph): GraphJSON {
  return toSerializedGraph(graph);
}

const SCRIPT_UNSAFE = /[<\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * The JSON file the viewer and other tools load, ending with a newline. `<`, U+2028 and U+2029
 * are written as \u escapes so the text can also be inlined in a <script> element safely.
 */
export function toGraphJSON(graph: KnowledgeGraph, options: GraphJSONOptions = {}): string {
  const text = JSON.stringify(toGraphJSONValue(graph), null, options.indent ?? 2);
  return `${text.replace(SCRIPT_UNSAFE, (c) => SCRIPT_ESCAPES[c]!)}\n`;
}
