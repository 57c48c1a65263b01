// Cheap clause tests on the text between a trigger and a name or date: does a new clause, a speech verb
// or a subordinate word stand between them, and does the trigger's clause speak of the future.
import words from './words.json' with { type: 'json' };
import { PLAIN_SPEECH_WORDS, REPORTING_VERBS } from '../speech-verbs.js';

const alt = (list: readonly string[]): string => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** ";", a spaced dash, a parenthesis or ", which"/", but" start another clause. */
const BREAK = /[;()]|\s[—–-]\s|,\s+(?:which|who|but|while|saying)\b/i;
/** A speech verb (the shared lexicon) or an attitude verb ("hoped") between a name and a trigger. */
const SPEECH = new RegExp(`\\b(?:${alt([...PLAIN_SPEECH_WORDS, ...words.attitudeVerbs])})\\b(?!\\s+(?:${alt(words.speechContinues)})\\b)`, 'i');
export const CLAUSE_WORD = new RegExp(`\\b(?:${alt(words.clauseWords)})\\b`, 'i');
// "strikes at will", "of their own free will": "will" as a noun puts nothing in the future.
const FUTURE = new RegExp(`(?:^|[^\\w’'])(?!(?<=\\b(?:at|free|own|good|ill|political)\\s)will\\b)(?:${alt(words.future)})(?![\\w’'])`, 'i');
const PREPOSITION = new Set(words.prepositions);
const BE = new Set(words.beForms);
export const COUNTRY_PHRASE = new RegExp(`^\\s+(?:${alt(words.countryPhrases)})\\b`, 'i');
const FILLER = new RegExp(
  `\\b(?:${alt(words.fillers)}|(?:this|last|next)\\s+(?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b\\s*`, 'gi');
/** The gap between a trigger and its place without fillers and dates: " held last month in " → " in ". */
export const withoutFillers = (gap: string): string => gap.replace(FILLER, '');
/** Where a trigger's clause ends: a break, a quotation mark, a conjunction before a new clause, or a speech verb. */
const CLAUSE_EDGE = new RegExp(`[;:()“”"]|\\s[—–-]\\s|,\\s+(?:but|and|while|which|who|saying)\\b|\\bthat\\s+(?=(?:the|a|an|he|she|it|they|we|i|you|his|her|their|its|this|these|those|there|if|unless)\\b)|\\b(?:${alt(REPORTING_VERBS)})\\b`, 'gi');

/** Text between a name or date and a trigger that cuts the link. `before`: the name stands before the trigger. */
export function cuts(gap: string, before: boolean): boolean {
  if (BREAK.test(gap) || SPEECH.test(gap)) return true;
  return before && CLAUSE_WORD.test(gap);
}

const SPACE = /\s/u;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/**
 * The last word before `to` that whitespace separates from it, no further back than `lo`: [start, end), or null when
 * text[lo, to) does not end in whitespace after a word. What `(\S+)\s+$` finds, by a backward scan instead of a regex
 * tried at every offset of the window.
 */
export function wordBeforeSpace(text: string, lo: number, to: number): { start: number; end: number } | null {
  let end = to;
  while (end > lo && isSpaceAt(text, end - 1)) end--;
  if (end === to || end === lo) return null;
  let start = end;
  while (start > lo && !isSpaceAt(text, start - 1)) start--;
  return { start, end };
}

/** The word right before `at` (lower case), skipping one "the": what `(\S+)\s+(?:the\s+)?$` finds in the 24 characters before. */
export function wordBefore(text: string, at: number, floor: number): string | undefined {
  const lo = Math.max(floor, at - 24);
  const last = wordBeforeSpace(text, lo, at);
  if (!last) return undefined;
  const previous = text.slice(last.start, last.end) === 'the' ? wordBeforeSpace(text, lo, last.start) : null;
  const word = previous ?? last;
  return text.slice(word.start, word.end).toLowerCase();
}

/**
 * "in the Western Ukrainian city of ", "in the country's second largest town of ", "in the Moroccan capital ", "in
 * downtown ": a place preposition and a settlement's noun (with or without "of"), or a word of a town's part.
 */
