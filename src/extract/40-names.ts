// Pass 40: people named with certainty: after a title ("Brig. Gen. Marco Bellini" → "Marco Bellini")
// or starting with a common first name ("Laura Chen"). Ship names ("USS Harry S. Truman") are skipped.
import { lexicons } from './lexicon.js';
import { ARTICLE_JOINED, CAPITALS_2_PLUS, COURTESY_TITLE } from './chars.js';
import { PLACE_WORDS_BEFORE } from './60-places-installations.js';
import { isAccentedGivenName, isGivenName, nameEnd, nameWord, isLexiconPhrase } from './names-shape.js';
import { addMention, note, type ExtractState, type Token } from './state.js';
import { titlesBefore } from './30-titles.js';
import { CALENDAR } from './chunks.js';

/** Words of motion or location before a place; not "in" or "around" ("confidence in X", "rallied around X"). */
/** Words after which a name set off by a country is a town in it: "at Abu Kamal, Syria". */
export const PLACE_PREPOSITIONS = /^(?:in|at|near|from|into|outside|around|to|toward|towards)$/;
const PLACE_BEFORE = new Set(['into', 'near', 'outside', 'toward', 'towards']);
/** Plural nouns of places, whose "including" lists places. */
const PLACES_NOUN = /^(?:towns|villages|cities|districts|neighbou?rhoods|areas|provinces|regions|camps|suburbs|communities|settlements)$/;
/** Parts of a town its name stands before: "a Piet Retief township" (read by 60-places.ts too). */
export const TOWN_PARTS: ReadonlySet<string> = new Set(['township', 'suburb', 'neighbourhood', 'neighborhood', 'outskirts', 'municipality', 'district']);
/** "the town of X", "the towns of X and Y", "the mayor of X": nouns whose "of" names a place. */
export const PLACE_OF_NOUNS = /^(?:city|cities|towns?|hometown|villages?|provinces?|regions?|governorates?|capital|port|governor|mayor|departments?|districts?|county|municipality|prefecture|community|neighbou?rhood|suburb|island|enclave|commune|township|wilayats?)$/;
/** "In the Wilayat of Muttrah", "the Province of Kandahar": a subdivision's capitalized head whose "of" names it (not
 * "Department of Defense", "Community of Sant'Egidio", which name bodies). */
export const PLACE_OF_HEADS = /^(?:City|Town|Village|Province|Governorate|District|County|Municipality|Prefecture|Wilayat|Emirate)$/;

/** A word of place or motion before token `i`, directly or across a list of capitalized names ("into X, Y and Z"). */
export function afterPlaceWord(state: ExtractState, i: number): boolean {
  const tokens = state.tokens;
  for (let k = i - 1; k >= Math.max(0, i - 8) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    const t = tokens[k]!;
    if (PLACE_BEFORE.has(t.lower) || (t.lower === 'of' && PLACE_OF_NOUNS.test(tokens[k - 1]?.lower ?? ''))) return true;
    // "in neighborhoods, including Morne Vert and Toruvu": "including" after a plural noun of places.
    if (t.lower === 'including' && PLACES_NOUN.test(tokens[tokens[k - 1]?.text === ',' ? k - 2 : k - 1]?.lower ?? '')) return true;
    if (!(t.cap || t.text === ',' || t.lower === 'and' || lexicons().particles.has(t.lower))) return false;
  }
  return false;
}

function skipShips(state: ExtractState): void {
  const lex = lexicons();
  state.tokens.forEach((t, i) => {
    if (!t.cap || !lex.shipPrefixes.has(t.text)) return; // ship prefixes are capitals: "USS", "HMS"
    let to = i + 1;
    while (state.tokens[to]?.cap && state.tokens[to]!.sentence === t.sentence) to++;
    if (to === i + 1) return;
    for (let k = i; k < to; k++) state.skipped[k] = true;
    if (state.explain) note(state, { kind: 'skip', text: state.text.slice(t.start, state.tokens[to - 1]!.end), rule: '40-names/ship', start: t.start, end: state.tokens[to - 1]!.end, sentenceIndex: t.sentence });
  });
}

