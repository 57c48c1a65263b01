// Precomputed whole-graph positions: ForceAtlas2 from seeded starting points, so the same graph
// always gets the same picture and the browser only has to draw (a `preset` layout).
import { UndirectedGraph } from 'graphology';
import fa2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from './build.js';

// The package is CommonJS with `module.exports = layout`, while its types declare a default export.
const forceAtlas2 = fa2 as unknown as typeof fa2.default;

export interface Position {
  x: number;
  y: number;
}
export type Positions = Record<string, Position>;

export interface LayoutOptions {
  /** ForceAtlas2 passes; by default fewer for large graphs, where one pass costs more. */
  iterations?: number;
  /** Half the width of the square the result is scaled into; by default grows with the node count. */
  extent?: number;
}

/** FNV-1a: a node's starting point depends only on its own id, not on the other nodes. */
function hash(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0xffffffff;
}

/** Bumped whenever the algorithm or its settings change, so cached positions from an older version are not reused. */
const LAYOUT_VERSION = 2;

/**
 * Passes fall with size so a layout costs about the same 150,000 node-steps whatever the graph
 * (Barnes–Hut keeps a pass near n log n): 300 up to 500 nodes, 120 at 1,250, never under 30.
 */
export function defaultIterations(order: number): number {
  return Math.min(300, Math.max(30, Math.round(150_000 / order)));
}

/** The layout's whole input: node ids and distinct undirected pairs, both sorted, so input order never matters. */
export function layoutInput(graph: KnowledgeGraph): { ids: string[]; pairs: Array<[string, string]> } {
  const ids = [...graph.nodes()].sort();
  const seen = new Set<string>();
  const pairs: Array<[string, string]> = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const pair: [string, string] = source < target ? [source, target] : [target, source];
    const key = `${pair[0]}\n${pair[1]}`;
    if (!seen.has(key)) { seen.add(key); pairs.push(pair); }
  });
  pairs.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  return { ids, pairs };
}

/**
 * Everything besides layoutInput that computeLayout's result depends on: equal inputs and equal
 * parameters give equal positions, so a caller may store positions under a digest of both.
 */
export function layoutParameters(order: number, options: LayoutOptions = {}): string {
  return JSON.stringify([LAYOUT_VERSION, options.iterations ?? defaultIterations(order), options.extent ?? null]);
}

/** Node id → {x, y}; a pure function of the graph's nodes and edges (attributes other than ids are ignored). */
export function computeLayout(graph: KnowledgeGraph, options: LayoutOptions = {}): Positions {
  const order = graph.order;
  if (order === 0) return {};
  const spread = Math.sqrt(order) * 10;
  // A simple undirected copy sorted by id, so insertion order of the input does not change the result.
  const { ids, pairs } = layoutInput(graph);
  const work = new UndirectedGraph();
  for (const id of ids) work.addNode(id, { x: (hash(id, 1) - 0.5) * spread, y: (hash(id, 2) - 0.5) * spread });
  for (const [source, target] of pairs) work.addEdge(source, target);

  const settings = {
    ...forceAtlas2.inferSettings(work),
    barnesHutOptimize: order > 1000,
    // Keeps the articles' separate components near the middle instead of drifting apart.
    strongGravityMode: true,
    gravity: 0.05,
  };
  const raw = forceAtlas2(work, { iterations: options.iterations ?? defaultIterations(order), settings, getEdgeWeight: null });
  return scaled(raw, options.extent ?? Math.max(300, Math.sqrt(order) * 60));
}

/** Centres the drawing and scales it into [-extent, extent], rounded so the JSON stays short and stable. */
function scaled(raw: Positions, extent: number): Positions {
  const points = Object.values(raw);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const factor = (2 * extent) / span;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const out: Positions = {};
  for (const [id, p] of Object.entries(raw)) {
    out[id] = { x: Math.round((p.x - cx) * factor * 10) / 10, y: Math.round((p.y - cy) * factor * 10) / 10 };
  }
  return out;
}
