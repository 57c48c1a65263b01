// Pass 30: who took part in an event and where it happened, from the names near its trigger in the sentence.
// "Iran on January 8 launched a missile attack on al-Asad air base" → Iran attacker, al-Asad air base target and place.
import type { Mention, Sentence } from '../types.js';
import { CLAUSE_WORD, COUNTRY_PHRASE, cuts, hasEventVerb, isHit, isLinked, isPassive, opensWithBe, isCandidateAfter, isCandidateBefore, isPreposition, settlementOf, withoutFillers, wordBefore, wordCount } from './clauses.js';
import { CAPTURE_OBJECT, OBJECT_PREPOSITIONS, placePreposition, ROLES, type Trigger } from './20-triggers.js';
import { lexicons } from '../lexicon.js';

export interface Participant {
  mention: number;
  role: string;
  /** Named in the sentence that reports the event and tied to it by no pattern (role `named`, from
   * `sentenceParties`): shown as a party, never evidence that two reports tell one event. */
  named?: true;
  /** Taken by the learned participants pass (src/extract/event-participants-learned.ts): shown as a party, never
   * evidence that two reports tell one event. */
  learned?: true;
}

export interface Attachment {
  participants: Participant[];
  /** Mention index of the place. */
  place: number | null;
  /** The name's object: the place or target right after the trigger, with the word that joins it ("near the"). */
  object: { mention: number; joiner: string } | null;
  /** Where names printed right before the trigger start ("US-Iraq dialogue"), else the trigger's start. */
  nameStart: number;
}

export interface Context {
  text: string;
  mentions: Mention[];
  /** Mention index of the country named last before `at`, for "the country". */
  lastCountry(at: number, not: Set<number>): number | null;
  /** Mention index of the article's first mention of the place with this name, or -1. */
  firstPlace(name: string): number;
}

