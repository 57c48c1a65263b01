// People: full names merge across articles when surname and first name agree (transliterations too);
// a surname alone ("Sudani", "Al-Sadr") is the person of that surname named nearest in the same article.
import type { Mention } from '../extract/types.js';
import { foldText, parseName, sameFullName, sameWord, type PersonName } from './names.js';
import { UnionFind } from './union-find.js';

export interface MentionRef { article: number; index: number; mention: Mention }

/** Rules whose names are page furniture (photo credits), used only when nothing better is named. */
const CREDIT_RULES = new Set(['20-boilerplate/photo-credit', '20-boilerplate/wire-credit']);

/** Groups person mentions; returns a cluster key for every mention ref key `article:index`. */
export function clusterPeople(refs: MentionRef[]): Map<string, string> {
  const out = new Map<string, string>();
  const uf = new UnionFind();
  const full = refs.filter((r) => r.mention.text.trim().includes(' '));
  const forms = new Map<string, PersonName>();
  for (const r of full) {
    const key = `full:${foldText(r.mention.text)}`;
    uf.add(key);
    forms.set(key, parseName(r.mention.text));
  }
  const keys = [...forms.keys()].sort();
  // Bucket by the first letter of the surname skeleton's source to keep this near-linear on big corpora.
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (sameFullName(forms.get(keys[i]!)!, forms.get(keys[j]!)!)) uf.union(keys[i]!, keys[j]!);
    }
  }
  for (const r of full) out.set(`${r.article}:${r.index}`, uf.find(`full:${foldText(r.mention.text)}`));

  const singles = refs.filter((r) => !r.mention.text.trim().includes(' '));
  for (const r of singles) {
    const last = parseName(r.mention.text).last;
    const local = full
      .filter((f) => f.article === r.article && sameWord(parseName(f.mention.text).last, last))
      .sort((a, b) => Number(CREDIT_RULES.has(a.mention.rule)) - Number(CREDIT_RULES.has(b.mention.rule))
        || Number(a.mention.start > r.mention.start) - Number(b.mention.start > r.mention.start)
        || Math.abs(a.mention.start - r.mention.start) - Math.abs(b.mention.start - r.mention.start));
    if (local[0]) { out.set(`${r.article}:${r.index}`, out.get(`${local[0].article}:${local[0].index}`)!); continue; }
    const corpus = new Set(full.filter((f) => !CREDIT_RULES.has(f.mention.rule) && sameWord(parseName(f.mention.text).last, last)).map((f) => out.get(`${f.article}:${f.index}`)!));
    if (corpus.size === 1) { out.set(`${r.article}:${r.index}`, [...corpus][0]!); continue; }
    out.set(`${r.article}:${r.index}`, `single:${last}`);
  }
  return out;
}
