// Pass 40: an event's name from its trigger, the place or target right after it, and a bare year.
// "invaded Iraq in 2003" → "2003 invasion of Iraq"; "a US drone strike near the Baghdad airport" as written;
// `prefix`: names printed right before the trigger ("US-Iraq " dialogue).
import type { Mention } from '../types.js';
import type { Attachment } from './30-participants.js';
import { NAME_PREPOSITIONS, OBJECT_PREPOSITIONS, TRIGGER_WORDS, type Trigger } from './20-triggers.js';

export function nameOf(t: Trigger, prefix: string, object: Attachment['object'], mentions: Mention[], date: string | null): string {
  let phrase = (prefix + t.phrase).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ');
  // A sentence-initial "Talks" is the common word.
  const first = /^\S+/.exec(phrase)?.[0] ?? '';
  if (TRIGGER_WORDS.has(first.toLowerCase()) && first !== first.toUpperCase()) phrase = first.toLowerCase() + phrase.slice(first.length);
  if (object) {
    const joiner = object.joiner || OBJECT_PREPOSITIONS[phrase] || NAME_PREPOSITIONS[t.eventType];
    if (joiner) phrase += ` ${joiner} ${mentions[object.mention]!.text}`;
  }
  const year = date?.slice(0, 4);
  return year && date!.length === 4 && !/\b(?:19|20)\d{2}\b/.test(phrase) ? `${year} ${phrase}` : phrase;
}
