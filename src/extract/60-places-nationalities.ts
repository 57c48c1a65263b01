// After the passes: countries the article names only by their people's word ("Somali soldiers", "a Pakistani
// official", "Turkish-backed fighters"). Such a country is a place of the story as much as one printed by name; the
// findings go to resolve, which makes the country a place (once, under its own name) and links the article to it.
// The word is read only where no pass took it into a name ("Iraqi Army", "Turkish Airlines" are organizations).
import { UPPER_START } from './chars.js';
import { lexicons } from './lexicon.js';
import { isLanguageAt } from './70-roles-places.js';
import { matchTitle } from './30-titles.js';
import type { ExtractState } from './state.js';
import type { NationalityFinding } from './types.js';

const LANGUAGE = /^(?:language|languages|speaking|speakers?)$/;

export function findNationalities(state: ExtractState): NationalityFinding[] {
  const lex = lexicons();
  const tokens = state.tokens;
  const found: NationalityFinding[] = [];
  tokens.forEach((t, i) => {
    if (!t.word || !UPPER_START.test(t.text) || state.skipped[i] || state.owner[i]) return;
    // "Turkish-backed", "Iraqi-led": the word before a part that makes its country act (not "Liberian-flagged").
    const parts = t.text.split('-');
    const hyphened = parts.length === 2 && lex.statePartEnds.has(parts[1]!);
    // "Costa Rican", "Sri Lankan": a nationality word of two words.
    const second = tokens[i + 1]?.sentence === t.sentence && tokens[i + 1]!.cap && !hyphened ? tokens[i + 1] : undefined;
    const two = second && !state.owner[i + 1] && lex.adjectiveOf.has(`${t.text} ${second.text}`) ? `${t.text} ${second.text}` : undefined;
    const word = two ?? (hyphened ? parts[0]! : t.text);
    const width = two ? 2 : 1;
    const country = lex.adjectiveOf.get(word);
    // A word that several countries share ("Congolese") names none of them for certain; a country's own name or
    // alias ("US") is read by the places pass; "Palestinian refugees" name a people.
    if (!country || lex.sharedAdjectives.has(word) || lex.peopleWords.has(word) || country.name === word || country.aliases.includes(word)) return;
    const prev = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
    const next = tokens[i + width]?.sentence === t.sentence ? tokens[i + width] : undefined;
    // "South American", "Nazi German", "British Columbia", "German Galushchenko": part of a longer name; "Equatorial
    // Guinean" another country's word.
    if (prev?.word && prev.cap && (!prev.first || lex.countryOf.has(`${prev.text} ${word}`))) return;
    // (Not "British Airways", "Iraqi Kurdistan"; but "British High Commissioner", "Costa Rican Security Minister": a
    // title after the word names the country's office.)
    if (!hyphened && next?.word && next.cap && !matchTitle(state, i + width)) return;
    // "ethnic Albanian", "ethnic Turkish party": a people, not a state; "an Italian general", "a Canadian tourist": one
    // person's nationality.
    if (prev?.lower === 'ethnic') return;
    if ((prev?.lower === 'a' || prev?.lower === 'an') && !!next && (lex.personNouns.has(next.lower) || lex.roleNouns.has(next.lower))) return;
    // "said in French", "its Spanish acronym", "the Mongolian language": a language, not the country ("French-speaking"
    // was left above with the other hyphened words).
    const after = hyphened ? '' : next?.lower ?? '';
    if (LANGUAGE.test(after)) return;
    if (lex.languages.has(word) && (prev?.lower === 'in' && !(next?.word && !next.cap) || lex.languageNouns.has(after) || isLanguageAt(state, i))) return;
    // "in both Dutch and French", "speak French or Haitian Creole": two languages joined.
    const pair = (k: number) => /^(?:and|or)$/.test(tokens[k]?.lower ?? '') && lex.languages.has(tokens[2 * k - i]?.text ?? '');
    if (lex.languages.has(word) && (pair(i - 1) || pair(i + 1))) return;
    found.push({ country: country.name, text: word, start: t.start, end: two ? second!.end : t.start + word.length, sentence: t.sentence });
  });
  return found;
}
