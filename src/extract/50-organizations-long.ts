// Pass 50: long official names that run past the connectors the capitalized chunks stop at: "Global Coalition to
// Defeat ISIS", "Committee to Protect Journalists" (an organization word, "to" and a capitalized verb phrase);
// "Organization for Security and Co-operation in Europe", "Islamic Resistance in Iraq" (a name and "in" a country
// or region); "Task Force 153" (a force and its number); "Combined Joint Task Force – Operation Inherent Resolve"
// (a command and its task force or operation joined by a dash).
import { lexicons } from './lexicon.js';
import { addMention, isFree, note, tokenRange, tokenStartingAt, type ExtractState } from './state.js';
import type { Mention } from './types.js';
import { nameKey } from './org-keys.js';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
const NUMBER = /^\d{1,4}$/;
const DASHES = new Set(['–', '—', '-']);
const DETERMINERS = new Set(['The', 'A', 'An', 'This', 'That']);
/** Rules whose names end in an organization word: two of them side by side are one longer name. */
const HEADED = new Set(['50-organizations/head-word', '50-organizations/military-unit']);

/** The capitalized words (and inner connectors) from `i`, free and in one sentence: [i, end). */
function nameRun(state: ExtractState, i: number, allowOwned = false): number {
  const tokens = state.tokens;
  const sentence = tokens[i]!.sentence;
  let end = i;
  while (usable(state, end, sentence, allowOwned)) {
    const t = tokens[end]!;
    if (t.word && (t.cap || prefixed(t.text))) { end++; continue; }
    if (CONNECTORS.has(t.text) && end > i && usable(state, end + 1, sentence, allowOwned) && (tokens[end + 1]!.cap || prefixed(tokens[end + 1]!.text))) { end++; continue; }
    break;
  }
  return end;
}

function usable(state: ExtractState, k: number, sentence: number, allowOwned: boolean): boolean {
  const t = state.tokens[k];
  return !!t && t.sentence === sentence && !t.possessive && (allowOwned || isFree(state, k, k + 1)) && !state.skipped[k];
}

/** "Co-operation", "Counter-Terrorism": a capitalized prefix before a hyphen inside a name, not a place's adjective ("Iran-backed"). */
function prefixed(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{1,6})-\p{L}+$/u.exec(word);
  return !!m && !lexicons().places.has(m[1]!) && !lexicons().countryOf.has(m[1]!);
}

export function longOfficialNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !t.word || !isFree(state, i, i + 1) || (i > 0 && tokens[i - 1]!.cap && tokens[i - 1]!.word && isFree(state, i - 1, i) && tokens[i - 1]!.sentence === t.sentence)) continue;
    if (state.headline.has(t.sentence)) continue;
    let end = nameRun(state, i);
    // "The Committee to …": a sentence's capitalized determiner is not part of the name.
    if (DETERMINERS.has(t.text) && end > i + 1) i++;
    if (end - i < 1) continue;
    const words = tokens.slice(i, end).map((w) => w.text);
    const hasHead = words.some((w) => lex.orgHeads.has(w) || lex.movementHeads.has(w));
    const last = tokens[end - 1]!.text;
    let rule = '';
    // "Committee to Protect Journalists": the name of what the organization is for, after "to".
    if (lex.orgHeads.has(last) && tokens[end]?.text === 'to' && tokens[end + 1]?.cap && tokens[end + 1]!.sentence === t.sentence && !lex.places.has(tokens[end + 1]!.text)) {
      const after = nameRun(state, end + 1, true);
      if (after - (end + 1) >= 1 && after - (end + 1) <= 4 && ownedOnlyByKnownOrgs(state, end + 1, after)) { end = after; rule = 'to-purpose'; }
    }
    // "Islamic Resistance in Iraq", "… Co-operation in Europe": a name with a complement or a movement word, "in" a country or region.
    if (!rule && hasHead && tokens[end]?.text === 'in' && (words.some((w) => CONNECTORS.has(w)) || lex.movementHeads.has(last))) {
      const placeEnd = countryOrRegionAt(state, end + 1);
      if (placeEnd > end + 1 && !(tokens[placeEnd]?.cap && tokens[placeEnd]!.sentence === t.sentence)) { end = placeEnd; rule = 'in-place'; }
    }
    // "Task Force 153": a force and its number.
    if (!rule && hasHead && (last === 'Force' || last === 'Group') && NUMBER.test(tokens[end]?.text ?? '') && tokens[end]!.sentence === t.sentence) { end++; rule = 'numbered'; }
    if (!rule || !hasHead) { i = end - 1; continue; }
    claim(state, i, end, `50-organizations/long-name-${rule}`);
    i = end - 1;
  }
}

/**
 * "Combined Joint Task Force – Operation Inherent Resolve": two organizations joined by a dash are one name; so are
 * a name by head words right before another name ("Marine Corps Forces" + "Central Command").
 */
