// Candidate places for the learned event places pass: each place named near an event's trigger in its sentence, the
// place the patterns chose, and the story's country, described by the words between and around it and the trigger.
// Names are collapsed to their kind (PER, ORG, LOC), never features themselves.
import type { Mention, Sentence } from '../types.js';
import type { EventFinding } from '../events/index.js';
import { bucket, keyOf, marksBefore, placeKind, quoteMarks, words } from '../learned-context/words.js';
import { lexicons } from '../lexicon.js';

/** The country a place is in (itself for a country), from the gazetteer. */
function countryOfPlace(m: Mention): string | null {
  const lex = lexicons();
  const name = m.key?.startsWith('place:') ? m.key.slice(6) : m.canonical ?? m.text;
  return lex.countries.has(name) ? name : lex.places.get(name)?.country ?? null;
}

/** The countries a sentence names by a capitalized word of their people or name ("northern Syrian town", "Iran's"). */
function countriesNamed(text: string, s: Sentence): Set<string> {
  const out = new Set<string>();
  for (const w of text.slice(s.start, s.end).matchAll(/\b\p{Lu}[\p{L}-]+/gu)) {
    const c = lexicons().countryOf.get(w[0]);
    if (c) out.add(c.name);
  }
  return out;
}

export interface PlaceCandidate {
  /** Index of the event among the article's events. */
  event: number;
  /** Index of the place's mention among the article's mentions. */
  mention: number;
  features: string[];
}

/** How far (characters) from its trigger a place may stand to be a candidate. */
const REACH = 300;