/** How far (characters) a name may stand from its trigger. */
const REACH = 60;
/** Event types whose participants may be countries and cities (as governments): "Iran attacked", "talks between Hanoi and Manila". */
const STATE_ACTORS = new Set(['attack', 'strike', 'killing', 'invasion', 'talks', 'call', 'war', 'withdrawal', 'deployment', 'redeployment', 'election', 'vote', 'resolution', 'agreement', 'announcement', 'ceasefire']);
const POSSESSIVE = /^['’]s\b/;
/** A gap ending in a preposition and perhaps "the", with at most one word before: the place joins the name
 * ("strike near the Baghdad airport", "withdraw forces from Iraq" → "withdrawal from Iraq"). */
const ADJACENT = /^\s*(?:\S+\s+)??((\S+)\s+(?:the\s+)?)$/u;
/** Between a name and the trigger it modifies: "US-Iraq dialogue", "Hamas’s attack", "this month’s Iraqi elections". */
const MODIFYING = /^(?:\s|-|-[\p{Lu}][\p{L}.]*\s|['’]s\s(?:[\p{Lu}\d][\p{L}\d.]*\s){0,3})$/u;

/** A title of capitalized words after a verb, perhaps after "visiting" or "with": " visiting Acting US Assistant Secretary
 * of State for Near Eastern Affairs ". */
const LONG_TITLE_GAP = /^\s*(?:(?:with|visiting|the|his|her|their|its)\s+){0,2}(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for|and|the|on)\s+){1,14}$/u;

/** ", and Turkish President ", " and ": what joins a second party to the first, titles allowed. */
const COORDINATED = /^\s*,?\s*and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;

export function attach(ctx: Context, t: Trigger, s: Sentence, inSentence: number[], triggers: Trigger[]): Attachment {
  const { text, mentions } = ctx;
  // "X, 52, a former lawmaker, was shot dead": a trigger that opens with a form of "be" is passive itself.
  const passive = t.verb && (isPassive(text, t.start, s.start) || opensWithBe(text.slice(t.start, t.end)));
  const [beforeRole, afterRole] = t.roles ?? ROLES[t.eventType];
  const participants: Participant[] = [];
  let place: number | null = null;
  let object: Attachment['object'] = null;
  let nameStart = t.start;
  // End of the last party after the trigger: "met Luis Prado in Madrid" names "meeting in Madrid".
  let partyEnd = t.end;
  // Another event's trigger between a name and this one takes the name; an announcement ("X's decision to order the
  // strike") does not stand in the way.
  const between = (lo: number, hi: number) => triggers.some((o) => o !== t && o.eventType !== 'announcement' && o.start >= lo && o.end <= hi);
  for (const j of inSentence) {
    const m = mentions[j]!;
    // A name among the trigger's modifiers: "US drone strike" (the actor), "Gaza war" (the place).
    if (m.start >= t.start && m.end <= t.end) {
      if (m.type === 'Place' && t.eventType === 'war') place ??= j;
      else if (beforeRole) participants.push({ mention: j, role: t.eventType === 'meeting' ? 'host' : beforeRole });
      continue;
    }
    const after = m.start >= t.end;
    const gap = after ? text.slice(t.end, m.start) : subjectGap(text, s.start, m, t.start);
    // "Lesotho's Prime Minister, Thomas Thabane, resigned", "Ana Ruiz, the prime minister, resigned": the subject set
    // off by commas acts.
    if (!after && t.verb && m.type === 'Person' && apposedSubject(text.slice(s.start, m.start), gap) && !between(m.end, t.start)) {
      const role = passive ? afterRole : beforeRole;
      if (role && !participants.some((p) => p.mention === j)) participants.push({ mention: j, role });
      continue;
    }
    // "met visiting Acting US Assistant Secretary of State for Near Eastern Affairs David Satterfield": a long title
    // before the name after the trigger is no distance.
    const titleGap = after && gap.length <= 2 * REACH && LONG_TITLE_GAP.test(gap);
    if ((gap.length > REACH && !titleGap) || cuts(gap, !after) || (after ? between(t.end, m.start) : between(m.end, t.start))) continue;
    // "Iran-backed militias", "U.S.-linked missions": a name inside a compound word takes no part.
    if (text[m.end] === '-' && !(MODIFYING.test(gap) && !after)) continue;
    // "an attack in the Western Ukrainian city of Lviv": the preposition before the settlement's noun places it.
    const settled = m.type === 'Place' && after ? settlementOf(text, m.start, Math.max(t.end, partyEnd)) : null;
    const prep = settled?.prep ?? wordBefore(text, m.start, s.start);
    const possessive = POSSESSIVE.test(text.slice(m.end, m.end + 3));
    if (after) {
      const core = withoutFillers(gap);
      if (m.type === 'Place' && prep && placePreposition(t.eventType, prep)) {
        const near = withoutFillers(text.slice(Math.max(t.end, partyEnd), settled?.start ?? m.start));
        if (place !== null || possessive || wordCount(near) > 4) continue;
        place = j;
        const adjacent = ADJACENT.exec(near);
        if (!object && adjacent && adjacent[2]!.toLowerCase() === prep) object = { mention: j, joiner: adjacent[1]!.trim() };
        // "invasion of Iraq", "attack on the base": the place is also the target.
        if (prep === 'of' || prep === 'on' || prep === 'against') participants.push({ mention: j, role: afterRole });
        continue;
      }
      // "recaptured the southwestern town of Rutba", "seized Goma": the place a capture takes is where it happened.
      if (m.type === 'Place' && t.eventType === 'capture' && place === null && CAPTURE_OBJECT.test(text.slice(t.end, m.end))) {
        place = j;
        continue;
      }
      // "visited Baghdad": a verb's place object.
      if (m.type === 'Place' && (t.eventType === 'meeting' || t.eventType === 'visit') && place === null && t.verb && gap.trim() === '') {
        place = j;
        continue;
      }
      if (m.type === 'Place' && !STATE_ACTORS.has(t.eventType)) continue;
      // "talks between Trump and Turkish President Erdogan": a name joined by "and" to the party before takes its part.
      const last = participants[participants.length - 1];
      if (last && partyEnd > t.end && COORDINATED.test(text.slice(partyEnd, m.start)) && !possessive) {
        if (!participants.some((p) => p.mention === j)) participants.push({ mention: j, role: last.role });
        partyEnd = m.end;
        continue;
      }
      if (possessive || gap.includes(',')) continue;
      // "met with Lebanese Army head Joseph Aoun": a person whose title names an organization takes its place.
      const titled = m.type === 'Person' && last ? titledBy(ctx, last.mention, m) : false;
      if (titled && last) { last.mention = j; partyEnd = m.end; continue; }
      // A verb's object follows it closely ("met Prime Minister Luis Prado", "met with caretaker Prime Minister X",
      // capitalized titles not counted); a noun's through a preposition ("talks with").
      if (t.verb ? (objectGap(core) ? lowerWordCount(core) > 3 : wordCount(core) > 3) : !isLinked(core)) continue;
      if (t.verb && !object && gap.trim() === '' && OBJECT_PREPOSITIONS[t.phrase]) object = { mention: j, joiner: '' };
      // "attacked … by militant groups": the agent of a passive verb.
      const role = (passive && prep === 'by') || (!t.verb && prep === 'by') ? beforeRole : isHit(core) ? afterRole || beforeRole : afterRole;
      if (role) participants.push({ mention: j, role });
      if (role) partyEnd = m.end;
      continue;
    }
    const modifying = MODIFYING.test(gap);
    if (modifying && !possessive && !t.verb) nameStart = Math.min(nameStart, m.start);
    if (m.type === 'Place' && !STATE_ACTORS.has(t.eventType)) continue;
    // A name in a prepositional phrase is not the subject: "presence in Iraq since it led a 2003 invasion".
    if (isPreposition(prep) && !modifying) continue;
    if (gap.includes(',')) continue;
    if (modifying) {
      // "the NATO summit": the organisation that holds it.
      if (!possessive && !t.verb && t.eventType === 'meeting') { participants.push({ mention: j, role: 'host' }); continue; }
    } else if (!t.verb && !hasEventVerb(gap)) {
      // The subject of a noun trigger does something to it: "Iran launched an attack", not "X said the talks".
      continue;
    }
    const role = passive ? afterRole : beforeRole;
    if (role) participants.push({ mention: actingCountry(ctx, j), role });
  }
  // "the invasion of the country": the country named last before it that is not a party already.
  if (place === null && (t.eventType === 'invasion' || t.eventType === 'withdrawal')) {
    const next = text.slice(t.end, t.end + 30);
    const joined = /^\s+(of|from)(?=\s+the\s+(?:country|nation)\b)/i.exec(next);
    const taken = new Set(participants.map((p) => p.mention));
    const country = joined || (t.verb && COUNTRY_PHRASE.test(next)) ? ctx.lastCountry(t.start, taken) : null;
    if (country !== null) {
      place = country;
      participants.push({ mention: country, role: afterRole });
      object = { mention: country, joiner: joined ? joined[1]!.toLowerCase() : '' };
    }
  }
  demonymParty(ctx, t, s, participants, beforeRole);
  return { participants, place, object, nameStart };
}

/** "(group), which controls much of northern Yemen,": a relative clause set off by commas, no other clause inside it,
 * perhaps after the subject's lower-case head noun. */
const RELATIVE = /^(?:\s+\p{Ll}+){0,2}\s*,\s+(?:which|who)\s[^,;:()“”"]{1,120},(?=\s)/u;

/**
 * The text between a name before the trigger and the trigger; for the sentence's subject ("The Houthi group, which
 * controls much of northern Yemen, has carried out repeated attacks"), without the relative clause that describes it.
 */
function subjectGap(text: string, sentenceStart: number, m: Mention, triggerStart: number): string {
  const gap = text.slice(m.end, triggerStart);
  const relative = RELATIVE.exec(gap);
  if (!relative || !/^\s*(?:the\s+)?$/iu.test(text.slice(sentenceStart, m.start))) return gap;
  // "X, who said that the mayor had fled, was assassinated": a clause of speech or another subordinate clause inside
  // it tells of something else.
  const body = relative[0].replace(/^[^,]*,\s+(?:which|who)\s/u, ' ').replace(/,$/u, '');
  if (cuts(body, true)) return gap;
  return gap.slice(relative[0].length);
}

/** How far (characters) an apposed subject may stand from the sentence's start or from its verb. */
const APPOSITION_REACH = 160;

/** A short phrase of words set off by commas, no clause in it: "the prime minister", "Lesotho's Prime Minister". */
const APPOSED = /^[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,6}$/u;

/**
 * The sentence opens with the person set off by an apposition before the verb: "Lesotho's Prime Minister, X, resigned"
 * (`lead` is the phrase and its comma, `gap` a comma), or "X, the prime minister, resigned" (`lead` empty, `gap` the phrase
 * between commas).
 */
function apposedSubject(lead: string, gap: string): boolean {
  // An apposition is a short phrase: a long stretch is no such sentence (and a page with no full stops, one sentence
  // of many kilobytes, must not be read again for every name).
  if (gap.length > APPOSITION_REACH || lead.length > APPOSITION_REACH) return false;
  const phrase = (words: string): boolean => APPOSED.test(words.trim()) && !CLAUSE_WORD.test(words) && !cuts(words, true);
  const opening = /^\s*([^,]*),\s*$/u.exec(lead);
  if (opening && /^\s*,\s*$/u.test(gap)) return phrase(opening[1]!);
  // "X, the 38-year-old mayor of Manta, Ecuador's third-largest city, was assassinated": an apposition may hold a
  // second one.
  const between = /^\s*,(.*),\s*(?:(?:was|were|is|are|has been|have been|had been)\s+)?$/u.exec(gap);
  const parts = between ? between[1]!.split(',') : [];
  return lead.trim() === '' && parts.length >= 1 && parts.length <= 2 && parts.every(phrase);
}

const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}.’'-]*/gu;
const lowerWordCount = (gap: string): number => gap.match(LOWER_WORD)?.length ?? 0;
/** "met with caretaker Prime Minister X" is the verb's object; "met reporters after Egyptian President X left", "met
 * Thursday as Israeli Prime Minister X warned": a subordinating word opens another clause. */
const objectGap = (gap: string): boolean => !CLAUSE_WORD.test(gap) && !/\b(?:and|but)\b/.test(gap);
const TITLE_GAP = /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+|\p{Ll}+\s+){1,3}$/u;

/** "Lebanese Army head Joseph Aoun": an organization, then a short title, then the person who holds it. */
function titledBy(ctx: Context, org: number, person: Mention): boolean {
  const m = ctx.mentions[org]!;
  if (m.type !== 'Organization' || m.end > person.start) return false;
  const gap = ctx.text.slice(m.end, person.start);
  // "met with Hamas and envoy X": a second party joined by "and" is no title of the first.
  if (!TITLE_GAP.test(gap) || /\band\b|,/.test(gap)) return false;
  const lastWord = gap.trim().split(/\s+/).pop()!.toLowerCase();
  return lexicons().roleNouns.has(lastWord) || lexicons().titles.has(gap.trim());
}

/** "Tehran launched an attack", "Bangkok agreed": a capital that acts is its country's government, when the article names the country. */
function actingCountry(ctx: Context, j: number): number {
  const m = ctx.mentions[j]!;
  if (m.type !== 'Place') return j;
  const country = lexicons().capitalOf.get(m.canonical ?? m.text);
  const k = country ? ctx.firstPlace(country.name) : -1;
  return k >= 0 ? k : j;
}

/**
 * "an Israeli strike", "the Iranian missile attack", "U.S.-led strikes": a nationality among the trigger's modifiers, or
 * right before them, names the country that acts, when the article names that country (a nationality alone makes no
 * entity).
 */
function demonymParty(ctx: Context, t: Trigger, s: Sentence, participants: Participant[], role: string): void {
  if (!role) return;
  const words = ctx.text.slice(Math.max(s.start, t.start - 24), t.wordStart).split(/[\s-]+/).filter(Boolean).slice(-3);
  for (const word of words) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const bare = word.replace(/[’']s$/u, '');
    const country = lexicons().adjectiveOf.get(bare);
    // "a Houthi missile", "a Houthi-fired missile": an armed group the article names, in the singular as an adjective.
    const j = country ? ctx.firstPlace(country.name) : groupNamedBy(ctx, bare);
    if (j >= 0 && !participants.some((p) => p.mention === j)) participants.push({ mention: j, role });
  }
}

/** The capitalized word that ends a text, with the part after its hyphen: "Israeli ", "U.S.-led ". */
const WORD_BEFORE = /(?<![\p{L}.’'-])(\p{Lu}[\p{L}.]*?)(?:-(\p{Ll}+))?\s+$/u;

/**
 * The country whose people's word stands right before a noun trigger and its modifiers ("Israeli airstrike", "U.S.-led
 * offensive"); not a word several countries share or a people's word ("Kurdish", "Palestinian"). Unlike `demonymParty`,
 * it needs no mention of the country in the article: resolve gives it the country's place wherever the graph has one.
 */
export function nationalityBefore(text: string, from: number, to: number): string | null {
  const m = WORD_BEFORE.exec(text.slice(from, to));
  if (!m) return null;
  if (m[2] && !lexicons().statePartEnds.has(m[2])) return null;
  return stateOfAdjective(m[1]!);
}

/** The one country a people's word names: not a word several countries share or a people's ("Kurdish", "Palestinian"). */
function stateOfAdjective(word: string): string | null {
  const lex = lexicons();
  const country = lex.adjectiveOf.get(word);
  if (!country || lex.sharedAdjectives.has(word) || lex.peopleWords.has(word)) return null;
  return country.name;
}

/** "of 300 Turkish troops", "of all remaining American forces": the nationality of the forces a noun trigger's "of" names. */
const OF_FORCES = /^\s+of\s+(?:(?:the|all|some|its|their)\s+)?(?:(?:[\d,]+|\p{Ll}+)\s+)?(?:(?:more|additional|remaining|last|foreign)\s+)?(\p{Lu}[\p{L}.]*)\s+(?:troops|forces|soldiers|military|personnel|warships|jets|fighter\s+jets|contingent|units)\b/u;

/**
 * "The deployment of Turkish troops to Bashiqa", "the withdrawal of some 2,500 American soldiers": the country whose
 * forces the trigger's "of" names, by its people's word (as `nationalityBefore`, not a word several countries share).
 */
export function nationalityOf(text: string, from: number, to: number): string | null {
  const m = OF_FORCES.exec(text.slice(from, to));
  return m ? stateOfAdjective(m[1]!) : null;
}

/** The article's first organization named by this word or its plural ("Houthi" → "Houthis"). */
function groupNamedBy(ctx: Context, word: string): number {
  return ctx.mentions.findIndex((m) => m.type === 'Organization' && (m.text === `${word}s` || (m.canonical ?? '') === `${word}s`));
}

/**
 * "Jubaland has re-elected Ahmed Madoobe … in a contentious election", "Irina Vlakh has been elected …": a person or a
 * party right next to a word of winning or standing (three words at most, no other name between) in an election's
 * sentence is a candidate in it.
 */
export function addCandidates(ctx: Context, t: Trigger, inSentence: number[], participants: Participant[]): void {
  const { text, mentions } = ctx;
  for (let n = 0; n < inSentence.length; n++) {
    const j = inSentence[n]!;
    const m = mentions[j]!;
    // Within the trigger's reach on either side: a page with no full stops is one sentence.
    if (m.end < t.start - 4 * REACH || m.start > t.end + 4 * REACH) continue;
    if (m.type === 'Place' || participants.some((p) => p.mention === j)) continue;
    const prev = n > 0 ? mentions[inSentence[n - 1]!]! : null;
    const next = n + 1 < inSentence.length ? mentions[inSentence[n + 1]!]! : null;
    // Next to the name: "re-elected X", "candidate X", "X won", "X was elected", "X, running for …"; not a relative
    // clause ("X, who is running the commission"), nor a noun of the contest after the name ("X urged candidates"),
    // nor what an official declares ("commission chairman X declared the winner").
    const before = text.slice(Math.max(prev?.end ?? 0, m.start - 40), m.start).split(/[^\p{L}-]+/u).filter(Boolean).slice(-2).map((w) => w.toLowerCase());
    const after = text.slice(m.end, Math.min(next?.start ?? text.length, m.end + 40)).split(/[^\p{L}-]+/u).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase());
    const ends = /[.;:“”"]/u.test(text.slice(m.end, m.end + 2));
    const named = before.some(isCandidateBefore);
    const won = !ends && !/^(?:who|which|whose|that)$/.test(after[0] ?? '')
      && (after.some(isCandidateAfter) || (/^(?:ran|running|runs)$/.test(after[0] ?? '') && /^(?:for|in|against)$/.test(after[1] ?? '')));
    if (named || won) participants.push({ mention: j, role: 'candidate' });
  }
}