/** A body's lower-case head ("administration", "party") or an outlet's noun ("news agency", "newspaper") at `k`. */
function bodyNounAt(state: ExtractState, k: number): boolean {
  return lexicons().orgLowerHeads.has(state.tokens[k]!.text) || mediaNounAt(state, k);
}

/** An outlet's noun ("television", "newspaper", "news agency") at `k`. */
function mediaNounAt(state: ExtractState, k: number): boolean {
  const lex = lexicons();
  const t = state.tokens[k]!;
  const u = state.tokens[k + 1];
  return lex.mediaNouns.has(t.lower) || (!!u && u.sentence === t.sentence && lex.mediaNouns.has(`${t.lower} ${u.lower}`));
}

/** Words after which a town's name may stand right before a person's ("in Mendi Gideon Kauke"). */
const TOWN_BEFORE_NAME = new Set(['in', 'near', 'outside']);

/** Token `k` is a known place or a town of the gazetteer, right after "in", "near" or "outside". */
function townBeforeName(state: ExtractState, k: number): boolean {
  const t = state.tokens[k];
  const before = state.tokens[k - 1];
  return !!t && !!before && t.cap && before.sentence === t.sentence && TOWN_BEFORE_NAME.has(before.lower) && (lexicons().places.has(t.text) || lexicons().isTown(t.text));
}

