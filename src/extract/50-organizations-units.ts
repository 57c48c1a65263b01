// Pass 50, first: military units and formations, named by an ordinal (or a corps' Roman numeral), capitalized
// words and an echelon word: "82nd Airborne Division", "2nd Stryker Brigade Combat Team", "519th Military Police
// Battalion", "XVIII Airborne Corps", an ordinal before a unit acronym: "2nd SBCT", and a number before an echelon
// word: "444 Brigade", "202 Tank Battalion".
import { lexicons } from './lexicon.js';
import { addMention, isFree, type ExtractState } from './state.js';
import { nameKey } from './org-keys.js';

const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
const UNIT_ACRONYM = /^\p{Lu}{2,6}$/u;
const BARE_NUMBER = /^(?!(?:19|20)\d\d$)\d{2,4}$/;
const NUMBERED_ECHELONS = /^(?:Brigade|Battalion|Regiment|Division|Squadron|Corps)$/;
/** "the U.S. Fifth Fleet", "the Third Army": an ordinal in words, before a formation's echelon word only. */
const SPELLED_ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$/;
const SPELLED_ECHELONS = /^(?:Fleet|Army|Corps|Division|Brigade|Regiment|Battalion|Squadron)$/;
/** How many capitalized words may stand between the ordinal and the echelon word. */
const MAX_WORDS = 6;

export function militaryUnits(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const roman = ROMAN.test(t.text);
    // "the rival 444 Brigade", "202 Tank Battalion", "21 Special Armoured Brigade": a number, not a year, up to three
    // capitalized words and an echelon word (right after the number, the echelon word may be possessive).
    // "200 Army soldiers", "3,000 Army troops", "500 Guard members": a count of people, not a unit.
    if (BARE_NUMBER.test(t.text) && state.text[t.start - 1] !== ',') {
      let end = -1;
      for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
        const w = tokens[k]!;
        if (w.sentence !== t.sentence || !w.word || !w.cap || !isFree(state, k, k + 1)) break;
        if (NUMBERED_ECHELONS.test(w.text) && (k === i + 1 || !w.possessive)) { end = k + 1; break; }
        if (w.possessive) break;
      }
      if (end > 0 && isFree(state, i, i + 1) && !/^\p{Ll}+s$/u.test(tokens[end]?.text ?? '')) {
        add(state, i, end);
        i = end - 1;
        continue;
      }
    }
    const spelled = SPELLED_ORDINAL.test(t.text);
    if ((!ORDINAL.test(t.text) && !roman && !spelled) || !isFree(state, i, i + 1)) continue;
    // "2nd SBCT", "26th MEU": an ordinal and a unit's acronym.
    const next = tokens[i + 1];
    // "World War II Army veterans": a numeral after a capitalized word belongs to that name, not to a unit.
    if (roman && tokens[i - 1]?.cap && tokens[i - 1]!.sentence === t.sentence) continue;
    // "2nd SBCT", but not "the 75th NATO anniversary": only the acronyms of unit echelons.
    if (!roman && !spelled && next && next.sentence === t.sentence && UNIT_ACRONYM.test(next.text) && isFree(state, i + 1, i + 2) && lex.unitAcronyms.has(next.text)) {
      add(state, i, i + 2);
      i++;
      continue;
    }
    // The longest run of free capitalized words that ends in an echelon word.
    let end = -1;
    for (let k = i + 1; k <= i + MAX_WORDS && k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.sentence !== t.sentence || !w.word || !w.cap || w.possessive || !isFree(state, k, k + 1)) break;
      if (lex.unitEchelons.has(w.text)) end = k + 1;
    }
    // "V Corps": a Roman numeral only before a corps, army or fleet word.
    if (end < 0 || (roman && !lex.romanEchelons.has(tokens[end - 1]!.text)) || (spelled && !SPELLED_ECHELONS.test(tokens[end - 1]!.text))) continue;
    add(state, i, end);
    i = end - 1;
  }
}

function add(state: ExtractState, from: number, to: number): void {
  const text = state.text.slice(state.tokens[from]!.start, state.tokens[to - 1]!.end);
  addMention(state, 'Organization', from, to, '50-organizations/military-unit', { key: nameKey(text) });
}

/**
 * "Division 30", "Brigade 93", "Unit 8200": an echelon's word and its number name a unit (not a year: "Army 2030").
 * A capitalized word before it makes a longer name, the long-name pass's ("Combined Task Force 153").
 */
export function numberedUnits(state: ExtractState): void {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    if (!t.cap || !(NUMBERED_ECHELONS.test(t.text) || t.text === 'Unit') || n.sentence !== t.sentence || !/^\d{1,4}$/.test(n.text) || /^(?:19|20)\d\d$/.test(n.text)) continue;
    if (!isFree(state, i, i + 2) || state.headline.has(t.sentence)) continue;
    const prev = tokens[i - 1];
    if (prev?.cap && prev.word && prev.sentence === t.sentence && !prev.first) continue;
    // "Division 30 of the army", "Unit 8200 officers": the number ends the name.
    addMention(state, 'Organization', i, i + 2, '50-organizations/numbered-unit', { key: nameKey(`${t.text} ${n.text}`) });
    i++;
  }
}
