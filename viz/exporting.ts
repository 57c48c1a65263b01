// Downloads of the current view: a PNG of the canvas, and the visible subgraph as GraphML and as graph JSON
// written by the same src/export code as `kg build`, so a download opens wherever out/graph.* does.
import type { Core } from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { toGraphML } from '../src/export/graphml.js';
import { toGraphJSON } from '../src/export/json.js';
import type { KnowledgeGraph } from '../src/graph/build.js';

/** Fields the server adds for the viewer; not part of the graph. */
const VIEW_ONLY = new Set(['id', 'label', 'articleIds', 'degree', 'source', 'target']);

function strip(data: Record<string, unknown>, keepSource: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (VIEW_ONLY.has(key) && !(keepSource && key === 'source')) continue;
    out[key] = value;
  }
  return out;
}

/** The shown nodes and the edges between them as a graph like the one `kg build` writes. */
export function visibleGraph(cy: Core): KnowledgeGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  const nodes = cy.nodes().not('.hidden');
  // An Article's `source` is its publication, not an edge end.
  nodes.forEach((n) => { graph.addNode(n.id(), strip(n.data(), n.data('type') === 'Article')); });
  nodes.edgesWith(nodes).not('.hidden').forEach((e) => {
    graph.addDirectedEdgeWithKey(e.id(), e.source().id(), e.target().id(), strip(e.data(), false));
  });
  return graph;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(cy: Core): void {
  const blob = cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }) as unknown as Blob;
  download('kg-view.png', blob);
}

export function exportGraphML(cy: Core): void {
  download('kg-view.graphml', new Blob([toGraphML(visibleGraph(cy))], { type: 'application/graphml+xml' }));
}

export function exportJson(cy: Core): void {
  download('kg-view.json', new Blob([toGraphJSON(visibleGraph(cy))], { type: 'application/json' }));
}
