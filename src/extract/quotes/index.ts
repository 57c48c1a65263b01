// Direct quotations and who said them: spans between quote marks (pass 10), statements kept over
// scare quotes (25), speech-verb attributions (30) and the speaker of each quote (50).
import type { Mention, Sentence } from '../types.js';
import { lastAtOrBefore } from './00-text.js';
import { buildContext, type Office } from './context.js';
import type { QuoteSpan } from './10-spans.js';
import { isStatement, SHORT_QUOTE_WORDS, wordCount } from './25-statements.js';
import { findAttributions } from './30-attributions.js';
import type { Speaker } from './40-references.js';
import { attributeQuotes } from './50-speakers.js';

export type SpeakerRef =
  | { kind: 'mention'; mention: number }
  | { kind: 'unnamed'; text: string; sourceKind: 'unnamed-person' | 'document' | 'group' }
  | null;

export interface QuoteFinding {
  start: number;
  end: number;
  text: string;
  /** Index into the sentences argument of the sentence where the quote starts (-1 when none is given). */
  sentence: number;
  speaker: SpeakerRef;
  /** How the quote was found, `quotes/<rule>`. */
  rule: string;
  /** How its speaker was found, `speaker/<step>:<resolution>`; null when no speaker was found. */
  speakerRule: string | null;
  /** When it was said (set by the extractor from the article's date: src/extract/statement-date.ts). */
  date?: string | null;
}

function quoteRule(span: QuoteSpan, index: number, words: number): string {
  if (span.parent >= 0) return 'quotes/nested-single-marks';
  if (span.group !== index) return 'quotes/continued-paragraph';
  if (!span.closed) return 'quotes/open-to-paragraph-end';
  return words <= SHORT_QUOTE_WORDS ? 'quotes/short-statement' : 'quotes/marks';
}

function toRef(s: Speaker | undefined): SpeakerRef {
  if (!s) return null;
  return s.kind === 'mention' ? { kind: 'mention', mention: s.mention } : { kind: 'unnamed', text: s.text, sourceKind: s.sourceKind };
}

/**
 * Where the quotation's own words end: a comma printed inside the closing mark belongs to the reporting
 * clause (“We will rebuild,” she said), not to what was said; a full stop, question or exclamation mark stays.
 */
function quoteEnd(text: string, span: QuoteSpan): number {
  let end = span.end;
  while (end > span.start && /\s/u.test(text[end - 1]!)) end -= 1;
  return end > span.start && /[,،，]/u.test(text[end - 1]!) ? end - 1 : span.end;
}

export function findQuotes(text: string, sentences: Sentence[], mentions: Mention[], offices: readonly Office[] = []): QuoteFinding[] {
  const ctx = buildContext(text, mentions, offices);
  const events = findAttributions(ctx);
  const kept: number[] = [];
  const keptSet = new Set<number>();
  ctx.spans.forEach((span, i) => {
    const ok = span.parent < 0 ? isStatement(ctx, span, events) : keptSet.has(span.parent) && wordCount(ctx, span) > SHORT_QUOTE_WORDS;
    if (ok) {
      kept.push(i);
      keptSet.add(i);
    }
  });
  return attributeQuotes(ctx, kept, events).map(({ span, index, resolved }) => {
    const end = quoteEnd(text, span);
    return {
      start: span.start,
      end,
      text: text.slice(span.start, end),
      sentence: lastAtOrBefore(sentences, span.start),
      speaker: toRef(resolved?.speaker),
      rule: quoteRule(span, index, wordCount(ctx, span)),
      speakerRule: resolved ? `speaker/${resolved.rule}` : null,
    };
  });
}
