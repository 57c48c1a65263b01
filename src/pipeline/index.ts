// Composes the stages: ingest → extract → resolve → graph. No I/O beyond what ingest does.
import { validateGraphData, type GraphData } from '../../graph-schema/index.js';
import { silentLogger, type Logger } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';
import { buildGraph, type KnowledgeGraph } from '../graph/index.js';
import type { Article } from '../ingest/types.js';
import { resolveCorpus } from '../resolve/index.js';

export interface PipelineResult {
  graph: KnowledgeGraph;
  data: GraphData;
  extractions: ArticleExtraction[];
}

export interface PipelineOptions {
  logger?: Logger;
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
}

/** Id order, so the result does not depend on the order of the input. */
export function sortById(input: Article[]): Article[] {
  return [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function extractInput(article: Article): ExtractInput {
  return { id: article.id, text: article.text, date: article.date, title: article.title };
}

/** Resolve + graph over articles in id order and their extractions; shared by the serial and parallel builds. */
export function assembleResult(articles: Article[], extractions: ArticleExtraction[], logger: Logger = silentLogger): PipelineResult {
  const data = resolveCorpus(articles.map((article, i) => ({ article, extraction: extractions[i]! })));
  const issues = validateGraphData(data);
  for (const issue of issues.slice(0, 20)) logger.warn(`graph: ${issue.path}: ${issue.message}`);
  return { graph: buildGraph(data), data, extractions };
}

/** Articles are processed in id order, so the result does not depend on the order of the input. */
export function buildFromArticles(input: Article[], options: PipelineOptions = {}): PipelineResult {
  const articles = sortById(input);
  const extractions: ArticleExtraction[] = [];
  articles.forEach((article, i) => {
    extractions.push(extractArticle(extractInput(article)));
    options.onProgress?.(i + 1, articles.length);
  });
  return assembleResult(articles, extractions, options.logger);
}
