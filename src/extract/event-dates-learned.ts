// After the event pass: when each event happened, from a model learned on annotated real articles. Each date its
// sentence tells, the article's date and the date the story last gave are scored; the best one becomes the event's
// date when its share among its event's candidates reaches the model's threshold and it is not what the patterns chose ("Protests first broke out on
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
    // The candidates compete: each one's probability is its share among its event's (src/learn/ranker.ts).
    const p = choices(model, group);
    let best = 0;
    for (let k = 1; k < group.length; k++) if (p[k]! > p[best]!) best = k;
    const c = group[best]!;
    if (p[best]! < model.threshold || c.features.includes('rule') || c.date === null) continue;
    const e = events[i]!;
    e.patternDate = { date: e.date, text: e.dateText };
    e.date = c.date;
    // (No date words for the article's day, the day before it, its month or year, or the story's last date: dated
    // without words of its own, as the patterns date news in a lead.)
    e.dateText = c.text;
    e.dateRule = 'event-dates-learned/model';
  }
}
