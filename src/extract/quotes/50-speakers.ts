// Pass 50: who said each quote. Tried in order: an attribution right after the quote (“…,” he said),
// one before it in the same sentence (X said that “…”), the other quotes of the same paragraph or
// continued quotation, the subject of the quote's own sentence, an attribution elsewhere in the paragraph, the
// previous paragraph, a reporter's question, a label ("Quote from X:"),
// a document the sentence opens with.
import { firstAtOrAfter, lastAtOrBefore, speechVerbMatches, wordsIn } from './00-text.js';
import { insideQuote, isPossessive, sentenceEnd, sentenceStart, type QuoteContext } from './context.js';
import type { QuoteSpan } from './10-spans.js';
import { personModified, resolvePhrase, resolveSubjectBefore } from './20-noun-phrase.js';
import { documentSubject } from './45-documents.js';
import { sentenceSubject } from './48-sentence-subject.js';
import { isSentenceSubject, resolveSubject, type Attribution, type Resolved } from './40-references.js';
import { QUESTION_CUE, QUESTION_SOURCE } from './lexicon.js';

export interface Attributed {
  span: QuoteSpan;
  index: number;
  resolved: Resolved | null;
}

const MAX_WORDS_TO_VERB = 25;
/** "He said.", "She added on Monday.": a sentence that is only a pronoun's speech tag. */
const PRONOUN_TAG = /^\s*(?:He|She|They)\s+\p{Ll}+(?:\s+\p{L}+){0,2}\s*\.?\s*$/u;

function attributionAfter(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[], starts: number[]): Resolved | null {
  if (!span.closed) return null;
  const quoted = ctx.text.slice(span.start, span.end).trimEnd();
  const para = ctx.paragraphs[span.paragraph]!;
  const tail = ctx.text.slice(span.closeEnd, para.end);
  const endsSentence = /[.!?…]$/u.test(quoted);
  if (!/[,!?…—–-]$/u.test(quoted) && !endsSentence && !/^\s*[,—–]/u.test(tail)) return null;
  // “…, with no exceptions,” ¶ Donald Tusk assured. ¶: a short paragraph that is only the tag of the quote before.
  const next = ctx.paragraphs[span.paragraph + 1];
  const tagParagraph = /,$/u.test(quoted) && tail.trim() === '' && !!next && wordsIn(ctx.text, next.start, next.end).length <= 8;
  const k = firstAtOrAfter(starts, span.closeEnd);
  const e = events[k];
  if (!e || e.verbStart >= (tagParagraph ? next!.end : para.end) || !e.speaker) return null;
  const gap = ctx.text.slice(span.closeEnd, e.verbStart);
  if (/[“"]/u.test(gap) || wordsIn(ctx.text, span.closeEnd, e.verbStart).length > MAX_WORDS_TO_VERB) return null;
  // "… “protect the workers”, and Tom Hale told the crews …": a coordinated clause has a subject of its own.
  if (!e.inverted && /^[\s,]*(?:and|but|while|whereas)\s/u.test(gap)) return null;
  const first = firstAtOrAfter(ctx.starts, span.closeEnd + 2);
  const stops = firstAtOrAfter(ctx.starts, e.verbStart + 1) - first;
  if (stops > 1 || (stops === 1 && !/^\s*$/.test(ctx.text.slice(span.closeEnd, ctx.starts[first]!)))) return null;
  // "Sunak called the action “limited.” Shapps said …": a quote inside a narrative sentence ends there; the next sentence is not its tag.
  const newSentence = firstAtOrAfter(ctx.starts, e.verbStart + 1) > firstAtOrAfter(ctx.starts, span.closeEnd);
  // … unless that sentence is nothing but a pronoun's tag: '… unless "any developments disrupt the peace." He said.'
  const tag = newSentence ? ctx.text.slice(sentenceStart(ctx, e.verbStart), sentenceEnd(ctx, e.verbStart)) : '';
  if (newSentence && sentenceStart(ctx, span.markStart) < span.markStart && !PRONOUN_TAG.test(tag)) return null;
  // "“…” The turnout was 69 per cent, according to the commission.": a later sentence with words of its own before its
  // verb is no tag of the quote.
  if (newSentence && endsSentence && wordsIn(ctx.text, span.closeEnd, e.verbStart).length > 6) return null;
  // “… control.” Zubaidi said the border … starts a new sentence; only a short tag belongs to the quote.
  if (endsSentence && !e.inverted && wordsIn(ctx.text, e.verbEnd, sentenceEnd(ctx, e.verbStart)).length > 8) return null;
  if (!e.inverted && e.regionStart < span.closeEnd) return null;
  return { speaker: e.speaker, rule: `after-quote:${e.rule}` };
}

/** "X said …, and Y told troops that “…”": the closest attribution before the quote in its sentence. */
function attributionBefore(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[], starts: number[]): Resolved | null {
  const from = sentenceStart(ctx, span.markStart);
  let found: Attribution | null = null;
  for (let k = firstAtOrAfter(starts, from); k < events.length; k++) {
    const e = events[k]!;
    if (e.verbEnd > span.markStart) break;
    if (e.speaker) found = e;
  }
  return found ? { speaker: found.speaker!, rule: `before-quote:${found.rule}` } : null;
}

function attributionInParagraph(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[], starts: number[]): Resolved | null {
  const para = ctx.paragraphs[span.paragraph]!;
  let before: Attribution | undefined;
  let after: Attribution | undefined;
  for (let k = firstAtOrAfter(starts, para.start); k < events.length; k++) {
    const e = events[k]!;
    if (e.verbStart >= para.end) break;
    if (!e.speaker) continue;
    if (e.verbEnd <= span.markStart) before = e;
    else if (e.verbStart >= span.closeEnd && !after) after = e;
  }
  const e = before ?? after;
  return e ? { speaker: e.speaker!, rule: `paragraph-attribution:${e.rule}` } : null;
}

/** Lower-case words inside a title ("Minister of Foreign and Caricom Affairs"). */
const TITLE_JOINERS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'al', 'el', 'bin', 'ibn']);