/** "Mr Sunday Babaji"; a month after "Mrs" is a surname ("Mrs May"). */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function findNames(state: ExtractState): void {
  skipShips(state);
  const lex = lexicons();
  const tokens = state.tokens;
  // "President Ruiz", "Defense Secretary Ivo Horvat": a name after a title.
  for (let i = 0; i < tokens.length; i++) {
    if (state.inTitle[i] || !titlesBefore(state, i)) continue;
    // "President of Abkhazia Raul Khajimba": the territory a state office's "of" names (see the titles pass).
    const territory = state.titles.get(i - 1)?.territory;
    if (territory !== undefined && !state.owner[territory]) addMention(state, 'Place', territory, territory + 1, '40-names/office-territory');
    let to = nameEnd(state, i);
    // "Defence Minister Wellington Koo": a city's name before a surname is a given name (see isLexiconPhrase).
    let lexical = to === i || isLexiconPhrase(state, i, to);
    // "Defense Minister Israel Katz": a given name that is also a country, with a surname after it.
    // "march organiser Samoa Abdoulmadjid": a one-word place before words no lexicon knows is a given name too.
    if (to === i && tokens[i]!.cap && !state.owner[i] && !state.skipped[i]) {
      const rest = nameEnd(state, i + 1);
      const unknown = () => tokens.slice(i + 1, rest).every((t) => !lex.isCommonWord(t.text) && !lex.places.has(t.text) && !lex.orgs.has(t.text) && !lex.notNames.has(t.text));
      const given = isGivenName(tokens[i]!.text) || (lex.places.has(tokens[i]!.text) && unknown());
      if (given && rest > i + 1 && !isLexiconPhrase(state, i + 1, rest)) { to = rest; lexical = false; }
    }
    // "Prime Minister Luís Montenegro": after a title, a given name and then a place's name are a person whose surname is
    // the place's, when the name ends there.
    if (to === i + 1 && isGivenName(tokens[i]!.text) && tokens[i + 1]?.cap && tokens[i + 1]!.word && tokens[i + 1]!.sentence === tokens[i]!.sentence
      && lex.places.has(tokens[i + 1]!.text) && !(tokens[i + 2]?.cap && tokens[i + 2]!.word && tokens[i + 2]!.sentence === tokens[i]!.sentence) && !state.owner[i + 1]) { to = i + 2; lexical = false; }
    // "the Commissioner of Police, Mr Sunday Babaji": after an honorific, a day's or month's name before a surname is a
    // given name.
    const honored = COURTESY_TITLE.test(tokens[i - 1]?.text ?? '') && tokens[i]!.cap && WEEKDAY.test(tokens[i]!.text) && nameEnd(state, i + 1) > i + 1
      && !isLexiconPhrase(state, i + 1, nameEnd(state, i + 1));
    if (honored) { to = nameEnd(state, i + 1); lexical = false; }
    if (lexical) continue;
    if (lex.notNames.has(tokens[i]!.text) && !honored) continue;
    // "Mr Speaker", "Madam President": a courtesy title before an office is a form of address and names no one (not
    // "Senator King", "Ms Bishop": a title word may be a surname after any other title).
    if (to === i + 1 && lex.addressedOffices.has(tokens[i]!.text) && /^(?:Mr\.?|Madam|Madame)$/.test(tokens[i - 1]?.text ?? '')) continue;
    // "Prince Sultan Air Base", "Prince Sultan AB": a title and words before a place head name a place, not a person;
    // nor is a short run of capitals after a title one ("Sultan AB").
    const next = tokens[to];
    if (next && next.cap && next.sentence === tokens[i]!.sentence && (lex.placeHeads.has(next.text) || lex.placeHeads.has(`${tokens[to - 1]!.text} ${next.text}`))) continue;
    // "vice chairman of North Korea's top military body": a title's "of" complement that ran into a place's name leaves
    // the rest of the place, not a person.
    if (to === i + 1 && tokens[i - 1]?.cap && lex.places.has(`${tokens[i - 1]!.text} ${tokens[i]!.text}`)) continue;
    // "official Marine Gen. Alan Rivers": a service word before a rank is more of the titles, no name.
    if (to === i + 1 && lex.military.has(tokens[i]!.text) && lex.titles.has(tokens[to]?.text ?? '')) continue;
    // "press secretary Air Force Brig. Gen. Tom Hale": so is a service of two words before the next title.
    if (to === i + 1 && lex.military.has(`${tokens[i]!.text} ${tokens[i + 1]?.text ?? ''}`) && state.inTitle[i + 2]) continue;
    // "Gen Z": one capital letter alone after a title is no name, nor is a short run of capitals ("Sultan AB").
    if (to === i + 1 && /^\p{Lu}{1,3}$/u.test(tokens[i]!.text)) continue;
    // "the Sheikh Jarrah district": a title word and a name before an area word name a place.
    if (tokens[to] && !tokens[to]!.cap && lex.districtHeads.has(tokens[to]!.text)) continue;
    // "Syria’s official SANA news agency", "the Minister Ruiz administration": a body's or an outlet's lower-case noun
    // after the words makes them its name, not a person's.
    // Only a one-word name no lexicon gives a person ("President Ana Ruiz administration officials" is Ruiz's).
    if (to === i + 1 && !isGivenName(tokens[i]!.text) && next && next.word && !next.cap && next.sentence === tokens[i]!.sentence && bodyNounAt(state, to)) continue;
    // "Jordan’s official Al Mamlaka television": an outlet's noun after two or three words no lexicon gives a person.
    if (to - i <= 3 && !isGivenName(tokens[i]!.text) && next && next.word && !next.cap && next.sentence === tokens[i]!.sentence && mediaNounAt(state, to)) continue;
    // "Minister Vows Swift Response": in a headline, title-case words that are all common words name no one.
    if (state.headline.has(tokens[i]!.sentence) && tokens.slice(i, to).every((t) => lex.isCommonWord(t.text) && !lex.firstNames.has(t.text))) continue;
    // "engagement with member States", "Member States": one plural common word after a title that is a common noun (one
    // the titles list writes in lower case) is a class of things, no one.
    const title = state.titles.get(i - 1);
    const common = !!title && /^\p{Ll}/u.test(lex.titlesLower.get(title.text.toLowerCase())?.t ?? '');
    if (to === i + 1 && common && /s$/.test(tokens[i]!.text) && lex.isCommonWord(tokens[i]!.lower) && !lex.firstNames.has(tokens[i]!.text)) continue;
    // "Minister of Finance Bjarni Benediktsson Resigns": in a headline, the title-case verb after the name is no part of it.
    if (state.headline.has(tokens[i]!.sentence)) while (to > i + 1 && /s$/.test(tokens[to - 1]!.text) && lex.isCommonWord(tokens[to - 1]!.lower) && !lex.firstNames.has(tokens[to - 1]!.text)) to--;
    addMention(state, 'Person', i, to, '40-names/title-name');
    i = to - 1;
  }
  // "Laura Chen", "Hadi al-Rawi": a known first name and at least one more name word.
  const apposed = placesInApposition(state);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "João Pedro Vieira": an accented given name opens a name (not inside one: "Iris Marín Ortiz" is found whole by
    // its context).
    const opens = isGivenName(t.text) || (isAccentedGivenName(t.text) && !(tokens[i - 1]?.cap && tokens[i - 1]!.word && tokens[i - 1]!.sentence === t.sentence));
    if (!t.cap || !opens || state.owner[i] || state.headline.has(t.sentence)) continue;
    // "the Islamist group Jamaa Islamiya": a name right after a group's noun and its creed's adjective is the group's.
    const noun = tokens[i - 1];
    // (After an adjective of creed or people: "the party Mohamed X said" names the party's officer.)
    if (noun?.word && !noun.cap && noun.sentence === t.sentence && lex.groupNouns.has(noun.lower) && /^(?:\p{Lu}\p{Ll}+(?:ist|ic|ian|ish|ese|i)|\p{Ll}+(?:ist|ic))$/u.test(tokens[i - 2]?.text ?? '')) continue;
    // "Premier of Alberta Danielle Smith": a place's name that is also a given name, after an office's "of" and before
    // another given name and a surname, is the office's territory.
    if (tokens[i - 1]?.lower === 'of' && lex.roleNouns.has(tokens[i - 2]?.lower ?? '') && (lex.places.has(t.text) || lex.isTown(t.text))
      && tokens[i + 1]?.cap && isGivenName(tokens[i + 1]!.text) && tokens[i + 1]!.sentence === t.sentence && nameEnd(state, i + 1) >= i + 3) {
      addMention(state, 'Place', i, i + 1, '40-names/office-territory');
      continue;
    }
    // "the Police Commander in Mendi Gideon Kauke": after "in" or "near", a town's name before another given name and a
    // surname is the town, and the person's name starts after it.
    // A town that is a given name too ("in Anna Maria Lopez") only where the gazetteer knows it as a city or region.
    if (townBeforeName(state, i) && lex.places.has(t.text) && tokens[i + 1]?.cap && isGivenName(tokens[i + 1]!.text) && tokens[i + 1]!.sentence === t.sentence && nameEnd(state, i + 1) >= i + 3) {
      addMention(state, 'Place', i, i + 1, '40-names/town-before-name');
      continue;
    }
    let to = nameEnd(state, i);
    // "said Lisa Monaco, the president's top counterterrorism adviser": a given name and then a place's name, the name ending
    // there, are a person whose surname is the place's where a speech verb or an apposition of a role says so.
    if (to === i + 1 && placeSurname(state, i)) to = i + 2;
    // "a Fine Gael TD for Dublin West": an abbreviated title after the words is no surname.
    while (to > i + 1 && /^\p{Lu}{2,3}$/u.test(tokens[to - 1]!.text) && lex.titles.has(tokens[to - 1]!.text)) to--;
    if (to - i < 2 || isLexiconPhrase(state, i, to) || placeFrom(state, i) || placeEndsAt(state, i)) continue;
    // "Ben Guerdane, the last city before the border" anywhere in the text: the words name a place, each time.
    if (apposed.has(state.text.slice(t.start, tokens[to - 1]!.end))) continue;
    // "the All People’s Congress": a word whose possessive sits inside a body's name ends no person's name.
    if (tokens[to - 1]!.possessive && lex.possessiveNameWords.has(tokens[to - 1]!.text) && tokens[to]?.cap && tokens[to]!.sentence === t.sentence) continue;
    // "advanced into Tel Abyad", "into Ras al Ain and Tel Abyad": a town of the gazetteer after a word of place or
    // motion is no person.
    // "set alight in a Piet Retief township": the same before a lower-case part of a town.
    if ((afterPlaceWord(state, i) || (TOWN_PARTS.has(tokens[to]?.text ?? '') && tokens[to]!.sentence === t.sentence)) && lex.isTown(state.text.slice(t.start, tokens[to - 1]!.end))) continue;
    // "from Ras al-Ayn and Tel Abyad", "in Ein al-Hilweh": an Arabic place name's first word ("Tel", "Ein") after a word
    // of place, or after "and" and a place, opens a place's name, whatever given name it is too.
    const placeBeforeAnd = tokens[i - 1]?.lower === 'and' && (state.owner[i - 2]?.type === 'Place' || lex.places.has(tokens[i - 2]?.text ?? '')
      || (ARTICLE_JOINED.test(tokens[i - 2]?.text ?? '') && lex.arabicPlacePrefixes.has(tokens[i - 3]?.text ?? '')));
    if (lex.arabicPlacePrefixes.has(t.text) && (PLACE_WORDS_BEFORE.has(tokens[i - 1]?.lower ?? '') || placeBeforeAnd)) continue;
    const next = tokens[to];
    // "shelled the town of Zirgan (Abu Rasin)": a name in brackets after a settlement's name is its other name.
    if (tokens[i - 1]?.text === '(' && tokens[to]?.text === ')' && tokens[i - 3]?.lower === 'of' && PLACE_OF_NOUNS.test(tokens[i - 4]?.lower ?? '')) continue;
    // "bombed a facility at Abu Kamal, Syria, that …": a name set off by a country alone is a town in it.
    // (Only after a word of place: "the winners were Ann Cole, Kenya, and …" lists people with their countries.)
    const country = tokens[to + 1];
    if (next?.text === ',' && country?.cap && country.sentence === t.sentence && lex.countries.has(country.text) && /^[,.;)]$/.test(tokens[to + 2]?.text ?? '')
      && PLACE_PREPOSITIONS.test(tokens[i - 1]?.lower ?? '')) continue;
    // "Harbor Army", "Ruiz administration": the phrase names an organization.
    if (next && next.word && !next.cap && (lex.orgLowerHeads.has(next.text) || lex.placeLowerHeads.has(next.text) || lex.districtHeads.has(next.text))) continue;
    // "Yale Law School", "Carter Center": a capitalized organization head right after the words ends no person;
    // "Mihail Kogalniceanu Air Base": nor does a place head, alone or with the name's last word.
    if (next && next.cap && next.sentence === t.sentence && (lex.orgHeads.has(next.text) || lex.placeHeads.has(next.text) || lex.placeHeads.has(`${tokens[to - 1]!.text} ${next.text}`))) continue;
    // "Nobel Peace Prize laureate": the words name a prize, not a person.
    if (lex.thingHeads.has(tokens[to - 1]!.text) || (next?.cap && next.sentence === t.sentence && lex.thingHeads.has(next.text))) continue;
    // "Rafic Hariri International Airport": a place head one word further on.
    const second = tokens[to + 1];
    if (next?.cap && next.word && second?.cap && second.sentence === t.sentence && lex.placeHeads.has(second.text)) continue;
    // "Débora Maria da Silva": a given name the lexicon lacks before a known second given name.
    // "Hamood Bin Faisal Al Bu Saidi": a name word and a patronymic particle before the known given name open the name.
    const patronymic = PATRONYMIC.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]!.sentence === t.sentence && !tokens[i - 1]!.first && givenNameBefore(state, i - 1);
    // "President of Abkhazia Raul Khajimba": a word after an office's "of" is the office's place (a state's office) or
    // body, not the first of the names.
    const office = officeOfBefore(state, i);
    if (office) addMention(state, office, i - 1, i, '40-names/office-complement');
    // "in Mendi Gideon Kauke": the word before the given name is the town (above, for a town that is a given name too).
    const town = !office && !patronymic && to >= i + 2 && townBeforeName(state, i - 1) && givenNameBefore(state, i);
    if (town) addMention(state, 'Place', i - 1, i, '40-names/town-before-name');
    const from = patronymic ? i - 2 : !office && !town && givenNameBefore(state, i) ? i - 1 : i;
    addMention(state, 'Person', from, to, '40-names/first-name');
    i = to - 1;
  }
}

