// Pass 20: trigger words of each event type ("drone strike", "talks", "invasion"), read from triggers.json.
import type { EventType } from '../../../graph-schema/index.js';
import triggers from './triggers.json' with { type: 'json' };

export interface Trigger {
  eventType: EventType;
  /** The trigger with the modifiers before it ("ballistic missile attack"). */
  start: number;
  end: number;
  /** Where the trigger word itself starts. */
  wordStart: number;
  phrase: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const TYPE_OF = new Map<string, EventType>();
for (const [type, words] of Object.entries(triggers.types)) for (const w of words) TYPE_OF.set(w, type as EventType);
const TRIGGER = new RegExp(
  `(?<![\\p{L}-])(?:${[...TYPE_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}-])`,
  'giu',
);
const MODIFIERS = new Set(triggers.modifiers);

export const ROLES = triggers.roles as Record<EventType, [string, string]>;
export const PLACE_PREPOSITIONS = new Set(triggers.placePrepositions);
const TYPE_PLACE_PREPOSITIONS = triggers.typePlacePrepositions as Partial<Record<EventType, string[]>>;
export const placePreposition = (type: EventType, word: string): boolean =>
  PLACE_PREPOSITIONS.has(word) || (TYPE_PLACE_PREPOSITIONS[type] ?? []).includes(word);
const NOUNS = triggers.nouns as Record<string, string>;
export const NAME_PREPOSITIONS = triggers.namePrepositions as Partial<Record<EventType, string>>;

export function findTriggers(text: string, start: number, end: number): Trigger[] {
  const out: Trigger[] = [];
  const slice = text.slice(start, end);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(slice); m; m = TRIGGER.exec(slice)) {
    const eventType = TYPE_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!eventType) continue;
    const wordStart = start + m.index;
    const noun = NOUNS[m[0].toLowerCase().replace(/\s+/g, ' ')];
    let from = wordStart;
    // Verbs are named by their noun ("invaded" → "invasion") and take no modifiers.
    if (noun) {
      out.push({ eventType, start: wordStart, end: wordStart + m[0].length, wordStart, phrase: noun });
      continue;
    }
    // Up to two modifiers: "ballistic missile attack", "drone strike".
    for (let k = 0; k < 2; k++) {
      const before = /(\S+)\s+$/u.exec(text.slice(Math.max(start, from - 30), from));
      if (!before || !MODIFIERS.has(before[1]!.toLowerCase())) break;
      from -= before[0].length;
    }
    const to = wordStart + m[0].length;
    out.push({ eventType, start: from, end: to, wordStart, phrase: text.slice(from, to).replace(/\s+/g, ' ') });
  }
  return out;
}
