// Pass 10: words and punctuation with character offsets; possessive `’s` becomes its own token.
import type { ExtractState, Token } from './state.js';

// Dotted abbreviations ("U.S.-led"), then words with inner hyphens, apostrophes or ampersands ("al-Sadr", "AT&T").
const TOKEN = /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+(?:\.)?)*|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;
const ABBREVIATED = new Set([
  'Gen', 'Brig', 'Maj', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr',
  'Inc', 'Corp', 'Ltd', 'Co', 'St', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Dept', 'Pvt', 'Cpl', 'Mt', 'Ft', 'Vice', 'Rear',
]);

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122 && !/^(?:al|el|bin|ibn|abu|van|von|de)-/.test(word)) return false; // a-z: the common case
  if (!/^\p{Lu}/u.test(word) && !/^(?:al|el|bin|ibn|abu|van|von|de)-\p{Lu}/u.test(word)) return false;
  // "Iran-backed", "U.S.-led" are adjectives, not names; "Al-Sadr" is a name.
  return !(word.includes('-') && /-\p{Ll}\p{L}*$/u.test(word));
}

/** Starts with a letter or digit; ASCII is decided without a regular expression. */
function startsWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(text);
}

export function tokenize(state: ExtractState): void {
  const { text } = state;
  for (let s = 0; s < state.sentences.length; s++) {
    const sentence = state.sentences[s]!;
    const body = text.slice(sentence.start, sentence.end);
    TOKEN.lastIndex = 0;
    let first = true;
    for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
      let word = m[0];
      const start = sentence.start + m.index;
      const isWord = startsWord(word);
      if (isWord && body[m.index + word.length] === '.' && (ABBREVIATED.has(word) || /^\p{Lu}$/u.test(word))) {
        word += '.';
        TOKEN.lastIndex += 1;
      }
      const poss = isWord && word.length > 2 && word.endsWith('s') && (word[word.length - 2] === '’' || word[word.length - 2] === "'") ? /^(.+?)(['’]s)$/u.exec(word) : null;
      if (poss && poss[1]!.length > 1) {
        push(state, poss[1]!, start, s, first, false);
        push(state, poss[2]!, start + poss[1]!.length, s, false, true);
      } else {
        push(state, word, start, s, first, false);
      }
      first = false;
    }
  }
  state.skipped = state.tokens.map(() => false);
  state.tokens.forEach((t, i) => state.byStart.set(t.start, i));
  state.owner = state.tokens.map(() => null);
}

function push(state: ExtractState, text: string, start: number, sentence: number, first: boolean, possessive: boolean): void {
  const word = startsWord(text);
  const token: Token = { text, lower: text.toLowerCase(), start, end: start + text.length, sentence, cap: word && isCapitalized(text), word, possessive, first };
  state.tokens.push(token);
}