const MODIFIER = `(?!(?:of|with|for|in|on|at|to|by|from|support|which|that|who)\\s)[\\p{L}’'-]+\\s+`;
const SETTLEMENT_OF = new RegExp(`(?:^|\\s)(in|at|near|outside|inside)\\s+(?:(?:the\\s+)?(?:${MODIFIER}){0,3}?(?:(?:${alt(words.settlementNouns)})\\s+of\\s+(?:the\\s+)?|(?:${alt(words.namedSettlementNouns)})\\s+)|(?:${alt(words.townParts)})\\s+)$`, 'iu');

/**
 * The place preposition that a settlement's noun puts before a place ("in" for "in the northern city of Lviv"), and
 * where it stands; null when the place is not named so.
 */
export function settlementOf(text: string, at: number, floor: number): { prep: string; start: number } | null {
  const lo = Math.max(floor, at - 80);
  const m = SETTLEMENT_OF.exec(text.slice(lo, at));
  return m ? { prep: m[1]!.toLowerCase(), start: lo + m.index + m[0].indexOf(m[1]!) } : null;
}

const CANDIDATE_BEFORE = new Set(words.candidateBefore);
const CANDIDATE_AFTER = new Set(words.candidateAfter);
/** A word right before a name that makes it an election's candidate: "re-elected X", "candidate X". */
export const isCandidateBefore = (word: string): boolean => CANDIDATE_BEFORE.has(word.toLowerCase());
/** A word just after a name that makes it an election's candidate: "X won", "X was elected". */
export const isCandidateAfter = (word: string): boolean => CANDIDATE_AFTER.has(word.toLowerCase());

/** "was shot dead", "were attacked": a trigger written with a form of "be" before its verb is passive itself. */
export const opensWithBe = (phrase: string): boolean => BE.has(phrase.slice(0, phrase.search(/\s|$/)).toLowerCase());

export const isPreposition = (word: string | undefined): boolean => word !== undefined && PREPOSITION.has(word);

/** "were attacked", "have been struck": the subject is the target. */
export function isPassive(text: string, triggerStart: number, floor: number): boolean {
  // What `(\S+)\s+(?:\S+ly\s+)?$` finds in the 30 characters before: the last word, or the one before an adverb in -ly.
  const lo = Math.max(floor, triggerStart - 30);
  const last = wordBeforeSpace(text, lo, triggerStart);
  if (!last) return false;
  const adverb = last.end - last.start >= 3 && text.startsWith('ly', last.end - 2);
  const word = (adverb ? wordBeforeSpace(text, lo, last.start) : null) ?? last;
  return BE.has(text.slice(word.start, word.end).toLowerCase());
}

/** The trigger's clause (bounded by breaks and speech verbs) holds a future word: "could be announced at the summit in July". */
export function isFuture(text: string, from: number, to: number, s: { start: number; end: number }): boolean {
  const { sentence, edges } = clauseEdges(text, s);
  const [lo, hi] = clauseBounds(edges, s.start, sentence.length, from, to);
  return FUTURE.test(sentence.slice(lo, hi));
}

/**
 * What opens another clause for the parties a sentence names: a semicolon, colon or dash, a relative or subordinating
 * word ("who", "since", "after", "like"), "days"/"a move" after a comma.
 */
const PARTY_EDGE = /[;:–—]|,\s+(?:who|whom|whose|which|where|while|whereas|but|although|though|after|before|since|as|when|until|because|days|weeks|months|a\s+move|a\s+decision)\b|\s(?:who|whom|whose|which|while|whereas|but|although|though|after|before|since|when|until|because|like)\s/giu;

/** The clause of the sentence that holds the trigger at `from`–`to`, as text offsets: where its named parties may stand. */
export function partyClause(text: string, s: { start: number; end: number }, from: number, to: number): [number, number] {
  const sentence = text.slice(s.start, s.end);
  const edges: number[] = [];
  PARTY_EDGE.lastIndex = 0;
  for (let m = PARTY_EDGE.exec(sentence); m; m = PARTY_EDGE.exec(sentence)) edges.push(m.index, m[0].length);
  const [lo, hi] = clauseBounds(edges, s.start, sentence.length, from, to);
  return [s.start + lo, s.start + hi];
}

