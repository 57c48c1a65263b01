// What every quote pass reads: the text, its paragraphs and narrative sentences, the quote spans and mentions.
import type { Mention } from '../types.js';
import { lastAtOrBefore, sentenceStarts, splitParagraphs, firstAtOrAfter, wordsIn, type Range } from './00-text.js';
import { lexicons } from '../lexicon.js';
import { findQuoteSpans, type QuoteSpan } from './10-spans.js';
import { ADVERBIAL_OPENERS } from './lexicon.js';

export interface QuoteContext {
  text: string;
  paragraphs: Range[];
  /** All spans, nested ones right after their parent. */
  spans: QuoteSpan[];
  /** Top-level spans only, sorted by position. */
  outer: QuoteSpan[];
  /** Sorted offsets where narrative sentences start. */
  starts: number[];
  mentions: readonly Mention[];
  /** The offices the roles pass gave people (mention index, role words as written): "the governor" names the one
   * person who holds that office. */
  offices: readonly Office[];
}

/** A person's office, from the roles pass. */
export interface Office {
  person: number;
  role: string;
}

export function buildContext(text: string, mentions: readonly Mention[], offices: readonly Office[] = []): QuoteContext {
  const paragraphs = splitParagraphs(text);
  const spans = withoutNicknames(findQuoteSpans(text, paragraphs), mentions);
  const outer = spans.filter((s) => s.parent < 0);
  const ctx: QuoteContext = { text, paragraphs, spans, outer, starts: [], mentions, offices };
  ctx.starts = sentenceStarts(text, paragraphs, (pos) => insideQuote(ctx, pos));
  return ctx;
}

