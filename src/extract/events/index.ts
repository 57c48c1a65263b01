// Events (meetings, strikes, invasions, …) from trigger words, with participants and their roles,
// a place from a nearby Place mention and the date normalised against the article date, tense-aware.
// Only sentences holding a trigger are read further, so the date regex runs on a few sentences per article.
import { eventFamily, type EventType } from '../../../graph-schema/index.js';
import type { Mention, Sentence } from '../types.js';
import { findDateExpressions, type DateExpression } from './10-dates.js';
import { findTriggers, isToll, ROLES, type Trigger } from './20-triggers.js';
import { addCandidates, attach, nationalityBefore, nationalityOf, type Context, type Participant } from './30-participants.js';
import { nameOf } from './40-names.js';
import { cuts, isFuture, modalityOf, partyClause, settlementOf, type Modality } from './clauses.js';
import { PLAIN_SPEECH_WORDS, TELLERS } from '../speech-verbs.js';
import { normalizeDate } from './normalize-date.js';
import { lastAtOrBefore } from '../quotes/00-text.js';
import { lexicons } from '../lexicon.js';

export { normalizeDate } from './normalize-date.js';

export interface EventFinding {
  eventType: EventType;
  name: string;
  start: number;
  end: number;
  sentence: number;
  date: string | null;
  dateText: string | null;
  participants: Participant[];
  place: number | null;
  /** Whether it happened, as the clause tells: occurred, planned, hypothetical or negated. */
  modality: Modality;
  /** Told in the headline or lead: with no date anywhere, the event is dated by the article (src/resolve/events.ts). */
  lead?: boolean;
  /** With no place of its own: the one country the story is about, where its events happened unless told otherwise. */
  storyPlace?: number;
  /** The pass that chose `place` when it was not the patterns (`event-places-learned/model`). */
  placeRule?: string;
  /** The patterns' place (or null) where that pass chose another: what merges reports of one event. */
  patternPlace?: number | null;
  /**
   * With no place of its own in a story whose country the text names only by its adjective or inside a body's name
   * ("Nepali Prime Minister …", "the Communist Party of Nepal"): that country's name (the roles pass's reading).
   */
  storyCountry?: string;
  /**
   * Countries named by their people's word right before a noun trigger ("Israeli airstrike", "Turkish drone strikes",
   * "U.S.-led offensive"), with the role the party before the trigger takes: resolve gives them the country's place.
   */
  countryParties?: Array<{ country: string; role: string }>;
  /**
   * With no date of its own, a happening told as past in a sentence that gives no time: the date of the last dated
   * event before it in the article, else the article's. It dates the event only when no report does (src/resolve/events.ts).
   */
  contextDate?: string;
  /** The pass that chose `date` when it was not the patterns' choice (`event-dates-learned/model`). */
  dateRule?: string;
  /** What the patterns gave, where that pass chose another date (for `--explain`). */
  patternDate?: { date: string | null; text: string | null };
  rule: string;
}

/** Verbs whose event happens to a person only: with no person among its parties the word means something else. */
const PERSON_EVENTS: ReadonlySet<string> = new Set(['death', 'shooting']);

/** The headline and lead sentences, whose undated events are the article's news. */
const LEAD_SENTENCES = 2;

/** A line of page furniture between a headline and the lead: "Updated August 25, 2018 00:11:29", "PUBLISHED : …". */
/** Not "President William Ruto has resigned.": a short line with lower-case words is furniture only with a date or a
 * furniture word. */
const isFurniture = (text: string): boolean => {
  const lower = text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower === 0 || (lower < 3 && (/\d/.test(text) || /^(?:By|Photo|Image|Share|Updated|Published|Posted|Read|Source|Listen|Watch)\b/.test(text.trim())));
};

