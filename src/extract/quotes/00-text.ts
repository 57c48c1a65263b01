// Paragraphs, words and narrative sentence starts: the plain-string scanning every quote pass shares.
import { ABBREVIATIONS, SPEECH_VERB_ALTERNATION, SPEECH_VERB_FAST } from './lexicon.js';
import { matchesAt, wordStartCandidates } from '../word-starts.js';
import { ONE_UPPER } from '../chars.js';

const LETTER_OR_DOT = /[\p{L}.]/u;
const STOPS = /[.!?…]+(["”’']?)[ \t]+(?=[“"‘'(\p{Lu}\p{N}])/gu;

export interface Range {
  start: number;
  end: number;
}

export interface Word extends Range {
  /** Lower case, surrounding punctuation removed ("Gen." → "gen", "official," → "official"). */
  norm: string;
  raw: string;
}

/** A line that ends a sentence: scraped pages often start each paragraph on a new line with no blank line between. */
const SENTENCE_END_LINE = /[.!?]["”’']?\s*$/u;

/**
 * Blank lines separate paragraphs when the text has any, and so does a line break after a sentence's end (pages
 * that mix both); otherwise every line is one.
 */
export function splitParagraphs(text: string): Range[] {
  const blankLines = /\n[ \t\r]*\n/.test(text);
  const out: Range[] = [];
  let start = -1;
  let lineStart = 0;
  // Curly marks opened and not yet closed in the paragraph so far: a quotation running over a line break is one paragraph.
  let open = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const i = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, i);
    const blank = line.trim() === '';
    if (!blank && start < 0) { start = lineStart; open = 0; }
    for (const c of line) if (c === '“') open++; else if (c === '”' && open > 0) open--;
    if (start >= 0 && (blank || !blankLines || i === text.length || (SENTENCE_END_LINE.test(line) && open === 0))) {
      const end = blank ? lineStart : i;
      out.push(trimRange(text, start, end));
      start = -1;
    }
    if (i >= text.length) break;
    lineStart = i + 1;
  }
  return out.filter((r) => r.end > r.start);
}

export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const EDGE_PUNCT = /^[\s"“”‘’'(\[«»,;:.!?—–-]+|[\s"“”‘’'()\]«»,;:.!?—–-]+$/gu;

const LEADING_PUNCT = new Set('"“”‘’\'([«»,;:.!?—–-');
const TRAILING_PUNCT = new Set('"“”‘’\'()]«»,;:.!?—–-');
const SPACE = /\s/;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/** `raw` in lower case without the punctuation around it; most words need neither step. */
function normalize(raw: string): string {
  let lower = raw;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) { lower = raw.toLowerCase(); break; }
  }
  return LEADING_PUNCT.has(lower[0]!) || TRAILING_PUNCT.has(lower[lower.length - 1]!) ? lower.replace(EDGE_PUNCT, '') : lower;
}

/** Whitespace-separated words of text[start, end), as `/\S+/g` finds them. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text, i)) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isSpace(text, i)) i++;
    const raw = text.slice(from, i);
    out.push({ start: from, end: i, raw, norm: normalize(raw) });
  }
  return out;
}

/** Whitespace-separated words in text[start, end), counting no further than `limit`: a cheap length test. */
export function countWords(text: string, start: number, end: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n <= limit; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
let verbRe: RegExp | null = null;
let verbStarts: RegExp | null = null;
/** A verb right after an underscore, the one word character that does not keep a verb from starting there. */
let verbAfterUnderscore: RegExp | null = null;

/** Speech verbs in text order ("said", "according to"), not inside a longer word. */
export function speechVerbMatches(text: string): RegExpExecArray[] {
  verbRe ??= new RegExp(SPEECH_VERB_FAST, 'uy');
  verbStarts ??= new RegExp(`\\b${SPEECH_VERB_ALTERNATION}`, 'g');
  verbAfterUnderscore ??= new RegExp(`_(?=${SPEECH_VERB_ALTERNATION})`, 'g');
  return matchesAt(text, wordStartCandidates(text, verbStarts, verbAfterUnderscore), verbRe, (at) => at === 0 || !WORD_CHAR.test(text[at - 1]!));
}

/** Index of the last item whose `start` is ≤ pos, or -1. Items are sorted by start. */
export function lastAtOrBefore<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first number ≥ pos in a sorted array (length when none). */
export function firstAtOrAfter(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Gen." and "U.S." do not end a sentence; "officials." does. */
export function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && LETTER_OR_DOT.test(text[i - 1]!)) i--;
  const token = text.slice(i, dot);
  if (token === '') return false;
  if (token.includes('.')) return true;
  if (token.length === 1 && ONE_UPPER.test(token)) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

/**
 * Offsets where a narrative sentence starts: after . ! ? (and an optional closing mark) followed by
 * space and a capital or an opening mark. `inside(pos)` says whether pos lies inside quoted text;
 * a stop there only counts when it is the quote's last character.
 */
export function sentenceStarts(text: string, paragraphs: readonly Range[], inside: (pos: number) => boolean): number[] {
  const out: number[] = paragraphs.map((p) => p.start);
  const re = STOPS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const stop = m.index;
    if (text[stop] === '.' && isAbbreviation(text, stop)) continue;
    if ((m[1] ?? '') === '' && inside(stop)) continue;
    out.push(stop + m[0].length);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}
