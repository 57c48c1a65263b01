// Pass 50, names the head-word rules miss: Arabic organization names ("Asa'ib Ahl al-Haq"), a name after a company
// noun ("shipping group A.P. Moller-Maersk"), the short form of an organization the article named ("Maersk"), and
// "the House" among the Senate and Congress.
import { lexicons } from './lexicon.js';
import { CALENDAR, capitalChunks } from './chunks.js';
import { addMention, hyphenedTokens, isFree, note, positionsOf, tokenRange, tokenStartingAt, type ExtractState } from './state.js';
import type { Mention } from './types.js';
import { nameKey } from './org-keys.js';
import { matchTitle, titlesBefore } from './30-titles.js';
import { ARTICLE_JOINED, PEOPLE_WORD, UPPER_START } from './chars.js';

/** The lexicon's key for a name, else its own. */
function keyOf(text: string): { key: string; canonical?: string } {
  const entry = lexicons().orgs.get(text);
  return entry ? { key: `org:${entry.name}`, canonical: entry.name } : { key: nameKey(text) };
}

/** "Asa'ib Ahl al-Haq", "Kata'ib Hizballah", "Harakat al-Nujaba": a capitalized phrase from an Arabic organization word on. */
export function arabicNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  // "Al-Hirak al-Shaabi": the word may carry the article.
  const orgWord = (text: string): boolean => lex.arabicOrgWords.has(text.replace(/^(?:Al|al|El|el)-/, ''));
  if (!tokens.some((t) => t.cap && orgWord(t.text))) return;
  for (const chunk of capitalChunks(state, false)) {
    let from = chunk.from;
    while (from < chunk.to && !orgWord(tokens[from]!.text)) from++;
    if (chunk.to - from < 2) continue;
    // "Tahrir Square", "Jihad Street": a place's head word ends a place's name, no body's.
    if (lex.placeHeads.has(tokens[chunk.to - 1]!.text)) continue;
    const text = state.text.slice(tokens[from]!.start, tokens[chunk.to - 1]!.end);
    addMention(state, 'Organization', from, chunk.to, '50-organizations/arabic-name', keyOf(text));
  }
}

/** Words that join the capitalized words of a Romance name ("Partido de la Revolución Democrática", "Unión por la Patria"). */
const ROMANCE_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'por', 'para', 'y', 'e', 'da', 'do', 'dos', 'das', 'di', 'della', 'dei', 'per', 'pour', 'le', 'les', 'des', 'du', 'et', 'en', 'pela', 'pelo']);

/**
 * "Movimiento Ciudadano", "Partido Verde Ecologista de México", "Unión por la Patria": a capitalized phrase from a
 * Romance organization word on (the head comes first in these languages), across the particles between its words.
 */
export function romanceNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !lex.romanceOrgWords.has(t.text) || !isFree(state, i, i + 1) || state.headline.has(t.sentence)) continue;
    const inName = (k: number): boolean => !!tokens[k] && tokens[k]!.sentence === t.sentence && isFree(state, k, k + 1);
    // "Forza Italia President X", "Partido Popular Madrid Mayor X": a title ends the name, and a place right before one.
    const office = (k: number): boolean => !!tokens[k] && (lex.titles.has(tokens[k]!.text) || lex.roleNouns.has(tokens[k]!.lower));
    const word = (k: number): boolean => inName(k) && tokens[k]!.cap && tokens[k]!.word && !office(k) && !(lex.places.has(tokens[k]!.text) && office(k + 1));
    let to = i + 1;
    for (;;) {
      if (word(to)) { to++; continue; }
      let k = to;
      while (k < to + 2 && inName(k) && ROMANCE_JOINERS.has(tokens[k]!.text)) k++;
      if (k > to && word(k)) { to = k + 1; continue; }
      break;
    }
    // "the Movimiento Ciudadano party's X": a lower-case head after the name is the lower-head rule's.
    if (to - i < 2 || lex.orgLowerHeads.has(tokens[to]?.text ?? '')) continue;
    addMention(state, 'Organization', i, to, '50-organizations/romance-name', keyOf(state.text.slice(t.start, tokens[to - 1]!.end)));
    i = to - 1;
  }
}

/**
 * "Hezbollah al-Nujaba Secretary General X": a known body's name and a name with the Arabic article after it are
 * another body's name ("Hezbollah" alone would be the Lebanese party).
 */
