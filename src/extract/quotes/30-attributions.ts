// Pass 30: every speech verb outside quotes, with the speaker it names, in text order so that
// "he said" can lean on the attributions before it. "X said", "said X", "X, the …, told Y", "according to X".
import { speechVerbMatches, wordsIn } from './00-text.js';
import { insideQuote, isPossessive, lastQuoteCloseBetween, mentionsIn, sentenceEnd, sentenceStart, type QuoteContext } from './context.js';
import { resolveSubjectAfter, resolveSubjectBefore } from './20-noun-phrase.js';
import { resolveSubject, type Attribution, type Resolved } from './40-references.js';
import { PASSIVE_BEFORE, PERSON_HEADS, QUOTE_ONLY, VERB_FIRST } from './lexicon.js';
import { lexicons } from '../lexicon.js';

const COORDINATORS = new Set(['and', 'but', 'then']);

/** "called the truce “…”": a quote-only verb counts when a quotation opens after it in its sentence. */
function quoteFollows(ctx: QuoteContext, verbEnd: number): boolean {
  const end = sentenceEnd(ctx, verbEnd);
  return ctx.outer.some((s) => s.markStart >= verbEnd && s.markStart < end);
}

/**
 * "X met Y at the palace and urged Israel to “…”", "it called the talks “…” and said …": a verb joined by "and"
 * shares the subject of the verb before it in the sentence, or else the sentence's first named person or organization.
 */
function coordinatedSubject(ctx: QuoteContext, s: number, verbStart: number, history: readonly Attribution[]): Resolved | null {
  for (let k = history.length - 1; k >= 0; k--) {
    const e = history[k]!;
    if (e.verbStart < s) break;
    if (e.speaker) return { speaker: e.speaker, rule: `coordinated-verb:${e.rule}` };
  }
  for (const i of mentionsIn(ctx, s, verbStart)) {
    const m = ctx.mentions[i]!;
    if (m.type === 'Place' || isPossessive(ctx, m) || insideQuote(ctx, m.start)) continue;
    return { speaker: { kind: 'mention', mention: i }, rule: 'coordinated-verb:sentence-subject' };
  }
  return null;
}

/**
 * "The chief said that Allies have pledged …": a verb inside the clause another speech verb reports has its subject
 * in that clause, after "that"; -1 when the verb before in the sentence reports no clause.
 */
function reportedClauseStart(ctx: QuoteContext, history: readonly Attribution[], s: number, verbStart: number): number {
  const prev = history[history.length - 1];
  if (!prev || prev.verbStart < s || prev.verbEnd > verbStart) return -1;
  const that = /^\s+(?:[\p{L}\p{N}]+\s+){0,3}?that\s/u.exec(ctx.text.slice(prev.verbEnd, verbStart));
  return that ? prev.verbEnd + that[0].length : -1;
}

/** "Marco Rubio, who acknowledged there was “…”": the person the relative clause hangs on, right before "who". */
function relativeSubject(ctx: QuoteContext, s: number, who: number): Resolved | null {
  const ids = mentionsIn(ctx, s, who);
  const i = ids[ids.length - 1];
  const m = i === undefined ? undefined : ctx.mentions[i]!;
  if (!m || m.type !== 'Person' || !/^\s*,?\s*$/u.test(ctx.text.slice(m.end, who))) return null;
  return { speaker: { kind: 'mention', mention: i! }, rule: 'relative-clause-subject' };
}

/** The speaker of the last speech verb of the sentence starting at `s`, for a participle that shares its subject. */
function participleSubject(history: readonly Attribution[], s: number): Resolved | null {
  const e = history[history.length - 1];
  return e && e.verbStart >= s && e.speaker ? { speaker: e.speaker, rule: `participle:${e.rule}` } : null;
}

/** Characters before a speech verb that may hold its subject. */
const MAX_SUBJECT_REACH = 600;

/** A name ("vowed Ana Ruiz"), or a role or people's noun within three words of an article ("urged the health minister",
 * "urged the protesters"), next. */
function namedAfter(text: string, at: number): boolean {
  const next = /^\s+(\p{Lu})?(?:(?:the|a|an)\s+((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*))?/u.exec(text.slice(at, at + 60));
  if (!next) return false;
  if (next[1]) return true;
  return !!next[2] && next[2].split(/\s+/).some((w) => {
    const lower = w.toLowerCase();
    return lexicons().roleNouns.has(lower) || PERSON_HEADS.has(lower) || PERSON_HEADS.has(lower.replace(/s$/, ''));
  });
}

export function findAttributions(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  for (const m of speechVerbMatches(ctx.text)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    if (insideQuote(ctx, verbStart)) continue;
    const s = sentenceStart(ctx, verbStart);
    const close = lastQuoteCloseBetween(ctx, s - 1, verbStart);
    // "“Kobani will not fall,” vowed X": a verb that reports speech only beside a quote, right after one.
    const afterQuote = close >= 0 && /^[\s,—–-]*$/u.test(ctx.text.slice(close, verbStart));
    // … and not "“A Day in the Life,” dismissed by the minister as propaganda" (a passive) nor "“Sons of the Homeland,”
    // called a general strike" (a verb with its own object): a name or a title must follow.
    if (QUOTE_ONLY.has(m[0]) && !quoteFollows(ctx, verbEnd) && !(afterQuote && namedAfter(ctx.text, verbEnd))) continue;
    const previous = wordsIn(ctx.text, Math.max(s, verbStart - 20), verbStart).pop();
    if (previous && PASSIVE_BEFORE.has(previous.norm)) continue;
    // A subject stands within a few hundred characters of its verb; the bound keeps a run-on "sentence" of
    // hundreds of clauses linear instead of quadratic.
    const clause = reportedClauseStart(ctx, out, s, verbStart);
    const regionStart = Math.max(s, close, verbStart - MAX_SUBJECT_REACH, clause);
    const verbFirst = VERB_FIRST.has(m[0].toLowerCase().replace(/\s+/g, ' '));
    // "“…,” said X" inverts; a participle after a quote ("“…”, accusing the cabinet of …") takes the sentence's subject.
    const inverted = verbFirst || (afterQuote && !m[0].endsWith('ing'));
    let resolved = !inverted && previous?.norm === 'who' ? relativeSubject(ctx, s, previous.start) : null;
    // "Kenani explained that the deadline had been set, adding: “…”": a participle after a comma shares the subject of the
    // speech verb before it in the sentence, not the subject of the clause that verb reports.
    if (!inverted && clause >= 0 && m[0].endsWith('ing') && /,\s*$/u.test(ctx.text.slice(Math.max(s, verbStart - 8), verbStart))) resolved = participleSubject(out, s);
    // The phrase around the verb is read only when neither of those named the speaker.
    resolved ??= resolveSubject(ctx, inverted ? resolveSubjectAfter(ctx, verbEnd, sentenceEnd(ctx, verbStart)) : resolveSubjectBefore(ctx, regionStart, verbStart), out);
    if (!resolved && !inverted && previous && COORDINATORS.has(previous.norm)) resolved = coordinatedSubject(ctx, s, verbStart, out);
    // "Horvat said that the joint statement says “…”": the one who reports a document's words is quoted, not the document.
    if (clause >= 0 && resolved?.speaker.kind === 'unnamed' && resolved.speaker.sourceKind === 'document') resolved = null;
    out.push({ verbStart, verbEnd, inverted, regionStart, speaker: resolved?.speaker ?? null, rule: resolved?.rule ?? null });
  }
  return out;
}
