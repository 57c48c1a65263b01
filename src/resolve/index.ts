// Findings of many articles → one graph of canonical entities. Placeholder: Article nodes only.
import type { GraphData } from '../../graph-schema/index.js';
import type { Article } from '../ingest/types.js';
import type { ArticleExtraction } from '../extract/types.js';

export interface ResolveInput {
  article: Article;
  extraction: ArticleExtraction;
}

export function resolveCorpus(items: ResolveInput[]): GraphData {
  const nodes = items.map(({ article }) => ({
    id: article.id, type: 'Article' as const, title: article.title, date: article.date, source: article.source, url: article.url,
  }));
  return { nodes, relationships: [] };
}