export function knownNamesContinued(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!t.cap || !lex.orgs.has(t.text) || !ARTICLE_JOINED.test(next.text) || next.sentence !== t.sentence || next.start !== t.end + 1 || !isFree(state, i, i + 2)) continue;
    const text = state.text.slice(t.start, next.end);
    addMention(state, 'Organization', i, i + 2, '50-organizations/arabic-name', keyOf(text));
  }
}

/** Words that open a noun phrase at a sentence's start and name nothing: "Another US company". */
const DETERMINER_WORDS = new Set(['Another', 'The', 'A', 'An', 'This', 'That', 'Each', 'Every', 'One', 'Some', 'Any']);

/** Nouns after a name that make it a company: "the Hanwha Defense company", "the Los Lobos group" (one word before
 * "group" is a people or a sect as often as a body: "the Druze group"). */
const COMPANY_AFTER = new Set(['company', 'firm', 'group', 'conglomerate', 'corporation', 'consortium']);

/** "the Danish shipping company Maersk", "energy firm HKN Energy": a capitalized phrase right after a company noun. */
/** Words that may follow an outlet's name: "told the daily X that", "X reported" (not "the daily Angelus prayer"). */
const OUTLET_FOLLOWERS = new Set(['that', 'on', 'in', 'of', 'on', 'last', 'earlier', 'this', 'late', 'and', 'as', 'when', 'after', 'reported', 'reports', 'quoted', 'cited', 'wrote', 'published', 'carried']);

/** The end of a name from `from` within its chunk: before a lower-case word or a month ("Sözcü on Sept."). */
function outletNameEnd(state: ExtractState, from: number, to: number): number {
  const stop = state.tokens.slice(from + 1, to).findIndex((t) => (t.word && !t.cap) || CALENDAR.test(t.text));
  return stop >= 0 ? from + 1 + stop : to;
}

function outletEnds(state: ExtractState, k: number): boolean {
  const t = state.tokens[k];
  if (!t || t.sentence !== state.tokens[k - 1]!.sentence || !t.word || t.cap) return true;
  return OUTLET_FOLLOWERS.has(t.lower) || lexicons().speechVerbs.has(t.text);
}

