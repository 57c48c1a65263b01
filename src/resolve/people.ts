// People: full names merge across articles when surname and first name agree (transliterations too);
// a surname alone ("Zubaidi", "Al-Rawi") is the person of that surname named nearest in the same article,
// or, when the article names nobody of that surname, the one person of the article with that word elsewhere in the
// name (family name first, "Wang" → "Wang Yuxuan"; a first of two surnames, "Ospina" → "María Fernanda Ospina Restrepo"),
// else the only person of that surname in the corpus.
import type { Mention } from '../extract/types.js';
import { HYPHENATED_GIVEN_NAME } from '../extract/chars.js';
import { isParticleSurname, NameKeys, sameMiddles, surnameKeyForm, type PersonName } from './names.js';
import { UnionFind } from './union-find.js';

export interface MentionRef { article: number; index: number; mention: Mention }

/** Rules whose names are page furniture (photo credits), used only when nothing better is named. */
const CREDIT_RULES = new Set(['20-boilerplate/photo-credit', '20-boilerplate/wire-credit']);

/** A full name has a first name: "Ali Karam", not "Karam" or "Al Karam". */
const isFull = (r: MentionRef): boolean => r.mention.text.trim().includes(' ') && !isParticleSurname(r.mention.text);

/**
 * Full-name forms that agree on surname and first name (`keys.word`) are one person, and so are forms whose middle
 * names agree. A form without a middle name joins the forms that have one only when those are all one person:
 * "Ali Karim" next to both "Ali Hadi Karim" and "Ali Sami Karim" could be either, so it stays apart.
 */
function clusterFullForms(forms: Map<string, PersonName>, keys: NameKeys, uf: UnionFind): void {
  const groups = new Map<string, string[]>();
  for (const [form, name] of forms) {
    const group = `${keys.word(surnameKeyForm(name.last))}|${keys.word(name.first)}`;
    const list = groups.get(group);
    if (list) list.push(form);
    else groups.set(group, [form]);
  }
  for (const group of groups.values()) {
    group.sort();
    const withMiddle = group.filter((f) => forms.get(f)!.middle.length > 0);
    const bare = group.filter((f) => forms.get(f)!.middle.length === 0);
    for (let i = 0; i < withMiddle.length; i++) {
      for (let j = i + 1; j < withMiddle.length; j++) {
        if (sameMiddles(forms.get(withMiddle[i]!)!.middle, forms.get(withMiddle[j]!)!.middle)) uf.union(withMiddle[i]!, withMiddle[j]!);
      }
    }
    for (const f of bare) uf.union(bare[0]!, f);
    const people = new Set(withMiddle.map((f) => uf.find(f)));
    if (bare.length > 0 && people.size === 1) uf.union(bare[0]!, withMiddle[0]!);
  }
}

/**
 * "William Lai Ching-te" and "Lai Ching-te" in one article: a full name that ends another is that person; so is a name
 * of two words written the other way round, and one of two words that opens the one longer name that it opens.
 */
function joinTrailingNames(refs: MentionRef[], formOf: (string | undefined)[], keys: NameKeys, uf: UnionFind): void {
  const byArticle = new Map<number, Set<string>>();
  // One-word names each article uses alone ("Biya said"): the surname that tells which of two word orders is the name.
  const aloneIn = new Map<number, Set<string>>();
  // A form as the text wrote it, for the shape of its words (forms are folded to lower case).
  const written = new Map<string, string>();
  // Forms the text gave as another name of someone ("Koo Li-hsiung, as he is known in Mandarin").
  const aliases = new Set<string>();
  refs.forEach((r, i) => {
    if (!r.mention.text.trim().includes(' ')) {
      let alone = aloneIn.get(r.article);
      if (!alone) aloneIn.set(r.article, (alone = new Set()));
      alone.add(keys.fold(r.mention.text.trim()));
    }
    if (!formOf[i] || CREDIT_RULES.has(r.mention.rule)) return;
    written.set(formOf[i]!, r.mention.text.trim());
    if (r.mention.rule.endsWith('+alias')) aliases.add(formOf[i]!);
    let set = byArticle.get(r.article);
    if (!set) byArticle.set(r.article, (set = new Set()));
    set.add(formOf[i]!);
  });
  for (const [article, set] of byArticle) {
    const alone = aloneIn.get(article) ?? new Set<string>();
    for (const long of set) {
      const words = long.slice(5).split(' ');
      for (let k = 1; k + 2 <= words.length; k++) {
        const tail = `full:${words.slice(k).join(' ')}`;
        if (set.has(tail)) uf.union(tail, long);
      }
      // "Malek Razak Sulaiman … Malek Razak": a two-word name that opens the one three-word name of the article that it
      // opens (Malay and Arabic names drop the father's name; "Ali Hassan" beside "Ali Hassan Majid" and "Ali Hassan
      // Rahim" stays apart, and a headline's "X Y Dispels Mutiny Rumors" is no name to give the person).
      if (words.length === 2) {
        const longer = [...set].filter((other) => other.startsWith(`${long} `) && other.split(' ').length === 3);
        if (longer.length === 1) uf.union(longer[0]!, long);
      }
      // "the candidate Biya Paul" beside "Paul Biya": an official list's family name first, the same two words, when
      // the article uses one of the two words alone and not the other ("Ali Hassan met Hassan Ali": two people).
      const reversed = words.length === 2 ? `full:${words[1]} ${words[0]}` : '';
      const surname = words.length === 2 && alone.has(words[1]!) !== alone.has(words[0]!);
      if (reversed && surname && set.has(reversed)) uf.union(reversed, long);
      // "Wellington Koo … Koo Li-hsiung, as he is known in Mandarin": a family name written first before a hyphenated
      // given name, given as another name, is the one other person of the article whose surname it is ("Andy Kim" and
      // "Kim Yo-jong" are two people).
      const shown = written.get(long)?.split(/\s+/) ?? [];
      if (aliases.has(long) && shown.length === 2 && HYPHENATED_GIVEN_NAME.test(shown[1]!)) {
        const family = keys.fold(shown[0]!);
        const bearers = [...set].filter((other) => other !== long && other.slice(5).split(' ').length >= 2 && other.endsWith(` ${family}`));
        if (bearers.length === 1) uf.union(bearers[0]!, long);
      }
    }
  }
}