/** How many sentences open the article as its headline and lead: the first two, past any furniture after the first. */
function leadLength(ranges: readonly { text: string }[]): number {
  let k = 1;
  while (k < ranges.length && k < 6 && isFurniture(ranges[k]!.text)) k++;
  return k + 1;
}
/** Events that are someone speaking: a briefing, an interview, an announcement. */
export const SPEAKING_EVENTS: ReadonlySet<EventType> = new Set<EventType>(['announcement', 'interview', 'briefing']);
const RELATIVE = /\b(?:later|earlier|before|after)\b/i;
/** How far (characters) a date may stand from its trigger. */
const DATE_REACH = 90;
/** A date right after a speech verb dates the speaking: "Ruiz denied Thursday that the meetings …". */
const SPOKEN = new RegExp(`\\b(?:${PLAIN_SPEECH_WORDS.join('|')})\\s+$`, 'i');
const ASIDE = /,\s+(?:who|which)\b[^,;]*,/g;
/** The longest text between a date and its trigger that is read at all (a relative clause inside it included). */
const MAX_GAP = 600;
/** "has been arrested three times", "has been detained repeatedly": a perfect of experience, not of news. */
const REPEATED = /^\s*(?:\p{L}+\s+){0,3}?(?:\w+\s+times|twice|repeatedly|before|since)\b/u;
/** "had told", "once told", "has long told", "frequently told": speaking of the past or of habit. */
const PAST_HABIT = /\b(?:had|once|often|frequently|repeatedly|long|previously|regularly|always|never)\s+(?:\p{L}+\s+)?$/u;
/** Words before a trigger, in its clause, that put it at another time than the story's: "who had fled", "which began". */
const BACKGROUND = /\b(?:had|who|which|since|once|previously|former|last\s+year|ago)\b[^,;]*$/iu;
/** A year anywhere in the sentence: its time is told, if not by a date near the trigger. */
const YEAR = /\b(?:19|20)\d\d\b/;
/** A present perfect right before a verb trigger: "has conceded", "have reportedly agreed", "has been sworn in". */
const PERFECT = /\b(?:has|have)\s+(?:been\s+)?$/iu;
/** "X, who has resigned twice, …": the perfect of a relative clause tells the person's past, not the news. */
const RELATIVE_CLAUSE = /\b(?:who|which|that)\s+(?:[\p{L}’'-]+\s+){0,2}(?:has|have)\s+(?:been\s+)?$/iu;

/** The date closest to the trigger in its sentence, unless another trigger, a new clause or a speech verb stands between. */
function nearestDate(text: string, dates: DateExpression[], t: Trigger, all: Trigger[]): DateExpression | null {
  // "The Pentagon announced on Friday", "X told reporters on Tuesday": for an announcement, an interview or a briefing
  // the speaking is the event.
  const spoken = !SPEAKING_EVENTS.has(t.eventType);
  let best: DateExpression | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    // The text between them, the trigger itself left out ("told reporters on Tuesday": " on ").
    const before = d.end <= t.start;
    const lo = before ? d.end : t.end;
    const hi = before ? t.start : d.start;
    // Far beyond reach even with a relative clause taken out: not read (a page with no full stops is one sentence).
    if (hi - lo > MAX_GAP) continue;
    // A relative clause between them does not count: "withdrew troops, who were commanded by …, in late 2011".
    const gap = hi > lo ? text.slice(lo, hi).replace(ASIDE, ' ') : '';
    const distance = before ? gap.length : gap.length * 1.2;
    if (distance >= DATE_REACH || distance >= bestDistance) continue;
    if (all.some((o) => o !== t && o.start >= lo && o.end <= hi)) continue;
    if (distance > 0 && cuts(gap, false)) continue;
    if (spoken && SPOKEN.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    best = d;
    bestDistance = distance;
  }
  return best;
}

/** A weekday or a day of the news ("yesterday", "last night"). */
const NEWS_DAY = /^(?:(?:on|early|late)\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|overnight|last\s+night|(?:earlier|later)\s+today)$/i;

/**
 * "A Turkish drone strike killed four members of the PKK in northern Iraq on Sunday": the one day a sentence names
 * dates its happenings, however far the trigger stands from it, unless the trigger is inside a quotation or the day
 * is the speaking's.
 */
function soleDay(text: string, dates: DateExpression[], t: Trigger): DateExpression | null {
  if (dates.length !== 1) return null;
  const d = dates[0]!;
  if (!NEWS_DAY.test(d.text) || insideQuotation(text, t.start)) return null;
  // "X denied Thursday that the meetings are a negotiation to withdraw": a day right after a speech verb dates the
  // speaking, not what is spoken of.
  if (!SPEAKING_EVENTS.has(t.eventType) && SPOKEN.test(text.slice(Math.max(0, d.start - 12), d.start))) return null;
  return d;
}

/** What may stand before a date that opens its sentence: "But in December, …", "And on Monday, …". */
const OPENER = /^[\s“"]*(?:(?:but|and|then|also|meanwhile)\s+)?$/iu;

/**
 * "In December, the ministry said three soldiers died in a PKK attack": a date that opens its sentence, set off by a
 * comma, dates the happenings the sentence tells, however far the trigger stands from it (the sentence's one date,
 * and not of a trigger inside a quotation).
 */
function frontedDate(text: string, dates: DateExpression[], s: Sentence, t: Trigger): DateExpression | null {
  if (dates.length !== 1) return null;
  const d = dates[0]!;
  if (d.end > t.start || !OPENER.test(text.slice(s.start, d.start)) || !/^\s*,/.test(text.slice(d.end, d.end + 3))) return null;
  return insideQuotation(text, t.start) ? null : d;
}

/** For "the country": the country named last before `at` whose name is not in `not`. */
function lastCountry(mentions: Mention[]): Context['lastCountry'] {
  return (at, not) => {
    const taken = new Set([...not].map((j) => nameKey(mentions[j]!)));
    let best: number | null = null;
    for (let j = 0; j < mentions.length && mentions[j]!.start < at; j++) {
      const m = mentions[j]!;
      if (m.type === 'Place' && lexicons().countries.has(m.canonical ?? m.text) && !taken.has(nameKey(m))) best = j;
    }
    return best;
  };
}

const nameKey = (m: Mention): string => (m.canonical ?? m.text).toLowerCase();

/** For "an Israeli strike": the article's first mention of a place by its name, looked up in a map built once. */
function firstPlace(mentions: Mention[]): Context['firstPlace'] {
  let first: Map<string, number> | null = null;
  return (name) => {
    if (!first) {
      first = new Map();
      mentions.forEach((m, j) => { if (m.type === 'Place' && !first!.has(m.canonical ?? m.text)) first!.set(m.canonical ?? m.text, j); });
    }
    return first.get(name) ?? -1;
  };
}

const SPEECH_IN_GAP = new RegExp(`\\b(?:${PLAIN_SPEECH_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** Events the lead tells that happened where the story was filed: a meeting, talks, a briefing in the dateline's city. */
const AT_DATELINE = new Set<EventType>(['meeting', 'talks', 'visit', 'interview', 'briefing', 'announcement', 'agreement']);
/** Events held in the country that takes part: "Iraqi elections", "Slovakia's election", a parliament's vote. */
const IN_ITS_COUNTRY = new Set<EventType>(['election', 'vote', 'protest']);
const isCountry = (m: Mention): boolean => m.type === 'Place' && lexicons().countries.has(m.canonical ?? m.text);

/** The person the sentences before `at` (up to 400 characters back) open with, the nearest first: a pronoun's referent. */
function personBefore(ctx: Context, at: number): number | null {
  for (let j = lastAtOrBefore(ctx.mentions, at - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < at - 400) break;
    if (m.type !== 'Person' || m.start >= at || /^['’]s?\b/u.test(ctx.text.slice(m.end, m.end + 2))) continue;
    // The first person of its sentence: nothing but capitalised words and titles before it since the last full stop.
    const lead = ctx.text.slice(Math.max(0, m.start - 120), m.start);
    const since = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1);
    if (/^[\s\p{Lu}][\p{L}.’'\s-]*$/u.test(since) || since.trim() === '') return j;
  }
  return null;
}

/**
 * A sentence that tells of one event only: the people and organizations it names outside quotation marks are named
 * in its report ("Davis led the PLP to a convincing victory in Thursday's general election, reversing the drubbing
 * the party suffered at the hands of the FNM" names both parties in the election). Countries are left out: a
 * sentence names them as places and backdrops more often than as parties. Marked `named`: shown as parties with
 * that role, never evidence that two reports tell one event.
 */
function sentenceParties(text: string, mentions: Mention[], s: Sentence, inSentence: number[], drafts: Draft[]): void {
  const clauses = drafts.map((d) => partyClause(text, s, d.start, d.end));
  for (const j of inSentence) {
    const m = mentions[j]!;
    if (m.type === 'Place' || drafts.some((d) => d.place === j || d.participants.some((p) => p.mention === j))) continue;
    if (insideQuotation(text, m.start) || !takesPart(text, m)) continue;
    // Only in the event's own clause: "Sunday's election was the first since X left office" names no X in it. With
    // several events in the sentence, the name goes to the nearest one whose clause holds it.
    let best: Draft | null = null;
    let distance = Infinity;
    for (let k = 0; k < drafts.length; k++) {
      const d = drafts[k]!;
      const [from, to] = clauses[k]!;
      if (m.start < from || m.end > to) continue;
      const gap = m.end <= d.start ? d.start - m.end : m.start >= d.end ? m.start - d.end : 0;
      if (gap < distance) { best = d; distance = gap; }
    }
    best?.participants.push({ mention: j, role: 'named', named: true });
  }
}

/** "X claimed responsibility", "X has claimed credit": the claim; "claimed by X": the claimant after it. */
const CLAIM = /\b(?:(?:has|have|had|later|quickly|swiftly)\s+)?(?:claimed|claims|claiming)\s+(?:(?:the\s+)?responsibility|credit)\b/giu;
const CLAIMED_BY = /\bclaimed\s+by\s+(?:the\s+)?$/iu;

/**
 * "the weekend blast, for which the Islamic State claimed responsibility", "X claimed responsibility for the
 * attack", "the bombing, claimed by X": the claimant carried out the violent event of its sentence (the nearest one
 * after the claim, else before it).
 */
function claimants(text: string, mentions: Mention[], s: Sentence, inSentence: number[], drafts: Draft[]): void {
  const violent = drafts.filter((d) => eventFamily(d.eventType) === 'violence');
  if (violent.length === 0) return;
  const sentence = text.slice(s.start, s.end);
  const claims: { at: number; claimant: number }[] = [];
  CLAIM.lastIndex = 0;
  for (let m = CLAIM.exec(sentence); m; m = CLAIM.exec(sentence)) {
    const at = s.start + m.index;
    let j: number | undefined;
    for (let n = inSentence.length - 1; n >= 0 && j === undefined; n--) if (mentions[inSentence[n]!]!.end <= at) j = inSentence[n];
    if (j !== undefined && mentions[j]!.type !== 'Place' && /^\s*$/u.test(text.slice(mentions[j]!.end, at))) claims.push({ at, claimant: j });
  }
  for (const j of inSentence) if (mentions[j]!.type !== 'Place' && CLAIMED_BY.test(text.slice(Math.max(s.start, mentions[j]!.start - 20), mentions[j]!.start))) claims.push({ at: mentions[j]!.start, claimant: j });
  for (const { at, claimant } of claims) {
    const after = violent.filter((d) => d.start >= at).sort((a, b) => a.start - b.start)[0];
    const before = violent.filter((d) => d.start < at).sort((a, b) => b.start - a.start)[0];
    const d = after ?? before!;
    const role = (ROLES[d.eventType] ?? ['attacker'])[0] || 'attacker';
    const seen = d.participants.find((p) => p.mention === claimant);
    if (seen) { if (seen.named) { seen.role = role; delete seen.named; } continue; }
    d.participants.push({ mention: claimant, role });
    d.parties.add(nameKey(mentions[claimant]!));
  }
}

/** Inside a quotation: after an opening curly mark not yet closed, or after an odd number of straight marks in the
 * paragraph (a quotation may run over several sentences). */
function insideQuotation(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  const close = text.lastIndexOf('”', at);
  if (open > close) return true;
  const para = text.lastIndexOf('\n', at) + 1;
  return ((text.slice(para, at).match(/"/gu) ?? []).length % 2) === 1;
}

/** Who only tells of the event: "X said", "X explained", "told Reuters", "according to SANA", "reported by X". */
const TELLS_AFTER = new RegExp(`^(?:\\s*,[^,]{1,80},)?\\s+(?:has\\s+|had\\s+)?(?:${TELLERS.join('|')})\\b`, 'u');
const TOLD_BEFORE = /(?:\b(?:told|tells|telling|(?:speaking|spoke|talking)\s+to|according\s+to(?:\s+(?:a|an|the)\s+[\p{Ll}-]+\s+(?:by|from|of))?|(?:quoted|cited|reported|announced)\s+by|per|quoting|citing)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3})$/u;

/**
 * A name that takes part, not one that only tells of the event, owns another noun ("X's assistant"), is an outlet,
 * or is the complement of a kin or role noun ("the brother of X", "a former adviser to X").
 */
function takesPart(text: string, m: Mention): boolean {
  const lex = lexicons();
  if (/^['’]s?\b/u.test(text.slice(m.end, m.end + 2))) return false;
  if (m.type === 'Organization' && (/outlet|media|platform|agency/u.test(m.rule) || lex.photoAgencies.has(m.canonical ?? m.text))) return false;
  const noun = /\b(\p{Ll}+)\s+(?:of|to|for)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (noun && (lex.kinNouns.has(noun) || lex.roleNouns.has(noun))) return false;
  return !TELLS_AFTER.test(text.slice(m.end, m.end + 100)) && !TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/** Talking events take part of their sentence's subject: "Araghchi said in a phone call with Tajani …". */
const SUBJECT_TAKES_PART = new Set<EventType>(['meeting', 'talks', 'visit', 'call', 'interview', 'briefing', 'announcement']);

/**
 * The sentence's first person or organization, not a possessor, not inside a quotation, joins the event, unless
 * it only reports it: "X said in a phone call with Y" joins, "X said the talks with Y would resume" does not.
 */
function addSubject(ctx: Context, s: Sentence, t: Trigger, inSentence: number[], participants: Participant[]): void {
  // "He welcomed X …", "He and Horvat met …": a sentence opened by he or she goes on about the person a recent
  // sentence opened with.
  // "According to a press release, he met with X": he or she right before a verb trigger, after a comma, too.
  // "When Maria Lopez arrived, she met …": a person named earlier in the sentence is the pronoun's referent already.
  const pronounSubject = t.verb && /(?:^|[,;]\s*)(?:he|she)\s+(?:\p{Ll}+ly\s+)?$/iu.test(ctx.text.slice(s.start, t.start))
    && !inSentence.some((j) => ctx.mentions[j]!.type === 'Person' && ctx.mentions[j]!.end <= t.start);
  if (/^\s*(?:He|She)\s/u.test(ctx.text.slice(s.start, s.start + 5)) || pronounSubject) {
    const j = personBefore(ctx, s.start);
    if (j !== null && !participants.some((p) => p.mention === j)) participants.push({ mention: j, role: 'participant' });
    return;
  }
  for (const j of inSentence) {
    const m = ctx.mentions[j]!;
    if (m.type === 'Place') continue;
    if (m.start > t.start || /^['’]s?\b/u.test(ctx.text.slice(m.end, m.end + 2)) || /[“"]/u.test(ctx.text.slice(s.start, m.start))) return;
    const speech = SPEECH_IN_GAP.exec(ctx.text.slice(m.end, t.start));
    const afterVerb = speech ? m.end + speech.index + speech[0].length : t.start;
    const rest = ctx.text.slice(afterVerb, t.start);
    // "Ruiz told her counterpart Ivo Horvat during a meeting", "the envoy warned Iraqi leaders during a surprise
    // visit": the speaking happened at the event when the verb's object ends in a preposition before it.
    const atOnce = /^\s+(?:in|during|at|on|after|before|via|by)\s/iu.test(rest);
    const during = !!speech && !atOnce && SPOKEN_AT.test(rest) && !CLAUSE_WORD.test(rest);
    // "X told a weekly news conference", "X addressed the annual summit": the event is what the verb's object names.
    const object = !!speech && /\b(?:told|tells|addressed|addresses)\s*$/iu.test(speech[0]) && OBJECT_EVENT.test(rest);
    if (speech && !atOnce && !during && !object) return;
    if (!participants.some((p) => p.mention === j)) participants.push({ mention: j, role: 'participant' });
    if (during) {
      for (const k of inSentence) {
        const o = ctx.mentions[k]!;
        // The one spoken to, a person: "told Fox News during a visit" makes no outlet a party to the visit.
        if (o.start >= afterVerb && o.end <= t.start && o.type === 'Person' && !participants.some((p) => p.mention === k)) participants.push({ mention: k, role: 'participant' });
      }
    }
    return;
  }
}

/** A determiner and at most two lower-case words: the speech verb's object is the event itself ("told a weekly"). */
const OBJECT_EVENT = /^\s*(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** The words after a speech verb's object that put the speaking at the event: "… during a", "… at the annual". */
const SPOKEN_AT = /\s(?:in|during|at|on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A clause between the speech verb and the event: "said the talks would resume", "told them that a meeting". */
const CLAUSE_WORD = /\b(?:that|who|which|would|will|could|should|had|has|have|was|were|is|are)\b|[,;:“"]/iu;

const PLACE_WORD = /(?:^|\s)(?:in|at|near|outside|inside)\s+(?:the\s+)?$/iu;

/**
 * Where an event with no place of its own happened: a target that is a place ("strikes on Iraq"), else the one place
 * the sentence puts something "in", "at" or "near" after the trigger's clause starts, when there is just one.
 */
function sentencePlace(text: string, mentions: Mention[], inSentence: number[], t: Trigger, participants: Participant[]): number | null {
  const target = participants.find((p) => mentions[p.mention]!.type === 'Place' && p.role === 'target');
  if (target) return target.mention;
  const places = inSentence.filter((j) => {
    const m = mentions[j]!;
    if (m.type !== 'Place' || m.start <= t.start - 80) return false;
    if (PLACE_WORD.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
    // "in the northern city of Lviv", only in the trigger's own clause: not "Speaking in the capital Kyiv, X condemned
    // the attack", nor "X, who was born in the village of Qana, was killed in a strike".
    const between = m.start < t.start ? text.slice(m.end, t.start) : text.slice(t.end, m.start);
    return settlementOf(text, m.start, 0) !== null && !/[,;]|\b(?:who|which|whose|that)\b/u.test(between);
  });
  return places.length === 1 ? places[0]! : null;
}

/**
 * The country a story is about: the only country it names by name, named twice or in its lead ("Peru's Congress
 * impeached Castillo … Boluarte will be sworn in"). A story that names two countries has none.
 */
function storyCountry(mentions: Mention[]): number | null {
  const lex = lexicons();
  let first: number | null = null;
  let name: string | null = null;
  let times = 0;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j]!;
    // "U.S.-owned", "Iran-backed": a country inside a compound word is no sign of where the story is.
    if (m.type !== 'Place' || m.rule.includes('dateline') || m.rule.includes('hyphenated')) continue;
    const n = m.canonical ?? m.text;
    if (!lex.countries.has(n)) continue;
    if (name === null) { name = n; first = j; }
    else if (n !== name) return null;
    times++;
  }
  if (first === null) return null;
  return times >= 2 || mentions[first]!.sentence <= LEAD_SENTENCES ? first : null;
}

/**
 * The first mention of the article's home country (the roles pass's reading, `homeCountries`: its dateline's, or the
 * one it names most, ahead of the others), for a story that names other countries too: "the July 28 presidential
 * election" in a story on Venezuela that names Colombia and the United States as well.
 */
function homeMention(mentions: Mention[], home: string | null): number | null {
  if (home === null) return null;
  const j = mentions.findIndex((m) => m.type === 'Place' && !m.rule.includes('dateline') && !m.rule.includes('hyphenated') && (m.canonical ?? m.text) === home);
  return j >= 0 ? j : null;
}

/** "… abroad", "in exile": words that put an event outside the story's country. */
const ABROAD = /\b(?:abroad|in\s+exile|overseas)\b/iu;

/** The sentence names a country other than `home`, by a place's name or a capitalized adjective, or says "abroad". */
function otherCountryIn(text: string, s: Sentence, mentions: Mention[], inSentence: number[], homeName: string): boolean {
  const lex = lexicons();
  if (ABROAD.test(text.slice(s.start, s.end))) return true;
  for (const j of inSentence) {
    const m = mentions[j]!;
    if (m.type !== 'Place') continue;
    const name = m.canonical ?? m.text;
    const country = lex.countries.has(name) ? name : lex.places.get(name)?.country;
    if (country && country !== homeName) return true;
  }
  for (const w of text.slice(s.start, s.end).matchAll(/\b\p{Lu}[\p{L}-]+/gu)) {
    const c = lex.countryOf.get(w[0]);
    if (c && c.name !== homeName && !inSentence.some((j) => mentions[j]!.start <= s.start + w.index! && s.start + w.index! < mentions[j]!.end && mentions[j]!.type !== 'Place')) return true;
  }
  return false;
}

/** Roles of a party that comes from elsewhere: the attacker's or the visitor's country is not where it happened. */
const FROM_ABROAD = new Set(['attacker', 'visitor']);
/**
 * Events often held away from the story's country: its leaders meet and visit abroad ("Iraqi Prime Minister Ana Ruiz met
 * President Ivo Horvat"), its forces strike abroad ("its military killed X in an airstrike"). Talks, calls, interviews
 * and briefings whose sentence names no other country are the story country's ("Greece's prime minister said in a press
 * conference"): over 414 real batches they were there four times in five.
 */
const AWAY = new Set<EventType>(['meeting', 'visit', 'attack', 'strike', 'killing', 'war']);
/** Events that move forces somewhere else: the sender's country is not the place. */
const MOVING_FORCES = new Set<EventType>(['deployment', 'withdrawal', 'redeployment', 'invasion']);

/** "A U.S.-led airstrike campaign targeted the Houthis" in a story that names the US alone: not in the US. */
function actsFromAbroad(mentions: Mention[], finding: EventFinding, country: string): boolean {
  const name = country.toLowerCase();
  return finding.participants.some((p) => !p.named && nameKey(mentions[p.mention]!) === name && (FROM_ABROAD.has(p.role) || MOVING_FORCES.has(finding.eventType)));
}

interface Draft extends EventFinding {
  /** Distinct names of participants and place. */
  parties: Set<string>;
  /** Dated only by the sentence's one day, not by a date near its trigger. */
  farDated: boolean;
}

/** Two triggers of one type in a sentence are one event ("after meeting with Hakimi during a visit to Baghdad"). */
function mergeDraft(into: Draft, d: Draft): void {
  for (const p of d.participants) if (!into.participants.some((q) => q.mention === p.mention)) into.participants.push(p);
  into.place ??= d.place;
  if ((into.date === null || into.farDated) && d.date !== null && !d.farDated) { into.date = d.date; into.dateText = d.dateText; into.farDated = false; }
  else if (into.date === null && d.date !== null) { into.date = d.date; into.dateText = d.dateText; into.farDated = d.farDated; }
  if (d.name.length > into.name.length) into.name = d.name;
  for (const p of d.parties) into.parties.add(p);
  for (const c of d.countryParties ?? []) if (!into.countryParties?.some((x) => x.country === c.country)) into.countryParties = [...into.countryParties ?? [], c];
}

export function findEvents(text: string, sentences: Sentence[], mentions: Mention[], articleDate: string | null, home: string | null = null): EventFinding[] {
  const out: EventFinding[] = [];
  const all = findTriggers(text);
  if (all.length === 0) return out;
  const ranges = sentences.length > 0 ? sentences : [{ start: 0, end: text.length, text }];
  const ctx: Context = { text, mentions, lastCountry: lastCountry(mentions), firstPlace: firstPlace(mentions) };
  // "AMMAN, Jordan (AP) —": where the story was filed.
  const datelineAt = mentions.findIndex((m) => m.type === 'Place' && m.rule.includes('dateline'));
  const dateline = datelineAt >= 0 ? datelineAt : null;
  let lastDated: string | null = null;
  const story = storyCountry(mentions) ?? homeMention(mentions, home);
  const lead = leadLength(ranges);
  let ti = 0;
  let mi = 0;
  for (let si = 0; si < ranges.length && ti < all.length; si++) {
    const s = ranges[si]!;
    const triggers: Trigger[] = [];
    while (ti < all.length && all[ti]!.wordStart < s.end) {
      if (all[ti]!.wordStart >= s.start) triggers.push(all[ti]!);
      ti++;
    }
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    // "Two soldiers were killed in the attack": a toll tells of the violent event its sentence names, not of another.
    const tolls = triggers.filter((t) => isToll(text, t));
    if (tolls.length > 0 && triggers.some((t) => !tolls.includes(t) && eventFamily(t.eventType) === 'violence')) {
      for (const t of tolls) triggers.splice(triggers.indexOf(t), 1);
    }
    if (triggers.length === 0) continue;
    const inSentence: number[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) inSentence.push(j);
    const dates = findDateExpressions(text, s.start, s.end);
    const drafts = new Map<EventType, Draft>();
    for (const t of triggers) {
      // Inside a mention ("Conflict Resolution … Program") a trigger word names something else.
      if (inSentence.some((j) => mentions[j]!.start <= t.wordStart && t.wordStart < mentions[j]!.end)) continue;
      const near = nearestDate(text, dates, t, triggers);
      // (Not a happening ahead: "pressing to begin the talks, and raised the matter in a meeting on Monday".)
      const d = near ?? (isFuture(text, t.start, t.end, s) ? null : soleDay(text, dates, t) ?? frontedDate(text, dates, s, t));
      const future = isFuture(text, Math.min(t.start, d?.start ?? t.start), Math.max(t.end, d?.end ?? t.end), s);
      // "X has conceded defeat" in the lead, with no date: news of the article's days, so its month (often the day before).
      const recent = !d && t.verb && !future && articleDate !== null && articleDate.length >= 7 && PERFECT.test(text.slice(Math.max(s.start, t.start - 30), t.start))
        && !RELATIVE_CLAUSE.test(text.slice(Math.max(s.start, t.start - 60), t.start)) && !REPEATED.test(text.slice(t.end, Math.min(s.end, t.end + 60)));
      const { participants, place: attached, object, nameStart } = attach(ctx, t, s, inSentence, triggers);
      if (participants.length <= 1 && SUBJECT_TAKES_PART.has(t.eventType)) addSubject(ctx, s, t, inSentence, participants);
      if (t.eventType === 'election') addCandidates(ctx, t, inSentence, participants);
      // "X told reporters", "X said in an interview" with no date: the speaking the article reports, on its day.
      // Not "X had told reporters before the vote", "X once told reporters", "X, who announced his candidacy, …".
      const before = text.slice(Math.max(s.start, t.start - 40), t.start);
      const speaking = !d && !future && SPEAKING_EVENTS.has(t.eventType) && articleDate !== null && participants.length > 0
        && !PAST_HABIT.test(before) && !/\b(?:who|which)\s+(?:\p{L}+\s+){0,2}$/u.test(before);
      const date = d ? normalizeDate(d.text, RELATIVE.test(d.text) ? lastDated ?? articleDate : articleDate, future) : recent || speaking ? articleDate : null;
      // "X died", "X was shot": a person's death or shooting; "the ceasefire died", "the film was shot in Jordan" (no
      // person in the sentence) are none.
      if (t.verb && PERSON_EVENTS.has(t.phrase) && !inSentence.some((j) => mentions[j]!.type === 'Person')) continue;
      const place = attached ?? sentencePlace(text, mentions, inSentence, t, participants)
        ?? (si < lead && AT_DATELINE.has(t.eventType) ? dateline : null)
        ?? (IN_ITS_COUNTRY.has(t.eventType) ? participants.find((p) => isCountry(mentions[p.mention]!))?.mention ?? null : null);
      const parties = new Set<string>();
      for (const p of participants) parties.add(nameKey(mentions[p.mention]!));
      if (place !== null) parties.add(nameKey(mentions[place]!));
      const draft: Draft = {
        eventType: t.eventType, name: nameOf(t, text.slice(nameStart, t.start), object, mentions, date), start: t.start, end: t.end,
        sentence: sentences.length > 0 ? si : -1, date, dateText: d?.text ?? null, participants, place,
        modality: modalityOf(text, t, s, future),
        rule: `events/trigger-${t.eventType}`, parties, farDated: !near && !!d,
      };
      // "The deployment of Turkish troops": the forces' country takes part in their movement.
      const national = t.verb ? null : nationalityBefore(text, Math.max(s.start, t.start - 40), t.start)
        ?? (eventFamily(t.eventType) === 'forces' ? nationalityOf(text, t.end, Math.min(s.end, t.end + 60)) : null);
      if (national) draft.countryParties = [{ country: national, role: (t.roles ?? ROLES[t.eventType])[0] || 'participant' }];
      const seen = drafts.get(t.eventType);
      if (seen) mergeDraft(seen, draft);
      else drafts.set(t.eventType, draft);
    }
    claimants(text, mentions, s, inSentence, [...drafts.values()]);
    sentenceParties(text, mentions, s, inSentence, [...drafts.values()]);
    for (const { parties, farDated, ...finding } of drafts.values()) {
      // A bare "talks" or "attack" says nothing the graph can hold: an event needs a date of its own or a named party or
      // place (the sentence's one day, far from the trigger, dates an event but does not make one).
      if ((finding.date === null || farDated) && parties.size < 1) continue;
      if (si < lead) finding.lead = true;
      // The story's country is not the place of an event whose sentence names another country, by name or adjective,
      // or says it happened abroad. A story whose country has no mention of its own (named by adjective alone) gives
      // the country by its name.
      const country = story !== null ? mentions[story]!.canonical ?? mentions[story]!.text : home;
      if (finding.place === null && country !== null && !actsFromAbroad(mentions, finding, country) && !AWAY.has(finding.eventType)
        && !otherCountryIn(text, s, mentions, inSentence, country)) {
        if (story !== null) finding.storyPlace = story;
        else finding.storyCountry = country;
      }
      if (finding.date) lastDated = finding.date;
      // "Police stormed the camp." with no date words, in a sentence that tells no other time either: the time the
      // story last gave (the last dated event before it), else the article's date. Not background ("who had fled",
      // "which began", "since", "last year"): that happened at some other time.
      else if (finding.modality === 'occurred' && dates.length === 0 && !YEAR.test(s.text) && !BACKGROUND.test(text.slice(Math.max(s.start, finding.start - 60), finding.start))) {
        const told = lastDated ?? articleDate;
        if (told !== null) finding.contextDate = told;
      }
      out.push(finding);
    }
  }
  return out;
}