/**
 * "President of Abkhazia Raul Khajimba", "the chairman of Gazprom Alexei Miller": one word no list knows after an
 * office's "of", right before a given name: a Place after a state office, else an Organization; null otherwise.
 */
function officeOfBefore(state: ExtractState, i: number): 'Place' | 'Organization' | null {
  const tokens = state.tokens;
  const word = tokens[i - 1];
  if (!word || tokens[i - 2]?.lower !== 'of' || !givenNameBefore(state, i)) return null;
  const office = titlesBefore(state, i - 1);
  const role = lexicons().roleNouns.has(tokens[i - 3]?.lower ?? '');
  if (!office && !role) return null;
  return office?.state || /^(?:president|governor|mayor|premier|king|prime|minister)$/.test(tokens[i - 3]?.lower ?? '') ? 'Place' : 'Organization';
}

/** Arabic patronymic particles inside a name: "Hamood Bin Faisal", "Abdullah ibn Zayed". */
const PATRONYMIC = /^(?:[Bb]in|[Bb]int|[Ii]bn)$/;

/** Nouns of a settlement or an area that say a name in apposition is a place: "Tibú, a town of 50,000". */
const SETTLEMENT_NOUNS = /^(?:city|town|village|port|hamlet|district|province|region|island)$/;
/** Words that end an apposition's adjectives: "a resident of the village" describes no village. */
const FUNCTION_WORDS = /^(?:of|from|in|at|on|near|to|for|with|by|the|a|an|and|or|who|which|that)$/;
/** Words that close such an apposition's noun: "the last city before the border", "a town near …". */
const SETTLEMENT_ENDS = /^(?:[,.;]|near|in|on|where|which|that|before|after|along|close)$/;