/** For each event of the article, its candidate places (one per place, the mention closest to the trigger). */
export function placeCandidates(text: string, sentences: Sentence[], mentions: Mention[], events: EventFinding[]): PlaceCandidate[] {
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, j) => {
    if (m.type !== 'Person' && m.type !== 'Organization' && m.type !== 'Place') return;
    const list = bySentence.get(m.sentence);
    if (list) list.push(j);
    else bySentence.set(m.sentence, [j]);
  });
  const marks = new Map<number, number[]>();
  const facts = new Map<number, SentenceFacts>();
  const out: PlaceCandidate[] = [];
  events.forEach((e, ei) => {
    const s = sentences[e.sentence];
    if (!s) return;
    const inSentence = bySentence.get(e.sentence) ?? [];
    const names = inSentence.map((j) => mentions[j]!);
    const trigger = text.slice(e.start, e.end).toLowerCase().split(/\s+/).pop()!;
    const near = inSentence.filter((j) => mentions[j]!.type === 'Place' && mentions[j]!.start <= e.end + REACH && mentions[j]!.end >= e.start - REACH);
    const pool = [...near];
    if (e.place !== null && !pool.includes(e.place)) pool.push(e.place);
    if (e.place === null && e.storyPlace !== undefined && !pool.includes(e.storyPlace)) pool.push(e.storyPlace);
    const quotes = quoteMarks(text, s, marks);
    const { named, relatives } = sentenceFacts(text, s, facts);
    const roleOf = new Map(e.participants.map((p) => [keyOf(mentions[p.mention]!), p.named ? 'named' : 'role']));
    const best = new Map<string, { j: number; gap: number; f: string[] }>();
    const byDistance = [...near].sort((a, b) => distance(mentions[a]!, e) - distance(mentions[b]!, e));
    for (const j of pool) {
      const m = mentions[j]!;
      // "X, who was born in the village of Qana, was killed in a strike": a place inside a relative clause set off by
      // commas tells of something else than an event outside it, unless the clause is the trigger's own ("protesters,
      // who were shouting slogans in the city of Mardin,").
      if (relatives.some(([a, b]) => m.start >= a && m.end <= b && !(e.start >= a && e.end <= b) && a !== e.end)) continue;
      const kind = placeKind(m);
      const f = [`ev:${e.eventType}`, `kind:${kind}`, `ev:kind:${e.eventType}:${kind}`, `trig:${trigger}`, `mrule:${m.rule.split('/')[0]}`,
        `n:${bucket(near.length, [0, 1, 2, 3])}`, `mod:${e.modality}`];
      if (e.place === j) f.push('rule', `rule:${e.eventType}`);
      if (e.place === null) f.push('rulenone');
      if (e.storyPlace === j) f.push('story', `story:${e.eventType}`);
      // "BEIRUT — A car bomb exploded in a northern Syrian town": the sentence names a country the place is not in.
      const country = countryOfPlace(m);
      if (country && [...named].some((c) => c !== country)) f.push('foreign', `foreign:${m.sentence === e.sentence ? 'here' : 'elsewhere'}`);
      if (country && named.has(country)) f.push('samecountry');
      const role = roleOf.get(keyOf(m));
      if (role) f.push(`party:${role}`);
      if (m.sentence !== e.sentence) {
        f.push('elsewhere', `elsewhere:${kind}`);
      } else {
        const inside = m.start < e.end && m.end > e.start;
        const after = m.start >= e.end;
        const ord = inside ? 'I' : after ? 'A' : 'B';
        const [from, to] = after ? [e.end, m.start] : [m.end, e.start];
        const between = inside ? [] : words(text, from, to, names);
        const before = words(text, Math.max(s.start, m.start - 40), m.start, names).slice(-2);
        const next = words(text, m.end, Math.min(s.end, m.end + 40), names).slice(0, 2);
        f.push(`ord:${ord}`, `ord:${ord}:${kind}`, `gap:${ord}:${bucket(between.length, [0, 1, 2, 3, 5, 8, 12, 20])}`,
          `mprev:${before[before.length - 1] ?? '^'}`, `mprev2:${before.join('|') || '^'}`, `mnext:${next[0] ?? '$'}`, `mnext2:${next.join('|') || '$'}`,
          `mprev:${before[before.length - 1] ?? '^'}:${ord}`, `ev:mprev:${e.eventType}:${before[before.length - 1] ?? '^'}`,
          `rank:${bucket(byDistance.indexOf(j), [0, 1, 2])}`);
        if (/^['’]s?\b/u.test(text.slice(m.end, m.end + 2))) f.push('possessive');
        if (text[m.end] === '-') f.push('hyphened');
        if (marksBefore(quotes, m.start) % 2 === 1) f.push('quoted');
        if (between.includes(',')) f.push(`comma:${ord}`);
        if (between.length <= 5) f.push(`btw:${ord}:${between.join(' ')}`);
        for (const w of new Set(between.slice(0, 12))) f.push(`bw:${ord}:${w}`);
        if (between.length) f.push(`bfirst:${ord}:${between[0]}`, `blast:${ord}:${between[between.length - 1]}`);
      }
      const gap = m.sentence === e.sentence ? distance(m, e) : Number.MAX_SAFE_INTEGER;
      const key = keyOf(m);
      const had = best.get(key);
      // One candidate per place; the patterns' own mention of it is never displaced by a nearer one.
      if (!had || e.place === j || (gap < had.gap && had.j !== e.place)) best.set(key, { j, gap, f });
    }
    for (const { j, f } of [...best.values()].sort((a, b) => a.j - b.j)) out.push({ event: ei, mention: j, features: [...new Set(f)].sort() });
  });
  return out;
}

interface SentenceFacts { named: Set<string>; relatives: Array<[number, number]> }

/** The countries and relative clauses of a sentence, read once for all its events. */
function sentenceFacts(text: string, s: Sentence, cache: Map<number, SentenceFacts>): SentenceFacts {
  let found = cache.get(s.start);
  if (!found) cache.set(s.start, (found = { named: countriesNamed(text, s), relatives: relativeClauses(text, s) }));
  return found;
}

/** The relative clauses of the sentence set off by commas: ", who … ," and ", which … ,". */
function relativeClauses(text: string, s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.slice(s.start, s.end).matchAll(/,\s+(?:who|which|whose|where)\b[^,;]*,/gu)) out.push([s.start + m.index, s.start + m.index + m[0].length]);
  return out;
}

function distance(m: Mention, e: EventFinding): number {
  return m.start >= e.end ? m.start - e.end : m.end <= e.start ? e.start - m.end : 0;
}
