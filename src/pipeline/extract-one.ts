// One article through the extractor, or the reason it failed: shared by the serial build and the worker threads.
import { extractArticle } from '../extract/index.js';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';
import type { Article } from '../ingest/types.js';

/** An article the extractor threw on; shaped like an ingest issue, so `kg build` lists it with the rejected files. */
export interface ExtractFailure {
  path: string;
  code: 'EXTRACT_FAILED';
  message: string;
}

/** Extracts one article, or says which file failed and why: one bad article must not cost the rest of the graph. */
export function extractOrFail(article: Pick<Article, 'id' | 'path'> & ExtractInput, explain: boolean):
  { extraction: ArticleExtraction } | { failure: ExtractFailure } {
  try {
    return { extraction: extractArticle({ id: article.id, text: article.text, date: article.date, title: article.title }, { explain }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: { path: article.path, code: 'EXTRACT_FAILED', message: `${article.path}: the extractor failed on this article (${reason}); it is left out of the graph. This is a bug: please report it with the file` } };
  }
}
