// The library's public surface: what a user of news-kg may call. Everything else is internal.
export * as schema from '../graph-schema/index.js';
export { KgError, silentLogger, type Logger, type Stage } from './errors.js';
export { resolveConfig, type Config } from './config/index.js';
export { readArticles, type Article, type IngestIssue, type IngestOptions, type IngestResult } from './ingest/index.js';
export { extractArticle } from './extract/index.js';
export { resolveCorpus } from './resolve/index.js';
export { buildFromArticles, type PipelineResult, type PipelineOptions } from './pipeline/index.js';
export { buildFromArticlesParallel } from './pipeline/parallel.js';
export { buildGraph, toGraphData, type KnowledgeGraph } from './graph/index.js';
export { toGraphML, graphMLChunks, toGraphJSON, toCytoscapeElements } from './export/index.js';
export { loadGraph, openNeo4jStore, createMemoryStore, listQueries, runNamedQuery, runReadQuery, type GraphStore, type Neo4jStore } from './store/index.js';
export { startServer, type ServeOptions, type RunningServer, type GraphSource } from './serve/index.js';
export { fileSource } from './serve/source.js';
export { neo4jSource, type Neo4jSourceOptions } from './serve/source-neo4j.js';
