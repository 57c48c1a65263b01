// The graph stored in Neo4j as a server snapshot: read whole at start over read-only sessions, read again
// when GET /api/graph finds the store's node or relationship count changed.
import { join, resolve } from 'node:path';
import type { Config } from '../config/index.js';
import { KgError } from '../errors.js';
import { DEFAULT_URI, openNeo4jStore, uriWithoutCredentials, type Neo4jStore, type StoreCounts } from '../store/index.js';
import { NEO4J_LAYOUT_CACHE_FILE } from './layout-cache.js';
import { loadedGraph } from './source-snapshot.js';
import type { GraphSource } from './source.js';
import type { LoadedGraph } from './types.js';

export interface Neo4jSourceOptions {
  config: Pick<Config, 'neo4j'>;
  /** Folder for the layout cache (neo4j.layout.json), created when missing; nothing else is written. */
  outDir: string;
  /** How long a page load waits for the change check before answering 503; default 3 s. */
  checkTimeoutMs?: number;
}

/** `work`, or STORE_UNREACHABLE once `ms` pass: a server that accepts connections but never answers must not hold the page. */
function within<T>(work: Promise<T>, ms: number, origin: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KgError('store', 'STORE_UNREACHABLE', `${origin} did not answer within ${ms / 1000} s; is it running?`)), ms);
  });
  work.catch(() => {}); // settles after the deadline at the latest; its error is the deadline's
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Connects on the first snapshot, so an unreachable server fails the start with STORE_UNREACHABLE naming the URI.
 * Change detection compares the two counts only: an edit that keeps both (a renamed person, a relationship
 * replaced by another, a node deleted and another added) is not seen until a restart.
 */
export function neo4jSource(options: Neo4jSourceOptions): GraphSource {
  const uri = uriWithoutCredentials(options.config.neo4j.uri ?? DEFAULT_URI);
  const config = { neo4j: { ...options.config.neo4j, uri } };
  const origin = `Neo4j at ${uri}`;
  const layoutCacheFile = join(resolve(options.outDir), NEO4J_LAYOUT_CACHE_FILE);
  let opening: Promise<Neo4jStore> | null = null;
  let kept: { loaded: LoadedGraph; counts: StoreCounts } | null = null;
  let reading: Promise<LoadedGraph> | null = null;

  const openStore = (): Promise<Neo4jStore> => {
    opening ??= openNeo4jStore(config);
    opening.catch(() => { opening = null; });
    return opening;
  };

  const read = async (): Promise<LoadedGraph> => {
    const store = await openStore();
    // Counted before reading: a write in between makes the next check read again rather than miss it.
    const counts = await store.counts();
    const graph = await store.readGraph();
    const loaded = loadedGraph({ graph, origin, layoutCacheFile });
    kept = { loaded, counts };
    return loaded;
  };

  // Requests arriving during a read share it.
  const readOnce = (): Promise<LoadedGraph> => {
    reading ??= read().finally(() => { reading = null; });
    return reading;
  };

  return {
    origin,
    async snapshot(check) {
      if (!kept) return readOnce();
      if (!check) return kept.loaded;
      if (reading) return reading;
      const counts = await within(openStore().then((store) => store.counts()), options.checkTimeoutMs ?? 3000, origin);
      const same = counts.nodes === kept.counts.nodes && counts.relationships === kept.counts.relationships;
      return same ? kept.loaded : readOnce();
    },
    async close() {
      const store = await opening?.catch(() => null);
      await store?.close();
    },
  };
}
