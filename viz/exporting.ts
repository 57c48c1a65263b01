// Downloads of the current view: a PNG of the canvas, and the visible subgraph as GraphML and as graph JSON
// written by the same src/export code as `kg build`, so a download opens wherever out/graph.* does.
import type { Core } from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { toGraphML } from '../src/export/graphml.js';
import { toGraphJSON } from '../src/export/json.js';
import type { KnowledgeGraph } from '../src/graph/build.js';
import { api, type ElementDef } from './api.js';
import type { EdgeLayer } from './edge-layer.js';

/** Fields the server adds for the viewer; not part of the graph. */
const VIEW_ONLY = new Set(['id', 'label', 'articleIds', 'degree']);
const EDGE_ENDS = new Set(['source', 'target']);

function strip(data: Record<string, unknown>, drop: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!VIEW_ONLY.has(key) && !drop.has(key)) out[key] = value;
  return out;
}

let full: Promise<Map<string, ElementDef['data']>> | null = null;

/** Every property of every element, fetched once: the drawn elements carry only what is drawn. */
function fullData(): Promise<Map<string, ElementDef['data']>> {
  full ??= api.fullGraph().then((g) => new Map([...g.elements.nodes, ...g.elements.edges].map((e) => [e.data.id, e.data])));
  return full;
}

/** The shown nodes and the edges between them as a graph like the one `kg build` writes. */
export async function visibleGraph(cy: Core): Promise<KnowledgeGraph> {
  const data = await fullData();
  const graph = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as KnowledgeGraph;
  const nodes = cy.nodes().not('.hidden');
  // An Article's `source` is its publication, not an edge end, so nodes keep it.
  nodes.forEach((n) => { graph.addNode(n.id(), strip(data.get(n.id()) ?? n.data(), new Set())); });
  nodes.edgesWith(nodes).not('.hidden').forEach((e) => {
    graph.addDirectedEdgeWithKey(e.id(), e.source().id(), e.target().id(), strip(data.get(e.id()) ?? e.data(), EDGE_ENDS));
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

/** The view as a PNG at twice its size; on a large graph the edge layer's lines under Cytoscape's picture. */
export async function exportPng(cy: Core, layer: EdgeLayer | null): Promise<void> {
  const scale = 2;
  if (!layer) {
    download('kg-view.png', cy.png({ output: 'blob', bg: '#ffffff', full: false, scale }) as unknown as Blob);
    return;
  }
  const [width, height] = [cy.width(), cy.height()];
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  layer.draw({ ctx, scale, width, height });
  const top = new Image();
  top.src = cy.png({ output: 'base64uri', full: false, scale }) as string;
  await top.decode();
  ctx.drawImage(top, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download('kg-view.png', blob);
}

export async function exportGraphML(cy: Core): Promise<void> {
  download('kg-view.graphml', new Blob([toGraphML(await visibleGraph(cy))], { type: 'application/graphml+xml' }));
}

export async function exportJson(cy: Core): Promise<void> {
  download('kg-view.json', new Blob([toGraphJSON(await visibleGraph(cy))], { type: 'application/json' }));
}