export function dashJoinedNames(state: ExtractState): void {
  const tokens = state.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const a = state.owner[k - 1];
    const b = state.owner[k];
    if (a?.type !== 'Organization' || b?.type !== 'Organization' || a === b || tokens[k - 1]!.sentence !== tokens[k]!.sentence) continue;
    if (a.end !== tokens[k - 1]!.end || b.start !== tokens[k]!.start || !HEADED.has(a.rule) || !(HEADED.has(b.rule) || b.rule === '50-organizations/known')) continue;
    const from = tokenStartingAt(state, a.start);
    const to = tokenRange(state, b.start, b.end)[1];
    release(state, a);
    release(state, b);
    claim(state, from, to, '50-organizations/long-name-adjacent');
  }
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!DASHES.has(tokens[k]!.text)) continue;
    const a = state.owner[k - 1];
    // "Combined Joint Task Force -- Operation Inherent Resolve": a double hyphen is one dash.
    const d = tokens[k]!.text === '-' && tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === tokens[k]!.end ? 1 : 0;
    // "… Task Force – Operation Inherent Resolve": an operation's name no pass has claimed.
    // Only after a command or task force: "Hamas — Operation Al-Aqsa Flood, as the group called it" stays two things.
    if (a?.type === 'Organization' && HEADED.has(a.rule) && /(?:Task Force|Command|Forces?)$/.test(a.text) && tokens[k + 1 + d]?.text === 'Operation' && isFree(state, k + 1 + d, k + 2 + d)) {
      let end = k + 2 + d;
      while (end < k + 5 + d && tokens[end]?.cap && tokens[end]!.word && tokens[end]!.sentence === tokens[k]!.sentence && isFree(state, end, end + 1)) end++;
      if (end > k + 2 + d && a.end === tokens[k - 1]!.end) {
        const from = tokenStartingAt(state, a.start);
        release(state, a);
        claim(state, from, end, '50-organizations/long-name-dash');
        continue;
      }
    }
    const b = state.owner[k + 1 + d];
    if (a?.type !== 'Organization' || b?.type !== 'Organization' || a === b || tokens[k - 1]!.sentence !== tokens[k + 1 + d]!.sentence) continue;
    if (!/^(?:Task Force|Joint Task Force|Operation)\b/.test(b.text) || !/(?:Task Force|Command|Forces?)$/.test(a.text) || a.end !== tokens[k - 1]!.end || b.start !== tokens[k + 1 + d]!.start) continue;
    const from = tokenStartingAt(state, a.start);
    const to = tokenRange(state, b.start, b.end)[1];
    release(state, a);
    release(state, b);
    claim(state, from, to, '50-organizations/long-name-dash');
  }
}

/**
 * "the Communist Party of Nepal (Unified Marxist-Leninist)": words in brackets right after a party's name that qualify
 * it (capitalized words, not an acronym or a place) are part of the name.
 */
export function bracketedQualifiers(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const m of [...state.mentions]) {
    // Only a party's: "(Air Assault)" after a division, "(Nabu)" after a bureau are a qualifier or a short name.
    if (m.type !== 'Organization' || !HEADED.has(m.rule) || !/\bParty\b/.test(m.text)) continue;
    const [from, open] = tokenRange(state, m.start, m.end);
    if (tokens[open]?.text !== '(' || tokens[open]!.start !== m.end + 1) continue;
    let close = open + 1;
    while (close < open + 5 && tokens[close]?.word && tokens[close]!.cap && isFree(state, close, close + 1)) close++;
    if (close === open + 1 || tokens[close]?.text !== ')' || tokens[close]!.sentence !== tokens[open]!.sentence) continue;
    const inner = tokens.slice(open + 1, close);
    const innerText = inner.map((t) => t.text).join(' ');
    // "(CPN-UML)", "(Iraq)": an acronym or a place in brackets is another name, not part of this one.
    if (inner.every((t) => t.text === t.text.toUpperCase()) || lex.places.has(innerText) || lex.countryOf.has(innerText)) continue;
    // "(Gerindra)", "(Tories)": one plain word is a short name; "(Marxist-Leninist)", "(Maoist Centre)" qualify.
    if (inner.length === 1 && !inner[0]!.text.includes('-')) continue;
    release(state, m);
    claim(state, from, close + 1, '50-organizations/long-name-bracketed');
  }
}

/** The end of a country or region of one to three words at token `k`, or `k` when there is none. */
function countryOrRegionAt(state: ExtractState, k: number): number {
  const lex = lexicons();
  for (let n = 3; n >= 1; n--) {
    const words = state.tokens.slice(k, k + n);
    if (words.length < n || words.some((w) => w.sentence !== state.tokens[k]!.sentence)) continue;
    const entry = lex.places.get(words.map((w) => w.text).join(' '));
    if (entry && (entry.kind === 'country' || entry.kind === 'region')) return k + n;
  }
  return k;
}

function ownedOnlyByKnownOrgs(state: ExtractState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const owner = state.owner[k];
    if (owner && (owner.type !== 'Organization' || !owner.key?.startsWith('org:'))) return false;
  }
  return true;
}

/** Gives back the tokens of a mention that a longer name takes over. */
function release(state: ExtractState, m: Mention): void {
  const i = state.mentions.indexOf(m);
  if (i >= 0) state.mentions.splice(i, 1);
  state.owner.forEach((o, k) => { if (o === m) state.owner[k] = null; });
}

function claim(state: ExtractState, from: number, to: number, rule: string): void {
  const owned = new Set<Mention>();
  for (let k = from; k < to; k++) if (state.owner[k]) owned.add(state.owner[k]!);
  for (const m of owned) release(state, m);
  const text = state.text.slice(state.tokens[from]!.start, state.tokens[to - 1]!.end);
  const added = addMention(state, 'Organization', from, to, rule, { key: nameKey(text) });
  if (!added && state.explain) note(state, { kind: 'skip', text, rule, start: state.tokens[from]!.start, end: state.tokens[to - 1]!.end, sentenceIndex: state.tokens[from]!.sentence });
}
