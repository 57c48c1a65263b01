// Where the server gets its graph snapshot: <out>/graph.json here, Neo4j in source-neo4j.ts.
import { resolve } from 'node:path';
import { loadGraphFile } from './load.js';
import type { LoadedGraph } from './types.js';

export interface GraphSource {
  /** Where the graph comes from, for the startup line: a path, or `Neo4j at <uri>` without credentials. */
  readonly origin: string;
  /**
   * The snapshot to answer from. The first call reads the graph; later calls return the kept snapshot,
   * read again when the source changed. `check` asks the source to look for a change even where that costs
   * a round trip (GET /api/graph); without it a source may answer from what it has.
   * Throws a KgError when the graph cannot be read (the server answers 503, or fails to start).
   */
  snapshot(check: boolean): Promise<LoadedGraph>;
  /** Releases connections; the server calls it when it closes. */
  close(): Promise<void>;
}

/** <outDir>/graph.json, read again whenever its size or modification time changed (a stat per request). */
export function fileSource(outDir: string): GraphSource {
  return {
    origin: resolve(outDir, 'graph.json'),
    snapshot: async () => loadGraphFile(outDir),
    close: async () => {},
  };
}
