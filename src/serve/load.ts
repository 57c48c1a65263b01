// Reads out/graph.json (graphology's serialized graph; Cytoscape `elements` beside it in files of older builds) once per file version.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/build.js';
import { LAYOUT_CACHE_FILE } from './layout-cache.js';
import { loadedGraph } from './source-snapshot.js';
import type { LoadedGraph } from './types.js';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  loaded: LoadedGraph;
}
const cache = new Map<string, CacheEntry>();

function parse(path: string): { graph: KnowledgeGraph; elements: unknown } {
  let json: { nodes?: unknown; edges?: unknown; elements?: unknown };
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new KgError('serve', 'GRAPH_UNREADABLE', `${path} is not readable JSON (${(cause as Error).message}); rebuild it with \`kg build <articles> --out <dir>\``, { cause });
  }
  if (!json || !Array.isArray(json.nodes)) {
    throw new KgError('serve', 'GRAPH_UNREADABLE', `${path} has no \`nodes\` array, so it is not a graph written by kg build; rebuild it with \`kg build <articles> --out <dir>\``);
  }
  try {
    const graph = MultiDirectedGraph.from(json as never, { allowSelfLoops: false }) as unknown as KnowledgeGraph;
    return { graph, elements: json.elements };
  } catch (cause) {
    throw new KgError('serve', 'GRAPH_UNREADABLE', `${path} is not a valid serialized graph (${(cause as Error).message}); rebuild it`, { cause });
  }
}

function load(path: string): LoadedGraph {
  const { graph, elements } = parse(path);
  return loadedGraph({ graph, elements, origin: path, layoutCacheFile: join(dirname(path), LAYOUT_CACHE_FILE) });
}

/** The graph file in `outDir`, loaded again only when its size or modification time changed. */
export function loadGraphFile(outDir: string): LoadedGraph {
  const path = resolve(outDir, 'graph.json');
  let stat;
  try {
    stat = statSync(path);
  } catch (cause) {
    throw new KgError('serve', 'GRAPH_NOT_FOUND', `${path} does not exist; run \`kg build <articles> --out ${outDir}\` first`, { cause });
  }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.loaded;
  const loaded = load(path);
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}
