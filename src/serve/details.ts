// What the side panel shows for one node or edge: names, roles, statements with their article, evidence.
import { compareById, compareIds } from '../../graph-schema/index.js';
import { nodeLabel } from '../export/label.js';
import type { KnowledgeGraph } from '../graph/build.js';
import type { ArticleSummary } from './types.js';

export interface NodeRef {
  id: string;
  type: string;
  label: string;
}

export interface EvidenceView {
  sentence: string;
  rule: string;
  start: number;
  end: number;
  article: ArticleSummary | null;
}

export interface RelationView {
  edgeId: string;
  type: string;
  direction: 'out' | 'in';
  other: NodeRef;
  role?: string;
  count?: number;
  evidence: EvidenceView | null;
}

export interface StatementView {
  id: string;
  text: string;
  date: string | null;
  article: ArticleSummary | null;
  speaker: NodeRef | null;
  about: NodeRef[];
  /** The sentence the quote was read from. */
  sentence: string | null;
}

export interface NodeDetails {
  node: Record<string, unknown> & NodeRef;
  aliases: string[];
  roles: Array<{ role: string; of: NodeRef | null; evidence: EvidenceView | null }>;
  statements: StatementView[];
  statementsAbout: StatementView[];
  articles: Array<ArticleSummary & { count: number | null }>;
  relations: RelationView[];
}

export interface EdgeDetails {
  edge: Record<string, unknown> & { id: string; type: string; source: string; target: string };
  source: NodeRef;
  target: NodeRef;
  evidence: EvidenceView | null;
}

function ref(graph: KnowledgeGraph, id: string): NodeRef {
  const attributes = graph.getNodeAttributes(id);
  return { id, type: String(attributes.type), label: nodeLabel(id, attributes) };
}

function evidenceOf(attributes: Record<string, unknown>, articles: Map<string, ArticleSummary>): EvidenceView | null {
  if (typeof attributes.sentence !== 'string') return null;
  const articleId = String(attributes.articleId ?? '');
  return {
    sentence: attributes.sentence,
    rule: String(attributes.rule ?? ''),
    start: Number(attributes.start ?? 0),
    end: Number(attributes.end ?? 0),
    article: articles.get(articleId) ?? null,
  };
}

function statementView(graph: KnowledgeGraph, id: string, articles: Map<string, ArticleSummary>): StatementView {
  const attributes = graph.getNodeAttributes(id);
  const article = articles.get(String(attributes.articleId)) ?? null;
  let speaker: NodeRef | null = null;
  let sentence: string | null = null;
  const about: NodeRef[] = [];
  graph.forEachInEdge(id, (_edge, edge, source) => {
    if (edge.type !== 'SAID') return;
    speaker ??= ref(graph, source);
    if (typeof edge.sentence === 'string') sentence ??= edge.sentence;
  });
  graph.forEachOutEdge(id, (_edge, edge, _source, target) => {
    if (edge.type === 'ABOUT') about.push(ref(graph, target));
  });
  about.sort(compareById);
  // When it was said: its own date ("said on Tuesday"), else its article's.
  const date = typeof attributes.date === 'string' ? attributes.date : article?.date ?? null;
  return { id, text: String(attributes.text ?? ''), date, article, speaker, about, sentence };
}

/** Oldest first (undated before dated), then by id: statements and articles in the panel and the API. */
export function byDateThenId(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  return compareIds(a.date ?? '', b.date ?? '') || compareIds(a.id, b.id);
}

export function nodeDetails(graph: KnowledgeGraph, articles: Map<string, ArticleSummary>, id: string): NodeDetails | null {
  if (!graph.hasNode(id)) return null;
  const attributes = graph.getNodeAttributes(id);
  const relations: RelationView[] = [];
  const roles: NodeDetails['roles'] = (Array.isArray(attributes.roles) ? attributes.roles.map(String) : []).map((role) => ({ role, of: null, evidence: null }));
  const statements: StatementView[] = [];
  const statementsAbout: StatementView[] = [];
  const mentionCounts = new Map<string, number>();
  graph.forEachEdge(id, (edgeId, edge, source, target) => {
    const direction = source === id ? 'out' : 'in';
    const otherId = direction === 'out' ? target : source;
    const evidence = evidenceOf(edge, articles);
    const relation: RelationView = { edgeId, type: String(edge.type), direction, other: ref(graph, otherId), evidence };
    if (typeof edge.role === 'string') relation.role = edge.role;
    if (typeof edge.count === 'number') relation.count = edge.count;
    relations.push(relation);
    if (edge.type === 'HOLDS_ROLE' && direction === 'out') roles.push({ role: String(edge.role), of: relation.other, evidence });
    if (edge.type === 'SAID' && direction === 'out') statements.push(statementView(graph, otherId, articles));
    if (edge.type === 'ABOUT' && direction === 'in') statementsAbout.push(statementView(graph, otherId, articles));
    if (edge.type === 'MENTIONS' && direction === 'in') mentionCounts.set(otherId, Number(edge.count ?? 1));
  });
  if (attributes.type === 'Statement') statements.push(statementView(graph, id, articles));
  const articleIds = new Set<string>(mentionCounts.keys());
  if (typeof attributes.articleId === 'string') articleIds.add(attributes.articleId);
  for (const relation of relations) if (relation.evidence?.article) articleIds.add(relation.evidence.article.id);
  const articleList = [...articleIds]
    .map((a) => articles.get(a))
    .filter((a): a is ArticleSummary => !!a)
    .map((a) => ({ ...a, count: mentionCounts.get(a.id) ?? null }))
    .sort(byDateThenId);
  relations.sort((a, b) => compareIds(a.type, b.type) || compareIds(a.edgeId, b.edgeId));
  return {
    node: { ...attributes, ...ref(graph, id) },
    aliases: Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : [],
    roles,
    statements: dedupe(statements).sort(byDateThenId),
    statementsAbout: dedupe(statementsAbout).sort(byDateThenId),
    articles: articleList,
    relations,
  };
}

function dedupe(list: StatementView[]): StatementView[] {
  return [...new Map(list.map((s) => [s.id, s])).values()];
}

export function edgeDetails(graph: KnowledgeGraph, articles: Map<string, ArticleSummary>, id: string): EdgeDetails | null {
  if (!graph.hasEdge(id)) return null;
  const attributes = graph.getEdgeAttributes(id);
  const source = graph.source(id);
  const target = graph.target(id);
  return {
    edge: { ...attributes, id, type: String(attributes.type), source, target },
    source: ref(graph, source),
    target: ref(graph, target),
    evidence: evidenceOf(attributes, articles),
  };
}

export function articleSummaries(graph: KnowledgeGraph): Map<string, ArticleSummary> {
  const out = new Map<string, ArticleSummary>();
  graph.forEachNode((id, attributes) => {
    if (attributes.type !== 'Article') return;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    out.set(id, { id, title: text(attributes.title) ?? id, date: text(attributes.date), url: text(attributes.url) });
  });
  return out;
}
