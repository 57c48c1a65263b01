// Pass 60: military installations and other named sites the gazetteer cannot hold: a prefix word and a name
// ("Fort Liberty", "Camp Arifjan", "Mount Hermon"), and a site word with its number ("Outpost 17", "Tower 22").
import { lexicons } from './lexicon.js';
import { addMention, isFree, type ExtractState } from './state.js';
import { ARTICLE_JOINED } from './chars.js';

const NUMBER = /^\d{1,4}[A-Z]?$/;

/** "the Sheikh Jarrah district", "the Karrada neighbourhood": the capitalized words before an area word, title words too. */
function districts(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const nameBefore = (end: number, sentence: number): number => {
    let from = end;
    while (from > end - 3 && tokens[from - 1]?.cap && tokens[from - 1]!.word && !tokens[from - 1]!.first && tokens[from - 1]!.sentence === sentence && !state.owner[from - 1] && !state.skipped[from - 1]) from--;
    return from;
  };
  tokens.forEach((t, h) => {
    const plural = !t.cap && /s$/.test(t.text) && lex.districtHeads.has(t.text.replace(/s$/, ''));
    if (t.cap || (!lex.districtHeads.has(t.text) && !plural)) return;
    let end = h;
    let from = nameBefore(end, t.sentence);
    if (from === end || !districtName(state, from, end)) return;
    add(state, from, end);
    // "the Al-Salam, Al-Inqaz, and Al-Wahda neighbourhoods": every name of the list before a plural area word.
    while (plural) {
      let k = from - 1;
      if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k--;
      if (tokens[k]?.text === ',') k--;
      if (tokens[k]?.text === 'and') k--;
      end = k + 1;
      if (end >= from || !tokens[k]?.cap) return;
      from = nameBefore(end, t.sentence);
      if (from === end || !districtName(state, from, end)) return;
      add(state, from, end);
    }
  });
}

/** Not "the Republican district", "a Shiite neighbourhood", "the July-September quarter": an adjective or a date is no district's name. */
function districtName(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const words = state.tokens.slice(from, to).map((t) => t.text);
  if (words.some((w) => w.split('-').some((part) => lex.notNames.has(part)))) return false;
  if (words.length === 1 && (lex.countryOf.has(words[0]!) || lex.isCommonWord(words[0]!) || /(?:ite|ish|ian)$/.test(words[0]!))) return false;
  return true;
}

export function installations(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  districts(state);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !isFree(state, i, i + 1) || state.headline.has(t.sentence)) continue;
    const next = tokens[i + 1];
    if (!next || next.sentence !== t.sentence || !isFree(state, i + 1, i + 2)) continue;
    // "Tower 22", "Outpost 17": a site word and its number.
    if (lex.numberedSites.has(t.text) && NUMBER.test(next.text)) {
      add(state, i, i + 2);
      i++;
      continue;
    }
    // "Deir ez-Zour", "Bir al-Abed", "Kafr Nabl": an Arabic place name's first word and the name after it.
    // A prefix that is also a given name ("Wadi", "Tal") names a place only after a word of place ("in Wadi al-Hasa").
    const placed = !lex.firstNames.has(t.text) || PLACE_WORDS_BEFORE.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lower === 'and' && state.owner[i - 2]?.type === 'Place');
    if (lex.arabicPlacePrefixes.has(t.text) && !t.first && placed && (ARTICLE_JOINED.test(next.text) || (next.cap && next.word && !next.possessive && !lex.firstNames.has(next.text) && !lex.isCommonWord(next.lower)))) {
      // "Ain Al Asad": the article written apart takes the word after it along.
      const bareArticle = /^(?:Al|El)$/.test(next.text) && tokens[i + 2]?.cap && tokens[i + 2]!.sentence === t.sentence;
      const to = bareArticle ? i + 3 : ARTICLE_JOINED.test(next.text) || !tokens[i + 2] || !ARTICLE_JOINED.test(tokens[i + 2]!.text) || tokens[i + 2]!.sentence !== t.sentence ? i + 2 : i + 3;
      // "Ain al-Asad air base", "Wadi al-Natroun prison": a head after the name is the other passes' (the whole site).
      const after = tokens[to];
      // "Wadi al-Houh, whom he described as …": a person's relative pronoun after the name.
      if (after?.text === ',' && /^(?:who|whom|whose)$/.test(tokens[to + 1]?.lower ?? '')) continue;
      if (after && after.sentence === t.sentence && after.word && [after.text, `${after.text} ${tokens[to + 1]?.text ?? ''}`].some((h) => lex.placeHeads.has(h) || lex.placeLowerHeads.has(h))) continue;
      add(state, i, to);
      i = to - 1;
      continue;
    }
    // "Fort Liberty", "Camp Arifjan", "Lake Chad": a prefix word and one or two capitalized words; "Joint Base
    // Andrews": a prefix of two words.
    const name = tokens[i + 2];
    const two = lex.placePrefixes.has(`${t.text} ${next.text}`) && !!name && name.sentence === t.sentence && name.cap && name.word && !name.possessive && isFree(state, i + 2, i + 3);
    if (!two && (!lex.placePrefixes.has(t.text) || !next.cap || !next.word || next.possessive)) continue;
    let to = two ? i + 3 : i + 2;
    const third = tokens[to];
    if (third && third.sentence === t.sentence && third.cap && third.word && !third.possessive && isFree(state, to, to + 1) && !lex.placeHeads.has(third.text) && !lex.orgHeads.has(third.text)) to++;
    to = placeHeadAfter(state, to);
    add(state, i, to);
    i = to - 1;
  }
}

