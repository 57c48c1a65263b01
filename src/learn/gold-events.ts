// Which gold event a found event reports, for the trainers of the learned event passes: the gold event whose words in
// the found event's sentence hold its trigger, else one of the same family (the scoring rules' families), else the
// sentence's only one.
import { eventFamily } from '../../graph-schema/index.js';
import type { GoldEvent } from '../eval/gold.js';

/** Where each of the gold event's words stand in the sentence [from, to). */
function spans(text: string, g: GoldEvent, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const words of g.mentions) {
    for (let at = text.indexOf(words, from); at >= 0 && at < to; at = text.indexOf(words, at + 1)) out.push([at, at + words.length]);
    // Words that run over the sentence's end: the sentence lies inside them.
    const inside = text.slice(from, to).trim();
    if (inside && words.length > inside.length && words.includes(inside)) out.push([from, to]);
  }
  return out;
}

/** The gold event a found event (trigger [start, end), of this type, in the sentence [from, to)) reports, if any. */
export function goldEventOf(text: string, e: { start: number; end: number; eventType: string }, from: number, to: number, gold: GoldEvent[]): GoldEvent | undefined {
  const here = gold.map((g) => ({ g, at: spans(text, g, from, to) })).filter((x) => x.at.length > 0);
  return here.find((x) => x.at.some(([a, b]) => a < e.end && b > e.start))?.g
    ?? here.find((x) => eventFamily(x.g.type) === eventFamily(e.eventType))?.g
    ?? (here.length === 1 ? here[0]!.g : undefined);
}
