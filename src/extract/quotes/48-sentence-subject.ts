// Pass 48: a quotation inside a narrative sentence that no speech verb claims ("X ordered an inquiry to “identify
// …”", "The ministry “strongly condemns …”", "He thanked the envoys for talks held “in a friendly atmosphere …”"):
// the words are those of the sentence's subject, a person or an organization.
import { wordsIn, type Word } from './00-text.js';
import { insideQuote, mentionsIn, openerEnd, sentenceStart, type QuoteContext } from './context.js';
import type { QuoteSpan } from './10-spans.js';
import { plainModifier, resolvePhrase } from './20-noun-phrase.js';
import { resolveSubject, type Attribution, type Resolved } from './40-references.js';
import { DEFINITE, DOCUMENT_HEADS, INDEFINITE, PASSIVE_BEFORE, PRONOUNS, TITLE_WORDS } from './lexicon.js';
import { lexicons } from '../lexicon.js';

const CAPITAL = /^[\p{Lu}\p{N}]/u;

/** Words `k`.. are plain modifiers up to a name's first word, three at most, and no name came before them. */
function beforeName(all: readonly Word[], k: number, inMention: ReadonlySet<number>): boolean {
  // Only at the subject's start, or after capitalized words that are no pronoun ("Elected anti-Islamist X"; not "He
  // congratulated his rival X").
  if (all.slice(0, k).some((w) => inMention.has(w.start) || !CAPITAL.test(w.raw) || PRONOUNS.has(w.norm))) return false;
  for (let j = k; j < Math.min(all.length, k + 4); j++) {
    const w = all[j]!;
    if (inMention.has(w.start)) return j > k;
    if (CAPITAL.test(w.raw) || !plainModifier(w)) return false;
  }
  return false;
}

/** The words that open the sentence and name its subject: names, titles, "the" and role words, up to the verb. */
function subjectWords(ctx: QuoteContext, from: number, end: number): { words: Word[]; next: Word | undefined } {
  const all = wordsIn(ctx.text, from, end);
  const inMention = new Set<number>();
  for (const i of mentionsIn(ctx, from, end)) {
    for (const w of all) if (w.start >= ctx.mentions[i]!.start && w.end <= ctx.mentions[i]!.end) inMention.add(w.start);
  }
  let k = 0;
  for (; k < all.length; k++) {
    const w = all[k]!;
    // "His conservative Democratic Center party released …": an adjective after the determiner, before a name.
    const adjective = k > 0 && k <= 2 && !CAPITAL.test(w.raw) && inMention.has(all[k + 1]?.start ?? -1) && !inMention.has(w.start);
    // "Meanwhile, opposition leader Juan Guaidó celebrated …": up to three plain words before the first name.
    const modifiers = k <= 2 && !CAPITAL.test(w.raw) && !inMention.has(w.start) && beforeName(all, k, inMention);
    const ok = inMention.has(w.start) || CAPITAL.test(w.raw) || (k === 0 && (DEFINITE.has(w.norm) || PRONOUNS.has(w.norm))) || TITLE_WORDS.has(w.norm) || lexicons().roleNouns.has(w.norm) || adjective || modifiers;
    if (!ok) break;
    // "Hezbollah, which …": an appositive or relative clause after the name ends the subject.
    if (/[,;:]$/u.test(w.raw)) {
      k++;
      break;
    }
  }
  return { words: all.slice(0, k), next: all[k] };
}

export function sentenceSubject(ctx: QuoteContext, span: QuoteSpan, history: readonly Attribution[]): Resolved | null {
  const s = sentenceStart(ctx, span.markStart);
  if (s >= span.markStart || insideQuote(ctx, s)) return null;
  const from = openerEnd(ctx, s, span.markStart);
  // "A separate Kurdistan CT statement detailed the crash: “…”": a document that opens the sentence speaks for its issuer.
  const opening = wordsIn(ctx.text, from, span.markStart).slice(0, 7);
  const head = opening.findIndex((w, k) => k > 0 && DOCUMENT_HEADS.has(w.norm));
  if (head > 0 && (DEFINITE.has(opening[0]!.norm) || INDEFINITE.has(opening[0]!.norm))) {
    const document = resolvePhrase(ctx, opening[0]!.start, opening[head]!.end);
    const resolved = document && document.kind !== 'unnamed' ? resolveSubject(ctx, document, history) : null;
    if (resolved?.speaker.kind === 'mention' && ctx.mentions[resolved.speaker.mention]!.type !== 'Place') return { speaker: resolved.speaker, rule: `sentence-subject:document:${resolved.rule}` };
  }
  const { words, next } = subjectWords(ctx, from, span.markStart);
  if (words.length === 0 || words.length > 8) return null;
  // "X was accused of “…”", "Y is described as “…”": a passive subject did not say the words.
  if (next && PASSIVE_BEFORE.has(next.norm)) {
    const after = wordsIn(ctx.text, next.end, span.markStart)[0];
    if (after && /ed$/u.test(after.norm)) return null;
  }
  if (words.length === 1 && PRONOUNS.get(words[0]!.norm) === undefined && !CAPITAL.test(words[0]!.raw)) return null;
  const subject = resolvePhrase(ctx, words[0]!.start, words[words.length - 1]!.end);
  if (!subject || subject.kind === 'unnamed') return null;
  const resolved = resolveSubject(ctx, subject, history);
  if (!resolved || resolved.speaker.kind !== 'mention' || ctx.mentions[resolved.speaker.mention]!.type === 'Place') return null;
  return { speaker: resolved.speaker, rule: `sentence-subject:${resolved.rule}` };
}
