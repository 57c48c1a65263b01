// What a token of a person's name looks like; shared by the two name passes.
import { lexicons, stripDiacritics } from './lexicon.js';
import type { ExtractState } from './state.js';
import { isTitleToken } from './30-titles.js';

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** "I’m", "We’re", "What’s": a pronoun with a contraction, no one's name. */
export const CONTRACTED_PRONOUN = /^(?:I|You|We|They|He|She|It|That|There|What|Who)[’'`´](?:m|re|ve|ll|d|s)$/u;

/** A capitalized word, an initial or `al-X`, free to be part of a name. */
export function nameWord(state: ExtractState, i: number): boolean {
  const t = state.tokens[i];
  if (!t || !t.word || t.possessive || state.skipped[i] || state.owner[i] || isTitleToken(state, i)) return false;
  const lex = lexicons();
  if (!t.cap) return false;
  if (lex.orgHeads.has(t.text) || lex.placeHeads.has(t.text)) return false;
  if (/^\d/.test(t.text)) return false;
  // "I’m Lee Jae-myung", "We’re": a pronoun with a contraction is no name word.
  if (CONTRACTED_PRONOUN.test(t.text)) return false;
  // "U.S.-Led", "Iraqi": countries and their adjectives are not name words.
  // "J.D. Vance": initials written with stops are a name word, unless a lexicon knows them ("U.N.").
  if (DOTTED_INITIALS.test(t.text)) return !lex.countryOf.has(t.text) && !lex.places.has(t.text) && !lex.orgs.has(t.text) && !lex.countryOf.has(t.text.replace(/\.$/, ''));
  if ((t.text.includes('.') && t.text.length > 2) || lex.countryOf.has(t.text)) return false;
  return true;
}

/**
 * A known given name, or a hyphenated one that starts with a known given name and whose parts are all
 * capitalized and no place or organization ("Anne-Laure", "Jean-Noël", but not "Israel-Gaza").
 */
/** "João", "María": a given name the package lists only without its accents ("Joao", "Maria"). */
export function isAccentedGivenName(text: string): boolean {
  return /[^\x00-\x7F]/.test(text) && !text.includes('-') && lexicons().firstNames.has(stripDiacritics(text));
}

export function isGivenName(text: string): boolean {
  const lex = lexicons();
  if (lex.firstNames.has(text)) return true;
  if (!text.includes('-')) return false;
  const parts = text.split('-');
  if (parts.length !== 2 || !lex.firstNames.has(parts[0]!) || !/^\p{Lu}\p{Ll}+$/u.test(parts[1]!)) return false;
  // "Tri-County", "Pro-Government": a common word after the hyphen makes a compound, not a given name.
  if (lex.isCommonWord(parts[1]!) && !lex.firstNames.has(parts[1]!)) return false;
  return !parts.some((p) => lex.places.has(p) || lex.countryOf.has(p) || lex.orgs.has(p) || lex.notNames.has(p));
}

/** "Jr.", "Jr", "III": a generational suffix of the names lexicon, with or without its stop. */
export function isNameSuffix(text: string): boolean {
  const suffixes = lexicons().nameSuffixes;
  return suffixes.has(text) || suffixes.has(`${text}.`);
}

/** Lower-case particle inside a name: "Mohammed bin Salman". */
export function particle(state: ExtractState, i: number): boolean {
  const t = state.tokens[i];
  if (!t || !t.word || t.cap || !lexicons().particles.has(t.text.toLowerCase())) return false;
  // "Ursula von der Leyen", "Pedro de la Cruz": particles in a row before the surname.
  return nameWord(state, i + 1) || (i + 2 < state.tokens.length && particle(state, i + 1));
}

/** Months that are surnames too ("Theresa May", "Brian May"); "March" and "June" hardly are. */
const MONTH_NAME = /^(?:May|April|August)$/;

/** Words that join the parts of an Arabic name ("bin", "Al"), counted as no word of the name's length. */
const ARABIC_NAME_PARTICLES = /^(?:Al|El|al|el|bin|ibn|bint|Bin|Ibn|Bint)$/;

/**
 * Extends a name from token `from`: capitalized words, initials and particles, at most five words besides the
 * particles ("Mohammed bin Abdulrahman bin Jassim Al-Thani"). A word in `notNames` may sit inside a name
 * ("Ali Jafar al-Zubaidi") but not end it.
 */
export function nameEnd(state: ExtractState, from: number): number {
  const lex = lexicons();
  const sentence = state.tokens[from]?.sentence;
  let to = from;
  let words = 0;
  while (words < 5 && state.tokens[to]?.sentence === sentence) {
    // "Secretary [Gilberto] Teodoro": an editor's bracket may open the name.
    if (to === from && state.tokens[to]?.text === '[' && nameWord(state, to + 1)) { to++; continue; }
    // "Hamad bin Isa Al Khalifa", "Ahmad Al Humoud Al Sabah": Arabic particles do not count toward the five words.
    if (nameWord(state, to)) words += ARABIC_NAME_PARTICLES.test(state.tokens[to]!.text) ? 0 : 1;
    // "[Russian President Vladimir] Putin", "Secretary [Gilberto] Teodoro": an editor's bracket between name words.
    else if (words > 0 && /^[[\]]$/.test(state.tokens[to]!.text) && nameWord(state, to + 1)) { to++; continue; }
    // "Ahmad Shia’ al-Rubaie": an apostrophe glued to a name word (an ʿayn) before the next name word.
    // "Alexis Tsipras’ Syriza": after a final s, z or x the mark is a possessive.
    else if (words > 0 && /^[’']$/.test(state.tokens[to]!.text) && state.tokens[to]!.start === state.tokens[to - 1]!.end && !/[szx]$/i.test(state.tokens[to - 1]!.text) && state.text[state.tokens[to]!.end] === ' ' && nameWord(state, to + 1)) { to++; continue; }
    // 'General Michael "Erik" Kurilla': a nickname in quotation marks between the given name and the surname.
    else if (words > 0 && /^["“]$/.test(state.tokens[to]!.text) && state.tokens[to + 1]?.cap && /^["”]$/.test(state.tokens[to + 2]?.text ?? '') && nameWord(state, to + 3)) { to += 3; continue; }
    else if (!(to > from && particle(state, to))) break;
    to++;
  }
  // "Murat Turkmen, the head of …": a people's adjective after a single name word, closed by a speech verb or by a
  // comma and a lower-case word, is a surname ("Maria Italian, French and Spanish houses" lists adjectives).
  const people = state.tokens[to];
  const closing = state.tokens[to + 1];
  if (words === 1 && to === from + 1 && isGivenName(state.tokens[from]!.text) && people?.cap && people.sentence === sentence && !state.owner[to] && lex.countryOf.has(people.text) && !lex.countries.has(people.text)
    && !lex.places.has(people.text) && closing?.sentence === sentence
    && ((closing.text === ',' && !!state.tokens[to + 2]?.word && !state.tokens[to + 2]!.cap) || lex.speechVerbs.has(closing.text))) to++;
  // "Ali al Arab": a word after a particle is the name's, even one that is never a name alone.
  while (to > from && lex.notNames.has(state.tokens[to - 1]!.text) && !(to > from + 1 && particle(state, to - 2))) to--;
  // "Theresa May has announced": a month's name after a given name alone is a surname, where no day or year follows
  // ("Theresa May 7" is no one's name).
  const month = state.tokens[to];
  if (to === from + 1 && isGivenName(state.tokens[from]!.text) && !!month && month.sentence === sentence && MONTH_NAME.test(month.text) && !state.owner[to]
    && !/^\d/.test(state.tokens[to + 1]?.text ?? '') && state.tokens[to + 1]?.sentence === sentence) to++;
  // "said Joe Buccino CENTCOM spokesperson": a known body's acronym after the name is the body the role is of.
  if (to > from + 2 && /^\p{Lu}{3,}$/u.test(state.tokens[to - 1]!.text) && lex.orgs.has(state.tokens[to - 1]!.text)) to--;
  // "Ferdinand Marcos Jr.": a generational suffix ends the name.
  const suffix = state.tokens[to];
  if (words >= 2 && suffix && suffix.sentence === sentence && isNameSuffix(suffix.text) && suffix.start === state.tokens[to - 1]!.end + 1) {
    to++;
    if (!suffix.text.endsWith('.') && state.tokens[to]?.text === '.' && state.tokens[to]!.start === suffix.end && state.tokens[to]!.sentence === sentence) to++;
  }
  return to;
}

/**
 * The words [from, to) or any leading part of them are a place or organization of the lexicons. A city alone
 * at the start of longer name words is not enough: "Gao Feng", "Salif Keita" are people.
 */
export function isLexiconPhrase(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  let words = '';
  for (let end = from + 1; end <= to; end++) {
    words = end === from + 1 ? state.tokens[from]!.text : `${words} ${state.tokens[end - 1]!.text}`;
    if (end === from + 1 && to > end && lex.places.get(words)?.kind === 'city' && !lex.orgs.has(words) && !lex.countryOf.has(words)) continue;
    if (lex.places.has(words) || lex.orgs.has(words) || lex.countryOf.has(words)) return true;
  }
  return false;
}

/** ", 64," at token `k`: the age set off by commas after a name ("Tang Yijun, 64, was"), else null. */
export function ageAt(state: ExtractState, k: number): number | null {
  const tokens = state.tokens;
  if (tokens[k]?.text !== ',' || tokens[k + 2]?.text !== ',' || !/^\d{2,3}$/.test(tokens[k + 1]?.text ?? '')) return null;
  return Number(tokens[k + 1]!.text);
}
