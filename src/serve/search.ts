// Suggestions over names, aliases and article titles: prefix and typo-tolerant ("Mostafa" finds "Mustafa").
import MiniSearch from 'minisearch';
import { compareIds } from '../../graph-schema/index.js';
import type { KnowledgeGraph } from '../graph/build.js';
import { nodeLabel } from '../export/label.js';
import type { SearchDoc } from './types.js';

/** Types a user looks up by name; statements are reached through their speakers. */
const SEARCHABLE = new Set(['Person', 'Organization', 'Place', 'Source', 'Event', 'Article']);

export interface Suggestion {
  id: string;
  type: string;
  label: string;
  /** The name or alias that matched, when it is not the label itself. */
  matched: string | null;
  score: number;
}

/** Folds accents, case and apostrophes, so "Ḥashd" and "hashd", "Rawi’s" and "rawis" meet. */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`]/g, '').toLowerCase();
}

const options = {
  fields: ['text'],
  storeFields: ['nodeId', 'text'],
  tokenize: (text: string) => text.split(/[^\p{L}\p{N}’'`]+/u).filter(Boolean),
  processTerm: (term: string) => foldTerm(term) || null,
};

export function buildSearchIndex(graph: KnowledgeGraph): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(options);
  const docs: SearchDoc[] = [];
  for (const id of [...graph.nodes()].sort()) {
    const attributes = graph.getNodeAttributes(id);
    if (!SEARCHABLE.has(String(attributes.type))) continue;
    const names = new Set([nodeLabel(id, attributes), ...(Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : [])]);
    for (const text of names) docs.push({ id: docs.length, nodeId: id, text });
  }
  index.addAll(docs);
  return index;
}

export function suggest(graph: KnowledgeGraph, index: MiniSearch<SearchDoc>, query: string, limit = 10): Suggestion[] {
  const q = query.trim();
  if (q.length === 0) return [];
  const hits = index.search(q, {
    prefix: (term) => term.length >= 2,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
  });
  const best = new Map<string, Suggestion>();
  for (const hit of hits) {
    const nodeId = String(hit.nodeId);
    if (best.has(nodeId) || !graph.hasNode(nodeId)) continue;
    const attributes = graph.getNodeAttributes(nodeId);
    const label = nodeLabel(nodeId, attributes);
    best.set(nodeId, { id: nodeId, type: String(attributes.type), label, matched: hit.text === label ? null : String(hit.text), score: hit.score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || graph.degree(b.id) - graph.degree(a.id) || compareIds(a.label, b.label) || compareIds(a.id, b.id))
    .slice(0, limit);
}
