// Acronyms of organizations: "NDC" is the organization whose initials it spells when its article names one
// ("the Northern Defense Council met … the NDC said"), and in an article that names none, the one organization the
// corpus defines it as; an acronym defined two ways stays on its own there. A name the lexicon does not know joins
// the known acronym it spells in the same article ("Organization of Gas Exporting States … OGES").
import type { MentionRef } from './people.js';

/** Words left out of initials: "Ministry of Defense" → MD, "Council for the Arts" → CA. */
const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'a', 'an', '&']);

/** "NDC", "I.S.F." — two to eight capitals, optionally dotted. */
export function isAcronym(text: string): boolean {
  return /^(?:[A-Z]\.?){2,8}$/.test(text);
}

/**
 * Capitals of the significant words: "Northern Defense Council" → "NDC"; "al-Quds Force" → "QF"; a word in lower case
 * is no part of them ("Islamic State group" → "IS", "Pakistan Tehreek-e-Insaf" → "PTI").
 */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !MINOR.has(w.toLowerCase()) && !/^(al|el)$/i.test(w) && !/^\p{Ll}/u.test(w))
    .map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * Cluster key each acronym mention should take instead of its own (index into `refs` → key), given `keyOf` (the
 * mention's own key), `undefinedKey` (the key an acronym gets when nothing defines it) and `find` (the cluster of a key).
 */
export function acronymTargets(refs: MentionRef[], keyOf: string[], undefinedKey: (r: MentionRef) => string, find: (key: string) => string): Map<number, string> {
  const target = new Map<number, string>();
  const defined = new Map<string, Set<string>>();
  const define = (letters: string, key: string) => {
    const set = defined.get(letters);
    if (set) set.add(key);
    else defined.set(letters, new Set([key]));
  };
  const pending: number[] = [];
  // Refs arrive grouped by article; each article is read as one run.
  for (let from = 0; from < refs.length;) {
    let to = from;
    while (to < refs.length && refs[to]!.article === refs[from]!.article) to++;
    const spelled = new Map<string, Set<string>>();
    const unknownNames = new Map<string, number[]>();
    for (let i = from; i < to; i++) {
      const text = refs[i]!.mention.text.replace(/^the\s+/i, '');
      if (isAcronym(text) || !text.includes(' ')) continue;
      const letters = initialsOf(text);
      if (letters.length < 2) continue;
      const set = spelled.get(letters);
      if (set) set.add(keyOf[i]!);
      else spelled.set(letters, new Set([keyOf[i]!]));
      if (keyOf[i] !== undefinedKey(refs[i]!)) continue;
      const list = unknownNames.get(letters);
      if (list) list.push(i);
      else unknownNames.set(letters, [i]);
    }
    for (let i = from; i < to; i++) {
      const text = refs[i]!.mention.text;
      if (!isAcronym(text)) continue;
      const letters = text.replace(/\./g, '');
      if (keyOf[i] !== undefinedKey(refs[i]!)) {
        define(letters, keyOf[i]!);
        if (spelled.get(letters)?.size === 1) for (const n of unknownNames.get(letters) ?? []) target.set(n, keyOf[i]!);
        continue;
      }
      const local = spelled.get(letters);
      if (local?.size === 1) {
        const key = local.values().next().value!;
        target.set(i, key);
        define(letters, key);
      } else pending.push(i);
    }
    from = to;
  }
  for (const i of pending) {
    const keys = defined.get(refs[i]!.mention.text.replace(/\./g, ''));
    const clusters = new Set([...(keys ?? [])].map(find));
    if (clusters.size === 1) target.set(i, clusters.values().next().value!);
  }
  return target;
}
