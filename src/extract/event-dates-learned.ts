// After the event pass: when each event happened, from a model learned on annotated real articles. Each date its
// sentence tells near the trigger, the article's day, the day before it, its month and year, the date the story last
// gave and "no date" are ranked against each other (src/learn/ranker.ts); the date with the largest share becomes the
// event's when that share reaches the model's threshold and it is not what the patterns chose ("Protests first broke out on
// April 18 last year, … the government said on Tuesday": the April day for the protests, not the day of the saying).
// The weights are data (dates-learned/model.json).
import type { EventFinding } from './events/index.js';
import type { Mention, Sentence } from './types.js';
import { dateCandidates, type DateCandidate } from './dates-learned/features.js';
import type { DateModel } from './dates-learned/model.js';
import { choices } from '../learn/ranker.js';

export function learnedDates(text: string, sentences: Sentence[], mentions: Mention[], events: EventFinding[], articleDate: string | null,
  model: DateModel | null, seen?: (candidates: DateCandidate[]) => void): void {
  const candidates = dateCandidates(text, sentences, mentions, events, articleDate);
  seen?.(candidates);
  if (!model || model.threshold > 1) return;
  const byEvent = new Map<number, DateCandidate[]>();
  for (const c of candidates) (byEvent.get(c.event) ?? byEvent.set(c.event, []).get(c.event)!).push(c);
  for (const [i, group] of byEvent) {
    const best = bestDate(group, choices(model, group));
    if (!best || best.share < model.threshold || best.rule || best.date === null) continue;
    const e = events[i]!;
    e.patternDate = { date: e.date, text: e.dateText };
    e.date = best.date;
    // (No date words for the article's day, the day before it, its month or year, or the story's last date: dated
    // without words of its own, as the patterns date news in a lead.)
    e.dateText = best.text;
    e.dateRule = 'event-dates-learned/model';
  }
}

/**
 * The date with the largest share of an event's candidates, the shares of one date's candidates added up ("yesterday"
 * and the day before the article are one date), with the words of its best candidate; `rule` when the patterns chose it.
 */
export function bestDate(group: Array<Pick<DateCandidate, 'date' | 'text' | 'features'>>, shares: number[]): { date: string | null; text: string | null; share: number; rule: boolean } | null {
  const byDate = new Map<string | null, { date: string | null; text: string | null; share: number; rule: boolean; top: number }>();
  group.forEach((c, k) => {
    const had = byDate.get(c.date);
    const p = shares[k]!;
    if (!had) byDate.set(c.date, { date: c.date, text: c.text, share: p, rule: c.features.includes('rule'), top: p });
    else {
      had.share += p;
      had.rule ||= c.features.includes('rule');
      // The words of its likeliest candidate that has words ("yesterday" over the day before the article).
      if (c.text !== null && (had.text === null || p > had.top)) { had.top = p; had.text = c.text; }
    }
  });
  let best: { date: string | null; text: string | null; share: number; rule: boolean } | null = null;
  for (const d of byDate.values()) if (!best || d.share > best.share) best = d;
  return best && { date: best.date, text: best.text, share: best.share, rule: best.rule };
}
