// Composes the stages: ingest → extract → resolve → graph. No I/O beyond what ingest does.
import { compareById, validateGraphData, type GraphData } from '../../graph-schema/index.js';
import { validateByDefault } from '../config/index.js';
import { KgError, silentLogger, type Logger } from '../errors.js';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';
import { buildGraph, type KnowledgeGraph } from '../graph/index.js';
import type { Article } from '../ingest/types.js';
import { resolveCorpus } from '../resolve/index.js';
import { extractOrFail, type ExtractFailure } from './extract-one.js';

export type { ExtractFailure } from './extract-one.js';

export interface PipelineResult {
  graph: KnowledgeGraph;
  data: GraphData;
  /** One per article in the graph, in id order. */
  extractions: ArticleExtraction[];
  /** Articles the extractor failed on: left out of the graph, which holds all the others. */
  failed: ExtractFailure[];
}

export interface PipelineOptions {
  logger?: Logger;
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Check every node and relationship against the zod schema and throw GRAPH_INVALID on the first problems
   * (`kg build --validate`). Defaults to on under tests and with KG_VALIDATE=1, off otherwise.
   */
  validate?: boolean;
  /**
   * Keep each extraction's findings (what `kg build --explain` prints). On by default in this serial build; false
   * skips building them, which makes extraction a few per cent faster.
   */
  findings?: boolean;
}

/** Id order, so the result does not depend on the order of the input. */
export function sortById(input: Article[]): Article[] {
  return [...input].sort(compareById);
}

export function extractInput(article: Article): ExtractInput {
  return { id: article.id, text: article.text, date: article.date, title: article.title, source: article.source };
}

/** Throws a KgError naming the first problems when the graph breaks the schema. */
export function assertValidGraphData(data: GraphData): void {
  const issues = validateGraphData(data);
  if (issues.length === 0) return;
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new KgError('graph', 'GRAPH_INVALID', `the built graph breaks the schema in ${issues.length} place(s): ${shown}; this is a bug in resolve, please report it with the article`);
}

/** Resolve + graph over articles in id order and their extractions; shared by the serial and parallel builds. */
export function assembleResult(articles: Article[], extractions: ArticleExtraction[], options: PipelineOptions = {}, failed: ExtractFailure[] = []): PipelineResult {
  const data = resolveCorpus(articles.map((article, i) => ({ article, extraction: extractions[i]! })));
  if (options.validate ?? validateByDefault()) assertValidGraphData(data);
  const logger = options.logger ?? silentLogger;
  for (const failure of failed) logger.warn(failure.message);
  logger.debug(`graph: ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
  return { graph: buildGraph(data), data, extractions, failed };
}

/** Articles are processed in id order, so the result does not depend on the order of the input. */
export function buildFromArticles(input: Article[], options: PipelineOptions = {}): PipelineResult {
  const articles = sortById(input);
  const kept: Article[] = [];
  const extractions: ArticleExtraction[] = [];
  const failed: ExtractFailure[] = [];
  articles.forEach((article, i) => {
    const outcome = extractOrFail(article, options.findings ?? true);
    if ('failure' in outcome) failed.push(outcome.failure);
    else { kept.push(article); extractions.push(outcome.extraction); }
    options.onProgress?.(i + 1, articles.length);
  });
  return assembleResult(kept, extractions, options, failed);
}