/** The better antecedent of a surname at `at`: a real byline over a photo credit, then before it, then nearer. */
function closer(a: MentionRef, b: MentionRef, at: number): boolean {
  const credit = Number(CREDIT_RULES.has(a.mention.rule)) - Number(CREDIT_RULES.has(b.mention.rule));
  if (credit !== 0) return credit < 0;
  const after = Number(a.mention.start > at) - Number(b.mention.start > at);
  if (after !== 0) return after < 0;
  return Math.abs(a.mention.start - at) < Math.abs(b.mention.start - at);
}

/** Groups person mentions; returns the cluster key of every ref, in the order of `refs`. */
export function clusterPeople(refs: MentionRef[], keys: NameKeys = new NameKeys()): string[] {
  const out = new Array<string>(refs.length);
  const uf = new UnionFind();
  const forms = new Map<string, PersonName>();
  const formOf = refs.map((r) => {
    if (!isFull(r)) return undefined;
    const form = `full:${keys.fold(r.mention.text)}`;
    if (!forms.has(form)) { forms.set(form, keys.name(r.mention.text)); uf.add(form); }
    return form;
  });
  clusterFullForms(forms, keys, uf);
  joinTrailingNames(refs, formOf, keys, uf);
  refs.forEach((_, i) => { if (formOf[i]) out[i] = uf.find(formOf[i]!); });

  // Surname key → the full-name refs of each article, and → the people of the whole corpus.
  const local = new Map<number, Map<string, MentionRef[]>>();
  const corpus = new Map<string, Set<string>>();
  refs.forEach((r, i) => {
    if (!formOf[i]) return;
    const surname = keys.word(keys.name(r.mention.text).last);
    let byName = local.get(r.article);
    if (!byName) local.set(r.article, (byName = new Map()));
    const list = byName.get(surname);
    if (list) list.push(r);
    else byName.set(surname, [r]);
    if (CREDIT_RULES.has(r.mention.rule)) return;
    let people = corpus.get(surname);
    if (!people) corpus.set(surname, (people = new Set()));
    people.add(out[i]!);
  });

  const clusterOfFull = new Map<MentionRef, string>();
  refs.forEach((r, i) => { if (formOf[i]) clusterOfFull.set(r, out[i]!); });
  // Article → word key of a non-last name word → the people whose full name has it.
  const otherWords = new Map<number, Map<string, Set<string>>>();
  refs.forEach((r, i) => {
    if (!formOf[i] || CREDIT_RULES.has(r.mention.rule)) return;
    const name = keys.name(r.mention.text);
    let byWord = otherWords.get(r.article);
    if (!byWord) otherWords.set(r.article, (byWord = new Map()));
    for (const w of [name.first, ...name.middle]) {
      const key = keys.word(w);
      const people = byWord.get(key);
      if (people) people.add(out[i]!);
      else byWord.set(key, new Set([out[i]!]));
    }
  });
  refs.forEach((r, i) => {
    if (formOf[i]) return;
    const surname = keys.word(keys.name(r.mention.text).last);
    let best: MentionRef | undefined;
    for (const f of local.get(r.article)?.get(surname) ?? []) if (!best || closer(f, best, r.mention.start)) best = f;
    if (best) { out[i] = clusterOfFull.get(best)!; return; }
    const sharing = r.mention.text.trim().includes(' ') ? undefined : otherWords.get(r.article)?.get(surname);
    if (sharing?.size === 1) { out[i] = sharing.values().next().value!; return; }
    const people = corpus.get(surname);
    out[i] = people?.size === 1 ? people.values().next().value! : `single:${surname}`;
  });
  return out;
}