export function companyNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const chunk of capitalChunks(state, true)) {
    const noun = tokens[chunk.from - 1];
    const before = tokens[chunk.from - 2];
    const nounBefore = !!noun && !noun.cap && noun.sentence === tokens[chunk.from]!.sentence && isFree(state, chunk.from - 1, chunk.from)
      && (lex.companyNouns.has(noun.lower) || (!!before && lex.companyNouns.has(`${before.lower} ${noun.lower}`))
        // "told state daily Al-Ahram": a media noun before the name too (not "the weekly Friday prayers").
        || ((lex.mediaNouns.has(noun.lower) || (!!before && lex.mediaNouns.has(`${before.lower} ${noun.lower}`))) && !CALENDAR.test(tokens[chunk.from]!.text) && outletEnds(state, outletNameEnd(state, chunk.from, chunk.to))));
    // "the Izvestia newspaper said", "Yemen’s state-run Saba news agency": a media noun after the name.
    const media = nounBefore ? -1 : mediaNounAfter(state, chunk.to);
    // "Tasnim, another semi-official news agency, said": a media noun in apposition after the name.
    const appositive = !nounBefore && media < 0 && tokens[chunk.to]?.text === ',' && /^(?:a|an|another|the)$/.test(tokens[chunk.to + 1]?.lower ?? '')
      // (closed by a comma: not "at Buffalo, the website said", where a new clause begins)
      && [2, 3, 4].some((d) => { const e = mediaNounAfter(state, chunk.to + d); return e > 0 && tokens[e]?.text === ',' && tokens.slice(chunk.to + 2, chunk.to + d).every((w) => w.word && !w.cap); });
    // "from the Hanwha Defense company", "South Korea's Hyundai Rotem company": a company's noun after its name.
    const after = tokens[chunk.to];
    const companyAfter = !nounBefore && media < 0 && !!after && !after.cap && after.sentence === tokens[chunk.from]!.sentence
      && COMPANY_AFTER.has(after.lower) && isFree(state, chunk.to, chunk.to + 1)
      // "the Generation Z group": a word of the language or a letter names no company.
      && !(chunk.to - chunk.from === 1 && (tokens[chunk.from]!.text.length < 3 || lex.isCommonWord(tokens[chunk.from]!.lower) || after.lower === 'group'))
      // "the Islamist group Hayat Tahrir al-Sham": the noun goes with the name after it.
      && !(tokens[chunk.to + 1]?.cap && tokens[chunk.to + 1]!.sentence === after.sentence);
    if (!nounBefore && media < 0 && !companyAfter && !appositive) continue;
    // "(Wafa news agency)": a photo's credit names no actor.
    if (media > 0 && tokens[chunk.from - 1]?.text === '(' && tokens[media]?.text === ')') continue;
    const first = tokens[chunk.from]!;
    // "the daily Sözcü on Sept. 2": after a media noun the name ends at a lower-case word or a month.
    if (nounBefore) chunk.to = outletNameEnd(state, chunk.from, chunk.to);
    // "Local news outlet X said": a common word that opens the sentence describes the outlet, it is no name.
    if (chunk.to - chunk.from === 1 && first.first && lex.isCommonWord(first.lower)) continue;
    // "the Tasnim news agency", "the Saba news agency": before a media noun a given name names the outlet.
    // "Iranian news agency Tasnim": so does a media noun before it.
    const mediaBefore = nounBefore && (lex.mediaNouns.has(noun!.lower) || (!!before && lex.mediaNouns.has(`${before.lower} ${noun!.lower}`)));
    if ((lex.firstNames.has(first.text) && ((nounBefore && !mediaBefore) || chunk.to - chunk.from > 1)) || lex.notNames.has(first.text)) continue;
    // "Another US company, Lockheed Martin,": a determiner and a nationality before the noun say what kind of company.
    if (DETERMINER_WORDS.has(first.text) && chunk.to - chunk.from === 2 && (lex.countryOf.has(tokens[chunk.from + 1]!.text) || lex.places.has(tokens[chunk.from + 1]!.text))) continue;
    const text = state.text.slice(first.start, tokens[chunk.to - 1]!.end);
    // "the semi-official Fars news agency": an agency may be named after a region (not after a country).
    const agencyNamed = (media > 0 && tokens[media - 1]!.lower === 'agency') || appositive;
    // "Arabic television stations": a language is what it broadcasts in.
    if ((lex.places.has(text) && !(agencyNamed && !lex.countries.has(lex.places.get(text)?.name ?? text))) || lex.countryOf.has(text) || lex.languages.has(text)) continue;
    // "the Tasnim news agency": an agency's noun is often part of its name ("Tasnim News Agency"); the mention keeps it
    // (an alias) and the name alone is the canonical. "The Izvestia newspaper": a newspaper's is not.
    const agency = media > 0 && tokens[media - 1]!.lower === 'agency';
    const key = keyOf(text);
    addMention(state, 'Organization', chunk.from, agency ? media : chunk.to, '50-organizations/company-noun', agency ? { ...key, canonical: key.canonical ?? text } : key);
  }
}

/** Token `at` starts a media noun of one to three lower-case words ("newspaper", "news agency", "satellite news channel"): the token after it, else -1. */
function mediaNounAfter(state: ExtractState, at: number): number {
  const lex = lexicons();
  const tokens = state.tokens;
  let words = '';
  for (let k = at; k < at + 3; k++) {
    const t = tokens[k];
    if (!t || t.cap || !t.word || t.sentence !== tokens[at - 1]!.sentence || !isFree(state, k, k + 1)) return -1;
    words = k === at ? t.lower : `${words} ${t.lower}`;
    if (lex.mediaNouns.has(words)) return k + 1;
  }
  return -1;
}

/** Last word or last hyphenated part of a name that may stand alone for it: "A.P. Moller-Maersk" → Maersk, Moller-Maersk. */
function shortNamesOf(m: Mention): string[] {
  const words = m.text.split(/\s+/);
  // "the Norwegian energy company Equinor": a one-word name is its own short form.
  // "the Tasnim news agency … Tasnim reported": so is an outlet's name before its media noun.
  if (m.rule === '50-organizations/company-noun' && !(m.canonical ?? m.text).includes(' ')) return [m.canonical ?? m.text];
  if (words.length < 2 && !m.text.includes('-')) return [];
  // "Ministry of Oil": a complement is no name of its own.
  if (words.length > 1 && !/^[A-Z]/.test(words[words.length - 2]!)) return [];
  const last = words[words.length - 1]!;
  const out = words.length > 1 ? [last] : [];
  const parts = last.split('-');
  if (parts.length > 1 && parts.every((p) => /^[A-Z]/.test(p))) out.push(parts[parts.length - 1]!);
  return out;
}

