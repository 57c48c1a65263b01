// One article through the extractor, or the reason it failed: shared by the serial build and the worker threads.
import { extractArticle } from '../extract/index.js';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';
import type { Article } from '../ingest/types.js';

/** An article the extractor threw on; shaped like an ingest issue, so `kg build` lists it with the rejected files. */
export interface ExtractFailure {
  path: string;
  /** EXTRACT_FAILED: the extractor threw; EXTRACT_TIMEOUT: it ran past the article's time budget (parallel builds). */
  code: 'EXTRACT_FAILED' | 'EXTRACT_TIMEOUT';
  message: string;
}

/** An outcome that is a failure, not an extraction. */
export function isExtractFailure(outcome: object): outcome is ExtractFailure {
  const code = (outcome as Partial<ExtractFailure>).code;
  return code === 'EXTRACT_FAILED' || code === 'EXTRACT_TIMEOUT';
}

/** The failure of an article that ran past its budget: named, left out, the rest of the graph built. */
export function timeoutFailure(path: string, seconds: number): ExtractFailure {
  return { path, code: 'EXTRACT_TIMEOUT', message: `${path}: extracting this article took longer than ${seconds} s (--article-timeout); it is left out of the graph` };
}

/** Extracts one article, or says which file failed and why: one bad article must not cost the rest of the graph. */
export function extractOrFail(article: Pick<Article, 'id' | 'path'> & ExtractInput, explain: boolean):
  { extraction: ArticleExtraction } | { failure: ExtractFailure } {
  try {
    return { extraction: extractArticle({ id: article.id, text: article.text, date: article.date, title: article.title, source: article.source ?? null }, { explain }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: { path: article.path, code: 'EXTRACT_FAILED', message: `${article.path}: the extractor failed on this article (${reason}); it is left out of the graph. This is a bug: please report it with the file` } };
  }
}