/** Capitalized words right after a place that end in a place head: "Bagram" + "Airfield", "Fort Campbell" + "Army Airfield". */
export function placeHeadAfter(state: ExtractState, to: number): number {
  const lex = lexicons();
  const tokens = state.tokens;
  const sentence = tokens[to - 1]?.sentence;
  let end = to;
  for (let k = to; k < to + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || !t.cap || !t.word || t.possessive || !isFree(state, k, k + 1)) break;
    const two = k > to ? `${tokens[k - 1]!.text} ${t.text}` : '';
    if ((lex.placeHeads.has(t.text) || lex.placeHeads.has(two)) && !bodyHead(state, to, k)) end = k + 1;
  }
  return end;
}

/**
 * "Derby County manager", "the Paris Police Prefecture": a subdivision's head word at `k` (after a name ending at
 * `to`) before a role noun, or after an institution's word, names a club or a body, not a place.
 */
export function bodyHead(state: ExtractState, to: number, k: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const t = tokens[k]!;
  const two = k > to ? `${tokens[k - 1]!.text} ${t.text}` : '';
  if (!lex.administrativeHeads.has(t.text) && !lex.administrativeHeads.has(two)) return false;
  const after = tokens[k + 1];
  return tokens.slice(to, k).some((w) => lex.institutions.has(w.lower) || lex.orgHeads.has(w.text)) || (!!after?.word && !after.cap && lex.roleNouns.has(after.lower));
}

/** Whether a subdivision's head within three capitalized words after `to` names a body (see `bodyHead`). */
export function bodyHeadAfter(state: ExtractState, to: number): boolean {
  const tokens = state.tokens;
  for (let k = to; k < to + 3 && tokens[k]?.cap && tokens[k]!.sentence === tokens[to - 1]?.sentence; k++) if (bodyHead(state, to, k)) return true;
  return false;
}

/** Words of place before an Arabic place name whose first word is also a given name ("in Wadi al-Hasa"). */
export const PLACE_WORDS_BEFORE = new Set(['in', 'near', 'at', 'from', 'of', 'to', 'into', 'outside', 'toward', 'towards', 'around', 'across']);

function add(state: ExtractState, from: number, to: number): void {
  const text = state.text.slice(state.tokens[from]!.start, state.tokens[to - 1]!.end);
  addMention(state, 'Place', from, to, '60-places/installation', { key: `name:${text.toLowerCase()}` });
}
