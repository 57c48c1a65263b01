// Cheap clause tests on the text between a trigger and a name or date: does a new clause, a speech verb
// or a subordinate word stand between them, and does the trigger's clause speak of the future.
import words from './words.json' with { type: 'json' };

const alt = (list: string[]): string => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** ";", a spaced dash, a parenthesis or ", which"/", but" start another clause. */
const BREAK = /[;()]|\s[—–-]\s|,\s+(?:which|who|but|while|saying)\b/i;
const SPEECH = new RegExp(`\\b(?:${alt(words.speechVerbs)})\\b(?!\\s+(?:${alt(words.speechContinues)})\\b)`, 'i');
const CLAUSE_WORD = new RegExp(`\\b(?:${alt(words.clauseWords)})\\b`, 'i');
const FUTURE = new RegExp(`(?:^|[^\\w’'])(?:${alt(words.future)})(?![\\w’'])`, 'i');
const PREPOSITION = new Set(words.prepositions);
const BE = new Set(words.beForms);
export const COUNTRY_PHRASE = new RegExp(`^\\s+(?:${alt(words.countryPhrases)})\\b`, 'i');
const FILLER = new RegExp(
  `\\b(?:${alt(words.fillers)}|(?:this|last|next)\\s+(?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b\\s*`, 'gi');
/** The gap between a trigger and its place without fillers and dates: " held last month in " → " in ". */
export const withoutFillers = (gap: string): string => gap.replace(FILLER, '');
/** Where a trigger's clause ends: a break, a conjunction before a new clause, or a speech verb. */
const CLAUSE_EDGE = new RegExp(`[;:()]|\\s[—–-]\\s|,\\s+(?:but|and|while|which|who|saying)\\b|\\b(?:${alt(words.reportingVerbs)})\\b`, 'gi');

/** Text between a name or date and a trigger that cuts the link. `before`: the name stands before the trigger. */
export function cuts(gap: string, before: boolean): boolean {
  if (BREAK.test(gap) || SPEECH.test(gap)) return true;
  return before && CLAUSE_WORD.test(gap);
}

/** The word right before `at` (lower case), skipping one "the". */
export function wordBefore(text: string, at: number, floor: number): string | undefined {
  const m = /(\S+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(floor, at - 24), at));
  return m?.[1]?.toLowerCase();
}

export const isPreposition = (word: string | undefined): boolean => word !== undefined && PREPOSITION.has(word);

/** "were attacked", "have been struck": the subject is the target. */
export function isPassive(text: string, triggerStart: number, floor: number): boolean {
  const m = /(\S+)\s+(?:\S+ly\s+)?$/u.exec(text.slice(Math.max(floor, triggerStart - 30), triggerStart));
  return m !== null && BE.has(m[1]!.toLowerCase());
}

/** The trigger's clause (bounded by breaks and speech verbs) holds a future word: "could be announced at the summit in July". */
export function isFuture(text: string, from: number, to: number, s: { start: number; end: number }): boolean {
  const sentence = text.slice(s.start, s.end);
  let lo = 0;
  let hi = sentence.length;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(sentence); m; m = CLAUSE_EDGE.exec(sentence)) {
    const at = s.start + m.index;
    if (at + m[0].length <= from) lo = m.index + m[0].length;
    else if (at >= to) { hi = m.index; break; }
  }
  return FUTURE.test(sentence.slice(lo, hi));
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
