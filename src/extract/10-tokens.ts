// Pass 10: words and punctuation with character offsets; possessive `’s` becomes its own token.
// A hand-written scanner (ASCII decided by char codes, other characters by one small regex each) does what
//   (?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+\.?)* | [\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’´`&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)* | \S
// would: dotted abbreviations ("U.S.-led"), words with inner hyphens, apostrophes or ampersands ("al-Rawi", "AT&T"),
// any other character alone; it runs several times faster than that regex over every sentence.
import type { ExtractState, Token } from './state.js';
import { HYPHENATED_GIVEN_NAME, SHORT_FAMILY_NAME, UPPER_START } from './chars.js';
import { lexicons } from './lexicon.js';
import { SURNAME_ABBREVIATIONS } from './00-sentences.js';

const LOWER_LAST_PART = /-\p{Ll}\p{L}*$/u;

const ABBREVIATED = new Set([
  'Gen', 'Brig', 'Maj', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr',
  'Inc', 'Corp', 'Ltd', 'Co', 'St', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Dept', 'Pvt', 'Cpl', 'Mt', 'Ft', 'Vice', 'Rear', 'Hon', 'Rt',
  // Plural titles before two names: "Reps. Thomas Massie and Ro Khanna", "Lt. Cols. X and Y".
  'Reps', 'Sens', 'Gens', 'Cols', 'Govs', 'Drs', 'Messrs',
]);
/** `then-Sen.`, `ex-Gov.`: an abbreviated title after a prefix keeps its dot too. */
const PREFIXED = /^(?:then|ex|former)-(\p{L}+)$/iu;

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const UPPER = /^\p{Lu}$/u;
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|abu|van|von|de)-/;
const PARTICLE_CAPITAL = /^(?:al|el|bin|ibn|abu|van|von|de)-\p{Lu}/u;
const NUMBER_CAPITAL = /^\d{1,2}-\p{Lu}\p{Ll}+$/u;

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122 && !(word.includes('-') && PARTICLE_PREFIX.test(word))) return false; // a-z: the common case
  // "the 5-Star Movement": a number joined to a capitalized word is a word of a name.
  if (!(c >= 65 && c <= 90) && !UPPER_START.test(word) && !PARTICLE_CAPITAL.test(word) && !NUMBER_CAPITAL.test(word)) return false;
  // "Iran-backed", "U.S.-led" are adjectives, not names; "Al-Rawi" is a name.
  return !(word.includes('-') && LOWER_LAST_PART.test(word));
}

/** Starts with a letter or digit; ASCII is decided without a regular expression. */
function startsWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(0)!));
}

/** Code point at i and its length in UTF-16 units. */
function cpAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

function isLN(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}
function isL(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}
function isLNM(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_NUMBER.test(ch) || MARK.test(ch);
}
function isSpace(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return SPACE.test(String.fromCodePoint(cp));
}

/** End of a dotted abbreviation at i (`U.S.`, `U.S.-led`), or -1 when fewer than two letter-dot pairs start there. */
function dottedEnd(s: string, i: number, end: number): number {
  let j = i;
  let pairs = 0;
  while (j < end) {
    const cp = cpAt(s, j);
    const w = width(cp);
    if (j + w < end && isL(cp) && s.charCodeAt(j + w) === 46) { j += w + 1; pairs++; } else break;
  }
  if (pairs < 2) return -1;
  // (?:-[\p{L}\p{N}]+\.?)*
  while (j < end && s.charCodeAt(j) === 45) {
    let k = j + 1;
    let any = false;
    while (k < end) {
      const cp = cpAt(s, k);
      if (!isLN(cp)) break;
      k += width(cp);
      any = true;
    }
    if (!any) break;
    if (k < end && s.charCodeAt(k) === 46) k++;
    j = k;
  }
  return j;
}

/** End of a word at i: [\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’´`&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*. i starts a letter or digit. */
function wordEnd(s: string, i: number, end: number): number {
  let j = i + width(cpAt(s, i));
  for (;;) {
    while (j < end) {
      const unit = s.charCodeAt(j);
      if (unit < 128) {
        if ((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57)) { j++; continue; }
        break;
      }
      const cp = cpAt(s, j);
      if (!isLNM(cp)) break;
      j += width(cp);
    }
    const c = s.charCodeAt(j);
    if (j + 1 < end && (c === 45 || c === 39 || c === 0x2019 || c === 0xb4 || c === 96 || c === 38)) {
      const cp = cpAt(s, j + 1);
      if (isLN(cp)) { j += 1 + width(cp); continue; }
    }
    return j;
  }
}

