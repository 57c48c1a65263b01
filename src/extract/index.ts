// Text → findings, in ordered passes. Placeholder until the passes land: finds nothing.
import type { ArticleExtraction, ExtractInput } from './types.js';
export type * from './types.js';

export function extractArticle(article: ExtractInput): ArticleExtraction {
  return { articleId: article.id, sentences: [], mentions: [], findings: [] };
}
