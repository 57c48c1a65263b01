// Pass 60, after the known places: "two in Qassim, two in Eastern Province, two in Al-Ahsa, one in Jazan, three in
// Riyadh": a list of "in X" items of which several are known places makes the unknown names in it places too.
import { lexicons } from './lexicon.js';
import { addMention, isFree, personWords, positionsOf, type ExtractState } from './state.js';
import { CALENDAR } from './chunks.js';
import { PEOPLE_WORD } from './chars.js';

/** Items of one list, and how many of them must be known places before the others count. */
const MIN_ITEMS = 3;
const MIN_KNOWN = 2;
/** Words between two items: ", two in", "and one in", ", in". */
const MAX_GAP = 4;

interface Item { from: number; to: number }

export function inLists(state: ExtractState): void {
  const tokens = state.tokens;
  const ins = positionsOf(state, ['in']);
  let list: Item[] = [];
  const flush = () => {
    if (list.length >= MIN_ITEMS) placeItems(state, list);
    list = [];
  };
  for (const i of ins) {
    const item = itemAfter(state, i);
    if (!item) continue;
    const last = list[list.length - 1];
    if (last && !(tokens[last.to]!.sentence === tokens[i]!.sentence && i - last.to <= MAX_GAP && joined(state, last.to, i))) flush();
    list.push(item);
  }
  flush();
}

/** The capitalized words right after "in" at `i` (at most three, one sentence, no possessive). */
function itemAfter(state: ExtractState, i: number): Item | null {
  const tokens = state.tokens;
  const sentence = tokens[i]!.sentence;
  let e = i + 1;
  while (e < i + 4 && tokens[e]?.cap && tokens[e]!.word && tokens[e]!.sentence === sentence && !tokens[e]!.possessive) e++;
  return e > i + 1 ? { from: i + 1, to: e } : null;
}

/** Only a comma, "and" and a count ("two", "one", "3") between one item's end and the next "in". */
function joined(state: ExtractState, from: number, to: number): boolean {
  const words = state.tokens.slice(from, to).map((t) => t.lower);
  return words.length > 0 && (words[0] === ',' || words[0] === 'and') && words.every((w) => w === ',' || w === 'and' || /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(w));
}

function placeItems(state: ExtractState, list: Item[]): void {
  const lex = lexicons();
  const owned = list.map((it) => state.owner[it.from]);
  // Every item someone else named is a place; enough of them are.
  if (owned.some((m) => m && m.type !== 'Place') || owned.filter((m) => m?.type === 'Place').length < MIN_KNOWN) return;
  const people = personWords(state);
  for (const it of list) {
    if (!isFree(state, it.from, it.to)) continue;
    const words = state.tokens.slice(it.from, it.to).filter((t) => t.word).map((t) => t.text);
    // "in Ahmed Ali": a given name or a person's word of the article is no place; nor a month, a language, a body the
    // lexicon knows or a word of the language ("in December", "in Pashto", "in Goldman Sachs", "in Exile").
    if (lex.firstNames.has(words[0]!) || words.some((w) => people.has(w.toLowerCase()))) continue;
    if (words.some((w) => CALENDAR.test(w) || lex.languages.has(w) || lex.isCommonWord(w.toLowerCase())) || lex.orgs.has(words.join(' '))) continue;
    // The item ends where a list's item does: a comma, "and", or the sentence's end ("in Goldman Sachs' trading unit").
    const after = state.tokens[it.to];
    if (after && after.sentence === state.tokens[it.from]!.sentence && !/^(?:,|and|\.|;)$/.test(after.text)) continue;
    const text = state.text.slice(state.tokens[it.from]!.start, state.tokens[it.to - 1]!.end);
    addMention(state, 'Place', it.from, it.to, '60-places/in-list', { key: `name:${text.toLowerCase()}` });
  }
}

/** "in Huwara and several other villages", "Kobani and other towns": the name before "and other" is one of those places. */
export function otherPlacesOfKind(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const people = personWords(state);
  for (const and of positionsOf(state, ['and'])) {
    let k = and + 1;
    if (/^(?:several|many|two|three|four|some|nearby|neighbouring|neighboring)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'other') continue;
    k++;
    while (k < and + 6 && tokens[k]?.word && !tokens[k]!.cap && !lex.pluralPlaceKinds.has(tokens[k]!.lower)) k++;
    if (!lex.pluralPlaceKinds.has(tokens[k]?.lower ?? '') || tokens[k]!.sentence !== tokens[and]!.sentence) continue;
    // One to three free capitalized words right before "and" (not a sentence's first word alone).
    let from = and;
    while (from > and - 3 && tokens[from - 1]?.cap && tokens[from - 1]!.word && !tokens[from - 1]!.possessive && tokens[from - 1]!.sentence === tokens[and]!.sentence) from--;
    if (from === and || !isFree(state, from, and) || (from === and - 1 && tokens[from]!.first)) continue;
    const words = tokens.slice(from, and).map((t) => t.text);
    // "Druze and other villages", "Alawite and other towns": a people's or a faith's word is no place.
    if (lex.firstNames.has(words[0]!) || (words.length === 1 && PEOPLE_WORD.test(words[0]!))
      || words.some((w) => people.has(w.toLowerCase()) || lex.notNames.has(w) || lex.countryOf.has(w) || lex.adjectiveOf.has(w) || lex.isCommonWord(w.toLowerCase()))) continue;
    const text = state.text.slice(tokens[from]!.start, tokens[and - 1]!.end);
    addMention(state, 'Place', from, and, '60-places/one-of-other-places', { key: `name:${text.toLowerCase()}` });
  }
}