/**
 * After the comma at token `comma`: "a" or "the", at most `adjectives` lower-case adjectives, a settlement's noun, and a
 * word that closes it ("the last city before the border"), or "of" and a number where `ofNumber` ("a town of 50,000").
 */
export function settlementAfter(state: ExtractState, comma: number, adjectives: number, ofNumber: boolean): boolean {
  const tokens = state.tokens;
  if (tokens[comma]?.text !== ',' || !/^(?:a|the)$/.test(tokens[comma + 1]?.text ?? '')) return false;
  let j = comma + 2;
  while (j < comma + 2 + adjectives && tokens[j]?.word && !tokens[j]!.cap && !SETTLEMENT_NOUNS.test(tokens[j]!.text) && !FUNCTION_WORDS.test(tokens[j]!.text)) j++;
  const after = tokens[j + 1];
  return SETTLEMENT_NOUNS.test(tokens[j]?.text ?? '') && !!after && (SETTLEMENT_ENDS.test(after.text) || (ofNumber && after.text === 'of' && /^\d/.test(tokens[j + 2]?.text ?? '')));
}

/**
 * Two or three capitalized words set off by a comma and described as a settlement ("Ben Guerdane, the last city before
 * the border", "Said Sadiq, a town in …"): no person is a city, whatever given name opens the words.
 */
