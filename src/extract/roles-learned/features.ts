// Candidate affiliations for the learned roles pass: a person and an organization or place named in one sentence that
// no rule has linked, each described by the words around and between them. Features are the words and shapes of the
// context, never the names themselves, so the model learned from annotated articles carries to names it has not seen.
import type { Mention } from '../types.js';
import type { ExtractState } from '../state.js';
import { tokenRange } from '../state.js';
import { lexicons } from '../lexicon.js';
import { bucket, keyOf } from '../learned-context/words.js';

export interface RoleCandidate {
  person: Mention;
  org: Mention;
  /** The person's fullest name in the article and the body's key, both lower case: one role per pair. */
  personKey: string;
  orgKey: string;
  sentence: number;
  features: string[];
}

/** Each person mention's fullest form in the article: "Horvat" → "ivo horvat" when the article names "Ivo Horvat". */
export function fullNames(state: ExtractState): Map<Mention, string> {
  const byLast = new Map<string, string[]>();
  const keys = new Map<Mention, string>();
  for (const m of state.mentions) {
    if (m.type !== 'Person') continue;
    const key = keyOf(m);
    keys.set(m, key);
    const last = key.split(/\s+/).pop()!;
    const list = byLast.get(last);
    if (!list) byLast.set(last, [key]);
    else if (!list.includes(key)) list.push(key);
  }
  const out = new Map<Mention, string>();
  for (const [m, key] of keys) {
    let best = key;
    for (const k of byLast.get(key.split(/\s+/).pop()!)!) if (k.length > best.length && k.includes(key)) best = k;
    out.set(m, best);
  }
  return out;
}

/** Tokens between a person and a body beyond which no candidate is made. */
const WINDOW = 20;


function lowerAt(state: ExtractState, k: number, from: number, to: number): string {
  if (k < from || k >= to) return '^';
  const t = state.tokens[k]!;
  const owner = state.owner[k];
  // A name stands for its kind: "said", "of", but PERSON, ORG, PLACE.
  if (owner && owner.type !== 'Person' && owner.type !== 'Organization' && owner.type !== 'Place') return t.lower;
  if (owner) return owner.type === 'Person' ? 'PER' : owner.type === 'Place' ? 'LOC' : 'ORG';
  return /^\d/.test(t.text) ? '0' : t.lower;
}

/** The words [from, to) with each name collapsed to its kind ("of ORG 's"), at most `cap` of them. */
function span(state: ExtractState, from: number, to: number, cap: number): string[] {
  const out: string[] = [];
  let last: Mention | null = null;
  for (let k = from; k < to; k++) {
    const owner = state.owner[k];
    if (owner && owner === last) continue;
    last = owner ?? null;
    out.push(lowerAt(state, k, 0, state.tokens.length));
    if (out.length > cap) break;
  }
  return out;
}

function placeKind(m: Mention): string {
  if (m.type !== 'Place') return 'org';
  const name = m.key?.startsWith('place:') ? m.key.slice(6) : m.canonical ?? m.text;
  return lexicons().places.get(name)?.kind ?? 'other';
}