/** "Korea" in "North Korea" after "U.S. Forces Korea": the word ends or starts a known place's name with its neighbour. */
function inPlaceName(state: ExtractState, i: number): boolean {
  const places = lexicons().places;
  const [prev, t, next] = [state.tokens[i - 1], state.tokens[i]!, state.tokens[i + 1]];
  return (!!prev && prev.sentence === t.sentence && places.has(`${prev.text} ${t.text}`)) || (!!next && next.sentence === t.sentence && places.has(`${t.text} ${next.text}`));
}

/** "Maersk said" after "A.P. Moller-Maersk": a word the article used to end an organization's name names it alone. */
export function shortForms(state: ExtractState): void {
  const lex = lexicons();
  const forms = new Map<string, Mention>();
  for (const m of state.mentions) {
    // Names the lexicon knows have their own short forms ("White House" is not "the House").
    if (m.type !== 'Organization' || m.rule.startsWith('20-boilerplate') || !m.key?.startsWith('name:')) continue;
    for (const form of shortNamesOf(m)) {
      if (form.length < 3 || !/^[A-Z]/.test(form) || forms.has(form)) continue;
      if (lex.orgHeads.has(form) || (lex.firstNames.has(form) && m.rule !== '50-organizations/company-noun') || lex.notNames.has(form) || lex.places.has(form) || lex.countryOf.has(form) || lex.orgs.has(form)) continue;
      forms.set(form, m);
    }
  }
  if (forms.size === 0) return;
  state.tokens.forEach((t, i) => {
    const m = t.cap && !t.possessive ? forms.get(t.text) : undefined;
    if (!m || !isFree(state, i, i + 1) || state.inTitle[i] || inPlaceName(state, i)) return;
    addMention(state, 'Organization', i, i + 1, '50-organizations/short-form', { key: m.key!, canonical: m.canonical ?? m.text });
  });
}

/** "Kobakhidze's Georgian Dream claimed victory" after "the Georgian Dream party": a party's name without its head word. */
export function partiesWithoutHead(state: ExtractState): void {
  const tokens = state.tokens;
  // "the Islamist-inspired Ennahdha party … Ennahdha wrote": one word too, when no common word or given name.
  const lex = lexicons();
  const names = state.mentions.filter((m) => m.type === 'Organization' && m.rule === '50-organizations/lower-head' && m.canonical && m.canonical !== m.text
    && (m.canonical.includes(' ') || (!lex.isCommonWord(m.canonical.toLowerCase()) && !lex.firstNames.has(m.canonical) && !lex.places.has(m.canonical) && !lex.countryOf.has(m.canonical))));
  for (const party of names) {
    const words = party.canonical!.split(' ');
    for (const i of positionsOf(state, [words[0]!])) {
      const t = tokens[i]!;
      if (!words.every((w, k) => tokens[i + k]?.text === w && tokens[i + k]!.sentence === t.sentence)) continue;
      // "flooding along the Tisza": a one-word name after "the" may be a river or a region as well as the party.
      if (words.length === 1 && tokens[i - 1]?.lower === 'the') continue;
      const end = i + words.length;
      const next = tokens[end];
      if (!isFree(state, i, end) || state.inTitle[i] || (next?.cap && next.word && next.sentence === t.sentence)) continue;
      // "Druze leaders", "Shammar elders": one word before a plural of people names a people, not the body.
      if (words.length === 1 && next?.word && !next.cap && /s$/.test(next.lower) && next.sentence === t.sentence) continue;
      addMention(state, 'Organization', i, end, '50-organizations/party-without-head', { key: party.key!, canonical: party.canonical! });
    }
  }
}

/** "the House" in an article that names the Senate or Congress: the House of Representatives. */
export function contextShortNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const named = new Set(state.mentions.filter((m) => m.type === 'Organization').map((m) => m.canonical ?? m.text));
  if (![...lex.shortNames.values()].some((entry) => entry.context.some((c) => named.has(c)))) return;
  tokens.forEach((t, i) => {
    const entry = t.cap ? lex.shortNames.get(t.text) : undefined;
    if (!entry || !entry.context.some((c) => named.has(c))) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.lower !== 'the' || before.sentence !== t.sentence || !isFree(state, i, i + 1) || state.inTitle[i]) return;
    if (after && after.sentence === t.sentence && after.cap && after.word) return;
    addMention(state, 'Organization', i, i + 1, '50-organizations/context-short-name', { key: `org:${entry.name}`, canonical: entry.name });
  });
}

