// Pass 20: what the words before (or after) a speech verb name: a mention, an unnamed source
// ("a senior defense official"), a definite phrase to resolve later ("the official") or a pronoun.
import { trimRange, wordsIn, type Word } from './00-text.js';
import { lexicons } from '../lexicon.js';
import { SPEAKER_VERBS } from '../speech-verbs.js';
import { insideQuote, isPossessive, isSentenceSubject, mentionsIn, sentenceStart, type QuoteContext } from './context.js';
import {
  ADVERBIAL_OPENERS, DEFINITE, DOCUMENT_HEADS, GROUP_HEADS, HEAD_STOP, INDEFINITE, ISSUING_BODIES, LY_NOUNS, LEADING_WORDS,
  HONORIFIC_PREFIXES, HONORIFICS, NEGATIVE, NP_STOP, OBJECT_PRONOUNS, OCCASION_NOUNS, ORG_HEADS, PERSON_HEADS, PRONOUNS, SPEAKING_OCCASIONS, TIME_PREPOSITIONS, TITLE_WORDS, TRAILING_WORDS,
} from './lexicon.js';
import { COURTESY_TITLE, LETTERS_OR_HYPHENS, LOWER_START } from '../chars.js';
import type { Mention } from '../types.js';

export type SourceKind = 'unnamed-person' | 'document' | 'group';

export type Subject =
  | { kind: 'mention'; mention: number; how: string }
  | { kind: 'unnamed'; text: string; sourceKind: SourceKind; head: string; how: string }
  | { kind: 'anaphora'; text: string; sourceKind: SourceKind; head: string; pos: number; how: string; org?: number }
  | { kind: 'pronoun'; pronoun: 'person' | 'thing' | 'plural'; pos: number; how: string };

const CAPITAL = /^[\p{Lu}\p{N}]/u;
/** Prepositions that make a name the complement of the noun before it: "the wife of Mr Ruiz". */
const PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'from', 'by', 'at']);
/** "88-year-old": an age written as an adjective. */
const AGED = /^\d{1,3}-year-old$/;

