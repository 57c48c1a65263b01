// After the quote and event passes: where an event happened, from a model learned on annotated real articles. Each
// place named near the trigger, the patterns' place and the story's country are scored; the best one becomes the
// event's place when it reaches the model's threshold and scores above the patterns' place ("a bombing in a village
// south of the capital Manama": the village, not the country the story is about). The weights are data
// (places-learned/model.json). What merges two reports of one event stays the patterns' place (`patternPlace`).
import type { EventFinding } from './events/index.js';
import type { Mention, Sentence } from './types.js';
import { placeCandidates, type PlaceCandidate } from './places-learned/features.js';
import type { PlaceModel } from './places-learned/model.js';
import { probability } from '../learn/logistic.js';
import { keyOf } from './learned-context/words.js';

export function learnedPlaces(text: string, sentences: Sentence[], mentions: Mention[], events: EventFinding[],
  model: PlaceModel | null, seen?: (candidates: PlaceCandidate[]) => void): void {
  const candidates = placeCandidates(text, sentences, mentions, events);
  seen?.(candidates);
  if (!model || model.threshold > 1) return;
  const best = new Map<number, { c: PlaceCandidate; p: number }>();
  const ruled = new Map<number, number>();
  for (const c of candidates) {
    const p = probability(model, c.features);
    if (events[c.event]!.place === c.mention) ruled.set(c.event, p);
    const had = best.get(c.event);
    if (!had || p > had.p) best.set(c.event, { c, p });
  }
  for (const [i, { c, p }] of best) {
    const e = events[i]!;
    // The same place under another of its names ("DRC" for "the Democratic Republic of the Congo") changes nothing.
    const same = (j: number | null | undefined): boolean => j !== null && j !== undefined && keyOf(mentions[j]!) === keyOf(mentions[c.mention]!);
    if (p < model.threshold || same(e.place) || same(e.storyPlace) || p <= (ruled.get(i) ?? 0)) continue;
    e.patternPlace = e.place;
    e.place = c.mention;
    e.placeRule = 'event-places-learned/model';
  }
}
