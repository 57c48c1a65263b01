// When a quotation was said: a date right after the speech verb of its sentence ("said on Tuesday", "told
// reporters Monday"), resolved against the article's date; else the article's date.
import { findDateExpressions } from './events/10-dates.js';
import { normalizeDate } from './events/normalize-date.js';
import { PLAIN_SPEECH_WORDS } from './speech-verbs.js';
import type { Sentence } from './types.js';

/** A speech verb and at most two words (its object: "told reporters", "told the BBC") right before a date. */
const SPOKEN_BEFORE = new RegExp(`\\b(?:${PLAIN_SPEECH_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:\\s+[^\\s,;.]+){0,2}\\s+$`, 'i');

export function statementDate(text: string, sentences: readonly Sentence[], sentence: number, articleDate: string | null): string | null {
  const s = sentences[sentence];
  if (!s) return articleDate;
  for (const d of findDateExpressions(text, s.start, s.end)) {
    if (!SPOKEN_BEFORE.test(text.slice(Math.max(s.start, d.start - 40), d.start))) continue;
    const date = normalizeDate(d.text, articleDate, false);
    if (date) return date;
  }
  return articleDate;
}
