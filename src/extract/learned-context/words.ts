// The context of a name for the learned passes (event participants, event places): the words between and around it,
// every name collapsed to its kind (PER, ORG, LOC), so that a model learned from annotated articles never learns a name.
import type { Mention, Sentence } from '../types.js';
import { lexicons } from '../lexicon.js';

export const KINDS: Partial<Record<string, string>> = { Person: 'PER', Organization: 'ORG', Place: 'LOC' };
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:“”"()—–]/gu;

/** Where the quotation marks of the sentence stand (once per sentence). */
export function quoteMarks(text: string, s: Sentence, cache: Map<number, number[]>): number[] {
  let found = cache.get(s.start);
  if (!found) {
    found = [];
    for (let k = s.start; k < s.end; k++) if (text[k] === '“' || text[k] === '”' || text[k] === '"') found.push(k);
    cache.set(s.start, found);
  }
  return found;
}

/** How many of the sorted positions stand before `at` (binary search). */
export { firstAtOrAfter as marksBefore } from '../quotes/00-text.js';

/** The first edge n does not exceed, as a feature value (`8+` past the last). */
export const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return String(e);
  return `${edges[edges.length - 1]}+`;
};

/** The words of text[from, to), each name of the sentence as its kind, numbers as 0, lower case. */
export function words(text: string, from: number, to: number, names: Mention[]): string[] {
  const out: string[] = [];
  let last: Mention | null = null;
  // The names in text order; tokens move forward, so one pointer finds each token's name (no search per token).
  let k = 0;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const at = m.index;
    while (k < names.length && names[k]!.end <= at) k++;
    let owner: Mention | null = null;
    for (let q = k; q < names.length && names[q]!.start <= at; q++) if (at < names[q]!.end) { owner = names[q]!; break; }
    if (owner) {
      if (owner !== last) out.push(KINDS[owner.type] ?? owner.type);
      last = owner;
      continue;
    }
    last = null;
    out.push(/^\d/.test(m[0]) ? '0' : m[0].toLowerCase());
  }
  return out;
}

/** A place's kind in the gazetteer (country, city, region, …), else other. */
export function placeKind(m: Mention): string {
  const name = m.key?.startsWith('place:') ? m.key.slice(6) : m.canonical ?? m.text;
  return lexicons().places.get(name)?.kind ?? (lexicons().countries.has(name) ? 'country' : 'other');
}

/** How the text names a mention: its key or canonical name or its words, in lower case. */
export const keyOf = (m: Mention): string => (m.key ?? m.canonical ?? m.text).toLowerCase();