/** Participles that make the first part of a hyphenated word the one who does it: "DNO-operated", "KDP-led". */
const AGENT_PARTICIPLES = /^(?:backed|led|run|operated|owned|affiliated|allied|aligned|controlled|linked|funded|sponsored|dominated|supported|organi[sz]ed)$/;

/**
 * "the DNO-operated Tawke oilfield", "the IRGC-affiliated Tasnim news agency": a known organization or an acronym
 * before an agent participle, inside one written word (places, "Iran-backed", are the places pass's).
 */
export function hyphenedBodies(state: ExtractState): void {
  const lex = lexicons();
  for (const i of hyphenedTokens(state)) {
    const t = state.tokens[i]!;
    const dash = t.text.lastIndexOf('-');
    if (dash < 2 || !t.word || state.owner[i] || state.skipped[i] || !UPPER_START.test(t.text) || !AGENT_PARTICIPLES.test(t.text.slice(dash + 1))) continue;
    const part = t.text.slice(0, dash);
    if (part.includes('-') || lex.places.has(part) || lex.adjectiveOf.has(part) || lex.countryOf.has(part)) continue;
    const entry = lex.orgs.get(part);
    if (!entry && (!/^\p{Lu}{2,6}$/u.test(part) || lex.notAcronyms.has(part))) continue;
    const key = entry ? { key: `org:${entry.name}`, canonical: entry.name } : { key: nameKey(part) };
    const mention: Mention = { type: 'Organization', text: part, start: t.start, end: t.start + part.length, sentence: t.sentence, rule: '50-organizations/hyphened', ...key };
    state.mentions.push(mention);
    state.owner[i] = mention;
    if (state.explain) note(state, { kind: 'mention', text: part, rule: mention.rule, start: mention.start, end: mention.end, sentenceIndex: t.sentence, detail: 'Organization' });
  }
}

/** "the ruling Chama Cha Mapinduzi, in power since 1961": capitalized words after "the ruling" name a party. */
export function rulingParties(state: ExtractState): void {
  if (state.text.includes('ruling ')) partiesAfter(state, true);
}

/**
 * "the far-right Brothers of Italy", "the opposition Tisza": capitalized words after a word of political leaning name a
 * party. Run after the other passes, so that a name they know keeps their reading.
 */
export function leaningParties(state: ExtractState): void {
  partiesAfter(state, false);
}

/** Lower-case nouns a party's one-word name may stand before: "the far-right Vox party". */
const PARTY_NOUNS = /^(?:party|coalition|alliance|bloc|movement|list|faction|front)$/;
/** Words a party's one-word name may stand before as the subject of its clause: "the opposition Tisza gained". */
const AFTER_SUBJECT = /^(?:and|or|is|was|has|had|have|will|would|won|lost|wins|leads|led|took|said|says|came|got|also|which)$/;

/**
 * After a one-word name, what says it is a body, not a person's surname ("the opposition Navalny team", "The conservative
 * Horvat, who leads …"): a party's noun, the end of the clause, or a verb in -ed or of this short list.
 */
function partyUse(state: ExtractState, at: number): boolean {
  const next = state.tokens[at];
  const prev = state.tokens[at - 1]!;
  if (!next || next.sentence !== prev.sentence) return true;
  if (!next.word) return next.text !== ',' || !/^(?:who|whose)$/i.test(state.tokens[at + 1]?.text ?? '');
  if (next.cap) return false;
  return PARTY_NOUNS.test(next.lower) || AFTER_SUBJECT.test(next.lower) || /ed$/.test(next.lower);
}

/** Nouns of people a leaning in apposition may describe: "his predecessor, the conservative X". */
const PERSON_NOUNS = /^(?:predecessor|successor|rival|opponent|challenger|candidate|ally|critic|leader|lawmaker|politician|incumbent)$/;

