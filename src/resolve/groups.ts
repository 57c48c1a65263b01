// Organizations and places: one entity per lexicon or rule key, merged across articles when they share a
// written form ("international coalition"), and places with the same head when one name is part of the other
// ("al-Asad air base" ⊂ "Ain al-Asad Air Base").
import { acronymTargets } from './acronyms.js';
import { NameKeys, stripParticle } from './names.js';
import type { MentionRef } from './people.js';
import { UnionFind } from './union-find.js';

const PLACE_HEADS: [RegExp, string][] = [
  [/\b(air ?base|base)$/, 'base'],
  [/\b(international )?airport$/, 'airport'],
  [/\bprovince$/, 'province'],
];

interface PlaceParts { key: string; head: string; words: string[] }

function placeParts(key: string, folded: string): PlaceParts | null {
  for (const [re, head] of PLACE_HEADS) {
    const m = re.exec(folded);
    if (!m) continue;
    const words = folded.slice(0, m.index).trim().split(' ').filter(Boolean).map(stripParticle).filter((w) => w !== 'al');
    return words.length > 0 ? { key, head, words } : null;
  }
  return null;
}

/**
 * Joins places of one head where the words of one name are all in the other. Each name is checked only against
 * the names that share its rarest word, so the work grows with the number of names, not its square.
 */
function joinContainedPlaces(keys: string[], fold: (text: string) => string, uf: UnionFind): void {
  const parts = keys.map((key) => placeParts(key, fold(key.slice(key.indexOf(':') + 1)))).filter((p): p is PlaceParts => !!p);
  const postings = new Map<string, PlaceParts[]>();
  for (const p of parts) {
    for (const w of new Set(p.words)) {
      const k = `${p.head}|${w}`;
      const list = postings.get(k);
      if (list) list.push(p);
      else postings.set(k, [p]);
    }
  }
  for (const small of parts) {
    let candidates: PlaceParts[] | undefined;
    for (const w of small.words) {
      const list = postings.get(`${small.head}|${w}`)!;
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    for (const big of candidates!) {
      if (big !== small && big.words.length >= small.words.length && small.words.every((w) => big.words.includes(w))) uf.union(small.key, big.key);
    }
  }
}

/** Groups organization or place mentions; returns the cluster key of every ref, in the order of `refs`. */
export function clusterGroups(refs: MentionRef[], kind: 'Organization' | 'Place', keys: NameKeys = new NameKeys()): string[] {
  const uf = new UnionFind();
  const bySurface = new Map<string, string>();
  const keyOf = refs.map((r) => r.mention.key ?? `name:${keys.fold(r.mention.text)}`);
  // "the Supreme Court" of a Kenyan story and of a Pakistani one: words that two keys a lexicon or rule gave (each
  // article read them as its country's court) share join nothing by their words, whatever the order of the articles.
  const ruled = new Map<string, Set<string>>();
  refs.forEach((r, i) => {
    const surface = keys.phrase(r.mention.text);
    if (!surface.includes(' ') || keyOf[i]!.startsWith('name:')) return;
    ruled.set(surface, (ruled.get(surface) ?? new Set()).add(keyOf[i]!));
  });
  refs.forEach((r, i) => {
    const key = keyOf[i]!;
    uf.add(key);
    const surface = keys.phrase(r.mention.text);
    if (!surface.includes(' ') || (ruled.get(surface)?.size ?? 0) > 1) return;
    const seen = bySurface.get(surface);
    if (seen) uf.union(seen, key);
    else bySurface.set(surface, key);
  });
  if (kind === 'Place') {
    // "Hudaydah" beside the lexicon's "Hodeidah": a one-word place spelled another way is the known place.
    const known = new Map<string, string>();
    refs.forEach((r, i) => { if (keyOf[i]!.startsWith('place:') && !r.mention.text.includes(' ')) known.set(keys.phrase(r.mention.text), keyOf[i]!); });
    refs.forEach((r, i) => {
      const spelled = keyOf[i]!.startsWith('name:') && !r.mention.text.includes(' ') ? known.get(keys.phrase(r.mention.text)) : undefined;
      if (spelled && keys.phrase(r.mention.text).length >= 6) uf.union(spelled, keyOf[i]!);
    });
    const named = new Set(keyOf.filter((k) => k.startsWith('name:')));
    joinContainedPlaces([...named].sort(), (t) => keys.fold(t), uf);
    return keyOf.map((k) => uf.find(k));
  }
  const acronyms = acronymTargets(refs, keyOf, (r) => `name:${keys.fold(r.mention.text)}`, (k) => uf.find(k));
  return keyOf.map((k, i) => uf.find(acronyms.get(i) ?? k));
}