/** The last attribution with a speaker in the last sentence of the paragraph before a quote that opens its own. */
function lastSentenceAttribution(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[], starts: number[]): { prev: { start: number; end: number }; last: number; event: Attribution | null } | null {
  const para = ctx.paragraphs[span.paragraph]!;
  const prev = ctx.paragraphs[span.paragraph - 1];
  if (!prev || span.markStart > para.start) return null;
  const last = sentenceStart(ctx, prev.end - 1);
  for (let k = firstAtOrAfter(starts, para.start) - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.verbStart < last) break;
    if (e.speaker) return { prev, last, event: e };
  }
  return { prev, last, event: null };
}

/** A quote that opens its paragraph after "… said:" ("… said;") or after a paragraph whose last sentence attributes. */
function attributionInPreviousParagraph(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[], starts: number[]): Resolved | null {
  const found = lastSentenceAttribution(ctx, span, events, starts);
  // "… he said:", and "he said;" as some outlets print it.
  if (!found?.event || !/[:;]$/u.test(ctx.text.slice(found.prev.start, found.prev.end).trimEnd())) return null;
  return { speaker: found.event.speaker!, rule: `previous-paragraph:${found.event.rule}` };
}

/**
 * "Another MP, Ana Ruiz, also rejected the plan. ¶ “We reject …”": a paragraph that is only a quote, with no
 * attribution of its own, is the words of the last speaker, else the subject, of the last sentence before it
 * ("“…,” said the mayor. Residents described …" leaves the quote after to no one).
 */
