// Builders for resolution tests: articles run through the real extractor, or hand-made mentions when a test is
// about a resolution rule and must not depend on what the extractor happens to find.
import type { EventNode, GraphData } from '../../graph-schema/index.js';
import { extractArticle, type ExtractOptions } from '../../src/extract/index.js';
import type { ArticleExtraction, Mention } from '../../src/extract/types.js';
import type { Article } from '../../src/ingest/types.js';
import { resolveCorpus, type ResolveInput } from '../../src/resolve/index.js';

export function article(n: number, text: string): Article {
  return { id: `article:${String(n).padStart(16, '0')}`, path: `a${n}.txt`, title: 'Report', date: '2024-01-01', source: null, url: null, text: `Report\n\n${text}` };
}

/** Every text through the extractor (with these options: `{ dateModel: null }` for the patterns' dates), then resolved as one corpus. */
export function build(texts: string[], order?: number[], options?: ExtractOptions): GraphData {
  const articles = texts.map((t, i) => article(i, t));
  const items = (order ?? articles.map((_, i) => i)).map((i) => articles[i]!).map((a) => ({
    article: a, extraction: extractArticle({ id: a.id, text: a.text, date: a.date, title: a.title }, options),
  }));
  return resolveCorpus(items);
}

/** `[type, surface, key?]`: a mention at the next place its surface occurs in the text. */
export type MentionSpec = [Mention['type'], string, string?];

/** An article whose mentions are given, not extracted. */
export function given(n: number, text: string, specs: MentionSpec[]): ResolveInput {
  const a = article(n, text);
  let from = 0;
  const mentions: Mention[] = specs.map(([type, surface, key]) => {
    const start = a.text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" is not in "${text}" after offset ${from}`);
    from = start + surface.length;
    return { type, text: surface, start, end: from, sentence: 0, rule: 'test/given', ...(key ? { key } : {}) };
  });
  const extraction: ArticleExtraction = { articleId: a.id, sentences: [{ start: 0, end: a.text.length, text: a.text }], mentions, findings: [] };
  return { article: a, extraction };
}

export const names = (data: GraphData, type: string): string[] =>
  data.nodes.filter((n) => n.type === type).map((n) => ('name' in n ? String(n.name) : n.id)).sort();

export const aliasesOf = (data: GraphData, name: string): string[] => {
  const node = data.nodes.find((n) => 'name' in n && n.name === name);
  return node && 'aliases' in node ? node.aliases ?? [] : [];
};

/** `person | role | target` of every HOLDS_ROLE edge of the graph built from one text. */
export function graphRolesOf(text: string): string[] {
  const g = build([text]);
  const name = new Map(g.nodes.map((n) => [n.id, (n as { name?: string }).name ?? n.id]));
  return g.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${name.get(r.source)} | ${(r as { role?: string }).role} | ${name.get(r.target)}`);
}

/** The Event nodes of a graph. */
export const eventNodes = (data: GraphData): EventNode[] => data.nodes.filter((n): n is EventNode => n.type === 'Event');

/** The event types one text gives, sorted. */
export const eventTypes = (text: string): string[] => eventNodes(build([text])).map((e) => e.eventType).sort();

/** "Name:role" of every party of the text's event of this type, sorted. */
export function partiesOf(text: string, type: string): string[] {
  const data = build([text]);
  const event = eventNodes(data).find((e) => e.eventType === type);
  const name = new Map(data.nodes.map((n) => [n.id, 'name' in n ? String(n.name) : n.id]));
  return data.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.target === event?.id).map((r) => `${name.get(r.source)}:${'role' in r ? r.role : ''}`).sort();
}