function partiesAfter(state: ExtractState, ruling: boolean): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const chunk of capitalChunks(state, true)) {
    const before = tokens[chunk.from - 1];
    if (!before || (ruling ? before.lower !== 'ruling' : !lex.leaningWords.has(before.lower)) || tokens[chunk.from - 2]?.lower !== 'the' || before.sentence !== tokens[chunk.from]!.sentence) continue;
    // "the ruling Al Thani family": a family or a class is no party.
    const next = tokens[chunk.to];
    const nounAfter = !!next && next.word && !next.cap && next.sentence === tokens[chunk.from]!.sentence;
    if (nounAfter && /^(?:family|dynasty|clan|elite|class|house)$/.test(next.lower)) continue;
    const text = state.text.slice(tokens[chunk.from]!.start, tokens[chunk.to - 1]!.end);
    const first = tokens[chunk.from]!.text;
    if (lex.places.has(text) || lex.countryOf.has(text) || lex.firstNames.has(first) || (!ruling && (lex.adjectiveOf.has(first) || lex.describingWords.has(first) || lex.titles.has(first) || CALENDAR.test(first)))) continue;
    // "After the ruling Horvat told …", "upheld the ruling Wednesday": one plain word after the noun "ruling" is
    // someone or something else; a party's name here has two words or more, or is an acronym. After a word of leaning
    // one word names the party too ("the far-right Vox"), if it is no word of the language, nor an adjective's shape
    // before a noun that is not a party's ("the conservative Saharan desert nation").
    // "the PM's predecessor, the conservative Andonis Samaras,": a leaning in apposition to a person's noun is a person's.
    const noun = tokens[chunk.from - 4];
    if (!ruling && tokens[chunk.from - 3]?.text === ',' && noun?.word && !noun.cap && (lex.roleNouns.has(noun.lower) || PERSON_NOUNS.test(noun.lower))) continue;
    const one = chunk.to - chunk.from === 1 ? first : null;
    if (one && (ruling ? one !== one.toUpperCase() : lex.isCommonWord(one.toLowerCase()) || lex.notNames.has(one) || PEOPLE_WORD.test(one) || !partyUse(state, chunk.to))) continue;
    addMention(state, 'Organization', chunk.from, chunk.to, ruling ? '50-organizations/ruling-party' : '50-organizations/leaning-party', keyOf(text));
  }
}

/**
 * "the Special Prosecutor's Office", "the Prosecutor-General's Office", "the Maldivian President’s Office": an office
 * named by the title that heads it (a nationality before it belongs to the name).
 */
export function titleOffices(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const at of positionsOf(state, ['Office'])) {
    const i = at - 1;
    const office = tokens[at]!;
    if (i < 2 || !tokens[i]!.possessive || office.sentence !== tokens[i]!.sentence) continue;
    // The longest title of capitalized words that ends at the possessor.
    let from = -1;
    for (let k = Math.max(0, i - 3); k < i && from < 0; k++) {
      if (tokens[k]!.cap && tokens[k]!.sentence === office.sentence && isFree(state, k, i) && matchTitle(state, k)?.to === i) from = k;
    }
    if (from < 0) continue;
    // "the Special Prosecutor's Office", "the BiH Prosecutor's Office", "the Maldivian President’s Office": capitalized
    // words before the title (a qualifier, the place or nationality it serves) belong to the name.
    while (from > 0 && from > i - 5 && tokens[from - 1]!.cap && tokens[from - 1]!.word && !tokens[from - 1]!.possessive && tokens[from - 1]!.sentence === office.sentence
      && isFree(state, from - 1, from) && !(tokens[from - 1]!.first && lex.notNames.has(tokens[from - 1]!.text))) from--;
    const text = state.text.slice(tokens[from]!.start, office.end);
    addMention(state, 'Organization', from, i + 2, '50-organizations/title-office', { key: nameKey(text), allowSkipped: false });
  }
}

/** The ending of a people's adjective ("Kurdish", "Iraqi", "Sudanese"): no party's name. */
const DEMONYM_END = /(?:ish|ian|ese|i)$/;

/**
 * "a Fine Gael TD", "the Sinn Féin MEP": capitalized words right before a legislator's abbreviated title name the
 * member's party, when one of them is no common word, place, nationality or given name ("Labour MP" needs the lexicon;
 * "Iraqi MP", "Kurdish MPs" name a people).
 */