function previousParagraphSpeaker(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[], starts: number[]): Resolved | null {
  const found = lastSentenceAttribution(ctx, span, events, starts);
  if (!found) return null;
  if (found.event) return { speaker: found.event.speaker!, rule: `previous-paragraph-speaker:${found.event.rule}` };
  const { prev, last } = found;
  for (let j = lastAtOrBefore(ctx.mentions, prev.end - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < last) break;
    if (m.type !== 'Place' && !isPossessive(ctx, m) && !insideQuote(ctx, m.start) && isSentenceSubject(ctx, j)) {
      return { speaker: { kind: 'mention', mention: personModified(ctx, j) ?? j }, rule: 'previous-paragraph-subject' };
    }
  }
  return null;
}

/** "Nadia Farouk spoke for an hour. “We are not going anywhere.”": the person the paragraph is about. */
function paragraphSubject(ctx: QuoteContext, span: QuoteSpan): Resolved | null {
  const para = ctx.paragraphs[span.paragraph]!;
  if (sentenceStart(ctx, span.markStart) !== span.markStart) return null;
  for (let j = lastAtOrBefore(ctx.mentions, span.markStart - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < para.start) break;
    if (m.type === 'Person' && !isPossessive(ctx, m) && !insideQuote(ctx, m.start) && isSentenceSubject(ctx, j)) {
      return { speaker: { kind: 'mention', mention: j }, rule: 'paragraph-subject' };
    }
  }
  return null;
}

/** A label before the quote: "Quote from Costa: “…”", "In the words of the minister: “…”". */
const QUOTE_LABEL = /(?:^|\n)\s*(?:Quote\s+from|Quoting|In\s+the\s+words\s+of)\s+([^:\n]{2,60}):\s*$/u;

function labelledQuote(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[]): Resolved | null {
  const para = ctx.paragraphs[span.paragraph]!;
  const label = QUOTE_LABEL.exec(ctx.text.slice(para.start, span.markStart));
  if (!label) return null;
  const from = span.markStart - label[0].length + label[0].indexOf(label[1]!);
  const to = from + label[1]!.length;
  // "Quote from von der Leyen:": the person or body the label ends with.
  const last = lastAtOrBefore(ctx.mentions, to - 1);
  const m = last >= 0 ? ctx.mentions[last]! : undefined;
  if (m && m.start >= from && m.end === to && m.type !== 'Place') return { speaker: { kind: 'mention', mention: last }, rule: 'quote-label' };
  const resolved = resolveSubject(ctx, resolvePhrase(ctx, from, to), events);
  return resolved ? { speaker: resolved.speaker, rule: `quote-label:${resolved.rule}` } : null;
}

/** “General, … are you preparing to leave Iraq?” after a paragraph about the question being posed. */
function reporterQuestion(ctx: QuoteContext, span: QuoteSpan): Resolved | null {
  const para = ctx.paragraphs[span.paragraph]!;
  const prev = ctx.paragraphs[span.paragraph - 1];
  if (!prev || span.markStart > para.start || span.closeEnd < para.end - 1) return null;
  if (!/\?\s*$/u.test(ctx.text.slice(span.start, span.end))) return null;
  const cue = wordsIn(ctx.text, prev.start, prev.end).some((w) => QUESTION_CUE.has(w.norm));
  return cue ? { speaker: { kind: 'unnamed', text: QUESTION_SOURCE, sourceKind: 'unnamed-person', head: 'reporter' }, rule: 'reporter-question' } : null;
}