export function singular(word: string): string {
  if (PERSON_HEADS.has(word) || DOCUMENT_HEADS.has(word) || GROUP_HEADS.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word === 'people') return 'person';
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

export function kindOfHead(head: string): SourceKind {
  const s = singular(head);
  if (DOCUMENT_HEADS.has(s)) return 'document';
  if (GROUP_HEADS.has(s)) return 'group';
  return 'unnamed-person';
}

/** The words that join a role noun to the place or body it serves: "ambassador to Iraq", "head of the team". */
const ROLE_COMPLEMENT = new Set(['to', 'of', 'for', 'at']);

/**
 * A role noun or a title, written out or short (a word's `norm` drops the abbreviation's full stop: "Gov." is "gov");
 * a courtesy title ("Mr.") is no role.
 */
const isRoleWord = (w: string): boolean => TITLE_WORDS.has(w) || (TITLE_WORDS.has(`${w}.`) && !COURTESY_TITLE.test(w.charAt(0).toUpperCase() + w.slice(1))) || lexicons().roleNouns.has(w);

const isHeadNoun = (w: string): boolean => {
  const s = singular(w);
  return PERSON_HEADS.has(s) || DOCUMENT_HEADS.has(s) || GROUP_HEADS.has(s);
};

/** Candidate speakers in a range: people and organizations, not places, not possessives. */
function candidates(ctx: QuoteContext, start: number, end: number): number[] {
  return mentionsIn(ctx, start, end).filter((i) => {
    const m = ctx.mentions[i]!;
    return m.type !== 'Place' && !isPossessive(ctx, m);
  });
}

/** "Pentagon press secretary Tom Hale": an organization directly followed by a titled person is the person. */
function pickMention(ctx: QuoteContext, found: number[]): number | undefined {
  const first = found[0];
  if (first === undefined) return undefined;
  const m1 = ctx.mentions[first]!;
  if (m1.type === 'Person') return first;
  for (const j of found.slice(1)) {
    const m2 = ctx.mentions[j]!;
    if (m2.type !== 'Person') continue;
    if (modifiesPerson(ctx, m1, m2)) return j;
    break;
  }
  return first;
}

/**
 * "CHP Chair Özgür Özel", "Houthi health ministry spokesperson Anis al-Asbahi": an organization and a title before a
 * person modify the person, who heads the phrase.
 */
function modifiesPerson(ctx: QuoteContext, m1: Mention, m2: Mention): boolean {
  const gap = wordsIn(ctx.text, m1.end, m2.start);
  if (gap.length <= 6 && gap.every((w) => CAPITAL.test(w.raw) || TITLE_WORDS.has(w.norm) || TITLE_WORDS.has(`${w.norm}.`))) return true;
  const last = gap[gap.length - 1];
  // "Syrian National Coalition member and veteran opponent Samir Nashar": two nouns of the person joined by "and".
  const joined = joinedNouns(gap) && gap[0]!.norm !== 'and';
  return (gap.length <= 4 || joined) && !!last && (isRoleWord(last.norm) || (joined && personNoun(last.norm))) && gap.every((w) => LETTERS_OR_HYPHENS.test(w.raw));
}

/** Participles between a document and the body that issued it: "a statement published by X". */
const ISSUING = new Set(['published', 'issued', 'released', 'posted', 'put', 'sent', 'signed', 'carried', 'distributed', 'provided', 'circulated', 'shared']);

/** "a statement from the ministry", "a communiqué by the Harbor Front", "a statement from Abadi": the organization (or
 * the person) after a document's head. */
function documentIssuer(ctx: QuoteContext, words: Word[]): number | undefined {
  // "a statement from X", "a statement published by X".
  // "a statement provided to ABC News by X": the verb's other complement may stand between it and "by".
  const issuedAt = (k: number): number => {
    for (let j = k - 1; j >= 1 && j >= k - 5; j--) if (ISSUING.has(words[j]!.norm)) return j;
    return -1;
  };
  const docBefore = (k: number): boolean => {
    if (DOCUMENT_HEADS.has(singular(words[k - 1]!.norm))) return true;
    const verb = k > 1 && words[k]!.norm === 'by' ? issuedAt(k) : -1;
    return verb > 0 && DOCUMENT_HEADS.has(singular(words[verb - 1]!.norm));
  };
  const at = words.findIndex((w, k) => k > 0 && (w.norm === 'from' || w.norm === 'by' || w.norm === 'of') && docBefore(k));
  if (at < 0) {
    // "a Malian government statement", "a KFOR statement": a body named before the document's noun issued it.
    const head = words.findIndex((w, k) => k > 1 && k <= 4 && DOCUMENT_HEADS.has(singular(w.norm)));
    if (head < 0 || words.slice(1, head).some((w) => w.norm === 'joint')) return undefined;
    const inside = mentionsIn(ctx, words[1]!.start, words[head]!.start).filter((i) => ctx.mentions[i]!.type === 'Organization' && ctx.mentions[i]!.end <= words[head]!.start);
    return inside.length === 1 && !isPossessive(ctx, ctx.mentions[inside[0]!]!) ? inside[0] : undefined;
  }
  let rest = words.slice(at + 1).filter((w) => w.norm !== 'the');
  // "issued by the official Saudi Press Agency", "by the state-run X": a lower-case word or two describe the issuer.
  const lead = rest.findIndex((w) => !LOWER_START.test(w.raw));
  if (lead > 0 && lead <= 2 && rest.slice(0, lead).every((w) => LETTERS_OR_HYPHENS.test(w.raw) && !POSSESSIVE_DETERMINERS.has(w.norm) && w.norm !== 'office')) rest = rest.slice(lead);
  // "a statement issued by the office of the White House Press Secretary": the office speaks for the body it serves.
  if (rest[0]?.norm === 'office' && rest[1]?.norm === 'of') rest = rest.slice(2);
  if (rest.length === 0) return undefined;
  // "a statement from Abadi read": a person issues it too, named by the whole rest of the phrase (not "a statement from
  // Abadi's office", whose office is the issuer).
  const end = words[words.length - 1]!.end;
  const found = mentionsIn(ctx, rest[0]!.start, end).filter((i) => ctx.mentions[i]!.type === 'Organization' || (ctx.mentions[i]!.type === 'Person' && ctx.mentions[i]!.end === end));
  const issuer = found[0];
  return issuer !== undefined && ctx.mentions[issuer]!.start === rest[0]!.start ? issuer : undefined;
}

/**
 * "the statement from the government": the body named with that last word in the phrase's own sentence (the quotation
 * included: "“The Iraqi government condemns …,” the statement from the government said"), or the one in the article.
 */
function bodyByNoun(ctx: QuoteContext, words: Word[], noun: string): number | undefined {
  // A capitalized body whose last word is the noun ("The Iraqi government"), not the noun itself ("the government").
  const bodies = ctx.mentions.flatMap((m, i) => (m.type === 'Organization' && /\s/.test(m.text) && m.text.split(' ').pop()!.toLowerCase() === noun ? [i] : []));
  const one = (found: number[]): number | undefined => (new Set(found.map((i) => ctx.mentions[i]!.canonical ?? ctx.mentions[i]!.text)).size === 1 ? found[0] : undefined);
  const sentence = sentenceStart(ctx, words[0]!.start);
  // Inside the quotation only as its subject ("“The Iraqi government condemns …”"), not as what it speaks of
  // ("“We condemn the Harbor Party,” the statement from the party said").
  const here = bodies.filter((i) => {
    const m = ctx.mentions[i]!;
    return sentenceStart(ctx, m.start) === sentence && (!insideQuote(ctx, m.start) || /["“‘]\s*(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 6), m.start)));
  });
  return here.length > 0 ? one(here) : one(bodies.filter((i) => !insideQuote(ctx, ctx.mentions[i]!.start)));
}

/** "the statement from the government": the one lower-case noun that names the issuer, if that is all the phrase says. */
function issuerNoun(words: Word[]): string | null {
  const at = words.findIndex((w, k) => k > 1 && (w.norm === 'from' || w.norm === 'of') && DOCUMENT_HEADS.has(singular(words[k - 1]!.norm)));
  const rest = at > 0 ? words.slice(at + 1).filter((w) => w.norm !== 'the') : [];
  return rest.length === 1 && LOWER_START.test(rest[0]!.raw) ? rest[0]!.norm : null;
}

/** The organization that is the subject of the sentence before the one at `pos`, if any. */
function previousSubjectOrganization(ctx: QuoteContext, pos: number): number | undefined {
  const here = sentenceStart(ctx, pos);
  if (here === 0) return undefined;
  const before = sentenceStart(ctx, here - 1);
  const found = mentionsIn(ctx, before, here);
  const subject = found.find((i) => isSentenceSubject(ctx, i) && !insideQuote(ctx, ctx.mentions[i]!.start));
  // "Reuters could not verify the claims. “…,” a statement read": an outlet that reports the statement did not issue it.
  const m = subject !== undefined ? ctx.mentions[subject]! : undefined;
  if (!m || m.type !== 'Organization' || /outlet|company-noun|media/.test(m.rule) || lexicons().photoAgencies.has(m.canonical ?? m.text)) return undefined;
  return subject;
}

/** The person an organization at `j` modifies ("CHP Chair Özgür Özel"), when one follows it in the phrase. */
export function personModified(ctx: QuoteContext, j: number): number | undefined {
  const m1 = ctx.mentions[j]!;
  const next = ctx.mentions[j + 1];
  return m1.type !== 'Person' && next?.type === 'Person' && next.sentence === m1.sentence && modifiesPerson(ctx, m1, next) ? j + 1 : undefined;
}

function trimWords(words: Word[]): Word[] {
  let a = 0;
  let b = words.length;
  while (a < b && LEADING_WORDS.has(words[a]!.norm)) a++;
  while (b > a && (TRAILING_WORDS.has(words[b - 1]!.norm) || LEADING_WORDS.has(words[b - 1]!.norm) || words[b - 1]!.norm === '')) b--;
  // "the FMLN's Hugo Martinez promptly said": an adverb after a name is no part of the phrase.
  if (b - a > 2 && /^\p{Ll}{2,}ly$/u.test(words[b - 1]!.raw) && !LY_NOUNS.has(words[b - 1]!.norm) && CAPITAL.test(words[b - 2]!.raw)) b--;
  return words.slice(a, b);
}

/**
 * "After the vote Mr Ferbrache", "Following the meeting Ana Ruiz": a phrase at a sentence's start that is a time
 * preposition, "the" or a possessive and one noun of an occasion, then a person's whole name ending the phrase.
 */
function timePhraseThenPerson(ctx: QuoteContext, words: Word[]): number | undefined {
  if (words.length < 4 || !TIME_PREPOSITIONS.has(words[0]!.norm) || !/^(?:the|this|that|his|her|their|its)$/.test(words[1]!.norm)) return undefined;
  if (!OCCASION_NOUNS.has(words[2]!.norm) || sentenceStart(ctx, words[0]!.start) !== words[0]!.start) return undefined;
  if (/[,;:]/.test(ctx.text.slice(words[0]!.start, words[words.length - 1]!.end))) return undefined;
  const to = words[words.length - 1]!.end;
  const found = candidates(ctx, words[3]!.start, to);
  const j = found[0];
  const m = j === undefined ? undefined : ctx.mentions[j]!;
  if (!m || m.type !== 'Person' || m.end !== to || found.length !== 1) return undefined;
  const gap = wordsIn(ctx.text, words[3]!.start, m.start);
  return gap.every((w) => HONORIFIC_PREFIXES.has(w.raw) || isRoleWord(w.norm) || CAPITAL.test(w.raw)) && gap.length <= 3 ? j : undefined;
}

/** Adjectives whose complement stays in the phrase: "a source close to the group", "officials familiar with the talks". */
const TIED_TO = new Set(['close', 'closest', 'familiar', 'linked', 'allied', 'loyal', 'near']);

/** A month's or a weekday's name, in lower case: "in March", "on Tuesday" tell when, not where. */
const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/**
 * Where the words from `k` to a comma, a speech verb or the end name a place or a body ("the security committee",
 * "the health office in Aden", "Baghdad"), the end of those words; not an occasion, a document or a time ("in a
 * statement", "at a news conference", "in March", "at noon"): -1.
 */
function whereComplement(words: Word[], k: number): number {
  if (k >= words.length || INDEFINITE.has(words[k]!.norm)) return -1;
  let j = k;
  for (; j < words.length; j++) {
    const w = words[j]!;
    if (SPEAKER_VERBS.has(w.norm) || (j > k && NP_STOP.has(w.norm) && !((w.norm === 'in' || w.norm === 'at') && !INDEFINITE.has(words[j + 1]?.norm ?? '')))) break;
    const norm = w.norm.replace(/[,;:.]+$/, '');
    if (/\d/.test(norm) || (CAPITAL.test(w.raw) && MONTH_OR_DAY.test(norm)) || OCCASION_NOUNS.has(norm) || DOCUMENT_HEADS.has(singular(norm)) || SPEAKING_OCCASIONS.has(norm)) return -1;
    if (j - k >= 8) return -1;
    if (/[,;:]$/.test(w.raw)) { j++; break; }
  }
  return j > k ? j : -1;
}

/** The phrase's opening noun phrase: it ends at a preposition or clause word, its own speech verb or a comma. */
function nounPhrase(words: Word[]): Word[] {
  let cut = words.length;
  for (let i = 1; i < words.length; i++) {
    // "the security source said X's supporters …": the phrase ends at its own speech verb.
    // "a source close to the group", "officials familiar with the talks": the complement of the adjective stays.
    if (TIED_TO.has(words[i - 1]!.norm) && (words[i]!.norm === 'to' || words[i]!.norm === 'with')) continue;
    // "a source in the security committee", "one protester in Baghdad", "an official at state-owned Waha Oil Co": where
    // an unnamed source is or serves is part of the description.
    const where = (words[i]!.norm === 'in' || words[i]!.norm === 'at') && PERSON_HEADS.has(singular(words[i - 1]!.norm)) ? whereComplement(words, i + 1) : -1;
    if (where >= 0) {
      if (/[,;:]$/.test(words[where - 1]!.raw)) { cut = where; break; }
      i = where - 1;
      continue;
    }
    if (NP_STOP.has(words[i]!.norm) || SPEAKER_VERBS.has(words[i]!.norm)) { cut = i; break; }
    if (/[,;:]$/.test(words[i]!.raw)) { cut = i + 1; break; }
  }
  // "the leaders of the three nations yesterday issued": an adverb of time before the verb is no part of it.
  while (cut > 1 && TRAILING_WORDS.has(words[cut - 1]!.norm)) cut--;
  return words.slice(0, cut);
}

/** "a senior defense official on the call" → text "a senior defense official", head "official". */
function describe(ctx: QuoteContext, words: Word[]): { text: string; head: string; sourceKind: SourceKind } {
  const np = nounPhrase(words);
  let head = np[np.length - 1]!.norm;
  for (let i = 1; i < np.length; i++) {
    const w = np[i]!.norm;
    // "a source in the security committee": the head is the source's noun, not its place's.
    if (HEAD_STOP.has(w) || w === 'in' || w === 'at' || (i >= 2 && /(?:ing|ed)$/.test(w) && !isHeadNoun(w))) break;
    head = w;
  }
  // "the protesters accused the government of …", "a group of young people marched through …": the description ends
  // before its own verb.
  let end = np.length;
  for (let i = 2; i < np.length; i++) {
    const w = np[i]!.norm;
    // "an official at state-owned Waha Oil Co": a participle after "in" or "at" describes the place.
    if (/^\p{Ll}/u.test(np[i]!.raw) && /\p{L}{3,}ed$/u.test(w) && !isHeadNoun(w) && !DEFINITE.has(np[i - 1]!.norm) && !INDEFINITE.has(np[i - 1]!.norm) && !/^(?:in|at)$/.test(np[i - 1]!.norm)) { end = i; break; }
  }
  // "three service members were killed", "the Home Minister has again called": its auxiliary and adverbs too.
  while (end < np.length && end > 2 && /^(?:was|were|is|are|has|have|had|been|again|also|later|then|\p{L}+ly)$/u.test(np[end - 1]!.norm)) end--;
  let text = ctx.text.slice(np[0]!.start, np[end - 1]!.end).replace(/[\s,;:.]+$/u, '');
  if (DEFINITE.has(np[0]!.norm) || INDEFINITE.has(np[0]!.norm)) text = text[0]!.toLowerCase() + text.slice(1);
  return { text, head, sourceKind: kindOfHead(head) };
}

/** The country or organization a sentence opens with, outside quotes: what "its" points back to. */
function openingSubject(ctx: QuoteContext, from: number, to: number): number | undefined {
  const first = mentionsIn(ctx, from, to).find((i) => !insideQuote(ctx, ctx.mentions[i]!.start));
  if (first === undefined) return undefined;
  const m = ctx.mentions[first]!;
  if (m.type === 'Organization') return first;
  return m.type === 'Place' && lexicons().countries.has(m.canonical ?? m.text) ? first : undefined;
}

/** "Saudi Arabia called for restraint. “…,” its foreign ministry said." → "Saudi foreign ministry". */
function possessedOrganization(ctx: QuoteContext, words: Word[]): Subject | null {
  const pos = words[0]!.start;
  const here = sentenceStart(ctx, pos);
  const owner = openingSubject(ctx, here, pos) ?? openingSubject(ctx, sentenceStart(ctx, here - 1), here);
  if (owner === undefined) return null;
  const m = ctx.mentions[owner]!;
  if (m.type === 'Organization') return { kind: 'mention', mention: owner, how: 'possessive-pronoun-organization' };
  const country = lexicons().countries.get(m.canonical ?? m.text)!;
  const rest = ctx.text.slice(words[1]!.start, words[words.length - 1]!.end);
  const head = words[words.length - 1]!.norm;
  return { kind: 'unnamed', text: `${country.adjectives[0] ?? country.name} ${rest}`, sourceKind: 'group', head, how: 'possessive-pronoun-country' };
}

const CLAUSE_AFTER_THAT = new Set(['the', 'a', 'an', 'they', 'he', 'she', 'it', 'we', 'i', 'you', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'there', 'no', 'all']);

/** Words before "office" of the office that speaks for a person: "X's press office". */
const OFFICE_MODIFIERS = new Set(['press', 'media', 'private']);

/**
 * "“…,” Netanyahu's office said": a person's office speaks as a body of its own, in the words the text gives it (not
 * the person, who may not have said it). Any words after "office" belong to a clause ("his office said in a
 * statement" is read without them).
 */
function personsOffice(ctx: QuoteContext, words: Word[]): Subject | null {
  if (words.length < 2 || words.length > 3 || words[words.length - 1]!.norm !== 'office' || !words.slice(1, -1).every((w) => OFFICE_MODIFIERS.has(w.norm))) return null;
  const owner = mentionsIn(ctx, words[0]!.start, words[0]!.end).find((i) => ctx.mentions[i]!.type === 'Person' && ctx.mentions[i]!.start === words[0]!.start);
  if (owner === undefined || !isPossessive(ctx, ctx.mentions[owner]!)) return null;
  return { kind: 'unnamed', text: ctx.text.slice(words[0]!.start, words[words.length - 1]!.end), sourceKind: 'group', head: 'office', how: 'office-of-person' };
}

/**
 * "Iran's Supreme Leader said": a country's possessive and a capitalized title, no name, are read as "the Supreme
 * Leader" (the person the article gave that title, see the references pass).
 */
function countrysTitle(ctx: QuoteContext, words: Word[]): Subject | null {
  if (words.length < 2 || words.length > 4) return null;
  const country = mentionsIn(ctx, words[0]!.start, words[0]!.end).find((i) => ctx.mentions[i]!.type === 'Place' && ctx.mentions[i]!.start === words[0]!.start && isPossessive(ctx, ctx.mentions[i]!));
  const rest = words.slice(1);
  const head = rest[rest.length - 1]!.norm;
  if (country === undefined || !rest.every((w) => CAPITAL.test(w.raw)) || !PERSON_HEADS.has(head) || mentionsIn(ctx, rest[0]!.start, rest[rest.length - 1]!.end).length > 0) return null;
  const text = `the ${ctx.text.slice(rest[0]!.start, rest[rest.length - 1]!.end)}`;
  return { kind: 'anaphora', text, sourceKind: 'unnamed-person', head, pos: words[0]!.start, how: 'definite-phrase' };
}

/** A short phrase naming one speaker: "he", "a joint statement", "the official", "Gen. Robert Hale". */
export function resolvePhrase(ctx: QuoteContext, start: number, end: number): Subject | null {
  let words = trimWords(wordsIn(ctx.text, start, end));
  if (words.length > 1 && HONORIFIC_PREFIXES.has(words[0]!.raw)) words = words.slice(1);
  if (words.length === 0) return null;
  const w0 = words[0]!.norm;
  // "After the vote Mr Ferbrache said": a sentence's time phrase the copy left without its comma, then the name.
  const timed = timePhraseThenPerson(ctx, words);
  if (timed !== undefined) return { kind: 'mention', mention: timed, how: 'after-time-phrase' };
  // "…”, in a message read out by …": a phrase that opens with a preposition is a complement, no speaker ("with the
  // ministry saying" is one: its noun speaks).
  if (w0 !== 'with' && (PREPOSITIONS.has(w0) || w0 === 'in' || w0 === 'on')) return null;
  if (words.length === 2 && HONORIFICS.has(`${w0} ${words[1]!.norm}`)) return { kind: 'pronoun', pronoun: 'person', pos: words[0]!.start, how: 'pronoun' };
  // "adding that the law will serve all Iraqis": "that" before a determiner or pronoun opens a clause, no speaker.
  if ((w0 === 'that' || w0 === 'this') && words.length > 2 && CLAUSE_AFTER_THAT.has(words[1]!.norm)) return null;
  if ((w0 === 'its' || w0 === 'their') && words.length >= 2 && words.length <= 4 && ORG_HEADS.has(words[words.length - 1]!.norm)) return possessedOrganization(ctx, words);
  // "No group has claimed …", "none of the officials": a negated phrase names no one.
  if (NEGATIVE.has(w0)) return null;
  // "the resolution, which he said “…”": a relative pronoun before the speaker's pronoun.
  const relative = (w0 === 'which' || w0 === 'that') && words.length === 2 ? PRONOUNS.get(words[1]!.norm) : undefined;
  if (relative) return { kind: 'pronoun', pronoun: relative, pos: words[1]!.start, how: 'pronoun' };
  const pronoun = PRONOUNS.get(w0);
  if (pronoun) return words.length <= 2 ? { kind: 'pronoun', pronoun, pos: words[0]!.start, how: 'pronoun' } : null;
  const object = OBJECT_PRONOUNS.get(w0);
  if (object && words.length === 1) return { kind: 'pronoun', pronoun: object, pos: words[0]!.start, how: 'pronoun' };
  const from = words[0]!.start;
  const to = words[words.length - 1]!.end;
  const office = personsOffice(ctx, words);
  if (office) return office;
  const titled = countrysTitle(ctx, words);
  if (titled) return titled;
  // "“…,” said ECOWAS in a statement, adding that it had “…”": a speech verb inverted after a quote or a comma, then
  // the name ("and said Witkoff had stressed …" is a clause the verb reports, not an inversion).
  if (SPEAKER_VERBS.has(w0) && words.length > 1 && /[,”"’]\s*$/u.test(ctx.text.slice(Math.max(0, from - 3), from))) {
    const first = words[1]!.norm === 'the' && words.length > 2 ? words[2]! : words[1]!;
    const named = candidates(ctx, first.start, to).find((i) => ctx.mentions[i]!.start === first.start && ctx.mentions[i]!.type !== 'Place');
    if (named !== undefined) return { kind: 'mention', mention: named, how: 'named-after-verb' };
    // "“…,” said officials familiar with the talks": an unnamed source after the verb.
    const w1 = words[1]!.norm;
    if (LOWER_START.test(words[1]!.raw) && !PRONOUNS.has(w1) && !OBJECT_PRONOUNS.has(w1) && !INDEFINITE.has(w1) && !DEFINITE.has(w1) && !POSSESSIVE_DETERMINERS.has(w1) && bareSource(words.slice(1))) {
      return { kind: 'unnamed', ...describe(ctx, words.slice(1)), how: 'unnamed-source' };
    }
  }
  if (INDEFINITE.has(w0) && words.length > 1) {
    // "a statement from the U.S. Department of the Treasury said": a document speaks for the body that issued it.
    const issuer = documentIssuer(ctx, words);
    if (issuer !== undefined) return { kind: 'mention', mention: issuer, how: 'document-from-issuer' };
    // "according to a statement from his office": the office speaks for the person the pronoun names.
    const fromAt = words.findIndex((w, k) => k > 1 && w.norm === 'from' && DOCUMENT_HEADS.has(singular(words[k - 1]!.norm)));
    const owner = fromAt > 0 ? words[fromAt + 1] : undefined;
    if (owner && (owner.norm === 'his' || owner.norm === 'her') && words.length <= fromAt + 4) return { kind: 'pronoun', pronoun: 'person', pos: owner.start, how: 'document-of-pronoun' };
    // "said a statement by the coup leadership", "a statement from the opposition coalition": a body no name stands for
    // speaks through its document; the speaker is that body, in the words the text gives it.
    const issuedBy = words.length >= 4 && words.length <= 8 && DOCUMENT_HEADS.has(singular(words[1]!.norm)) && /^(?:by|from)$/.test(words[2]!.norm) ? words.slice(3) : null;
    // (A body or people: not "a report from the scene".)
    const bodyHead = issuedBy ? singular(issuedBy[issuedBy.length - 1]!.norm.replace(/[.,;:!?]+$/u, '')) : '';
    if (issuedBy && issuedBy.every((w) => LOWER_START.test(w.raw) && LETTERS_OR_HYPHENS.test(w.raw.replace(/[.,;:!?]+$/u, ''))) && DEFINITE.has(issuedBy[0]!.norm) && issuedBy.length >= 2
      && (isHeadNoun(bodyHead) || ORG_HEADS.has(bodyHead) || ISSUING_BODIES.has(bodyHead))) {
      const body = describe(ctx, issuedBy);
      // A body issues documents: "the club" is a group, whatever its head says of people.
      return { kind: 'anaphora', ...body, sourceKind: PERSON_HEADS.has(singular(body.head)) ? body.sourceKind : 'group', pos: issuedBy[0]!.start, how: 'document-of-unnamed-body' };
    }
    // "said a prominent Russian military blogger Semyon Pegov, who …": a person's name after the description.
    const np = nounPhrase(words);
    const npEnd = np[np.length - 1]!.end;
    const people = candidates(ctx, from, npEnd).filter((i) => ctx.mentions[i]!.type === 'Person' && ctx.mentions[i]!.end <= npEnd);
    const named = describedName(ctx, np, coveredWords(ctx, np, people), people, npEnd, true);
    if (named !== undefined) return { kind: 'mention', mention: named, how: 'named-after-description' };
    // "KFOR increased its patrols. ¶ “…,” a statement read.": a statement no one is named for is the body the sentence
    // before opened with.
    if (words[1]!.norm === 'statement' && people.length === 0 && !words.slice(2).some((w) => /^(?:from|by|of|issued|on behalf)$/.test(w.norm))) {
      const body = previousSubjectOrganization(ctx, from);
      if (body !== undefined) return { kind: 'mention', mention: body, how: 'statement-of-previous-subject' };
    }
    // "Mohammad al-Momani, a government minister and spokesman appeared on television to say": an apposition whose
    // closing comma the page lost; the description is of the person named right before its comma.
    const before = /^(.*\S)\s*,\s*$/su.exec(ctx.text.slice(Math.max(0, from - 80), from));
    if (before && PERSON_HEADS.has(singular(describe(ctx, words).head))) {
      const end = from - (ctx.text.slice(Math.max(0, from - 80), from).length - before[1]!.length);
      // Only the name that opens the sentence ("They met Ivo Horvat, a senior official said" names the official's topic).
      const person = candidates(ctx, Math.max(0, end - 80), end).find((i) => ctx.mentions[i]!.type === 'Person' && ctx.mentions[i]!.end === end && ctx.mentions[i]!.start === sentenceStart(ctx, from));
      if (person !== undefined) return { kind: 'mention', mention: person, how: 'named-before-description' };
    }
    // "Many stayed well into the night, chanting …": a quantifier and a verb of its own name no source; the words are a
    // clause, not a description.
    const described = describe(ctx, words);
    if (words.length > 2 && /^(?:many|some|several|most|few|others)$/.test(words[0]!.norm) && /ed$/.test(words[1]!.norm) && !isHeadNoun(described.head)) return null;
    return { kind: 'unnamed', ...described, how: 'unnamed-source' };
  }
  const found = candidates(ctx, from, to);
  // "The IRGC’s website says", "the ministry’s statement said", "Ruiz's statement said": a document speaks for its owner.
  if (words.length > 1 && DOCUMENT_HEADS.has(singular(words[words.length - 1]!.norm.replace(/[,;:]+$/, '')))) {
    const owner = mentionsIn(ctx, from, to).find((i) => isPossessive(ctx, ctx.mentions[i]!) && ctx.mentions[i]!.type !== 'Place');
    if (owner !== undefined) return { kind: 'mention', mention: owner, how: 'document-owner' };
  }
  if (DEFINITE.has(w0) && words.length > 1) {
    const second = words[1]!;
    const at = found.filter((i) => ctx.mentions[i]!.start <= second.start + 1);
    // "the NATO chief", "the Pentagon spokesman": a role of the organization is a person named before, if any.
    const org = at.length === 1 ? ctx.mentions[at[0]!]! : undefined;
    if (org?.type === 'Organization') {
      const rest = words.filter((w) => w.start >= org.end);
      const last = rest[rest.length - 1];
      if (rest.length >= 1 && rest.length <= 3 && rest.every((w) => LOWER_START.test(w.raw)) && (PERSON_HEADS.has(last!.norm) || lexicons().roleNouns.has(last!.norm))) {
        return { kind: 'anaphora', text: ctx.text.slice(words[0]!.start, last!.end), sourceKind: 'unnamed-person', head: last!.norm, pos: from, how: 'definite-phrase', org: at[0]! };
      }
    }
    if (at.length > 0) return { kind: 'mention', mention: pickMention(ctx, [...at, ...found.filter((i) => !at.includes(i))])!, how: 'named' };
    // "The United States said", "the Vatican said": a place's name, whole, as the description ("the United" is none).
    const phrase = nounPhrase(words);
    const place = mentionsIn(ctx, from, to).find((i) => ctx.mentions[i]!.type === 'Place' && ctx.mentions[i]!.start <= second.start && ctx.mentions[i]!.end >= phrase[phrase.length - 1]!.end - 1);
    if (place !== undefined) {
      const m = ctx.mentions[place]!;
      return { kind: 'anaphora', ...describe(ctx, words), text: `the ${ctx.text.slice(m.start, m.end)}`, pos: from, how: 'definite-phrase' };
    }
    // "The former president Ana Ruiz, a critic of the talks, said", "the secretary-general, Ana Ruiz, said": a person after a lower-case role.
    const titled = found.filter((i) => {
      const m = ctx.mentions[i]!;
      const before = wordsIn(ctx.text, second.start, m.start);
      const last = before[before.length - 1];
      // "the group’s Secretary General X": the possessor of the role may stand first.
      // "The tough-talking Mr Prayut", "the 88-year-old Essebsi": a courtesy title or an age ends the description as a
      // role noun would.
      // Not "the wife of Mr Ruiz", "the son of 88-year-old X": a preposition makes the person a complement.
      const headed = isRoleWord(last?.norm ?? '') || ((COURTESY_TITLE.test(last?.raw ?? '') || AGED.test(last?.raw ?? '')) && !before.some((w) => PREPOSITIONS.has(w.norm)));
      return m.type === 'Person' && before.length <= 4 && !!last && headed && before.every((w, k) => AGED.test(w.raw) || LETTERS_OR_HYPHENS.test(k === before.length - 1 ? w.raw.replace(/,$/, '') : k === 0 ? w.raw.replace(/[’']s$/u, '') : w.raw));
    });
    if (titled.length > 0) return { kind: 'mention', mention: titled[0]!, how: 'named-after-role' };
    // "the Kurdish-led Syrian Democratic Forces said", "the Al Qaeda-linked militant group Al Shabaab said": a name after a short description.
    const np = nounPhrase(wordsIn(ctx.text, from, to));
    const npEnd = np[np.length - 1]!.end;
    const inNp = found.filter((i) => ctx.mentions[i]!.end <= npEnd);
    const described = describedName(ctx, np, coveredWords(ctx, np, inNp), inNp, npEnd);
    if (described !== undefined) return { kind: 'mention', mention: described, how: 'named-after-description' };
    // "the statement from the government said": a document issued by a body the article names by that noun ("The Iraqi
    // government").
    // (A noun alone names the issuer only where the article leaves one body to it: "the ministry" after two
    // ministries is neither.)
    if (DOCUMENT_HEADS.has(singular(second.norm))) {
      const noun = issuerNoun(words);
      const issuer = noun ? bodyByNoun(ctx, words, noun) : documentIssuer(ctx, words);
      if (issuer !== undefined) return { kind: 'mention', mention: issuer, how: 'document-from-issuer' };
    }
    return { kind: 'anaphora', ...describe(ctx, words), pos: from, how: 'definite-phrase' };
  }
  // A name may follow titles and possessors ("Iraq’s National Security Adviser Karim al-Jabouri").
  // "Israeli armed forces chief Lt. Gen. X": words of an organization named before the title do not block the name.
  // Words inside a mention are worked out once for the phrase (mentions are in text order), not once per candidate.
  const phraseWords = wordsIn(ctx.text, from, to);
  const covered = coveredWords(ctx, phraseWords, found);
  let firstAfter = 0;
  const usable = found.filter((i) => {
    const mention = ctx.mentions[i]!;
    // `found` is in text order, so the words before each candidate only grow.
    while (firstAfter < phraseWords.length && phraseWords[firstAfter]!.start < mention.start) firstAfter++;
    const before = phraseWords.slice(0, firstAfter).filter((w) => !covered.has(w.start));
    if (before.every((w) => CAPITAL.test(w.raw) || TITLE_WORDS.has(w.norm) || TITLE_WORDS.has(`${w.norm}.`))) return true;
    // "government spokesman Basim al-Awadi told": a few plain words that end in a role noun; "witness Nurto Ali said":
    // one plain noun before the name.
    const last = before[before.length - 1];
    if (before.length === 1 && /^\p{Ll}{3,}$/u.test(last!.raw) && !NP_STOP.has(last!.norm) && !HEAD_STOP.has(last!.norm) && !LEADING_WORDS.has(last!.norm) && !SPEAKER_VERBS.has(last!.norm)) return true;
    // "Jenin camp resident Bassem Talib, 38, said": a noun of people ends them as a role noun does.
    // "Syrian National Coalition member and veteran opponent Samir Nashar told": two such nouns joined by "and".
    if ((before.length <= 4 || joinedNouns(before)) && !!last && (isRoleWord(last.norm) || PERSON_HEADS.has(last.norm) || personNoun(last.norm)) && before.every((w) => LETTERS_OR_HYPHENS.test(w.raw))) return true;
    // "Elected anti-Islamist Abir Moussi said": a person whose name ends the phrase, after a few plain modifiers (not
    // "the wife of X", "X and Y", nor a verb or a clause's word).
    if (mention.type === 'Person' && mention.end >= to && before.length <= 4 && before.every((w) => plainModifier(w))) return true;
    // "U.S. ambassador to Iraq Zalmay Khalilzad said", "UN envoy for Yemen X": the role's complement, a place or body
    // named whole between the role noun and the name.
    // (Not "spokesman for President X": a title in the complement makes the name the complement's.)
    const role = before.findIndex((w, k) => isRoleWord(w.norm) && ROLE_COMPLEMENT.has(before[k + 1]?.norm ?? ''));
    const complement = role >= 0 ? before.slice(role + 2) : [];
    if (role >= 0 && role <= 3 && complement.length >= 1 && complement.length <= 4 && before.slice(0, role + 1).every((w) => LETTERS_OR_HYPHENS.test(w.raw) || CAPITAL.test(w.raw))
      && complement.every((w) => (CAPITAL.test(w.raw) && !isRoleWord(w.norm)) || w.norm === 'the')) return true;
    // "joint operations spokesman Brigadier General X said": the plain words ending in a role noun, then titles.
    let k = before.length;
    while (k > 0 && CAPITAL.test(before[k - 1]!.raw)) k--;
    const plain = before.slice(0, k);
    return k > 0 && k < before.length && plain.length <= 4 && isRoleWord(plain[k - 1]!.norm) && plain.every((w) => LETTERS_OR_HYPHENS.test(w.raw));
  });
  const picked = pickMention(ctx, usable);
  if (picked !== undefined) return { kind: 'mention', mention: picked, how: 'named' };
  const described = describedName(ctx, phraseWords, covered, found, to);
  if (described !== undefined) return { kind: 'mention', mention: described, how: 'named-after-description' };
  // Bare plurals and descriptions: "analysts", "U.S. officials", "Iraqi security sources", "officials familiar with the talks".
  if (bareSource(words)) return { kind: 'unnamed', ...describe(ctx, words), how: 'unnamed-source' };
  return null;
}

/** A word that may qualify a person's name before it: letters or hyphens, no preposition, conjunction or clause word. */
export function plainModifier(w: Word): boolean {
  return LETTERS_OR_HYPHENS.test(w.raw) && !PREPOSITIONS.has(w.norm) && !NP_STOP.has(w.norm) && !HEAD_STOP.has(w.norm) && !LEADING_WORDS.has(w.norm)
    && !SPEAKER_VERBS.has(w.norm) && !PRONOUNS.has(w.norm) && !OBJECT_PRONOUNS.has(w.norm) && !NEGATIVE.has(w.norm);
}

/** Five words at most with one "and" among them: two descriptions of one person ("member and veteran opponent"). */
function joinedNouns(words: readonly Word[]): boolean {
  return words.length <= 5 && words.filter((w) => w.norm === 'and').length === 1;
}

/** A noun of a person in everyday life or in a contest ("protester", "opponent"). */
function personNoun(word: string): boolean {
  return lexicons().personNouns.has(word) || lexicons().contestNouns.has(word);
}

/** "Iraqi security sources", "officials familiar with the talks": up to five words before a head noun, in lower case. */
function bareSource(words: Word[]): boolean {
  if (words.length <= 5 && isHeadNoun(words[words.length - 1]!.norm) && LOWER_START.test(words[words.length - 1]!.raw)) return true;
  const tied = words.findIndex((w, i) => i > 0 && TIED_TO.has(w.norm) && /^(?:to|with)$/.test(words[i + 1]?.norm ?? ''));
  return tied > 0 && tied <= 4 && isHeadNoun(words[tied - 1]!.norm) && LOWER_START.test(words[tied - 1]!.raw) && words.length - tied <= 6;
}

/** Starts of the phrase's words that lie inside one of the mentions `found` (in text order). */
function coveredWords(ctx: QuoteContext, words: Word[], found: readonly number[]): Set<number> {
  const covered = new Set<number>();
  let at = 0;
  for (const w of words) {
    while (at < found.length && ctx.mentions[found[at]!]!.end < w.end) at++;
    const m = found[at] !== undefined ? ctx.mentions[found[at]!]! : undefined;
    if (m && m.start <= w.start && w.end <= m.end) covered.add(w.start);
  }
  return covered;
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'the']);

/**
 * "its US-based developer HKN Energy said": a name that ends the phrase, after a short description opened by a
 * determiner with no preposition or clause word in it, is the subject.
 */
function describedName(ctx: QuoteContext, words: Word[], covered: ReadonlySet<number>, found: readonly number[], to: number, indefinite = false): number | undefined {
  const last = found[found.length - 1];
  if (last === undefined || ctx.mentions[last]!.end !== to) return undefined;
  const before = words.filter((w) => w.start < ctx.mentions[last]!.start && !covered.has(w.start));
  if (before.length < 2 || before.length > 5 || !(POSSESSIVE_DETERMINERS.has(before[0]!.norm) || (indefinite && INDEFINITE.has(before[0]!.norm)))) return undefined;
  // "the committee investigating Donald Trump said": a participle makes the name its object, not the speaker.
  // "a clearly fuming Lindner": a participle right after the article or an adverb describes the person.
  const participle = (w: Word, k: number): boolean => /[^-]ing$/.test(w.norm) && !(k > 0 && (INDEFINITE.has(before[k - 1]!.norm) || /ly$/.test(before[k - 1]!.norm)));
  // "the Asian Human Rights Commission's Norman Voss", "the island's Financial Crimes Commission": a possessor may
  // stand in the description.
  return before.every((w, k) => LETTERS_OR_HYPHENS.test(w.raw.replace(/(?<=\p{L})[’']s?$/u, '')) && !NP_STOP.has(w.norm) && !HEAD_STOP.has(w.norm) && !participle(w, k)) ? last : undefined;
}

interface Chunk {
  start: number;
  end: number;
}

function chunks(ctx: QuoteContext, start: number, end: number, parentheses = true): Chunk[] {
  const out: Chunk[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? ctx.text[i]! : ',';
    if (c === ',' || c === '—' || c === '–' || c === ';' || (parentheses && (c === '(' || c === ')'))) {
      const r = trimRange(ctx.text, from, i);
      if (r.end > r.start) out.push(r);
      from = i + 1;
    }
  }
  return out;
}

const hasPerson = (ctx: QuoteContext, c: Chunk): number | undefined =>
  candidates(ctx, c.start, c.end).find((i) => ctx.mentions[i]!.type === 'Person');

/**
 * The subject of a speech verb from the words before it in its sentence:
 * "Tom Carver, a former … official, told" (appositive), "A Pentagon spokeswoman, Laura Chen, denied",
 * "The statement, released by the Iraqi Foreign Ministry, said", "In a tweet, … Ana Ruiz said".
 */
/** "… hours after the Economic Community of West African States (ECOWAS) said": the name right before its acronym. */
function namedBeforeParenthesis(ctx: QuoteContext, start: number, verb: number): number | undefined {
  const paren = /\(\s*\p{Lu}[\p{L}\p{N}.-]{1,10}\s*\)\s*$/u.exec(ctx.text.slice(start, verb));
  if (!paren) return undefined;
  const open = start + paren.index;
  const found = candidates(ctx, start, open);
  const last = found[found.length - 1];
  if (last === undefined || !/^\s*$/u.test(ctx.text.slice(ctx.mentions[last]!.end, open))) return undefined;
  if (ctx.mentions[last]!.type !== 'Organization') return undefined;
  // "Lway Yay Oo of the Ta'ang National Liberation Army (TNLA) said": the member before the body speaks.
  const member = found[found.length - 2];
  if (member !== undefined && ctx.mentions[member]!.type === 'Person' && /^\s+of\s+(?:the\s+)?$/u.test(ctx.text.slice(ctx.mentions[member]!.end, ctx.mentions[last]!.start))) return member;
  return last;
}

/** "Reuters quoted X as saying", "AFP cited X as telling", "media quoted army sources saying": the relay is not the speaker, X is. */
const PASSIVE_RELAY = /\s+(?:was|were|is|are|has been|have been|had been)\s+(?:quoted|cited)\s+as\s+$/u;
const RELAY = /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^,;“”"]{2,80}?)\s+(?:as\s+)?$/u;
const RELAY_APPOSED = /\b(?:quoted|quotes|quoting|cited|cites|citing)\s+([^,;“”"]{2,60}?),\s+[^,;“”"]{2,120},\s+as\s+$/u;

/** Joins of two clauses: "X wished Y success and Z said …". */
const CLAUSE_JOIN = /\s(?:and|but|while|whereas)\s+/gu;

/**
 * "French President X wished Y "full success" in his undertakings and Morocco's King Z said …": where a second clause,
 * with a subject of its own, opens before the verb; `start` when none does. A word in lower case that is no title's (a
 * verb, an object) before the join makes the words before it a clause ("President X and King Z said", "the prime
 * minister and the army chief said" are one subject of two people).
 */
function coordinatedClauseStart(ctx: QuoteContext, start: number, end: number): number {
  let at = start;
  for (const m of ctx.text.slice(start, end).matchAll(CLAUSE_JOIN)) {
    const join = start + m.index;
    // After the last name before the join, or from the start of the words read (a quotation before them may have cut
    // the clause: "… wished X “full success” in his undertakings and Z said").
    const before = mentionsIn(ctx, start, join).filter((i) => ctx.mentions[i]!.type === 'Person' || ctx.mentions[i]!.type === 'Organization');
    const last = before[before.length - 1];
    const words = wordsIn(ctx.text, last === undefined ? start : ctx.mentions[last]!.end, join).filter((w) => LOWER_START.test(w.raw));
    if (words.some((w) => !isRoleWord(w.norm) && !DEFINITE.has(w.norm) && !INDEFINITE.has(w.norm)) && mentionsIn(ctx, join, end).length > 0) at = join + m[0].length;
  }
  // The second clause's subject stands right before the verb ("… and Morocco's King Mohamed VI said"), an adverb at most
  // between; "… met X on Monday and Y on Tuesday and said" shares the first clause's subject.
  const after = mentionsIn(ctx, at, end);
  const last = after[after.length - 1];
  if (at > start && (last === undefined || !/^\s*(?:\p{Ll}+ly\s+|also\s+)?$/u.test(ctx.text.slice(ctx.mentions[last]!.end, end)))) return start;
  return at;
}

export function resolveSubjectBefore(ctx: QuoteContext, start: number, verb: number): Subject | null {
  // "“…,” Abdi was quoted as saying": the one quoted is the subject of the passive.
  const passive = PASSIVE_RELAY.exec(ctx.text.slice(start, verb));
  if (passive) {
    const subject = resolveSubjectBefore(ctx, start, start + passive.index);
    if (subject) return { ...subject, how: `quoted-as-${subject.how}` };
  }
  // "the agency quoted Tahsin al-Khafaji, spokesman of the Joint Operations Command, as saying": an apposition inside.
  const relay = RELAY.exec(ctx.text.slice(start, verb)) ?? RELAY_APPOSED.exec(ctx.text.slice(start, verb));
  if (relay) {
    const from = start + relay.index + relay[0].indexOf(relay[1]!, relay[0].indexOf(' '));
    const relayed = resolvePhrase(ctx, from, from + relay[1]!.length);
    if (relayed) return { ...relayed, how: `relayed-${relayed.how}` };
  }
  const all = chunks(ctx, start, verb);
  if (all.length === 0) return null;
  const named = namedBeforeParenthesis(ctx, start, verb);
  if (named !== undefined) return { kind: 'mention', mention: named, how: 'named-before-parenthesis' };
  const appositive = /[,—–)]\s*$/u.test(ctx.text.slice(start, verb));
  if (!appositive) {
    // "Tibor Nagy, the US’s top diplomat for Africa condemned": an apposition the copy left unclosed; the name before it
    // is the subject. "Hadi al-Bahra, a Syrian National Coalition (SNC) leader said": an acronym in parentheses inside
    // the apposition splits nothing.
    const phrases = chunks(ctx, start, verb, false);
    const last = phrases[phrases.length - 1]!;
    const prev = phrases[phrases.length - 2];
    const p = prev ? hasPerson(ctx, prev) : undefined;
    if (p !== undefined && ctx.mentions[p]!.start === prev!.start && ctx.mentions[p]!.end === prev!.end && ctx.text[prev!.end] === ',') {
      const words = wordsIn(ctx.text, last.start, last.end);
      // "Ahmed Saleh, the army said": a body is the subject; "X, the prime minister and the army chief said": several.
      if (words.length >= 2 && (INDEFINITE.has(words[0]!.norm) || DEFINITE.has(words[0]!.norm)) && !words.some((w) => w.norm === 'and')) {
        if (words.slice(1).some((w) => isRoleWord(w.norm) && !ORG_HEADS.has(w.norm))) return { kind: 'mention', mention: p, how: 'named-before-open-apposition' };
      }
      // "Tut Gatluak Manime, head of the South Sudanese mediating team said": a role noun with its complement, no article.
      if (words.length >= 3 && isRoleWord(words[0]!.norm) && !ORG_HEADS.has(words[0]!.norm) && ROLE_COMPLEMENT.has(words[1]!.norm) && !words.some((w) => w.norm === 'and')) {
        return { kind: 'mention', mention: p, how: 'named-before-open-apposition' };
      }
    }
    const final = all[all.length - 1]!;
    // The second clause's subject only when it names someone ("and the US has instead called" names no speaker).
    const clause = coordinatedClauseStart(ctx, final.start, final.end);
    const second = clause > final.start ? resolvePhrase(ctx, clause, final.end) : null;
    return second?.kind === 'mention' ? second : resolvePhrase(ctx, final.start, final.end);
  }
  let i = 0;
  while (i < all.length - 1 && ADVERBIAL_OPENERS.has(wordsIn(ctx.text, all[i]!.start, all[i]!.end)[0]?.norm ?? '')) i++;
  const c1 = all[i]!;
  const c2 = all[i + 1];
  // "The president is a vehement critic of X's government, accusing it of “…”": the subject ends at its copula.
  const copula = /\s(?:is|was|has been|had been)\s/u.exec(ctx.text.slice(c1.start, c1.end));
  if (copula && copula.index > 0 && wordsIn(ctx.text, c1.start, c1.start + copula.index).length <= 4) {
    const subject = resolvePhrase(ctx, c1.start, c1.start + copula.index);
    if (subject) return subject;
  }
  if (hasPerson(ctx, c1) !== undefined) return resolvePhrase(ctx, c1.start, c1.end);
  if (c2) {
    const p = hasPerson(ctx, c2);
    // "…, Masrour Barzani, called": the name may begin with a given name the name pass left out; "The head of
    // the delegation, presidential aide Ana Ruiz, told": or follow a few plain words that end in a role noun.
    const lead = p !== undefined ? wordsIn(ctx.text, c2.start, ctx.mentions[p]!.start) : [];
    const roleLead = lead.length <= 4 && lead.length > 0 && isRoleWord(lead[lead.length - 1]!.norm) && lead.every((w) => LETTERS_OR_HYPHENS.test(w.raw));
    if (p !== undefined && (lead.every((w) => CAPITAL.test(w.raw)) || roleLead)) return { kind: 'mention', mention: p, how: 'appositive-name' };
    const by = /\b(?:released|issued|published|put out|sent|signed|distributed|posted)\s+by\s+/u.exec(ctx.text.slice(c2.start, c2.end));
    if (by) {
      const after = c2.start + by.index + by[0].length;
      const org = pickMention(ctx, candidates(ctx, after, c2.end));
      if (org !== undefined) return { kind: 'mention', mention: org, how: 'issued-by' };
    }
  }
  return resolvePhrase(ctx, c1.start, c1.end);
}

/** "said Air Force Maj. Gen. Dan Foster, the Pentagon spokesman." / "added the statement." */
export function resolveSubjectAfter(ctx: QuoteContext, from: number, limit: number): Subject | null {
  let end = limit;
  for (let i = from; i < limit; i++) {
    const c = ctx.text[i]!;
    if (c === ',' || c === ';' || c === '—' || c === '–' || c === '“' || c === '"' || c === ':' || c === '(') {
      end = i;
      break;
    }
  }
  const words = wordsIn(ctx.text, from, end);
  if (words.length === 0) return null;
  const s = resolvePhrase(ctx, from, end);
  // "“…,” said King's College London associate professor Andreas Krieg.": a role noun, then the person, ending the
  // phrase, whatever words qualify the role.
  if (!s && words.length <= 9) {
    const last = words[words.length - 1]!;
    const holder = candidates(ctx, from, end).find((i) => ctx.mentions[i]!.type === 'Person' && ctx.mentions[i]!.end >= last.start);
    const roleBefore = holder !== undefined ? wordsIn(ctx.text, from, ctx.mentions[holder]!.start).pop() : undefined;
    // ("said 30-year-old protester X": a noun of a person in everyday life too.)
    if (holder !== undefined && roleBefore && (isRoleWord(roleBefore.norm) || personNoun(roleBefore.norm))) return { kind: 'mention', mention: holder, how: 'named-after-role-after-verb' };
  }
  // "“…,” said one parliamentarian, Ruhollah Motefakker-Azad." / "said another, X.": the name after the description.
  // "said the president of the chamber, Rodrigo Arias, after …": a definite description too.
  if ((!s || s.kind === 'unnamed' || s.kind === 'anaphora' || (words.length === 1 && words[0]!.norm === 'another')) && ctx.text[end] === ',' && words.length <= 6) {
    const at = end + 1 + (/^\s*/.exec(ctx.text.slice(end + 1))?.[0].length ?? 0);
    const named = ctx.mentions.findIndex((m) => m.start === at && m.type === 'Person');
    const closes = named >= 0 ? /^[.,]/.test(ctx.text.slice(ctx.mentions[named]!.end, ctx.mentions[named]!.end + 1)) : false;
    if (named >= 0 && closes) return { kind: 'mention', mention: named, how: 'named-after-description-after-verb' };
  }
  return s ? { ...s, how: `${s.how}-after-verb` } : null;
}
