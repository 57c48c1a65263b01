// Pass 00: splits the text into sentences with offsets; paragraphs (lines) always end a sentence.
import type { ExtractState } from './state.js';
import { ONE_UPPER } from './chars.js';
import { lexicons } from './lexicon.js';

const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\d]/u;
const NOT_LETTER = /[^\p{L}]/gu;

const ABBREVIATIONS = new Set([
  'Gen', 'Brig', 'Maj', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr',
  'Inc', 'Corp', 'Ltd', 'Co', 'St', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Dept', 'No', 'vs', 'Pvt',
  'Cpl', 'Mt', 'Ft', 'Gov', 'Rev', 'Hon', 'Rt', 'Amb', 'approx', 'U.S', 'U.N', 'U.K', 'E.U', 'D.C',
  'Reps', 'Sens', 'Gens', 'Cols', 'Govs', 'Drs', 'Messrs',
]);

/** Words that begin a new sentence after an abbreviation such as `U.S.` ("… from the U.S. The talks …"). */
const STARTERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'There', 'In', 'On', 'At', 'After', 'Officials', 'His', 'Her', 'Their']);

const END = /[.!?]+["”’)\]]*/g;

const LETTER = /\p{L}/u;

function isLetterOrDot(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
}

/** The abbreviation that ends text[from, to) (its last character is the dot): a backward scan, not a regex anchored at the end. */
function endsWithAbbreviation(text: string, from: number, to: number): 'abbr' | 'dotted' | null {
  let i = to;
  while (i > from) {
    const c = text[i - 1]!;
    const low = c.charCodeAt(0);
    // A low surrogate: test the whole code point.
    if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= from && LETTER.test(text.slice(i - 2, i))) { i -= 2; continue; }
    if (!isLetterOrDot(c)) break;
    i--;
  }
  const word = text.slice(i, to);
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  if (ONE_UPPER.test(bare)) return 'abbr'; // an initial: "Ana R. Ruiz"
  if (DOTTED.test(bare)) return 'dotted'; // "U.S", "D.C"
  if (ABBREVIATIONS.has(bare)) return 'abbr';
  return null;
}

export function splitSentences(state: ExtractState): void {
  const { text } = state;
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    const body = line[0];
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(body); m; m = END.exec(body)) {
      const stop = m.index + m[0].length;
      const rest = body.slice(stop);
      // "…the ruling.“From the moment…": pages that lost the space between paragraphs glue the next sentence on.
      const glued = /^["“‘]?\p{Lu}\p{Ll}/u.test(rest) && /\p{Ll}$/u.test(body.slice(Math.max(from, m.index - 1), m.index));
      const next = glued ? /^()(\S+)/u.exec(rest) : /^\s+["“‘(\[]?(\S+)/u.exec(rest);
      if (!next) continue;
      const nextWord = (glued ? next[2]! : next[1]!).replace(/^["“‘(\[]/, '');
      if (!UPPER_OR_DIGIT_START.test(nextWord)) continue;
      if (m[0] === '.') {
        const kind = endsWithAbbreviation(body, from, m.index + 1);
        if (kind === 'abbr' && !surnameAfterTitle(body, from, m.index)) continue;
        if (kind === 'dotted' && !STARTERS.has(nextWord.replace(NOT_LETTER, ''))) continue;
      }
      pushSentence(state, base + from, base + stop);
      from = stop + (rest.length - rest.trimStart().length);
    }
    pushSentence(state, base + from, base + body.length);
  }
}

/** Title abbreviations that are also surnames. */
export const SURNAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['Sen', 'Gen', 'Rep', 'Gov', 'Col']);
const TITLE_NAME_BEFORE = /(\p{L}+)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/u;

/**
 * "… the government of Prime Minister Hun Sen. Kem Sokha, 69, …": a title abbreviation right after a title and a
 * given name is the surname that ends the sentence, not "Sen." before the next name.
 */
function surnameAfterTitle(body: string, from: number, dot: number): boolean {
  const m = TITLE_NAME_BEFORE.exec(body.slice(Math.max(from, dot - 60), dot));
  const lex = lexicons();
  // (Not "official Marine Gen. Alan Rivers": a service before the rank is no given name.)
  return !!m && SURNAME_ABBREVIATIONS.has(m[3]!) && (lex.titles.has(m[1]!) || lex.titlesLower.has(m[1]!.toLowerCase())) && !lex.military.has(m[2]!) && !lex.titles.has(m[2]!);
}

function pushSentence(state: ExtractState, start: number, end: number): void {
  const raw = state.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  state.sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}