export function tokenize(state: ExtractState): void {
  const { text } = state;
  const tokens = state.tokens;
  for (let s = 0; s < state.sentences.length; s++) {
    const sentence = state.sentences[s]!;
    const end = sentence.end;
    let first = true;
    let i = sentence.start;
    while (i < end) {
      const unit = text.charCodeAt(i);
      if (unit === 32) { i++; continue; }
      const cp = unit >= 0xd800 && unit <= 0xdbff ? cpAt(text, i) : unit;
      if (isSpace(cp)) { i += width(cp); continue; }
      let to: number;
      let isWord = false;
      if (isLN(cp)) {
        isWord = true;
        to = isL(cp) ? dottedEnd(text, i, end) : -1;
        if (to < 0) to = wordEnd(text, i, end);
      } else {
        to = i + width(cp);
      }
      // "the Syrian Democratic Forces (SDF)’s leader": a possessive after a closing parenthesis.
      const parenPossessive = !isWord && (cp === 0x2019 || cp === 39) && text.charCodeAt(i - 1) === 41 && text.charCodeAt(i + 1) === 115
        && (i + 2 >= end || !isLN(text.charCodeAt(i + 2)));
      if (parenPossessive) to = i + 2;
      let word = text.slice(i, to);
      // "… of Prime Minister Hun Sen.": a title abbreviation that ends its sentence is a surname and a full stop.
      if (isWord && to < end && text.charCodeAt(to) === 46 && (ABBREVIATED.has(word) || UPPER.test(word) || abbreviatedAfterPrefix(word))
        && !(to + 1 === end && SURNAME_ABBREVIATIONS.has(word))) {
        word += '.';
        to += 1;
      }
      const n = word.length;
      const c2 = n > 2 ? word.charCodeAt(n - 2) : 0;
      // "Mexico´s", "the prosecutor`s office": an acute accent or a backtick typed for the apostrophe marks a possessive too.
      if (isWord && n > 3 && word.charCodeAt(n - 1) === 115 && (c2 === 0x2019 || c2 === 39 || c2 === 0xb4 || c2 === 96)) {
        tokens.push(token(word.slice(0, n - 2), i, s, first, false));
        tokens.push(token(word.slice(n - 2), i + n - 2, s, false, true));
      } else {
        tokens.push(token(word, i, s, first, parenPossessive));
      }
      first = false;
      i = to;
    }
  }
  markHyphenatedGivenNames(tokens);
  state.skipped = new Array<boolean>(tokens.length).fill(false);
  state.owner = new Array<null>(tokens.length).fill(null);
}

/** "Chan-o-cha", "Ould-el-Mokhtar": a capitalized word and short lower-case links before a last part. */
const LINKED_SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Ll}{1,3})+-(\p{Ll}{2,})$/u;

/**
 * "Tsai Ing-wen", "Chiu Chui-cheng": a hyphenated given name after a short family name is a name word, though
 * "Iran-backed" and "Houthi-run", with the same shape, are adjectives (a participle or a listed last part).
 */
function markHyphenatedGivenNames(tokens: Token[]): void {
  const ends = lexicons().hyphenAdjectiveEnds;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.cap || !t.word || !t.text.includes('-')) continue;
    const prev = tokens[i - 1]!;
    // "Prime Minister Prayut Chan-o-cha": after a capitalized word; not "Commander-in-chief" (a common last part).
    const linked = LINKED_SURNAME.exec(t.text);
    if (linked) {
      if (prev.sentence === t.sentence && prev.cap && !prev.possessive && !lexicons().isCommonWord(linked[1]!)) t.cap = true;
      continue;
    }
    const m = HYPHENATED_GIVEN_NAME.exec(t.text);
    if (!m || prev.sentence !== t.sentence || !prev.cap || prev.possessive || !SHORT_FAMILY_NAME.test(prev.text)) continue;
    const last = m[1]!;
    if (ends.has(last) || /(?:ed|ing)$/.test(last)) continue;
    t.cap = true;
  }
}

/** "Then-Sen.", "ex-Gov.": an abbreviated title after then-/ex-/former- keeps its dot. */
function abbreviatedAfterPrefix(word: string): boolean {
  if (!word.includes('-')) return false;
  const m = PREFIXED.exec(word);
  return !!m && ABBREVIATED.has(m[1]!);
}

/** `text` in lower case; most words already are, and are returned as they are without a copy. */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}

function token(text: string, start: number, sentence: number, first: boolean, possessive: boolean): Token {
  const c = text.charCodeAt(0);
  const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : startsWord(text);
  return { text, lower: lowerCase(text), start, end: start + text.length, sentence, cap: word && isCapitalized(text), word, possessive, first };
}