/** The clause around `from`–`to` between the edges ([index, length, …] in a sentence starting at `start`). */
function clauseBounds(edges: number[], start: number, length: number, from: number, to: number): [number, number] {
  let lo = 0;
  let hi = length;
  for (let k = 0; k < edges.length; k += 2) {
    const index = edges[k]!;
    const at = start + index;
    if (at + edges[k + 1]! <= from) lo = index + edges[k + 1]!;
    else if (at >= to) { hi = index; break; }
  }
  return [lo, hi];
}

/** The clause edges of the last sentence asked about (its triggers ask in turn): [index, length, …] in the sentence. */
let edgeCache: { text: string; start: number; end: number; sentence: string; edges: number[] } | null = null;

function clauseEdges(text: string, s: { start: number; end: number }): { sentence: string; edges: number[] } {
  if (edgeCache && edgeCache.text === text && edgeCache.start === s.start && edgeCache.end === s.end) return edgeCache;
  const sentence = text.slice(s.start, s.end);
  const edges: number[] = [];
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(sentence); m; m = CLAUSE_EDGE.exec(sentence)) edges.push(m.index, m[0].length);
  edgeCache = { text, start: s.start, end: s.end, sentence, edges };
  return edgeCache;
}

const EVENT_VERB = new RegExp(`\\b(?:${alt(words.eventVerbs)})\\b`, 'i');
const LINKED = new RegExp(`^\\s*(?:${alt(words.linkers)})\\b`, 'i');
const HIT = new RegExp(`\\b(?:${alt(words.hitVerbs)})\\b`, 'i');
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu;

export const wordCount = (gap: string): number => gap.match(WORD)?.length ?? 0;
/** "Iran on January 8 launched a … attack": a subject reaches a noun trigger through a verb of doing. */
export const hasEventVerb = (gap: string): boolean => EVENT_VERB.test(gap);
/** "talks with X", "strike … killed X": a name after a noun trigger is a party. */
export const isLinked = (gap: string): boolean => LINKED.test(gap) || HIT.test(gap);
export const isHit = (gap: string): boolean => HIT.test(gap);

const NEGATION = new RegExp(`(?:^|[^\\p{L}’'])(?:${alt(words.negation)})(?![\\p{L}’'])`, 'iu');
const HYPOTHETICAL = new RegExp(`(?:^|[^\\p{L}’'])(?:${alt(words.hypothetical)})(?![\\p{L}’'])`, 'iu');
/** "a withdrawal from the region could …" (not "the attack could not be confirmed"). */
const HYPOTHETICAL_AFTER = new RegExp(`^\\s+(?:[^\\s,;]+\\s+){0,3}?(?:${alt(words.hypotheticalAfter)})\\s+(?!not\\b)`, 'iu');

export type Modality = 'occurred' | 'planned' | 'hypothetical' | 'negated';

/**
 * Whether an event happened, as its clause tells: "denied carrying out the attack" (negated), "would withdraw",
 * "calls for a withdrawal", "a departure could" (hypothetical), "will withdraw by September" (planned: `future`).
 * Read in the trigger's clause, at most eight words before the trigger.
 */
export function modalityOf(text: string, t: { start: number; end: number }, s: { start: number; end: number }, future: boolean): Modality {
  const { sentence, edges } = clauseEdges(text, s);
  let lo = 0;
  for (let k = 0; k < edges.length; k += 2) {
    const end = s.start + edges[k]! + edges[k + 1]!;
    if (end <= t.start) lo = edges[k]! + edges[k + 1]!;
  }
  const words = sentence.slice(lo, t.start - s.start).split(/\s+/).filter(Boolean);
  const before = words.slice(-8).join(' ');
  if (NEGATION.test(before)) return 'negated';
  if (HYPOTHETICAL.test(before) || HYPOTHETICAL_AFTER.test(text.slice(t.end, Math.min(s.end, t.end + 30)))) return 'hypothetical';
  return future ? 'planned' : 'occurred';
}
