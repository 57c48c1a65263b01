// The one call `kg load` and `kg build --neo4j` make: connect, merge the graph in, close.
import type { GraphData } from '../../graph-schema/index.js';
import type { Config } from '../config/index.js';
import { silentLogger, type Logger } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { openNeo4jStore } from './neo4j/store.js';
import type { LoadProgress, LoadSummary } from './types.js';

export interface LoadGraphOptions {
  replace?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  logger?: Logger;
}

/** Loads the graph into the Neo4j of `config.neo4j`; throws a KgError (stage 'store') naming the URI on failure. */
export async function loadGraph(graph: KnowledgeGraph | GraphData, config: Pick<Config, 'neo4j'>, options: LoadGraphOptions = {}): Promise<LoadSummary & { uri: string }> {
  const logger = options.logger ?? silentLogger;
  const store = await openNeo4jStore(config, { logger });
  try {
    logger.debug(`store: loading into ${store.connection.uri} in batches of ${config.neo4j.batchSize}`);
    const summary = await store.load(graph, { replace: options.replace, onProgress: options.onProgress });
    return { ...summary, uri: store.connection.uri };
  } finally {
    await store.close();
  }
}
