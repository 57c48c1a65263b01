// Pass 30: every speech verb outside quotes, with the speaker it names, in text order so that
// "he said" can lean on the attributions before it. "X said", "said X", "X, the …, told Y", "according to X".
import { speechVerbMatches, wordsIn } from './00-text.js';
import { insideQuote, lastQuoteCloseBetween, sentenceEnd, sentenceStart, type QuoteContext } from './context.js';
import { resolveSubjectAfter, resolveSubjectBefore } from './20-noun-phrase.js';
import { resolveSubject, type Attribution } from './40-references.js';
import { PASSIVE_BEFORE, VERB_FIRST } from './lexicon.js';

export function findAttributions(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  for (const m of speechVerbMatches(ctx.text)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    if (insideQuote(ctx, verbStart)) continue;
    const s = sentenceStart(ctx, verbStart);
    const previous = wordsIn(ctx.text, Math.max(s, verbStart - 20), verbStart).pop();
    if (previous && PASSIVE_BEFORE.has(previous.norm)) continue;
    const close = lastQuoteCloseBetween(ctx, s - 1, verbStart);
    const regionStart = Math.max(s, close);
    const verbFirst = VERB_FIRST.has(m[0].toLowerCase().replace(/\s+/g, ' '));
    const inverted = verbFirst || (close >= 0 && /^[\s,—–-]*$/u.test(ctx.text.slice(close, verbStart)));
    const subject = inverted
      ? resolveSubjectAfter(ctx, verbEnd, sentenceEnd(ctx, verbStart))
      : resolveSubjectBefore(ctx, regionStart, verbStart);
    const resolved = resolveSubject(ctx, subject, out);
    out.push({ verbStart, verbEnd, inverted, regionStart, speaker: resolved?.speaker ?? null, rule: resolved?.rule ?? null });
  }
  return out;
}