/** ‘we are going to …’ inside “Ruiz said ‘we are going to …’ but …”: the speaker is named before it inside the outer quote. */
function nestedSpeaker(ctx: QuoteContext, span: QuoteSpan, outer: Resolved | null, events: readonly Attribution[]): Resolved | null | 'skip' {
  const parent = ctx.spans[span.parent]!;
  const region = ctx.text.slice(parent.start, span.markStart);
  const last = speechVerbMatches(region).pop() ?? null;
  if (!last) return /:\s*$/.test(region) ? outer : 'skip';
  const verbStart = parent.start + last.index;
  if (wordsIn(ctx.text, verbStart + last[0].length, span.markStart).length > 4) return 'skip';
  const stop = Math.max(region.lastIndexOf('. ', last.index), region.lastIndexOf('? ', last.index), region.lastIndexOf('! ', last.index));
  const from = stop >= 0 ? parent.start + stop + 2 : parent.start;
  const first = wordsIn(ctx.text, from, verbStart)[0]?.norm;
  if (first === 'i' || first === 'we') return outer ? { speaker: outer.speaker, rule: `nested-first-person:${outer.rule}` } : null;
  const subject = resolveSubjectBefore(ctx, from, verbStart);
  const resolved = resolveSubject(ctx, subject, events);
  // “He told us, ‘Do not trust them’”: inside a quotation "he" is someone other than the one quoting him.
  if (subject?.kind === 'pronoun' && resolved && outer && sameSpeaker(ctx, resolved.speaker, outer.speaker)) {
    const other = otherPerson(ctx, parent.markStart, outer.speaker);
    return other === undefined ? null : { speaker: { kind: 'mention', mention: other }, rule: 'nested-quote:pronoun-to-other-person' };
  }
  return resolved ? { speaker: resolved.speaker, rule: `nested-quote:${resolved.rule}` } : null;
}

const sameSentence = (ctx: QuoteContext, a: number, b: number): boolean => sentenceStart(ctx, a) === sentenceStart(ctx, b);

const surname = (ctx: QuoteContext, s: Resolved['speaker']): string =>
  s.kind === 'mention' ? ctx.mentions[s.mention]!.text.split(/\s+/).pop()!.toLowerCase() : s.text.toLowerCase();

function sameSpeaker(ctx: QuoteContext, a: Resolved['speaker'], b: Resolved['speaker']): boolean {
  return surname(ctx, a) === surname(ctx, b);
}

/** The closest person named before `pos` in this or the two paragraphs before who is not `not`. */
function otherPerson(ctx: QuoteContext, pos: number, not: Resolved['speaker']): number | undefined {
  const floor = ctx.paragraphs[Math.max(0, ctx.paragraphs.findIndex((p) => p.end >= pos) - 2)]?.start ?? 0;
  for (let j = lastAtOrBefore(ctx.mentions, pos - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < floor) break;
    if (m.type !== 'Person' || isPossessive(ctx, m) || insideQuote(ctx, m.start)) continue;
    if (!sameSpeaker(ctx, { kind: 'mention', mention: j }, not)) return j;
  }
  return undefined;
}

