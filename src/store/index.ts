// Graph stores: Neo4j (the real one) and an in-memory one with the same contract.
export type { GraphStore, LoadOptions, LoadProgress, LoadSummary, StoreCounts } from './types.js';
export { loadGraph, type LoadGraphOptions } from './load-graph.js';
export { createMemoryStore } from './memory/index.js';
export { openNeo4jStore, type Neo4jStore } from './neo4j/store.js';
export { DEFAULT_URI } from './neo4j/connect.js';
export { uriWithoutCredentials } from './neo4j/errors.js';
export { listQueries, findQuery, runNamedQuery, runReadQuery, type NamedQuery, type QueryResult } from './neo4j/queries.js';
