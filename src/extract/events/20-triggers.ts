// Pass 20: trigger words of each event type ("drone strike", "talks", "invasion"), read from triggers.json.
import { lexicons } from '../lexicon.js';
import type { EventType } from '../../../graph-schema/index.js';
import triggers from './triggers.json' with { type: 'json' };
import { matchesAt, wordStartCandidates } from '../word-starts.js';
import { wordBeforeSpace } from './clauses.js';

export interface Trigger {
  eventType: EventType;
  /** The trigger with the modifiers before it ("ballistic missile attack"). */
  start: number;
  end: number;
  /** Where the trigger word itself starts. */
  wordStart: number;
  /** The name the trigger gives: its noun for a verb ("invaded" → "invasion"), else the words as printed. */
  phrase: string;
  /** A verb ("invaded", "met"): its object follows directly. */
  verb: boolean;
  /** The parties before and after a verb that has its own ("hosted": host, visitor), else its type's. */
  roles?: [string, string];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const TYPE_OF = new Map<string, EventType>();
for (const [type, words] of Object.entries(triggers.types)) for (const w of words) TYPE_OF.set(w, type as EventType);
const ALTERNATION = [...TYPE_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** The exact test: a trigger word not inside a longer word. Tried only at candidate offsets (sticky). */
const TRIGGER = new RegExp(`(?<![\\p{L}-])(?:${ALTERNATION})(?![\\p{L}-])`, 'iuy');
const EVERYWHERE = new RegExp(TRIGGER.source, 'giu');
/**
 * Where TRIGGER may match, found fast (no look-behind, no u flag): a trigger word at an ASCII word boundary, or
 * right after a digit or underscore ("3attacks"), the other places a word may start. Case-insensitive without u,
 * the scan misses only letters that fold to ASCII under u (long s, Kelvin sign); text with them takes the slow path.
 */
const AT_BOUNDARY = new RegExp(`\\b(?:${ALTERNATION})`, 'gi');
const AFTER_DIGIT = /[\d_](?=[a-z])/gi;
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/** Matches of TRIGGER over the slice, as a global search with it would give them. */
function triggerMatches(slice: string): RegExpExecArray[] {
  if (FOLDS_TO_ASCII.test(slice)) {
    const out: RegExpExecArray[] = [];
    EVERYWHERE.lastIndex = 0;
    for (let m = EVERYWHERE.exec(slice); m; m = EVERYWHERE.exec(slice)) out.push(m);
    return out;
  }
  return matchesAt(slice, wordStartCandidates(slice, AT_BOUNDARY, AFTER_DIGIT), TRIGGER);
}

const MODIFIERS = new Set(triggers.modifiers);
const VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|did|not)\s+$/i;

export const ROLES = triggers.roles as Record<EventType, [string, string]>;
const VERB_ROLES = triggers.verbRoles as unknown as Record<string, [string, string]>;
const PLACE_PREPOSITIONS = new Set(triggers.placePrepositions);
const TYPE_PLACE_PREPOSITIONS = triggers.typePlacePrepositions as Partial<Record<EventType, string[]>>;
export const placePreposition = (type: EventType, word: string): boolean =>
  PLACE_PREPOSITIONS.has(word) || (TYPE_PLACE_PREPOSITIONS[type] ?? []).includes(word);
const NOUNS = triggers.nouns as Record<string, string>;
const NOT_AFTER = triggers.notAfter as Record<string, string[]>;
const NOT_BEFORE = triggers.notBefore as Record<string, string[]>;
const ADJECTIVES: ReadonlySet<string> = new Set(triggers.adjectives);
const NAMED_OBJECT_VERBS = new Set(triggers.namedObjectVerbs as string[]);
export const NAME_PREPOSITIONS = triggers.namePrepositions as Partial<Record<EventType, string>>;
export const OBJECT_PREPOSITIONS = triggers.verbObjectPrepositions as Record<string, string>;
const TOLLS: ReadonlySet<string> = new Set(triggers.tolls);
/** "were killed": a word that counts the dead, an event of its own only in a sentence that names no other violence. */
export const isToll = (text: string, t: Trigger): boolean => TOLLS.has(text.slice(t.wordStart, t.end).toLowerCase().replace(/\s+/g, ' '));
/** Trigger words as written in lower case: a sentence-initial "Talks" is lower-cased in a name. */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set(TYPE_OF.keys());

const COUNTED_DEAD = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|people|persons|person|soldiers|troops|civilians|men|women|children|others|protesters|victims|patients|migrants)\b)[^.;]{0,30}$/i;

/** A capitalized name within a few lower-case words after a capture: "Goma", "the northern town of X", "swathes of Iraq". */
export const CAPTURE_OBJECT = /^\s+(?:(?:the|a|an|large|vast|key|strategic|\p{Ll}+(?:ern|-held)|central|town|city|village|province|region|district|capital|border|swathes|parts|areas|much|most|control|of)\s+){0,5}\p{Lu}/u;
/** "Ramadi fell to", "the city of Mosul fell to": a place the gazetteer knows right before "fell to" (not "Inflation fell to"). */
function placeBefore(before: string): boolean {
  const m = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)\s+(?:(?:finally|eventually|quickly|later)\s+)?$/u.exec(before);
  return !!m && lexicons().places.has(m[1]!);
}