export function partiesBeforeMemberTitles(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  tokens.forEach((t, i) => {
    if (!lex.memberTitles.has(t.text) || state.headline.has(t.sentence)) return;
    let from = i;
    while (from > i - 3 && tokens[from - 1]?.cap && tokens[from - 1]!.word && !tokens[from - 1]!.first && tokens[from - 1]!.sentence === t.sentence) from--;
    // "Tamil Nadu Chief Minister MK Stalin": a title before the letters makes them initials, not a member's title.
    if (from === i || !isFree(state, from, i) || state.inTitle[i - 1]) return;
    const words = tokens.slice(from, i);
    // "Ann Cole MP": a person's name before the title; "Kurdish MPs": a people's adjective.
    const plain = (w: string) => lex.isCommonWord(w) || lex.places.has(w) || lex.countryOf.has(w) || lex.adjectiveOf.has(w) || CALENDAR.test(w) || DEMONYM_END.test(w);
    if (words.every((w) => plain(w.text)) || lex.firstNames.has(words[0]!.text) || words.some((w) => /^\p{Lu}+$/u.test(w.text))) return;
    // "The Druze MP X", "a Maronite MP": one word is a party only where the lexicon knows it; "the Ilford North MP":
    // a compass word ends a constituency. A party stands after "a"/"the" or before the member's name ("Sinn Féin TD
    // Pearse Doherty"); "tabled by Apsana Begum MP on Monday" is a person and the title after her name.
    const text0 = state.text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    if (words.length === 1 && !lex.orgs.has(text0)) return;
    if (lex.directions.has(words[words.length - 1]!.text)) return;
    const det = /^(?:a|an|the)$/i.test(tokens[from - 1]?.text ?? '') || tokens[from - 1]?.possessive === true;
    const named = tokens[i + 1]?.cap && tokens[i + 1]!.word && tokens[i + 1]!.sentence === t.sentence;
    if (!det && !named) return;
    const text = state.text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    addMention(state, 'Organization', from, i, '50-organizations/party-before-member-title', keyOf(text));
  });
}

/**
 * "Likud leader Ivo Horvat", "Fidesz spokesman X": one capitalized word right before a leader's or spokesperson's
 * title and a person's name is the body they lead or speak for, when no word list or lexicon knows the word (not
 * "Opposition leader", "Kurdish leader", "Trump adviser", "Mr", a place or a given name).
 */
export function bodiesBeforeLeaderTitles(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const person of state.mentions) {
    if (person.type !== 'Person' || state.headline.has(person.sentence)) continue;
    const at = tokenStartingAt(state, person.start);
    const chain = at > 0 ? titlesBefore(state, at) : null;
    if (!chain || chain.titles.length !== 1 || !lex.leaderTitles.has(chain.titles[0]!.toLowerCase())) continue;
    const k = chain.from - 1;
    const w = tokens[k];
    if (!w || !w.cap || !w.word || w.sentence !== person.sentence || !isFree(state, k, k + 1) || /^\p{Lu}+$/u.test(w.text)) continue;
    // One word: "Harbor Party leader" is the head-word pass's, "Likud" alone is this one's.
    if (tokens[k - 1]?.cap && tokens[k - 1]!.word && tokens[k - 1]!.sentence === w.sentence) continue;
    if (lex.isCommonWord(w.text.toLowerCase()) || lex.places.has(w.text) || lex.countryOf.has(w.text) || lex.adjectiveOf.has(w.text) || lex.firstNames.has(w.text)
      || lex.titles.has(w.text) || lex.notNames.has(w.text) || CALENDAR.test(w.text) || DEMONYM_END.test(w.text) || PEOPLES.test(w.text)) continue;
    // "Horvat aide X" after "Ivo Horvat": a surname of the article's people names a person.
    if (state.mentions.some((m) => m.type === 'Person' && m.text.split(/\s+/).includes(w.text))) continue;
    // "Putin spokesman X", "Sikh leader X": the word must be a body elsewhere in the article too ("the Likud party",
    // "the Likud"), unless it is written as an abbreviation ("JUI-F").
    const body = (j: number): boolean => j !== k && tokens[j]!.text === w.text
      && ((!!tokens[j + 1] && !tokens[j + 1]!.cap && (lex.memberGroupHeads.has(tokens[j + 1]!.lower) || lex.ledGroupHeads.has(tokens[j + 1]!.lower))) || tokens[j - 1]?.lower === 'the');
    if (!/^\p{Lu}[\p{Lu}\d]*-\p{Lu}+$/u.test(w.text) && !positionsOf(state, [w.text]).some(body)) continue;
    addMention(state, 'Organization', k, k + 1, '50-organizations/body-before-leader-title', keyOf(w.text));
  }
}

/** Plural nouns of bodies after which a list of names are those bodies: "opposition parties Podemos, ERC and X". */
const PEOPLES = /(?:ites|ians|ists|ics|ese|ish|Druze)$/;
const PLURAL_BODIES = new Set(['parties', 'groups', 'militias', 'movements', 'factions', 'blocs', 'coalitions', 'alliances', 'organizations', 'organisations', 'unions', 'newspapers', 'broadcasters', 'companies', 'firms']);

