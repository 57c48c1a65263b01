// Candidate participants for the learned participants pass: a person, organization or place named in an event's
// sentence that no pattern made a party to it, described by the words between and around the name and the trigger.
// Names are collapsed to their kind (PER, ORG, LOC), never features themselves, so what the model learned from the
// annotated articles carries to names it has not seen.
import type { Mention, Sentence } from '../types.js';
import type { EventFinding } from '../events/index.js';
import { lexicons } from '../lexicon.js';
import { bucket, KINDS, keyOf, marksBefore, placeKind, quoteMarks, words } from '../learned-context/words.js';

export interface ParticipantCandidate {
  /** Index of the event among the article's events. */
  event: number;
  /** Index of the mention among the article's mentions. */
  mention: number;
  features: string[];
}

/** Words that open a subordinate clause: a name after one, past the trigger, belongs to that clause. */
const SUBORDINATE = new Set(['after', 'before', 'while', 'when', 'whereas', 'because', 'since', 'although', 'though', 'until', 'unless']);

/** How far (characters) from its trigger a name may stand to be a candidate. */
const REACH = 300;

/** Words that open another clause between a name and the trigger. */
const CLAUSE = new Set(['who', 'whom', 'whose', 'which', 'that', 'when', 'while', 'after', 'since', 'because', 'although', 'but', 'as', 'where']);

/**
 * For each event of the article, the names of its sentence that are not yet among its parties, one per entity (the
 * mention closest to the trigger), with their features.
 */
export function participantCandidates(text: string, sentences: Sentence[], mentions: Mention[], events: EventFinding[]): ParticipantCandidate[] {
  const bySentence = new Map<number, number[]>();
  const named = new Map<string, number>();
  mentions.forEach((m, j) => {
    if (!KINDS[m.type]) return;
    named.set(keyOf(m), (named.get(keyOf(m)) ?? 0) + 1);
    const list = bySentence.get(m.sentence);
    if (list) list.push(j);
    else bySentence.set(m.sentence, [j]);
  });
  const eventsBySentence = new Map<number, number[]>();
  events.forEach((e, i) => {
    const list = eventsBySentence.get(e.sentence);
    if (list) list.push(i);
    else eventsBySentence.set(e.sentence, [i]);
  });
  const speech = lexicons().speechVerbs;
  const marks = new Map<number, number[]>();
  const out: ParticipantCandidate[] = [];
  events.forEach((e, ei) => {
    if (e.sentence < 0) return;
    const s = sentences[e.sentence];
    const inSentence = bySentence.get(e.sentence);
    if (!s || !inSentence) return;
    const names = inSentence.map((j) => mentions[j]!);
    const others = (eventsBySentence.get(e.sentence) ?? []).filter((k) => k !== ei).map((k) => events[k]!);
    const taken = new Set(e.participants.map((p) => keyOf(mentions[p.mention]!)));
    const sameType = new Set(e.participants.map((p) => mentions[p.mention]!.type));
    const trigger = text.slice(e.start, e.end).toLowerCase().split(/\s+/).pop()!;
    const quotes = quoteMarks(text, s, marks);
    const quotesBefore = (at: number): number => marksBefore(quotes, at);
    const best = new Map<string, { j: number; gap: number; f: string[] }>();
    for (const j of inSentence) {
      const m = mentions[j]!;
      const key = keyOf(m);
      if (taken.has(key) || (m.start < e.end && m.end > e.start)) continue;
      // Only names near the trigger: a page with no full stops, one sentence of many kilobytes, stays linear.
      if (m.start > e.end + REACH || m.end < e.start - REACH) continue;
      const after = m.start >= e.end;
      const ord = after ? 'A' : 'B';
      const [from, to] = after ? [e.end, m.start] : [m.end, e.start];
      const between = words(text, from, to, names);
      // "met reporters after President X left": a name in another clause, after a subordinating word, is no candidate.
      if (after && between.some((w) => SUBORDINATE.has(w))) continue;
      const kind = KINDS[m.type]!;
      const f = [
        `ev:${e.eventType}`, `m:${kind}`, `ev:m:${e.eventType}:${kind}`, `ord:${ord}:${kind}`, `ord:${ord}:${e.eventType}`,
        `gap:${ord}:${bucket(between.length, [0, 1, 2, 3, 5, 8, 12, 20])}`, `gap:${ord}:${kind}:${bucket(between.length, [0, 1, 3, 6, 12])}`,
        `trig:${trigger}`, `trig:${trigger}:${ord}:${kind}`, `mod:${e.modality}`, `mrule:${m.rule.split('/')[0]}`,
        `nparts:${bucket(e.participants.length, [0, 1, 2])}`, `sametype:${sameType.has(m.type) ? 'yes' : 'no'}:${kind}`,
        `nev:${bucket(others.length, [0, 1, 2])}`, `named:${bucket(named.get(key) ?? 0, [1, 2, 4])}`,
      ];
      const context = words(text, Math.max(s.start, m.start - 40), m.start, names).slice(-2);
      const next = words(text, m.end, Math.min(s.end, m.end + 40), names).slice(0, 2);
      f.push(`mprev:${context[context.length - 1] ?? '^'}`, `mprev2:${context.join('|') || '^'}`, `mnext:${next[0] ?? '$'}`, `mnext2:${next.join('|') || '$'}`);
      f.push(`mprev:${context[context.length - 1] ?? '^'}:${ord}`, `mnext:${next[0] ?? '$'}:${ord}`);
      if (m.type === 'Place') f.push(`pkind:${placeKind(m)}`, `pkind:${placeKind(m)}:${e.eventType}`);
      if (e.place === j) f.push('isplace');
      if (/^['’]s?\b/u.test(text.slice(m.end, m.end + 2))) f.push('possessive');
      if (quotesBefore(m.start) % 2 === 1) f.push('quoted');
      if (inSentence[0] === j) f.push('first');
      if (e.sentence === 0) f.push('s0');
      for (const o of others) {
        const role = o.participants.find((p) => keyOf(mentions[p.mention]!) === key)?.role;
        if (role) f.push(`other:${role === 'named' ? 'named' : 'role'}`);
        if (o.start >= from && o.end <= to) f.push('trigbtw');
      }
      const commas = between.filter((w) => w === ',').length;
      if (commas) f.push(`comma:${ord}`, `commas:${ord}:${bucket(commas, [1, 2])}`);
      if (between.some((w) => CLAUSE.has(w))) f.push(`clause:${ord}`);
      if (between.length) f.push(`ev:bfirst:${e.eventType}:${ord}:${between[0]}`, `ev:blast:${e.eventType}:${ord}:${between[between.length - 1]}`);
      f.push(`ev:mprev:${e.eventType}:${context[context.length - 1] ?? '^'}`);
      if (between.some((w) => speech.has(w))) f.push(`said:${ord}`);
      if (between.length <= 5) f.push(`btw:${ord}:${between.join(' ')}`);
      for (const w of new Set(between.slice(0, 12))) f.push(`bw:${ord}:${w}`);
      if (between.length) f.push(`bfirst:${ord}:${between[0]}`, `blast:${ord}:${between[between.length - 1]}`);
      const gap = Math.max(0, after ? m.start - e.end : e.start - m.end);
      const had = best.get(key);
      if (!had || gap < had.gap) best.set(key, { j, gap, f });
    }
    for (const { j, f } of [...best.values()].sort((a, b) => a.j - b.j)) out.push({ event: ei, mention: j, features: [...new Set(f)].sort() });
  });
  return out;
}
