// Composes the stages: ingest → extract → resolve → graph. No I/O beyond what ingest does.
import { compareById, validateGraphData, type GraphData } from '../../graph-schema/index.js';
import { validateByDefault } from '../config/index.js';
import { KgError, silentLogger, type Logger } from '../errors.js';
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
  return { id: article.id, text: article.text, date: article.date, title: article.title };
}

/** Throws a KgError naming the first problems when the graph breaks the schema. */
export function assertValidGraphData(data: GraphData): void {
  const issues = validateGraphData(data);
  if (issues.length === 0) return;
  const shown = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new KgError('graph', 'GRAPH_INVALID', `the built graph breaks the schema in ${issues.length} place(s): ${shown}; this is a bug in resolve, please report it with the article`);
}

/** Resolve + graph over articles in id order and their extractions; shared by the serial and parallel builds. */
export function assembleResult(articles: Article[], extractions: ArticleExtraction[], options: PipelineOptions = {}): PipelineResult {
  const data = resolveCorpus(articles.map((article, i) => ({ article, extraction: extractions[i]! })));
  if (options.validate ?? validateByDefault()) assertValidGraphData(data);
  (options.logger ?? silentLogger).debug(`graph: ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
  return { graph: buildGraph(data), data, extractions };
}

/** Articles are processed in id order, so the result does not depend on the order of the input. */
export function buildFromArticles(input: Article[], options: PipelineOptions = {}): PipelineResult {
  const articles = sortById(input);
  const extractions: ArticleExtraction[] = [];
  articles.forEach((article, i) => {
    extractions.push(extractArticle(extractInput(article), { explain: options.findings ?? true }));
    options.onProgress?.(i + 1, articles.length);
  });
  return assembleResult(articles, extractions, options);
}
