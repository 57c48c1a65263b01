// When a quotation was said: a date right after the speech verb of its sentence ("said on Tuesday", "told
// reporters Monday"), resolved against the article's date; else the article's date.
import { findDateExpressions, type DateExpression } from './events/10-dates.js';
import { normalizeDate } from './events/normalize-date.js';
import { PLAIN_SPEECH_WORDS } from './speech-verbs.js';
import type { Sentence } from './types.js';

/** A speech verb and at most two words (its object: "told reporters", "told the BBC") right before a date. */
const SPOKEN_BEFORE = new RegExp(`\\b(?:${PLAIN_SPEECH_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:\\s+[^\\s,;.]+){0,2}\\s+$`, 'i');

/**
 * `cache` keeps each sentence's dates for the next quotation of it: a page without full stops is one long sentence,
 * and reading it again for each of its quotations made extraction grow with the square of its length.
 */
export function statementDate(text: string, sentences: readonly Sentence[], sentence: number, articleDate: string | null, cache?: Map<number, DateExpression[]>): string | null {
  const s = sentences[sentence];
  if (!s) return articleDate;
  let dates = cache?.get(sentence);
  if (!dates) {
    dates = findDateExpressions(text, s.start, s.end);
    cache?.set(sentence, dates);
  }
  for (const d of dates) {
    if (!SPOKEN_BEFORE.test(text.slice(Math.max(s.start, d.start - 40), d.start))) continue;
    const date = normalizeDate(d.text, articleDate, false);
    if (date) return date;
  }
  return articleDate;
}