/** Pairs of a person and an organization or place in one sentence that the rules left unlinked, with their features. */
export function roleCandidates(state: ExtractState): RoleCandidate[] {
  const fullName = fullNames(state);
  const mentionKey = (m: Mention): string => (m.type === 'Person' ? fullName.get(m) ?? keyOf(m) : keyOf(m));
  const linked = new Set<string>();
  const hasOrgRole = new Set<string>();
  const hasBareRole = new Set<string>();
  for (const r of state.roles) {
    const p = mentionKey(r.person);
    if (r.org) { linked.add(`${p}|${mentionKey(r.org)}`); hasOrgRole.add(p); }
    if (r.country) { linked.add(`${p}|place:${r.country.toLowerCase()}`); hasOrgRole.add(p); }
    if (!r.org && !r.country) hasBareRole.add(p);
  }
  const authors = new Set(state.authors);
  const bySentence = new Map<number, Mention[]>();
  for (const m of state.mentions) {
    if (m.rule.startsWith('20-boilerplate') || authors.has(m)) continue;
    if (m.type !== 'Person' && m.type !== 'Organization' && m.type !== 'Place') continue;
    if (state.headline.has(m.sentence)) continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const out: (RoleCandidate & { gap: number })[] = [];
  const speech = lexicons().speechVerbs;
  for (const [sentence, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.start - b.start);
    const people = list.filter((m) => m.type === 'Person');
    if (!people.length || people.length === list.length) continue;
    const s = state.sentences[sentence]!;
    const [sFrom, sTo] = tokenRange(state, s.start, s.end);
    const quoted = /["“”]/.test(s.text);
    const ranges = list.map((m) => tokenRange(state, m.start, m.end));
    const bodies = list.length - people.length;
    list.forEach((person, pi) => {
      if (person.type !== 'Person') return;
      const pk = mentionKey(person);
      const [pf, pt] = ranges[pi]!;
      // Only bodies near the person: a sentence with no full stop in a long page stays linear.
      for (let oi = 0; oi < list.length; oi++) {
        const org = list[oi]!;
        if (org.type === 'Person') continue;
        const [of, ot] = ranges[oi]!;
        const before = of < pf;
        const [gFrom, gTo] = before ? [ot, pf] : [pt, of];
        const gap = gTo - gFrom;
        if (gap < 0 || gap > WINDOW) continue;
        if (linked.has(`${pk}|${mentionKey(org)}`)) continue;
        let persons = 0;
        let others = 0;
        for (let k = Math.min(oi, pi) + 1; k < Math.max(oi, pi); k++) { if (list[k]!.type === 'Person') persons++; else others++; }
        // "X said Y would …", "X and Y": another person, or the person's own speech, stands between them.
        if (persons > 0) continue;
        let spoken = false;
        let dash = false;
        for (let k = gFrom; k < gTo; k++) {
          const t = state.tokens[k]!;
          if (!state.owner[k] && speech.has(t.lower)) spoken = true;
          if (t.text === '—' || t.text === '–') dash = true;
        }
        if (spoken && !before) continue;
        // "LISBON, Portugal (AP) — President X": a dateline or a headline's dash parts the place from the sentence.
        if (dash && before) continue;
        const between = span(state, gFrom, gTo, 6);
        const kind = placeKind(org);
        const ord = before ? 'OP' : 'PO';
        const f: string[] = [
          `ord:${ord}`, `gap:${ord}:${bucket(gap, [0, 1, 2, 3, 5, 8, 12])}`, `kind:${kind}`, `kind:${kind}:${ord}`,
          `orule:${org.rule.split('/')[0]}`, `orule:${org.rule}`,
          `pprev:${lowerAt(state, pf - 1, sFrom, sTo)}`, `pnext:${lowerAt(state, pt, sFrom, sTo)}`,
          `pprev2:${lowerAt(state, pf - 2, sFrom, sTo)}|${lowerAt(state, pf - 1, sFrom, sTo)}`,
          `pnext2:${lowerAt(state, pt, sFrom, sTo)}|${lowerAt(state, pt + 1, sFrom, sTo)}`,
          `oprev:${lowerAt(state, of - 1, sFrom, sTo)}`, `onext:${lowerAt(state, ot, sFrom, sTo)}`,
          `oprev2:${lowerAt(state, of - 2, sFrom, sTo)}|${lowerAt(state, of - 1, sFrom, sTo)}`,
          `onext2:${lowerAt(state, ot, sFrom, sTo)}|${lowerAt(state, ot + 1, sFrom, sTo)}`,
          `prule:${person.rule.split('/')[0]}`,
          `nper:${bucket(people.length, [1, 2, 3])}`, `nbody:${bucket(bodies, [1, 2, 3, 5])}`,
          `prole:${hasOrgRole.has(pk) ? 'org' : hasBareRole.has(pk) ? 'bare' : 'none'}`,
          `prole:${hasOrgRole.has(pk) ? 'org' : hasBareRole.has(pk) ? 'bare' : 'none'}:${kind}`,
          `pwords:${bucket(person.text.split(/\s+/).length, [1, 2, 3])}`,
          `orgbtw:${bucket(others, [0, 1])}`,
        ];
        if (spoken) f.push('spoken');
        const title = state.titles.get(pf - 1);
        f.push(`title:${title ? 'yes' : 'no'}:${kind}`);
        if (title) f.push(`titlestate:${title.state}:${kind}`);
        if (title) f.push(`titlew:${title.text.toLowerCase().split(/\s+/).pop()}`, `titlew:${title.text.toLowerCase().split(/\s+/).pop()}:${kind}`);
        if (quoted) f.push('quoted');
        if (pf === sFrom) f.push('pfirst');
        if (gap <= 6) f.push(`btw:${ord}:${between.join(' ')}`);
        for (const w of new Set(span(state, gFrom, gTo, 12))) f.push(`bw:${ord}:${w}`);
        if (between.length) f.push(`bfirst:${ord}:${between[0]}`, `blast:${ord}:${between[between.length - 1]}`);
        out.push({ person, org, personKey: pk, orgKey: mentionKey(org), sentence, features: f, gap });
      }
    });
  }
  return bags(state, out, mentionKey);
}

/**
 * One candidate per person and body of the article: the features of every sentence naming both, with how often the
 * article names each and how many bodies share a sentence with the person. It stands at the sentence where the two are
 * closest.
 */
function bags(state: ExtractState, candidates: (RoleCandidate & { gap: number })[], key: (m: Mention) => string): RoleCandidate[] {
  const named = new Map<string, number>();
  for (const m of state.mentions) { const k = key(m); named.set(k, (named.get(k) ?? 0) + 1); }
  const bodiesOf = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!bodiesOf.has(c.personKey)) bodiesOf.set(c.personKey, new Set());
    bodiesOf.get(c.personKey)!.add(c.orgKey);
  }
  const byPair = new Map<string, (RoleCandidate & { gap: number })[]>();
  for (const c of candidates) {
    const k = `${c.personKey}|${c.orgKey}`;
    const list = byPair.get(k);
    if (list) list.push(c);
    else byPair.set(k, [c]);
  }
  const out: RoleCandidate[] = [];
  for (const list of byPair.values()) {
    const best = list.reduce((a, b) => (b.gap < a.gap ? b : a));
    const features = new Set<string>();
    for (const c of list) for (const f of c.features) features.add(f);
    const first = list[0]!;
    features.add(`together:${bucket(list.length, [1, 2, 3])}`);
    features.add(`pnamed:${bucket(named.get(first.personKey) ?? 0, [1, 2, 4])}`);
    features.add(`onamed:${bucket(named.get(first.orgKey) ?? 0, [1, 2, 4, 8])}`);
    features.add(`bodies:${bucket(bodiesOf.get(first.personKey)!.size, [1, 2, 3])}`);
    features.add(`mingap:${bucket(best.gap, [0, 1, 2, 3, 5, 8])}`);
    out.push({ person: best.person, org: best.org, personKey: best.personKey, orgKey: best.orgKey, sentence: best.sentence, features: [...features].sort() });
  }
  return out;
}