/**
 * "in the Fungzai and Kubat villages", "in the Mahikeng, Mmabatho and Lomanyaneng areas", "to raid both Haidan and Matra
 * areas": names listed before a plural place noun are each one of those places (two items at least; one or two words
 * each, none a people's or a common word).
 */
const PEOPLE_ADJECTIVE = /(?:ites?|ists?|ians?|ese|ish|ics?|ze)$/;
/** Plural nouns of a country's divisions, whose names are seldom a people's. */
const ADMINISTRATIVE = new Set(['provinces', 'districts', 'regions']);

export function listedBeforePlaceKind(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const people = personWords(state);
  tokens.forEach((head, h) => {
    if (!head.word || head.cap || !lex.pluralPlaceKinds.has(head.lower)) return;
    const items: Item[] = [];
    let k = h;
    for (;;) {
      let from = k;
      while (from > k - 2 && tokens[from - 1]?.cap && tokens[from - 1]!.word && !tokens[from - 1]!.possessive && tokens[from - 1]!.sentence === head.sentence) from--;
      if (from === k) break;
      items.unshift({ from, to: k });
      const sep = tokens[from - 1]?.lower;
      if (sep !== ',' && sep !== 'and') break;
      k = from - 1;
      if (sep === ',' && tokens[k - 1]?.lower === 'and') k--;
    }
    if (items.length < 2 || !/^(?:the|in|of|at|from|both)$/.test(tokens[items[0]!.from - 1]?.lower ?? '')) return;
    // A lone given name may be a village's too ("the Fungzai and Kubat villages"), unless every item is one ("the
    // Hassan and Ali areas" may name families).
    const given = (it: Item) => lex.firstNames.has(tokens[it.from]!.text);
    const allGiven = items.every(given);
    for (const it of items) {
      const words = tokens.slice(it.from, it.to).map((t) => t.text);
      // "the Kurdish and Arab areas", "the Sunni and Shiite areas": a people's adjective ("Fungzai" ends as "Sunni"
      // does, so only the longer endings count here).
      // A given name may be a province's too ("in Nainawa and Diala provinces"), not a village's or an area's.
      if (!isFree(state, it.from, it.to) || (given(it) && (allGiven || words.length > 1) && !ADMINISTRATIVE.has(head.lower)) || (words.length === 1 && PEOPLE_ADJECTIVE.test(words[0]!))
        || words.some((w) => people.has(w.toLowerCase()) || lex.notNames.has(w) || lex.countryOf.has(w) || lex.adjectiveOf.has(w) || lex.isCommonWord(w.toLowerCase()))) return;
    }
    for (const it of items) {
      const text = state.text.slice(tokens[it.from]!.start, tokens[it.to - 1]!.end);
      addMention(state, 'Place', it.from, it.to, '60-places/listed-before-kind', { key: `name:${text.toLowerCase()}` });
    }
  });
}

/** Rules that find an unknown place by its use in one sentence. */
const BY_CONTEXT = new Set(['60-places/gazetteer-town', '60-places/listed', '60-places/in-list', '60-places/one-of-other-places', '60-places/listed-before-kind', '60-places/place-country', '60-places/place-region', '60-places/inside-place', '60-places/place-apposition']);

/**
 * "in Huwara and several other villages … Residents of Huwara fled": an unknown place that one sentence's use named is
 * that place wherever else the article writes it alone (not inside a longer name, not a person's word, not before a
 * speech verb).
 */
export function repeatedPlaces(state: ExtractState): void {
  const lex = lexicons();
  const found = new Map<string, string>();
  for (const m of state.mentions) if (m.type === 'Place' && BY_CONTEXT.has(m.rule) && m.key && !m.canonical) found.set(m.text, m.key);
  if (found.size === 0) return;
  const tokens = state.tokens;
  const people = personWords(state);
  for (const [text, key] of found) {
    const words = text.split(' ');
    if (words.some((w) => people.has(w.toLowerCase()))) continue;
    for (const i of positionsOf(state, [words[0]!])) {
      const to = i + words.length;
      if (tokens.slice(i, to).map((t) => t.text).join(' ') !== text || !isFree(state, i, to) || state.inTitle[i] || state.headline.has(tokens[i]!.sentence)) continue;
      const prev = tokens[i - 1];
      const next = tokens[to];
      if ((prev?.cap && prev.word && prev.sentence === tokens[i]!.sentence && !tokens[i]!.first) || (next?.cap && next.word && next.sentence === tokens[i]!.sentence && !lex.localOffices.has(next.lower))) continue;
      if (next && lex.speechVerbs.has(next.text)) continue;
      addMention(state, 'Place', i, to, '60-places/repeated-place', { key });
    }
  }
}
