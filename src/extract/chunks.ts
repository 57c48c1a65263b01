// Capitalized phrases among the tokens no pass has claimed yet; the organization and place passes classify them.
import { lexicons } from './lexicon.js';
import type { ExtractState } from './state.js';

export interface Chunk { from: number; to: number }

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'de']);
const DETERMINERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those']);
/** Days and months: capitalized words that are no name. */
export const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function free(state: ExtractState, i: number): boolean {
  const t = state.tokens[i];
  return !!t && t.word && !t.possessive && !state.owner[i] && !state.skipped[i] && !state.inTitle[i];
}

/**
 * An apostrophe right after a capitalized plural of the language and before a space: "Workers' ", "Veterans' ". Not a
 * name's ("Socrates' Socialist Party": the party of Socrates, whose name is no part of its own).
 */
function pluralApostrophe(state: ExtractState, i: number): boolean {
  const t = state.tokens[i];
  const prev = state.tokens[i - 1];
  if (!t || !prev || (t.text !== "'" && t.text !== '’') || state.owner[i] || state.skipped[i]) return false;
  if (!(prev.cap && prev.end === t.start && /s$/.test(prev.text) && state.text[t.end] === ' ')) return false;
  const lex = lexicons();
  return lex.isCommonWord(prev.lower.slice(0, -1)) || lex.isCommonWord(prev.lower) || lex.isCommonWord(prev.lower.replace(/ies$/, 'y'));
}

/**
 * Maximal runs of free capitalized words in one sentence; with `connectors`, lower-case `of`, `and`,
 * `&`, `for` may join two capitalized parts ("Conflict Resolution and Track II Dialogues Program").
 * A leading determiner ("The") is left out.
 */
export function capitalChunks(state: ExtractState, connectors: boolean): Chunk[] {
  const out: Chunk[] = [];
  const tokens = state.tokens;
  let i = 0;
  while (i < tokens.length) {
    // `cap` first: most tokens are not capitalized, and a capitalized token is a word.
    const t = tokens[i]!;
    if (!t.cap || t.possessive || state.owner[i] || state.skipped[i] || state.inTitle[i]) { i++; continue; }
    let from = i;
    let to = i + 1;
    for (;;) {
      const t = tokens[to];
      if (!t || t.sentence !== tokens[from]!.sentence) break;
      if (free(state, to) && t.cap) { to++; continue; }
      // "the World Economic Forum on Tuesday": a connector before a day or a month starts a date, not more of the name.
      // "&" is punctuation, not a word, but joins as "and" does ("Air & Space Forces Magazine").
      const joiner = free(state, to) || (t.text === '&' && !state.owner[to] && !state.skipped[to]);
      // "said Thursday the Algerian Ministry of National Defence", "On Monday the Ministry of Defence said": a day or a
      // month before "the" is a date; the name starts after it.
      if (t.text === 'the' && CALENDAR.test(tokens[to - 1]!.text)) break;
      if (connectors && joiner && CONNECTORS.has(t.text) && free(state, to + 1) && tokens[to + 1]!.cap && tokens[to + 1]!.sentence === t.sentence && !CALENDAR.test(tokens[to + 1]!.text)) { to += 2; continue; }
      // "Higher Committee for People’s Assembly Elections": a possessive the lexicon knows in names ("People’s").
      if (connectors && t.possessive && !state.owner[to] && !state.skipped[to] && lexicons().possessiveNameWords.has(tokens[to - 1]!.text) && free(state, to + 1) && tokens[to + 1]!.cap && tokens[to + 1]!.sentence === t.sentence) { to += 2; continue; }
      // "Workers' Party of Korea", "Veterans' Affairs": a plural possessive's apostrophe inside a name.
      if (connectors && pluralApostrophe(state, to) && free(state, to + 1) && tokens[to + 1]!.cap && tokens[to + 1]!.sentence === t.sentence) { to += 2; continue; }
      // "Association of the Petroleum Industry", "Council for the Safeguard": `of the`, `for the` before a capitalized word.
      if (connectors && (t.text === 'of' || t.text === 'for') && tokens[to + 1]?.text === 'the' && free(state, to) && free(state, to + 1) && free(state, to + 2) && tokens[to + 2]!.cap && tokens[to + 2]!.sentence === t.sentence) { to += 3; continue; }
      break;
    }
    while (from < to && DETERMINERS.has(tokens[from]!.text)) from++;
    if (from < to) out.push({ from, to });
    i = to;
  }
  return out;
}