/** 'Gen. Michael “Erik” Kurilla said': marks inside a person's name set off a nickname, not a quotation. */
function withoutNicknames(spans: QuoteSpan[], mentions: readonly Mention[]): QuoteSpan[] {
  const named = mentions.filter((m) => m.type === 'Person' && /["“]/.test(m.text));
  if (named.length === 0) return spans;
  const inName = (s: QuoteSpan): boolean => named.some((m) => m.start < s.markStart && s.closeEnd < m.end);
  if (!spans.some(inName)) return spans;
  const index = new Map<number, number>();
  const kept = spans.filter((s, i) => {
    if (inName(s)) return false;
    index.set(i, index.size);
    return true;
  });
  return kept.map((s) => ({ ...s, group: index.get(s.group) ?? -1, parent: s.parent < 0 ? -1 : index.get(s.parent) ?? -1 }));
}

/** The top-level span whose quoted text contains pos, if any. */
export function quoteAt(ctx: QuoteContext, pos: number): QuoteSpan | undefined {
  const i = lastAtOrBefore(ctx.outer, pos);
  const s = i >= 0 ? ctx.outer[i] : undefined;
  return s && pos < s.end ? s : undefined;
}

export function insideQuote(ctx: QuoteContext, pos: number): boolean {
  return quoteAt(ctx, pos) !== undefined;
}

export function paragraphIndex(ctx: QuoteContext, pos: number): number {
  return Math.max(0, lastAtOrBefore(ctx.paragraphs, pos));
}

export function sentenceStart(ctx: QuoteContext, pos: number): number {
  const i = firstAtOrAfter(ctx.starts, pos + 1) - 1;
  return i >= 0 ? ctx.starts[i]! : 0;
}

/** Where the sentence containing pos ends (the next sentence start, or its paragraph end). */
export function sentenceEnd(ctx: QuoteContext, pos: number): number {
  const para = ctx.paragraphs[paragraphIndex(ctx, pos)];
  const next = ctx.starts[firstAtOrAfter(ctx.starts, pos + 1)];
  const paraEnd = para && pos < para.end ? para.end : ctx.text.length;
  return next !== undefined && next < paraEnd ? next : paraEnd;
}

/** The closing end of the last top-level quote that closes at or before pos and after from. */
export function lastQuoteCloseBetween(ctx: QuoteContext, from: number, pos: number): number {
  let i = lastAtOrBefore(ctx.outer, pos);
  while (i >= 0) {
    const s = ctx.outer[i]!;
    if (s.closeEnd <= pos) return s.closeEnd > from ? s.closeEnd : -1;
    i--;
  }
  return -1;
}

/** Mentions that lie wholly within [start, end), by index into ctx.mentions. */
export function mentionsIn(ctx: QuoteContext, start: number, end: number): number[] {
  const out: number[] = [];
  let i = lastAtOrBefore(ctx.mentions, start - 1) + 1;
  for (; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) out.push(i);
  }
  return out;
}

/** "Zubaidi’s diplomatic adviser": a possessive mention is never the speaker. */
export function isPossessive(ctx: QuoteContext, m: Mention): boolean {
  return /^(?:['’]s?\b|['’](?=\s))/u.test(ctx.text.slice(m.end, m.end + 2));
}

/**
 * The first person or organization named in a sentence (outside quotes) is taken as its subject. An organization
 * that only qualifies a person's title ("Ministry of External Affairs spokesperson X") does not count.
 */
export function isSentenceSubject(ctx: QuoteContext, index: number, pronoun?: string): boolean {
  const m = ctx.mentions[index]!;
  const s = sentenceStart(ctx, m.start);
  // "Echoing Lammy, Prime Minister X also called …": a name in the opening phrase is not the subject.
  const from = openerEnd(ctx, s, m.start);
  if (m.start < from) return false;
  // "The Fatah official stressed that President X instructed …": a name in the clause a speech verb reports is not
  // the sentence's subject.
  if (reportedClause(ctx.text.slice(Math.max(from, m.start - 300), m.start))) return false;
  // "His comments came during a visit, where he was received by President X": a sentence a possessive pronoun opens
  // is about that person; a name after it is not its subject. (Not "He said …, a sentiment that X echoed".)
  // ("His rival, Prime Minister X, rejected …": a name in apposition to the opening phrase is its subject.)
  // (Only the sentence's first words are read: a sentence with no full stops may be the whole text.)
  if (m.start > s && /^[\s“"]*(?:His|Her|Their)\s/u.test(ctx.text.slice(s, Math.min(m.start, s + 12)))
    && !(m.start - s <= 200 && /^[\s“"]*(?:His|Her|Their)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+[^,]{0,60}$/u.test(ctx.text.slice(s, m.start)))) return false;
  // "Fifty-three years old, he received the sash from outgoing president X": a sentence whose subject is "he" or
  // "she" (first, or after one opening phrase) has no named subject after it.
  // Not a name that opens a clause of its own after a quotation, a dash or "that" ("He said it was “an honour” – a
  // sentiment that X echoed").
  // Asked for a pronoun ("he said"), the sentence's own must be the same: "She was succeeded by X. “…,” he said" is X's.
  // Not across another clause: after "and", "as", "before" or "then" a name opens one of its own.
  const opened = PRONOUN_SUBJECT.exec(ctx.text.slice(s, m.start));
  const same = !opened || pronoun === undefined || opened[1]!.toLowerCase() === pronoun.toLowerCase();
  // ("He received the sash and baton from outgoing president X": an "and" far before the name joins two nouns.)
  const between = ctx.text.slice(s + (opened?.[0].length ?? 0), m.start);
  // ("He did not name him, but the media named him as X": after "but", "while" or "whereas" the clause has a subject
  // of its own, which a name far after the word is not.)
  if (opened && same && !/[“”"–—;]|\b(?:that|who|which|whom)\b/u.test(between)
    && !(/\b(?:and|as|before|after|then|when)\s+(?:\S+\s+){0,2}$/u.test(between) && !NAMED_AS.test(between)) && !/\b(?:but|while|whereas)\s+(?:\S+\s+){0,3}$/u.test(between)) return false;
  // "Another MP and leader of the PMU’s faction, Falih al-Khazali, also rejected …": a name set off by the
  // sentence's first commas after a description is its subject, whatever organizations the description names.
  // "The head of the al-Sheitaat tribe, Sheikh Rafaa al-Raju, has called …": a title may stand before the name.
  const apposed = /^[^,“”"]*,\s*((?:\p{Lu}[\p{L}.]*\s+){0,3})$/u.exec(ctx.text.slice(from, m.start));
  const titled = !!apposed && (apposed[1] === '' || lexicons().titles.has(apposed[1]!.trim()));
  if (m.type === 'Person' && titled && /^\s*,/u.test(ctx.text.slice(m.end, m.end + 3))) {
    const before = mentionsIn(ctx, from, m.start);
    if (before.every((j) => ctx.mentions[j]!.type !== 'Person')) return true;
  }
  // "He implored voters … to boost the number of Māori MPs in Parliament.": a body named as a place is no subject.
  if (m.type === 'Organization' && AFTER_PREPOSITION.test(ctx.text.slice(Math.max(from, m.start - 12), m.start))) return false;
  for (let j = index - 1; j >= 0; j--) {
    const other = ctx.mentions[j]!;
    if (other.start < from) break;
    if (other.type === 'Organization' && j === index - 1 && m.type === 'Person' && titleBetween(ctx, other.end, m.start)) continue;
    if (other.type !== 'Place' && !modifierOnly(other) && !isPossessive(ctx, other) && !insideQuote(ctx, other.start)) return false;
  }
  return !modifierOnly(m);
}

/** "named him as X", "identified as X", "known as X": an "as" that gives a name, not one that opens a clause. */
const NAMED_AS = /\b(?:him|her|them|known|such|\p{L}+ed)\s+as\s+(?:\S+\s+){0,2}$/u;

/** "He received …", "Fifty-three years old, she said …": "he" or "she" opens the sentence, perhaps after one phrase set
 * off by a comma; no quotation mark before it. */
const PRONOUN_SUBJECT = /^\s*(?:[^,“”"]{1,60},\s*)?([Hh]e|[Ss]he)\s+(?!and\b|or\b)(?=\p{Ll})/u;

/** A preposition of place right before a body's name (maybe with "the"): "in Parliament", "outside the Senate". */
const AFTER_PREPOSITION = /(?:^|\s)(?:in|into|inside|outside)\s+(?:the\s+)?$/u;

/** A speech verb and "that" before the name: "stressed that", "said on Monday that". */
function reportedClause(before: string): boolean {
  const verbs = lexicons().speechVerbs;
  const words: string[] = before.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  const that = words.lastIndexOf('that');
  if (that < 1) return false;
  for (let k = that - 1; k >= Math.max(0, that - 4); k--) if (verbs.has(words[k]!)) return true;
  return false;
}

/** "the DNO-operated field", "the NATO-led KFOR mission": a body inside a hyphenated modifier is no noun phrase's head. */
const modifierOnly = (m: Mention): boolean => m.rule === '50-organizations/hyphened';

/**
 * Where a sentence's subject may start: after an opening adverbial or participial phrase and its comma ("On Friday,",
 * "Echoing Lammy,", "In a post on X,"), else the sentence start `s`. Only a comma before `limit` counts.
 */
export function openerEnd(ctx: QuoteContext, s: number, limit: number): number {
  const opener = /^([^,“”"]{1,80}),\s+/u.exec(ctx.text.slice(s, Math.min(limit, s + 90)));
  if (!opener) return s;
  const first = wordsIn(ctx.text, s, s + opener[1]!.length)[0];
  if (!first) return s;
  return ADVERBIAL_OPENERS.has(first.norm) || /ing$/u.test(first.norm) ? s + opener[0].length : s;
}

/** One to four lower-case words ending in a role noun: "spokesperson", "press secretary". */
function titleBetween(ctx: QuoteContext, from: number, to: number): boolean {
  const words = wordsIn(ctx.text, from, to);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w.raw)) && lexicons().roleNouns.has(words[words.length - 1]!.norm);
}