/** Every trigger in text[start, end), in text order. */
export function findTriggers(text: string, start = 0, end = text.length): Trigger[] {
  const out: Trigger[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const m of triggerMatches(slice)) {
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const eventType = TYPE_OF.get(word);
    if (!eventType) continue;
    const wordStart = start + m.index;
    const to = wordStart + m[0].length;
    // Verbs are named by their noun ("invaded" → "invasion") and take no modifiers.
    // "a cardiac arrest": a word before the trigger that makes it name something else.
    const before = wordBeforeSpace(text, Math.max(start, wordStart - 20), wordStart);
    if (before && NOT_AFTER[word]?.includes(text.slice(before.start, before.end).toLowerCase())) continue;
    // "Ousted President X fled": a participle heading its sentence describes the person after it.
    if (ADJECTIVES.has(word) && /^\p{Lu}/u.test(m[0])) continue;
    // "an explosion of anger", "stormed to victory", "a siege mentality": a word after it that makes it a figure.
    // "dismissed the claims", "hanged an effigy": the word after a determiner counts too.
    const after = /^\s+(?:(?:the|a|an|his|her|their|its|such)\s+)?([\p{L}]+)/iu.exec(text.slice(to, to + 40));
    if (after && NOT_BEFORE[word]?.includes(after[1]!.toLowerCase())) continue;
    // "49 soldiers had died", "one person died": deaths counted are a toll, not one person's death.
    if (eventType === 'death' && COUNTED_DEAD.test(text.slice(Math.max(start, wordStart - 50), wordStart))) continue;
    // "Rebels seized Goma", "took control of the town of X", "the fall of Palmyra": a capture names its place; not
    // "seized 300 kilograms", "seized his passport", "took control of the port operator", "fell to 3.1 percent".
    if (eventType === 'capture' && (word === 'fell to' ? !placeBefore(text.slice(Math.max(start, wordStart - 40), wordStart)) : !CAPTURE_OBJECT.test(text.slice(to, to + 60)))) continue;
    // "would meet President X", "meets with": not "meet the demands".
    // "meets NATO standards", "meet IMF targets": one capitalized word before a common noun is no one met.
    if (NAMED_OBJECT_VERBS.has(word) && !/^\s+(?:with\s|\p{Lu}[\p{L}.’'-]*\s+\p{Lu})/u.test(text.slice(to, to + 60))) continue;
    const noun = NOUNS[word];
    if (noun) {
      out.push({ eventType, start: wordStart, end: to, wordStart, phrase: noun, verb: true, ...(VERB_ROLES[word] ? { roles: VERB_ROLES[word] } : {}) });
      continue;
    }
    // "began to attack U.S. troops": a noun used as a verb takes its object directly.
    if (VERB_BEFORE.test(text.slice(Math.max(start, wordStart - 8), wordStart))) {
      out.push({ eventType, start: wordStart, end: to, wordStart, phrase: word, verb: true });
      continue;
    }
    // Up to two modifiers: "ballistic missile attack", "drone strike".
    let from = wordStart;
    for (let k = 0; k < 2; k++) {
      const before = wordBeforeSpace(text, Math.max(start, from - 30), from);
      if (!before || !MODIFIERS.has(text.slice(before.start, before.end).toLowerCase())) break;
      from = before.start;
    }
    out.push({ eventType, start: from, end: to, wordStart, phrase: text.slice(from, to).replace(/\s+/g, ' '), verb: false });
  }
  const sent = sendTriggers(slice, start);
  return withoutTriggersNamingTheNext(text, sent.length === 0 ? out : [...out, ...sent].sort((a, b) => a.start - b.start));
}

const words = (list: string[]): string => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** "Kenya will send 600 more police officers", "sent a second carrier": a sending verb before forces it sends. */
const SEND = new RegExp(`(?<![\\p{L}])(?:${words(triggers.sendVerbs)})\\s+(?:(?!(?:to|of|for|with|from|by|on|in|at|into)\\s)[\\p{L}\\p{N},.’'-]+\\s+){0,4}?(?:${words(triggers.sendObjects)})(?![\\p{L}])`, 'giu');

function sendTriggers(slice: string, offset: number): Trigger[] {
  const out: Trigger[] = [];
  SEND.lastIndex = 0;
  for (let m = SEND.exec(slice); m; m = SEND.exec(slice)) {
    // The trigger spans what is sent, so that "to Haiti" follows it.
    out.push({ eventType: 'deployment', start: offset + m.index, end: offset + m.index + m[0].length, wordStart: offset + m.index, phrase: 'deployment', verb: true });
  }
  return out;
}

const BETWEEN_VERB_AND_OBJECT = /^\s+(?:(?:a|an|the)\s+)?$/i;

/**
 * "the cease-fire deal", "agreed to a truce": one ceasefire, not an agreement beside it. The agreement's noun joins
 * the ceasefire's words; an agreeing verb before a ceasefire, or an order before the event it orders, gives no event
 * of its own.
 */
function withoutTriggersNamingTheNext(text: string, found: Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < found.length; i++) {
    const t = found[i]!;
    const next = found[i + 1];
    // "ordered a drone strike", "ordered the invasion": the order is the event it names.
    const names = (t.eventType === 'agreement' && next?.eventType === 'ceasefire') || (t.phrase === 'order' && !!next && next.eventType !== 'announcement');
    if (t.verb && names && BETWEEN_VERB_AND_OBJECT.test(text.slice(t.end, next!.start))) continue;
    const last = out[out.length - 1];
    if (t.eventType === 'agreement' && !t.verb && last?.eventType === 'ceasefire' && !last.verb && /^\s+$/.test(text.slice(last.end, t.start))) {
      out[out.length - 1] = { ...last, end: t.end, phrase: `${last.phrase} ${t.phrase}` };
      continue;
    }
    out.push(t);
  }
  return out;
}
