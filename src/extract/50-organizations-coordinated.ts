// Pass 50, after the known bodies: a body's name coordinated with a body the text already names, before a plural noun
// they share: "the Fatah and Hamas delegations", "Hezbollah and Amal supporters". Both conjuncts modify the noun, so
// the unknown one is a body of the same kind; a place, a people, a person's word or a common word is not.
import { lexicons } from './lexicon.js';
import { addMention, isFree, personWords, type ExtractState } from './state.js';
import { nameKey } from './org-keys.js';

/** Plural nouns two bodies share: "delegations", "movements", "supporters" (the member nouns, lower case, too). */
const SHARED_NOUNS = new Set(['delegations', 'movements', 'groups', 'factions', 'parties', 'militias', 'leaders', 'officials', 'members', 'supporters', 'fighters', 'militants', 'representatives', 'negotiators', 'spokesmen', 'lawmakers']);

/** The endings of words for peoples, faiths and creeds: "Maronite", "Islamist", "Yazidi", "Druze", "Alawites". */
const PEOPLE_WORD = /(?:ites?|ists?|is|i|ians?|ese|ish|ics?|ze)$/;

export function coordinatedBodies(state: ExtractState): void {
  const tokens = state.tokens;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    // "Fatah and Hamas delegations": the unknown word before "and", the known body after it.
    tryConjunct(state, k - 1, k + 1, 'after');
    // "Hezbollah and Amal supporters": the known body before "and", the unknown word after it.
    tryConjunct(state, k + 1, k - 1, 'before');
  }
}

function tryConjunct(state: ExtractState, at: number, other: number, side: 'after' | 'before'): void {
  const tokens = state.tokens;
  const t = tokens[at];
  if (!t?.cap || !t.word || t.possessive || !isFree(state, at, at + 1)) return;
  const body = state.owner[other];
  if (body?.type !== 'Organization') return;
  // The noun after the pair: after the known body, or after the unknown word.
  let end = at + 1;
  if (side === 'after') for (end = other; end < tokens.length && state.owner[end] === body;) end++;
  const noun = tokens[end];
  if (!noun || noun.sentence !== t.sentence || !SHARED_NOUNS.has(noun.lower) || noun.cap) return;
  // The word stands alone: not the end of a longer name, nor "The" at a sentence's start.
  const prev = tokens[at - 1];
  if (side === 'after' && prev?.cap && prev.word && prev.sentence === t.sentence && prev.lower !== 'the') return;
  if (side === 'before' && tokens[at + 1] !== noun) return;
  const lex = lexicons();
  const people = personWords(state);
  // A given name alone ("Amal", "Fatah") is no person before a noun two bodies share.
  // "Druze and Hezbollah leaders", "Islamist and Hamas officials": a people, a faith or a creed shares the noun too.
  if (people.has(t.lower) || lex.notNames.has(t.text) || lex.places.has(t.text) || lex.countryOf.has(t.text) || lex.adjectiveOf.has(t.text)
    || lex.titles.has(t.text) || lex.isCommonWord(t.lower) || PEOPLE_WORD.test(t.text)) return;
  addMention(state, 'Organization', at, at + 1, '50-organizations/coordinated-with-body', { key: nameKey(t.text) });
}