/** A reporting outlet's tag: "the Saudi Press Agency reported.", "Reuters reports.", "reports AFP news agency." */
const REPORTED_TAG = /^[\s,]*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:news\s+agency\s+)?(?:reported|reports)|(?:reported|reports)\s+(?:the\s+)?\p{Lu}[^,;“”"]*)[\s.,]*$/u;

/**
 * "X called on all parties “to exercise restraint”, his spokesman Y said": a quote inside X's sentence, then a tag
 * by someone of X's ("his spokesman", "her office") or a source ("according to his deputy spokesman", "according to
 * AFP", "the Saudi Press Agency reported", "Reuters reports"), relays X's words.
 */
function relayed(ctx: QuoteContext, span: QuoteSpan): boolean {
  if (!span.closed || sentenceStart(ctx, span.markStart) >= span.markStart) return false;
  const tag = ctx.text.slice(span.closeEnd, Math.min(sentenceEnd(ctx, span.closeEnd), span.closeEnd + 80));
  return /^[\s,]*(?:his|her|their|according\s+to)\s/iu.test(tag) || REPORTED_TAG.test(tag);
}

const isListItem = (ctx: QuoteContext, paragraph: number): boolean => {
  const para = ctx.paragraphs[paragraph];
  return !!para && /^\s*[-–•*·]\s/u.test(ctx.text.slice(para.start, para.start + 4));
};

/**
 * “I Ana Ruiz, having been elected …, do solemnly swear”: an oath or a declaration that opens with "I" and the
 * speaker's own name is that person's, whoever the sentence around it names; the person as the article names them
 * outside the quotation where it does (the same surname), else as the quotation does.
 */
function selfNamed(ctx: QuoteContext, span: QuoteSpan): Resolved | null {
  const opening = /^I,?\s+/u.exec(ctx.text.slice(span.start, span.start + 4));
  if (!opening) return null;
  const at = span.start + opening[0].length;
  const inner = ctx.mentions.findIndex((m) => m.type === 'Person' && m.start === at);
  if (inner < 0) return null;
  const surname = (j: number): string => (ctx.mentions[j]!.canonical ?? ctx.mentions[j]!.text).split(/[\s-]+/).pop()!.toLowerCase();
  const wanted = surname(inner);
  let outside = -1;
  ctx.mentions.forEach((m, j) => {
    if (m.type === 'Person' && !insideQuote(ctx, m.start) && surname(j) === wanted && (outside < 0 || m.start < span.start)) outside = j;
  });
  return { speaker: { kind: 'mention', mention: outside >= 0 ? outside : inner }, rule: 'self-named' };
}

export function attributeQuotes(ctx: QuoteContext, kept: readonly number[], events: readonly Attribution[]): Attributed[] {
  const starts = events.map((e) => e.verbStart);
  const out: Attributed[] = kept.map((index) => ({ span: ctx.spans[index]!, index, resolved: null }));
  const byIndex = new Map(out.map((a) => [a.index, a]));
  const top = out.filter((a) => a.span.parent < 0);
  for (const a of top) {
    const after = attributionAfter(ctx, a.span, events, starts);
    const before = after && relayed(ctx, a.span) ? attributionBefore(ctx, a.span, events, starts) : null;
    // An oath's own name wins over a pronoun or a description ("“I Ana Ruiz, do swear …,” he said"), not over a name
    // ("Speaker X said: “I, Y, hereby resign”" quotes Y's letter as X reads it).
    const found = before ?? after ?? attributionBefore(ctx, a.span, events, starts);
    const own = selfNamed(ctx, a.span);
    a.resolved = own && (!found || found.speaker.kind !== 'mention' || /pronoun|definite|nearest|epithet/.test(found.rule)) ? own : found;
  }
  // Continued quotations and quotes interrupted by "he said" share one speaker.
  for (const a of top) {
    if (a.resolved) continue;
    const group = top.find((b) => b !== a && b.span.group === a.span.group && b.resolved);
    if (group) {
      a.resolved = { speaker: group.resolved!.speaker, rule: `continued-quote:${group.resolved!.rule}` };
      continue;
    }
    const samePara = top.filter((b) => b.span.paragraph === a.span.paragraph && b.resolved && !b.resolved.rule.startsWith('paragraph'));
    const prev = [...samePara].reverse().find((b) => b.span.markStart < a.span.markStart);
    const next = samePara.find((b) => b.span.markStart > a.span.markStart);
    const near = prev ?? next;
    if (near) {
      a.resolved = { speaker: near.resolved!.speaker, rule: `${prev ? 'previous' : 'next'}-quote:${near.resolved!.rule}` };
      continue;
    }
    a.resolved =
      labelledQuote(ctx, a.span, events) ??
      sentenceSubject(ctx, a.span, events) ??
      attributionInParagraph(ctx, a.span, events, starts) ??
      paragraphSubject(ctx, a.span) ??
      attributionInPreviousParagraph(ctx, a.span, events, starts) ??
      reporterQuestion(ctx, a.span) ??
      documentSubject(ctx, a.span, events);
  }
  // Last resort, once every other quote has its speaker: a quote paragraph after a paragraph about someone.
  for (const a of top) {
    if (a.resolved || a.span.closeEnd < ctx.paragraphs[a.span.paragraph]!.end - 2) continue;
    // A quotation continued over paragraphs ("“During their operation … ¶ “We believe …”): its first part, when no part
    // has a speaker of its own; the parts after it take the same below.
    if (top.some((b) => b !== a && b.span.group === a.span.group && (b.resolved || b.span.start < a.span.start))) continue;
    const found = previousParagraphSpeaker(ctx, a.span, events, starts);
    // For such a quotation only a person the sentence before opens with ("Kizito Bin Hang, the representative …,
    // shared his thoughts"), not one a verb acts on ("Police arrested Ali Hamid, a suspect").
    const grouped = top.some((b) => b !== a && b.span.group === a.span.group);
    // Before the name only a title may stand ("Mr", "Minister of Foreign Affairs Dr"), or a quotation it ends.
    if (grouped && found?.speaker.kind === 'mention' && found.rule === 'previous-paragraph-subject') {
      const m = ctx.mentions[found.speaker.mention]!;
      const before = ctx.text.slice(sentenceStart(ctx, m.start), m.start).replace(/[“"][^”"]*[”"]/gu, ' ');
      if ((before.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []).some((w) => !TITLE_JOINERS.has(w))) continue;
      // "Ali Hamid, a shopkeeper, was killed in the blast": the passive's subject is no speaker.
      if (/^[^.;]*?\b(?:was|were|has been|had been|is)\s+\p{Ll}+(?:ed|en)\b/u.test(ctx.text.slice(m.end, sentenceEnd(ctx, m.start)))) continue;
    }
    a.resolved = found;
  }
  // A quotation continued over paragraphs takes the speaker found for any of its parts.
  for (const a of top) {
    if (a.resolved) continue;
    const group = top.find((b) => b.span.group === a.span.group && b.resolved);
    if (group) a.resolved = { speaker: group.resolved!.speaker, rule: `continued-quote:${group.resolved!.rule}` };
  }
  // “…,” he said. ¶ “We have …”: a paragraph that opens with a quote nobody claims goes on with the speaker of the
  // quote that ends the paragraph before.
  for (const a of top) {
    const para = ctx.paragraphs[a.span.paragraph]!;
    if (a.resolved || a.span.markStart > para.start) continue;
    const prev = [...top].reverse().find((b) => b.span.paragraph === a.span.paragraph - 1);
    const prevPara = ctx.paragraphs[a.span.paragraph - 1];
    if (!prev?.resolved || !prevPara || sentenceStart(ctx, prevPara.end - 1) > prev.span.markStart + 1 && !sameSentence(ctx, prev.span.closeEnd, prevPara.end - 1)) continue;
    a.resolved = { speaker: prev.resolved.speaker, rule: `previous-paragraph-quote:${prev.resolved.rule}` };
  }
  // "The chief expects a package of three: ¶ - a programme “to ensure …”; ¶ - a council to “upgrade …”": a list item
  // goes on with the speaker of the last quote before the list.
  for (const a of top) {
    if (a.resolved || !isListItem(ctx, a.span.paragraph)) continue;
    let p = a.span.paragraph - 1;
    while (p > 0 && isListItem(ctx, p)) p--;
    const prev = [...top].reverse().find((b) => b.span.paragraph >= p && b.span.paragraph < a.span.paragraph && b.resolved);
    if (prev) a.resolved = { speaker: prev.resolved!.speaker, rule: `list-item:${prev.resolved!.rule}` };
  }
  const result: Attributed[] = [];
  for (const a of out) {
    if (a.span.parent >= 0) {
      const nested = nestedSpeaker(ctx, a.span, byIndex.get(a.span.parent)?.resolved ?? null, events);
      if (nested === 'skip') continue;
      a.resolved = nested;
    }
    result.push(a);
  }
  return result;
}
