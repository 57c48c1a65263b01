// Pass 25: which spans are statements. One to three quoted words are a scare quote (an “Iraqis first”
// campaign) unless they stand alone or are what a speech verb reports ("said the talks had led to “important progress”").
import { countWords, wordsIn } from './00-text.js';
import { sentenceStart, type QuoteContext } from './context.js';
import type { QuoteSpan } from './10-spans.js';
import type { Attribution } from './40-references.js';
import { DEFINITE, FRAGMENT_STARTS, INDEFINITE } from './lexicon.js';

const LOWER_AFTER_SPACE = /^\s*\p{Ll}/u;

const DETERMINERS = new Set([...DEFINITE, ...INDEFINITE, 'its', 'their', 'his', 'her', 'our', 'so-called']);

export const SHORT_QUOTE_WORDS = 3;

/** Verbs that give something a name of the speaker's: "called it a “…”", "described the visit as a “…”". */
const NAMING_VERBS = new Set(['called', 'calls', 'calling', 'described', 'describes', 'describing', 'branded', 'brands', 'dubbed', 'labelled', 'labeled', 'termed']);

/** Words of the span, counted up to one more than a scare quote can have. */
export function wordCount(ctx: QuoteContext, span: QuoteSpan): number {
  return countWords(ctx.text, span.start, span.end, SHORT_QUOTE_WORDS + 1);
}

export function isStatement(ctx: QuoteContext, span: QuoteSpan, attributions: readonly Attribution[]): boolean {
  if (wordCount(ctx, span) > SHORT_QUOTE_WORDS) return true;
  const words = wordsIn(ctx.text, span.start, span.end);
  if (words.length === 0 || span.parent >= 0) return false;
  const para = ctx.paragraphs[span.paragraph]!;
  if (span.markStart <= para.start && span.closeEnd >= para.end - 1) return true;
  const quoted = ctx.text.slice(span.start, span.end).trimEnd();
  const after = ctx.text.slice(span.closeEnd, Math.min(para.end, span.closeEnd + 40));
  // “Absolutely not,” he said.
  if (/[,!?]$/u.test(quoted) && LOWER_AFTER_SPACE.test(after) && attributions.some((e) => e.verbStart >= span.closeEnd && e.verbStart - span.closeEnd < 40)) return true;
  // “Slowly.” after another quote: a whole sentence of its own.
  if (/[.!?]$/u.test(quoted) && sentenceStart(ctx, span.markStart) === span.markStart) return true;
  const from = sentenceStart(ctx, span.markStart);
  // "North Korea called it a “provocative act”", "described the visit as a “painful chapter”": what a naming verb
  // with a speaker calls something is the speaker's words, whatever determiner stands before them.
  // "called for a “higher military commission”", "promised a “new deal”" name what is asked for or promised, a scare quote.
  const naming = (e: Attribution): boolean => NAMING_VERBS.has(ctx.text.slice(e.verbStart, e.verbEnd).toLowerCase()) && !/^\s+(?:for|on|upon)\b/u.test(ctx.text.slice(e.verbEnd, e.verbEnd + 6));
  // "the so-called “foreign agents” law": a name the words only cite.
  const cited = /so-called\s*$/iu.test(ctx.text.slice(Math.max(0, span.markStart - 12), span.markStart));
  if (!cited && attributions.some((e) => e.verbStart >= from && e.verbEnd <= span.markStart && e.speaker !== null && naming(e))) return true;
  // A “new deal”, the “clean hands” campaign: a quoted name inside a noun phrase.
  const before = wordsIn(ctx.text, Math.max(para.start, span.markStart - 12), span.markStart).pop();
  if (before && DETERMINERS.has(before.norm)) return false;
  // Fragments that begin a clause (“we all realize” that …) are partial quotes, not statements.
  if (FRAGMENT_STARTS.has(words[0]!.norm)) return false;
  return attributions.some((e) => e.verbStart >= from && e.verbEnd <= span.markStart && e.speaker !== null);
}