function placesInApposition(state: ExtractState): Set<string> {
  const tokens = state.tokens;
  const out = new Set<string>();
  for (let k = 2; k < tokens.length; k++) {
    // Adjectives only: "Omar Zeidan, a resident of the village" is a person from a village.
    if (!settlementAfter(state, k, 3, false)) continue;
    let from = k;
    while (from > k - 3 && tokens[from - 1]?.cap && tokens[from - 1]!.word && tokens[from - 1]!.sentence === tokens[k]!.sentence && !tokens[from - 1]!.first) from--;
    if (k - from === 2 || k - from === 3) out.add(state.text.slice(tokens[from]!.start, tokens[k - 1]!.end));
  }
  return out;
}

/**
 * Token `i + 1` is a one-word place that ends the name the given name at `i` opens, in a person's context: a speech
 * verb before the name or after it, or a comma and a role after it ("said Lisa Monaco, the president's top adviser").
 */
function placeSurname(state: ExtractState, i: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const [place, after] = [tokens[i + 1], tokens[i + 2]];
  const same = (t: Token | undefined): t is Token => !!t && t.sentence === tokens[i]!.sentence;
  if (!same(place) || !place.cap || !place.word || !lex.places.has(place.text) || state.owner[i + 1] || (same(after) && after.cap && after.word)) return false;
  // ("told Sarah Israel had no choice": after the speech verb, the name must end its clause.)
  if (lex.speechVerbs.has(tokens[i - 1]?.text ?? '') && same(tokens[i - 1]) && (!same(after) || /^[,.;:]$/.test(after.text))) return true;
  if (same(after) && lex.speechVerbs.has(after.text)) return true;
  if (!same(after) || after.text !== ',') return false;
  for (let k = i + 3; k < i + 9 && same(tokens[k]) && tokens[k]!.text !== ','; k++) if (lex.roleNouns.has(tokens[k]!.lower)) return true;
  return false;
}