/**
 * "joined with opposition parties Podemos, ERC, Compromís and Nueva Canarias": capitalized names listed right after a
 * plural noun of bodies, two at least, are each one of them. The list stops at anything else (a place, a person, a
 * lower-case word).
 */
export function bodiesListedAfterPlural(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  tokens.forEach((t, i) => {
    if ((t.cap && !t.first) || !PLURAL_BODIES.has(t.lower) || state.headline.has(t.sentence)) return;
    const items: [number, number][] = [];
    let k = i + 1;
    // "Palestinian factions, including Hamas, Islamic Jihad and Fatah", "parties such as X and Y".
    if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'including') k += 2;
    else if (tokens[k]?.lower === 'including') k += 1;
    else if (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'as') k += 2;
    for (;;) {
      const owner = state.owner[k];
      if (owner && owner.type !== 'Organization') break;
      let end = k;
      if (owner) while (state.owner[end] === owner) end++;
      else while (end < k + 4 && tokens[end]?.cap && tokens[end]!.word && !state.owner[end] && tokens[end]!.sentence === t.sentence) end++;
      if (end === k || tokens[k]!.sentence !== t.sentence) break;
      items.push([k, end]);
      k = end;
      if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') k += 2;
      else if (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') k += 1;
      else break;
    }
    // The list must end where the clause goes on, not inside a longer capitalized phrase.
    if (items.length < 2) return;
    // A given name alone ("Fatah") is a body's name only beside a body the lexicon or another pass already knows.
    const known = items.some(([a]) => !!state.owner[a]);
    for (const [a, b] of items) {
      if (state.owner[a]) continue;
      const words = tokens.slice(a, b).map((w) => w.text);
      // "minority groups such as Kurds, Druze, Christians, and Alawites": peoples and faiths are no bodies.
      // "Ethnic groups Hutu, Tutsi and Twa": one word alone is a body only beside one the lexicon or another pass knows.
      if (words.length === 1 && (!known || lex.isCommonWord(words[0]!.toLowerCase()) || lex.countryOf.has(words[0]!) || lex.notNames.has(words[0]!) || PEOPLES.test(words[0]!))) continue;
      if (lex.places.has(words.join(' '))) continue;
      const text = state.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      addMention(state, 'Organization', a, b, '50-organizations/listed-after-plural', keyOf(text));
    }
  });
}

/**
 * "al-Hashd al-Shaabi (Popular Mobilization Forces)", "Peoples’ Equality and Democracy Party (DEM Party)": a body's
 * other name in parentheses right after it is the same body, under one key (a lexicon's key wins). Acronyms are the
 * resolver's (`resolve/acronyms.ts`).
 */
export function otherNamesInParentheses(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const orgs = state.mentions.filter((m) => m.type === 'Organization').sort((a, b) => a.start - b.start);
  const byStart = new Map(orgs.map((m) => [m.start, m]));
  for (const a of orgs) {
    const [, open] = tokenRange(state, a.start, a.end);
    if (tokens[open]?.text !== '(') continue;
    const b = byStart.get(tokens[open + 1]?.start ?? -1);
    if (!b || !b.text.includes(' ')) continue;
    const [, close] = tokenRange(state, b.start, b.end);
    if (tokens[close]?.text !== ')' || tokens[close]!.sentence !== tokens[open]!.sentence) continue;
    // Two bodies the lexicon knows apart ("the European Union (European Commission)"), or two names each ending in a
    // body's head of another kind ("the Syrian Democratic Forces (United States Army)"), are two bodies.
    if (a.key?.startsWith('org:') && b.key?.startsWith('org:')) continue;
    const head = (m: Mention): string | undefined => { const w = m.text.split(' ').pop()!; return lex.orgHeads.has(w) ? w.replace(/s$/, '') : undefined; };
    if (head(a) && head(b) && head(a) !== head(b)) continue;
    // "Hezbollah (Amal Movement)": a full name of its own beside a body the lexicon knows is another body; a known
    // body's name in another language or script has no head of its own ("al-Hashd al-Shaabi (Popular Mobilization Forces)").
    const known = (m: Mention): boolean => !!m.key?.startsWith('org:');
    if ((known(a) && head(b)) || (known(b) && head(a))) continue;
    const [from, to] = b.key?.startsWith('org:') && !a.key?.startsWith('org:') ? [b, a] : [a, b];
    to.key = from.key ?? nameKey(from.text);
    to.canonical = from.canonical ?? from.text.replace(/^the\s+/i, '');
  }
}
