// Whole-graph positions kept beside graph.json (graph.layout.json), or in <out>/ for a graph read from Neo4j,
// under the layout's input digest, so a restart on the same graph skips ForceAtlas2; any change to nodes or
// edges gives a new key and a new layout.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KnowledgeGraph } from '../graph/build.js';
import { computeLayout, layoutInput, layoutParameters, type Positions } from '../graph/layout.js';

export const LAYOUT_CACHE_FILE = 'graph.layout.json';
/** The positions of the graph served from Neo4j; a name of its own, so it never evicts graph.json's. */
export const NEO4J_LAYOUT_CACHE_FILE = 'neo4j.layout.json';

export interface CachedLayout {
  positions: Positions;
  /** Whether the positions came from the cache file rather than a fresh layout. */
  cached: boolean;
}

/** A digest of the layout's input and parameters: the same key always means the same positions. */
export function layoutKey(graph: KnowledgeGraph): string {
  const { ids, pairs } = layoutInput(graph);
  const digest = createHash('sha256').update(layoutParameters(ids.length));
  for (const id of ids) digest.update(`n${id}\n`);
  for (const [source, target] of pairs) digest.update(`e${source}\n${target}\n`);
  return digest.digest('hex');
}

function readCache(path: string, key: string): Positions | null {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { key?: unknown; positions?: unknown };
    return json.key === key && json.positions && typeof json.positions === 'object' ? json.positions as Positions : null;
  } catch {
    return null;
  }
}

/** Positions for the graph read from `graphPath`: from the cache when its key matches, else computed and stored. */
export function cachedLayout(graphPath: string, graph: KnowledgeGraph): CachedLayout {
  return cachedLayoutIn(join(dirname(graphPath), LAYOUT_CACHE_FILE), graph);
}

/** Positions kept in `cacheFile`, whose folder is created when missing. */
export function cachedLayoutIn(cacheFile: string, graph: KnowledgeGraph): CachedLayout {
  const key = layoutKey(graph);
  const hit = readCache(cacheFile, key);
  if (hit) return { positions: hit, cached: true };
  const positions = computeLayout(graph);
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ key, positions }));
  } catch {
    // A read-only output folder only costs the next start a fresh layout.
  }
  return { positions, cached: false };
}
