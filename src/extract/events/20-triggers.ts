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
  /** The name the trigger gives: its noun for a verb ("invaded" → "invasion"), else the words as printed. */
  phrase: string;
  /** A verb ("invaded", "met"): its object follows directly. */
  verb: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const TYPE_OF = new Map<string, EventType>();
for (const [type, words] of Object.entries(triggers.types)) for (const w of words) TYPE_OF.set(w, type as EventType);
const TRIGGER = new RegExp(
  `(?<![\\p{L}-])(?:${[...TYPE_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}-])`,
  'giu',
);
const MODIFIERS = new Set(triggers.modifiers);
const VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|did|not)\s+$/i;

export const ROLES = triggers.roles as Record<EventType, [string, string]>;
const PLACE_PREPOSITIONS = new Set(triggers.placePrepositions);
const TYPE_PLACE_PREPOSITIONS = triggers.typePlacePrepositions as Partial<Record<EventType, string[]>>;
export const placePreposition = (type: EventType, word: string): boolean =>
  PLACE_PREPOSITIONS.has(word) || (TYPE_PLACE_PREPOSITIONS[type] ?? []).includes(word);
const NOUNS = triggers.nouns as Record<string, string>;
export const NAME_PREPOSITIONS = triggers.namePrepositions as Partial<Record<EventType, string>>;
export const OBJECT_PREPOSITIONS = triggers.verbObjectPrepositions as Record<string, string>;
/** Trigger words as written in lower case: a sentence-initial "Talks" is lower-cased in a name. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set(TYPE_OF.keys());

/** Every trigger in text[start, end), in text order. */
export function findTriggers(text: string, start = 0, end = text.length): Trigger[] {
  const out: Trigger[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(slice); m; m = TRIGGER.exec(slice)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const eventType = TYPE_OF.get(word);
    if (!eventType) continue;
    const wordStart = start + m.index;
    const to = wordStart + m[0].length;
    // Verbs are named by their noun ("invaded" → "invasion") and take no modifiers.
    const noun = NOUNS[word];
    if (noun) {
      out.push({ eventType, start: wordStart, end: to, wordStart, phrase: noun, verb: true });
      continue;
    }
    // "began to attack U.S. troops": a noun used as a verb takes its object directly.
    if (VERB_BEFORE.test(text.slice(Math.max(start, wordStart - 8), wordStart))) {
      out.push({ eventType, start: wordStart, end: to, wordStart, phrase: word, verb: true });
      continue;
    }
    // Up to two modifiers: "ballistic missile attack", "drone strike".
    let from = wordStart;
    for (let k = 0; k < 2; k++) {
      const before = /(\S+)\s+$/u.exec(text.slice(Math.max(start, from - 30), from));
      if (!before || !MODIFIERS.has(before[1]!.toLowerCase())) break;
      from -= before[0].length;
    }
    out.push({ eventType, start: from, end: to, wordStart, phrase: text.slice(from, to).replace(/\s+/g, ' '), verb: false });
  }
  return out;
}
