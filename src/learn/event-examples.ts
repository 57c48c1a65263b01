// Labelled candidates of the learned event passes (participants, places; the dates trainer shares `goldOfFound`): each candidate belongs to an event the
// extractor found in an annotated article; the gold event it reports is found by `goldEventOf`, and the pass's
// trainer says from that gold event whether the candidate's name is what the pass should take.
import { extractArticle, type ExtractOptions } from '../extract/index.js';
import type { EventFinding } from '../extract/events/index.js';
import type { Mention, Sentence } from '../extract/types.js';
import { foldName } from '../eval/fold.js';
import type { GoldEvent } from '../eval/gold.js';
import { annotatedArticle } from './batches.js';
import { goldEventOf } from './gold-events.js';
import type { Row } from './logistic.js';

export interface EventCandidate { event: number; mention: number; features: string[] }
export type CandidateHook = (candidates: EventCandidate[], found: { events: EventFinding[]; mentions: Mention[]; sentences: Sentence[] }) => void;

export interface EventExample extends Row { key: string; event: string; context: string }

/** Whether a mention names the gold entity of this name (any of its names; a person's last name alone, if `surnames`). */
export type NameTest = (m: Mention, name: string) => boolean;

/**
 * The candidates of one article, each labelled by `label` from the gold event its event reports. `options` turns the
 * pass's hook on (and models off) for the extraction.
 */
export function eventExamples(batch: number, file: string, options: (hook: CandidateHook) => ExtractOptions,
  label: (m: Mention, g: GoldEvent, is: NameTest) => boolean, surnames: boolean): EventExample[] {
  const read = annotatedArticle(batch, file);
  if (!read) return [];
  const { article, gold } = read;
  const namesOf = new Map<string, Set<string>>();
  for (const e of [...gold.entities, ...gold.optional]) namesOf.set(e.name, new Set([e.name, ...e.aliases].map(foldName)));
  const is: NameTest = (m, name) => {
    const names = namesOf.get(name) ?? new Set([foldName(name)]);
    if (names.has(foldName(m.canonical ?? m.text)) || names.has(foldName(m.text))) return true;
    // "Horvat" for "Ivo Horvat": a person's last name alone.
    return surnames && m.type === 'Person' && !m.text.includes(' ') && foldName(name).split(' ').pop() === foldName(m.text);
  };
  const text = article.text;
  const events = [...gold.events, ...gold.optional_events];
  const out: EventExample[] = [];
  extractArticle(article, {
    explain: false,
    ...options((cs, { events: found, mentions, sentences }) => {
      const goldOf = goldOfFound(text, events, found, sentences);
      for (const c of cs) {
        const e = found[c.event]!;
        const g = goldOf(c.event);
        if (!g) continue;
        const m = mentions[c.mention]!;
        const yes = label(m, g, is);
        out.push({ features: c.features, label: yes, key: `${batch}/${file}|${c.event}|${c.mention}`, event: `${batch}/${file}|${c.event}`,
          context: `${g.type} ${yes ? '+' : '-'} [${m.text}] ${text.slice(Math.max(0, Math.min(m.start, e.start) - 40), Math.max(m.end, e.end) + 40).replace(/\s+/g, ' ')}` });
      }
    }),
  });
  return out;
}

/** The gold event each found event (by index) reports, if any (src/learn/gold-events.ts), looked up once per event. */
export function goldOfFound(text: string, gold: GoldEvent[], found: EventFinding[], sentences: Sentence[]): (event: number) => GoldEvent | undefined {
  const matched = new Map<number, GoldEvent | undefined>();
  return (i) => {
    if (!matched.has(i)) {
      const e = found[i]!;
      const s = sentences[e.sentence];
      matched.set(i, s ? goldEventOf(text, e, s.start, s.end, gold) : undefined);
    }
    return matched.get(i);
  };
}

/** The held-out line at one threshold: how many candidates were taken and how many of them the gold names. */
export function takenReport(what: string): (held: EventExample[], taken: (e: EventExample) => boolean) => string {
  return (held, taken) => {
    const chosen = held.filter(taken);
    const tp = chosen.filter((e) => e.label).length;
    return `${chosen.length} taken, ${tp} gold ${what} (precision ${(tp / Math.max(1, chosen.length)).toFixed(3)}), recall of the reachable ${(tp / Math.max(1, held.filter((e) => e.label).length)).toFixed(3)}`;
  };
}