/** A known place of up to five words starts at token i: "Azad Jammu and Kashmir" is no "Azad Jammu". */
function placeFrom(state: ExtractState, i: number): boolean {
  const places = lexicons().places;
  const tokens = state.tokens;
  let words = tokens[i]!.text;
  for (let k = i + 1; k < i + 5 && tokens[k]?.sentence === tokens[i]!.sentence; k++) {
    words += ` ${tokens[k]!.text}`;
    if (places.has(words)) return true;
  }
  return false;
}

/** A known place of two or three words ends at token i: the "Leone" of "Sierra Leone People’s Party" starts no name. */
function placeEndsAt(state: ExtractState, i: number): boolean {
  const places = lexicons().places;
  const tokens = state.tokens;
  let words = tokens[i]!.text;
  for (let k = i - 1; k >= i - 2 && tokens[k]?.sentence === tokens[i]!.sentence && tokens[k]!.cap; k--) {
    words = `${tokens[k]!.text} ${words}`;
    if (places.has(words)) return true;
  }
  return false;
}

/** The word before a known given name is a first given name too: capitalized, inside the sentence, no lexicon word. */
function givenNameBefore(state: ExtractState, i: number): boolean {
  const lex = lexicons();
  const before = state.tokens[i - 1];
  if (!before || before.first || before.sentence !== state.tokens[i]!.sentence || !nameWord(state, i - 1)) return false;
  // "Strategic Communications Tom Hale": a common word before the given name ends a title, it is no given name.
  // "chairperson of ZEC Priscilla X": an acronym is no given name.
  // "said Guna Raj Luitel": right after a speech verb a town's name before a given name is the first of the names.
  // Only after a quotation's closing mark and the verb ("“…,” said Guna Raj Luitel"; not "The report said Washington
  // Ivo Horvat would attend").
  const closing = /^[”"’']$/u.test(state.tokens[i - 3]?.text ?? '') || /[”"]\s*$/u.test(state.text.slice(Math.max(0, (state.tokens[i - 2]?.start ?? 0) - 3), state.tokens[i - 2]?.start ?? 0));
  const said = closing && lex.speechVerbs.has(state.tokens[i - 2]?.text ?? '') && state.tokens[i - 2]!.sentence === before.sentence && !lex.countryOf.has(before.text);
  return !lex.notNames.has(before.text) && !lex.orgs.has(before.text) && (!lex.places.has(before.text) || said) && !state.headline.has(before.sentence)
    && !lex.isCommonWord(before.text) && !CAPITALS_2_PLUS.test(before.text);
}
