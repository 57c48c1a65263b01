// Pass 60, after the known places: "two in Qassim, two in Eastern Province, two in Al-Ahsa, one in Jazan, three in
// Riyadh": a list of "in X" items of which several are known places makes the unknown names in it places too.
import { lexicons } from './lexicon.js';
import { addMention, isFree, personWords, positionsOf, type ExtractState } from './state.js';

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
    // "in Ahmed Ali": a given name or a person's word of the article is no place.
    if (lex.firstNames.has(words[0]!) || words.some((w) => people.has(w.toLowerCase()))) continue;
    const text = state.text.slice(state.tokens[it.from]!.start, state.tokens[it.to - 1]!.end);
    addMention(state, 'Place', it.from, it.to, '60-places/in-list', { key: `name:${text.toLowerCase()}` });
  }
}
