// People: full names merge across articles when surname and first name agree (transliterations too);
// a surname alone ("Zubaidi", "Al-Sadr") is the person of that surname named nearest in the same article.
import type { Mention } from '../extract/types.js';
import { foldText, parseName, sameFullName, sameWord, skeleton, type PersonName } from './names.js';
import { UnionFind } from './union-find.js';

export interface MentionRef { article: number; index: number; mention: Mention }

/** Rules whose names are page furniture (photo credits), used only when nothing better is named. */
const CREDIT_RULES = new Set(['20-boilerplate/photo-credit', '20-boilerplate/wire-credit']);

/** Bucket of a surname: its skeleton when long enough to be trusted, else the folded word. */
function bucketOf(last: string): string {
  const s = skeleton(last);
  return s.length >= 4 ? `s:${s}` : `w:${last}`;
}

/** Groups person mentions; returns a cluster key for every mention ref key `article:index`. */
export function clusterPeople(refs: MentionRef[]): Map<string, string> {
  const out = new Map<string, string>();
  const uf = new UnionFind();
  const parsed = new Map<MentionRef, PersonName>(refs.map((r) => [r, parseName(r.mention.text)]));
  const full = refs.filter((r) => r.mention.text.trim().includes(' '));
  const forms = new Map<string, PersonName>();
  for (const r of full) {
    const key = `full:${foldText(r.mention.text)}`;
    uf.add(key);
    forms.set(key, parsed.get(r)!);
  }
  // Only names with the same surname bucket can be one person: compare within buckets.
  const buckets = new Map<string, string[]>();
  for (const key of [...forms.keys()].sort()) {
    const b = bucketOf(forms.get(key)!.last);
    const list = buckets.get(b) ?? [];
    list.push(key);
    buckets.set(b, list);
  }
  for (const keys of buckets.values()) {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        if (sameFullName(forms.get(keys[i]!)!, forms.get(keys[j]!)!)) uf.union(keys[i]!, keys[j]!);
      }
    }
  }
  for (const r of full) out.set(`${r.article}:${r.index}`, uf.find(`full:${foldText(r.mention.text)}`));

  const fullByArticle = new Map<number, MentionRef[]>();
  const clustersByBucket = new Map<string, Set<string>>();
  for (const f of full) {
    const list = fullByArticle.get(f.article) ?? [];
    list.push(f);
    fullByArticle.set(f.article, list);
    if (CREDIT_RULES.has(f.mention.rule)) continue;
    const b = bucketOf(parsed.get(f)!.last);
    const set = clustersByBucket.get(b) ?? new Set();
    set.add(out.get(`${f.article}:${f.index}`)!);
    clustersByBucket.set(b, set);
  }
  for (const r of refs) {
    if (r.mention.text.trim().includes(' ')) continue;
    const last = parsed.get(r)!.last;
    const local = (fullByArticle.get(r.article) ?? [])
      .filter((f) => sameWord(parsed.get(f)!.last, last))
      .sort((a, b) => Number(CREDIT_RULES.has(a.mention.rule)) - Number(CREDIT_RULES.has(b.mention.rule))
        || Number(a.mention.start > r.mention.start) - Number(b.mention.start > r.mention.start)
        || Math.abs(a.mention.start - r.mention.start) - Math.abs(b.mention.start - r.mention.start));
    if (local[0]) { out.set(`${r.article}:${r.index}`, out.get(`${local[0].article}:${local[0].index}`)!); continue; }
    const corpus = clustersByBucket.get(bucketOf(last));
    if (corpus?.size === 1) { out.set(`${r.article}:${r.index}`, [...corpus][0]!); continue; }
    out.set(`${r.article}:${r.index}`, `single:${last}`);
  }
  return out;
}
