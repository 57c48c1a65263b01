// Pass 60: places. Countries, cities and regions of the lexicon (also inside "Iran-backed" or "US-Iraqi"),
// with a direction ("North Arabian Sea") or a lower-case head ("Baghdad airport"); capitalized phrases ending
// in a place word ("Ain al-Asad Air Base"); "the city of Irbil"; "Davos, Switzerland".
import { lexicons, stripDiacritics, type PlaceEntry } from './lexicon.js';
import { CALENDAR, capitalChunks } from './chunks.js';
import { afterPlaceWord, PLACE_OF_HEADS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, settlementAfter, TOWN_PARTS } from './40-names.js';
import { addMention, hyphenedTokens, isFree, note, positionsOf, writtenInLowerCase, type ExtractState } from './state.js';
import type { Mention } from './types.js';
import { COURTESY_TITLE, UPPER_START } from './chars.js';
import { nameWord } from './names-shape.js';
import { bodyHeadAfter, installations, placeHeadAfter } from './60-places-installations.js';
import { inLists, listedBeforePlaceKind, otherPlacesOfKind, repeatedPlaces } from './60-places-in-lists.js';


const ROMANCE_PARTICLES = new Set(['de', 'del', 'do', 'da', 'dos', 'das']);

function placeKey(entry: PlaceEntry): { key: string; canonical: string } {
  return { key: `place:${entry.name}`, canonical: entry.name };
}

/** A lower-case place head after a place: "Baghdad airport", "al-Asad air base". */
function lowerHeadAfter(state: ExtractState, to: number, sites = false): number {
  const lex = lexicons();
  const tokens = state.tokens;
  const one = tokens[to];
  if (!one || !isFree(state, to, to + 1)) return to;
  const two = tokens[to + 1];
  if (two && isFree(state, to + 1, to + 2) && lex.placeLowerHeads.has(`${one.text} ${two.text}`)) return to + 2;
  return lex.placeLowerHeads.has(one.text) || (sites && lex.placeFacilityHeads.has(one.text)) ? to + 1 : to;
}

/** "Aruba Prime Minister X", "Bermuda Premier X": a title after the region is no longer name. */
function partOfLongerName(state: ExtractState, next: number): boolean {
  const t = state.tokens[next];
  return !!t && t.cap && t.word && !t.possessive && t.sentence === state.tokens[next - 1]!.sentence && !state.owner[next] && !state.inTitle[next] && !lexicons().places.has(t.text);
}

/** Token `k`, next to `i` in its sentence, is a word of a person's name: capitalized, free, and no place, title or head word. */
function nameNeighbour(state: ExtractState, i: number, k: number): boolean {
  const t = state.tokens[k];
  const lex = lexicons();
  // "Citing Baghdad officials", "Quoting Erbil Governor X": a participle that opens the sentence is no given name
  // (but "Blessing Lagos said" is a person).
  if (t && k < i && t.first && /ing$/.test(t.text) && lex.isCommonWord(t.text) && !lex.firstNames.has(t.text) && !lex.speechVerbs.has(state.tokens[i + 1]?.lower ?? '')) return false;
  return !!t && t.sentence === state.tokens[i]!.sentence && nameWord(state, k) && !lex.notNames.has(t.text) && !lex.places.has(t.text)
    && !lex.directions.has(t.text);
}

const ARABIC_ARTICLE = /^(?:al|el|ash|ath)$/;
/** "return to Lima", "flew from Lima": after these a city stays a city, whoever shares its name. */
const MOTION_BEFORE = new Set(['to', 'from', 'at', 'via']);

/** `words` end a person's name found in the article, after its first word ("Villavicencio" of "Fernando Villavicencio"),
 * accents aside ("Hernandez" of "Juan Orlando Hernández"). */
function surnameOfPerson(state: ExtractState, words: string): boolean {
  const end = ` ${stripDiacritics(words)}`;
  return state.mentions.some((m) => m.type === 'Person' && stripDiacritics(m.text).endsWith(end));
}

function knownPlaces(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word || !tokens[i]!.cap) continue;
    // The longest free phrase of up to six words (one sentence) that is a known place ("Saint Vincent and the
    // Grenadines", "Democratic Republic of the Congo").
    let words = '';
    let lower = '';
    let n = 0;
    let entry: PlaceEntry | undefined;
    for (let k = i; k < i + 6 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (state.owner[k] || state.skipped[k] || !t.word || t.sentence !== tokens[i]!.sentence) break;
      words = k === i ? t.text : `${words} ${t.text}`;
      lower = k === i ? t.lower : `${lower} ${t.lower}`;
      if (!lex.placePrefixesLower.has(lower) && !lex.placePrefixesLower.has(stripDiacritics(lower))) break;
      // "Nuku'Alofa": a capital after an apostrophe inside one word is the gazetteer's lower-case letter.
      const found = lex.places.get(words) ?? lex.placesFolded.get(stripDiacritics(words)) ?? (/['’]\p{Lu}/u.test(words) ? lex.places.get(words.replace(/(['’])(\p{Lu})/gu, (_, a: string, b: string) => a + b.toLowerCase())) : undefined);
      if (found) { entry = found; n = k - i + 1; }
    }
    if (!entry) continue;
    // "Ras al Ain", "Tal el Hawa": a capitalized word and an Arabic article before a one-word place make another
    // place ("Ain" is a French department); not after a given name ("Hassan al Basra" is a person).
    const article = tokens[i - 1];
    const head = tokens[i - 2];
    if (n === 1 && entry.kind !== 'country' && article && head && ARABIC_ARTICLE.test(article.text) && article.sentence === tokens[i]!.sentence && head.sentence === article.sentence
      && head.cap && head.word && isFree(state, i - 2, i) && !lex.firstNames.has(head.text) && !lex.places.has(head.text)) {
      const text = state.text.slice(head.start, tokens[i]!.end);
      addMention(state, 'Place', i - 2, i + 1, '60-places/arabic-compound', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    // "the Panama Papers", "the Oslo Accords": a place's name before a thing's head word names the thing.
    if (tokens[i + n]?.cap && tokens[i + n]!.sentence === tokens[i]!.sentence && lex.thingHeads.has(tokens[i + n]!.text)) continue;
    // "Gulf Keystone", "Atlantic Council": a one-word region before another capitalized word names something else.
    if (n === 1 && entry.kind === 'region' && partOfLongerName(state, i + 1)) continue;
    // "Gao Feng", "Marcos Santos", "Salif Keita": a one-word city among name words is part of a person's name.
    if (n === 1 && entry.kind === 'city' && (nameNeighbour(state, i, i + 1) || nameNeighbour(state, i, i - 1))) continue;
    // "Mr Villavicencio", and "Villavicencio said" after "Fernando Villavicencio": a one-word city that follows a
    // courtesy title, or is the surname of a person the article names, is that person (not after "in", "near" …).
    // After "in" too when it is a possessor ("rigging in Banda's favour" after "Rupiah Banda"; Banda is a city of India).
    // A region's name too ("Guerrero was considered missing" after "Adrián Guerrero"), but not where the words say it
    // is the region ("Guerrero state", "in Guerrero's mountains").
    const possessor = tokens[i + 1]?.possessive && tokens[i + 1]!.sentence === tokens[i]!.sentence;
    const regionNamed = entry.kind === 'region' && !tokens[i + 1]?.possessive && !(tokens[i + 1]?.word && (lex.placeLowerHeads.has(tokens[i + 1]!.lower) || tokens[i + 1]!.lower === 'state') && tokens[i + 1]!.sentence === tokens[i]!.sentence);
    if (n === 1 && (entry.kind === 'city' || (regionNamed && !TOWN_BEFORE.has(tokens[i - 1]?.lower ?? ''))) && (COURTESY_TITLE.test(tokens[i - 1]?.text ?? '') || (surnameOfPerson(state, tokens[i]!.text) && ((!TOWN_BEFORE.has(tokens[i - 1]?.lower ?? '') && !MOTION_BEFORE.has(tokens[i - 1]?.lower ?? '')) || possessor)))) continue;
    let from = i;
    const before = tokens[i - 1];
    // "Puerto Jordan", "Port Sudan": a site's prefix word before a known name makes another place (the prefix pass names it).
    if (before && before.sentence === tokens[i]!.sentence && lex.placePrefixes.has(before.text) && isFree(state, i - 1, i) && !lex.places.has(`${before.text} ${words}`)) continue;
    const direction = before && before.cap && !before.first && lex.directions.has(before.text) && isFree(state, i - 1, i);
    if (direction) from = i - 1;
    // "San Antonio de los Banos", "Santa Cruz de la Sierra": a Romance particle and a name after a known place make another.
    // Not "Israel de la Rosa": a given name with a Romance surname is a person.
    const tail = n === 1 && lex.firstNames.has(tokens[i]!.text) ? i + n : romanceTail(state, i + n);
    if (tail > i + n) {
      const longer = state.text.slice(tokens[i]!.start, tokens[tail - 1]!.end);
      addMention(state, 'Place', i, tail, '60-places/romance-tail', { key: `name:${longer.toLowerCase()}` });
      i = tail - 1;
      continue;
    }
    // "Derby County manager", "the Paris Police Prefecture": the name of a club or a body, for the other passes.
    if (bodyHeadAfter(state, i + n)) continue;
    const headed = placeHeadAfter(state, i + n);
    // "the Dublin West constituency": a compass word between the known name and a lower-case head.
    const compass = tokens[i + n]?.cap && lex.directions.has(tokens[i + n]!.text) && isFree(state, i + n, i + n + 1) ? lowerHeadAfter(state, i + n + 1) : -1;
    let to = headed > i + n ? headed : compass > i + n + 1 ? compass : lowerHeadAfter(state, i + n);
    // "a Mogadishu hotel": after "a" the known name only says where the hotel is.
    if (to === i + n + 1 && /^(?:a|an)$/i.test(tokens[i - 1]?.text ?? '') && /^(?:hotel|prison|town|village)$/.test(tokens[i + n]!.text)) to = i + n;
    // "a San Antonio military base", "a Burkina Faso military base": after "a", or after a country's name, a military
    // site's words say where it is, not what it is called.
    if (to > i + n && tokens[i + n]!.lower === 'military' && (entry.kind === 'country' || /^(?:a|an)$/i.test(tokens[i - 1]?.text ?? ''))) to = i + n;
    // "the Christchurch mosque shootings": a known place before "mosque" says where the mosque is; so it does before
    // "hospital" ("taken to a Beirut hospital").
    if (to === i + n + 1 && (tokens[i + n]!.lower === 'mosque' || tokens[i + n]!.lower === 'hospital')) to = i + n;
    // "a Miami jail", "a U.S. jail", "a Turkish-run Syria prison": a known town or a country before "jail" (a country
    // before "prison" too) says where the jail is; "Nitzan jail", "Abu Ghraib prison" are names.
    if (to === i + n + 1 && (tokens[i + n]!.lower === 'jail' || (entry.kind === 'country' && tokens[i + n]!.lower === 'prison'))) to = i + n;
    const text = state.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    // "the Odesa region" is Odesa; "Baghdad airport" is a place of its own.
    const area = to === i + n + 1 && lex.placeAreaHeads.has(tokens[i + n]!.text);
    const extras = from === i && (to === i + n || area) ? placeKey(entry) : { key: `name:${text.toLowerCase()}` };
    addMention(state, 'Place', from, to, from < i ? '60-places/direction' : to > i + n ? '60-places/lower-head' : '60-places/known', extras);
    i = to - 1;
  }
}

/** After token `k`: "de" (or "del", "do", "da"), perhaps "la", "los", "las", "el", then capitalized words; their end, else `k`. */
function romanceTail(state: ExtractState, k: number): number {
  const tokens = state.tokens;
  const sentence = tokens[k - 1]?.sentence;
  if (!ROMANCE_PARTICLES.has(tokens[k]?.text ?? '') || tokens[k]!.sentence !== sentence) return k;
  let j = k + 1;
  if (/^(?:la|las|los|el)$/.test(tokens[j]?.text ?? '')) j++;
  let end = j;
  while (end < j + 3 && tokens[end]?.cap && tokens[end]!.word && tokens[end]!.sentence === sentence && isFree(state, end, end + 1) && !CALENDAR.test(tokens[end]!.text)) end++;
  return end > j && isFree(state, k, j) ? end : k;
}

/** "Iran-backed", "US-Iraqi", "Israel-Gaza": places inside a hyphenated word. */
function hyphenated(state: ExtractState): void {
  const lex = lexicons();
  for (const i of hyphenedTokens(state)) {
    const t = state.tokens[i]!;
    if (!t.word || state.owner[i] || state.skipped[i] || /^(al|el|Al|El)-/.test(t.text)) continue;
    let offset = 0;
    const found: Mention[] = [];
    const parts = t.text.split('-');
    // "Euro-Atlantic", "Moller-Maersk": a capitalized part that is no place makes the word a name of its own.
    if (parts.some((part) => UPPER_START.test(part) && !lex.places.has(part) && !lex.adjectiveOf.has(part))) continue;
    // "Virginia-class": a class of ship named after a place, not the place.
    if (lex.placeNotAfter.has(parts[parts.length - 1]!)) continue;
    for (const part of parts) {
      const entry = lex.places.get(part) ?? (lex.adjectiveOf.has(part) && UPPER_START.test(part) && part.length <= 4 ? lex.places.get(part) : undefined);
      if (entry && UPPER_START.test(part)) {
        const start = t.start + offset;
        const mention: Mention = { type: 'Place', text: part, start, end: start + part.length, sentence: t.sentence, rule: '60-places/hyphenated', ...placeKey(entry) };
        found.push(mention);
        if (state.explain) note(state, { kind: 'mention', text: part, rule: mention.rule, start, end: mention.end, sentenceIndex: t.sentence, detail: `Place → ${entry.name}` });
      }
      offset += part.length + 1;
    }
    if (found.length) {
      state.mentions.push(...found);
      state.owner[i] = found[0]!;
    }
  }
}

/** Capitalized phrases ending in a place word: "Ain al-Asad Air Base", "North Arabian Sea". */
function headed(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const whole of capitalChunks(state, true)) {
    // "Minister of the Federal Capital Territory": a title and its "of" are no part of the place.
    const of = tokens.slice(whole.from, whole.to).findIndex((t) => t.lower === 'of');
    const title = of > 0 && (lex.titles.has(tokens.slice(whole.from, whole.from + of).map((t) => t.text).join(' ')) || lex.roleNouns.has(tokens[whole.from + of - 1]!.lower));
    const chunk = title ? { from: whole.from + of + (tokens[whole.from + of + 1]?.lower === 'the' ? 2 : 1), to: whole.to } : whole;
    const words = tokens.slice(chunk.from, chunk.to).map((t) => t.text);
    const last3 = words.slice(-3).join(' ');
    const last2 = words.slice(-2).join(' ');
    const last = words[words.length - 1]!;
    // "Second Thomas Shoal and Spratly Islands": two names, each ending in its own head word; "Kingsbury Hotel and
    // Cinnamon Grand Colombo": the first alone when only it has one.
    const and = words.findIndex((w, k) => w === 'and' && k > 0 && lex.placeHeads.has(words[k - 1]!));
    // "the Kankara Local Government Area": a head of three words.
    const headWord = [last3, last2, last].find((h) => lex.placeHeads.has(h));
    // "a Russian Oblast governor", "the Paris Police Prefecture", "Derby County manager": an administrative head after a
    // nationality or an institution's word, or before a role noun, names no subdivision.
    const administrative = !!headWord && lex.administrativeHeads.has(headWord);
    const notArea = administrative && (words.some((w, k) => k < words.length - headWord!.split(' ').length && (lex.institutions.has(w.toLowerCase()) || lex.orgHeads.has(w)))
      || (words.length === 2 && lex.countryOf.has(words[0]!) && !lex.places.has(words[0]!))
      || (!!tokens[chunk.to]?.word && !tokens[chunk.to]!.cap && lex.roleNouns.has(tokens[chunk.to]!.lower)));
    const headed = !!headWord && !notArea;
    if (words.length >= 2 && (headed || and > 0) && !state.headline.has(tokens[chunk.from]!.sentence)) {
      const parts: [number, number][] = and > 0 ? [[chunk.from, chunk.from + and], ...(headed ? [[chunk.from + and + 1, chunk.to] as [number, number]] : [])] : [[chunk.from, chunk.to]];
      for (const [a, b] of parts) {
        if (b - a < 2 && !lex.places.has(tokens[a]!.text)) continue;
        const text = state.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
        addMention(state, 'Place', a, b, '60-places/head-word', { key: `name:${text.toLowerCase()}` });
      }
      continue;
    }
    // "al-Asad air base": a capitalized name and a lower-case place head.
    const to = lowerHeadAfter(state, chunk.to, true);
    // "the French base": a nationality and a head name no place.
    const nationality = chunk.to - chunk.from === 1 && lex.adjectiveOf.has(tokens[chunk.from]!.text);
    // "a Trump town hall": a head word that modifies a noun after it names no place.
    // "a Druze village", "an Alawite village": after "a" the word is a kind of village, not its name.
    const kind = /^(?:town|village|hotel|prison)$/.test(tokens[chunk.to]?.text ?? '') && /^(?:a|an)$/i.test(tokens[chunk.from - 1]?.text ?? '');
    const modifies = kind || to === chunk.to + 1 && /^(?:town|village)$/.test(tokens[chunk.to]!.text) && !!tokens[to]?.word && !tokens[to]!.cap && !/^(?:in|of|near|on|and|,)$/.test(tokens[to]!.text) && !lex.speechVerbs.has(tokens[to]!.text) && !/(?:ed|s)$/.test(tokens[to]!.text);
    // "the northern Shiite Turkmen town of Amirli": a head word followed by "of" and a name is a kind of place, and the
    // words before it describe the one named after.
    // Only where those words describe (a nationality, a faith or a people: "Shiite", "Turkmen", "Sunni Arab"), not "the
    // Dar Kush village of Idlib".
    const describes = tokens.slice(chunk.from, chunk.to).every((w) => lex.countryOf.has(w.text) || lex.adjectiveOf.has(w.text) || lex.notNames.has(w.text) || /(?:ite|ish|ian|ese|i|ic)$|^Druze$/.test(w.text));
    const namedAfter = describes && to === chunk.to + 1 && tokens[to]?.lower === 'of' && !!tokens[to + 1]?.cap && tokens[to + 1]!.sentence === tokens[chunk.to]!.sentence;
    // "Rukban camp", but not "a Beirut bridge" or "the Shia camp": a site's head after a known place or a people's word
    // names a kind of site there.
    const site = to === chunk.to + 1 && lex.placeFacilityHeads.has(tokens[chunk.to]!.text);
    const chunkText = tokens.slice(chunk.from, chunk.to).map((t) => t.text).join(' ');
    // ("the Iraqi army camp", "the UN camp": a nationality or an acronym among its words.)
    // ("the Mensah camp said": a person's camp, a speech verb after it or the name a person's.)
    const generic = site && (lex.places.has(chunkText) || lex.notNames.has(chunkText) || lex.isCommonWord(chunkText.toLowerCase())
      || surnameOfPerson(state, chunkText) || lex.speechVerbs.has(tokens[to]?.lower ?? '')
      || tokens.slice(chunk.from, chunk.to).some((t) => lex.countryOf.has(t.text) || lex.adjectiveOf.has(t.text) || /^\p{Lu}{2,}$/u.test(t.text)));
    if (to > chunk.to && chunk.to - chunk.from <= 3 && !tokens[chunk.from]!.first && !nationality && !modifies && !namedAfter && !generic) {
      const text = state.text.slice(tokens[chunk.from]!.start, tokens[to - 1]!.end);
      // "the Catatumbo region": an area is named by its name; the head word stays in the mention's text.
      const area = to === chunk.to + 1 && lex.placeAreaHeads.has(tokens[chunk.to]!.lower);
      const name = area ? state.text.slice(tokens[chunk.from]!.start, tokens[chunk.to - 1]!.end) : text;
      addMention(state, 'Place', chunk.from, to, '60-places/lower-head', { key: `name:${name.toLowerCase()}`, ...(area ? { canonical: name } : {}) });
    }
  }
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "the northern Iraqi city of Irbil", "Davos, Switzerland". */
function contextual(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const found of capitalChunks(state, false)) {
    const chunk = { ...found };
    // "In Tibú": a sentence-initial function word is not part of the name.
    while (chunk.from < chunk.to - 1 && tokens[chunk.from]!.first && lex.notNames.has(tokens[chunk.from]!.text)) chunk.from++;
    // "Norte de Santander", "Rio de Janeiro": a Romance particle inside a place name.
    while (ROMANCE_PARTICLES.has(tokens[chunk.to]?.text ?? '') && isFree(state, chunk.to, chunk.to + 2) && tokens[chunk.to + 1]!.cap && tokens[chunk.to + 1]!.sentence === tokens[chunk.from]!.sentence) chunk.to += 2;
    // "the suburb of Baabda Wednesday": a weekday after the name dates the sentence and is no part of the place.
    while (chunk.to - chunk.from > 1 && WEEKDAY.test(tokens[chunk.to - 1]!.text)) chunk.to--;
    if (chunk.to - chunk.from > 4 || state.headline.has(tokens[chunk.from]!.sentence)) continue;
    const text = state.text.slice(tokens[chunk.from]!.start, tokens[chunk.to - 1]!.end);
    const of = tokens[chunk.from - 1];
    const noun = tokens[chunk.from - 2];
    // "Opposition leader and Member for Kiriwina-Goodenough, X": a member of parliament for a constituency.
    // Not "Council Member for Health": a portfolio is a common noun.
    if (of?.text === 'for' && /^Members?$/.test(noun?.text ?? '') && chunk.to - chunk.from <= 3 && !lex.isCommonWord(tokens[chunk.from]!.lower)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/member-for', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    // ("The film City of God", "the Village of Hope orphanage": a capitalized head before a common word names a thing.)
    const headed = PLACE_OF_HEADS.test(noun?.text ?? '') && isFree(state, chunk.from - 2, chunk.from - 1) && !(chunk.to - chunk.from === 1 && lex.isCommonWord(tokens[chunk.from]!.lower));
    if (of?.text === 'of' && noun && (PLACE_OF_NOUNS.test(noun.text) || headed)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/city-of', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    // "Premier of Alberta", "First Minister of Wales", "the Mexican state of Guerrero": a region's office or "state"
    // before "of", and a name the gazetteer holds only as an ambiguous place (a given name, an English word).
    if (of?.text === 'of' && noun && (/^(?:state|premier)$/i.test(noun.text) || (/^minister$/i.test(noun.text) && /^(?:first|chief)$/i.test(tokens[chunk.from - 3]?.text ?? ''))) && lex.isTown(text)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/region-of', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    if (lex.isTown(text) && regionBeforeOffice(state, chunk.from, chunk.to)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/region-before-office', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    const comma = tokens[chunk.to];
    if (lex.notNames.has(tokens[chunk.from]!.text)) continue;
    // "In Tibú, a town of 50,000": a place described in apposition.
    // "Ben Guerdane, the last city before the border": a given name opens the place's name; no person is a city.
    if (chunk.to - chunk.from <= 2 && settlementAfter(state, chunk.to, 2, true) && (!lex.firstNames.has(tokens[chunk.from]!.text) || chunk.to - chunk.from === 2)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/place-apposition', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    if (townInContext(state, chunk.from, chunk.to, text) || beforeTownInContext(state, chunk.from, chunk.to)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/gazetteer-town', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    if (insidePlace(state, chunk.from, chunk.to)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/inside-place', { key: `name:${text.toLowerCase()}` });
      continue;
    }
    const country = tokens[chunk.to + 1];
    const larger = country ? lex.places.get(country.text) : undefined;
    // "Niger Republic, Mali": a word right after a place's name is part of it, no town.
    const placeBefore = state.owner[chunk.from - 1]?.type === 'Place' && tokens[chunk.from - 1]!.sentence === tokens[chunk.from]!.sentence;
    // "Israel’s Defence Minister, Israel Katz, said": a title before the comma and a name after the country word are an
    // office and its holder, no town and its country.
    const office = state.inTitle[chunk.from] === true || (tokens[chunk.to + 2]?.cap === true && tokens[chunk.to + 2]!.word && tokens[chunk.to + 2]!.sentence === country?.sentence);
    // "told Telam, Argentina's official news agency": a country's possessive opens an apposition, not the town's country.
    // "said Hernandez, Honduras' ninth president": a plural's bare apostrophe is a possessive too; and a person's
    // surname the article gives, accents aside, is no town.
    const mark = tokens[chunk.to + 2];
    const possessed = !!mark && mark.start === country?.end && (mark.possessive || ((mark.text === "'" || mark.text === '’') && /s$/.test(country.text)));
    if (comma?.text === ',' && country && !office && !country.possessive && !possessed && !tokens[chunk.from]!.first && !placeBefore && lex.countries.has(larger?.name ?? '') && larger?.kind === 'country' && (!lex.firstNames.has(tokens[chunk.from]!.text) || (/^[,.;)]$/.test(tokens[chunk.to + 2]?.text ?? '') && PLACE_PREPOSITIONS.test(tokens[chunk.from - 1]?.lower ?? '')))
      && !surnameOfPerson(state, text)) {
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/place-country', { key: `name:${text.toLowerCase()}` });
    } else if (comma?.text === ',' && (larger?.kind === 'region' || larger?.kind === 'state' || state.owner[chunk.to + 1]?.type === 'Place') && TOWN_BEFORE.has(tokens[chunk.from - 1]?.lower ?? '') && !lex.firstNames.has(tokens[chunk.from]!.text)) {
      // "in Uiwang, Gyeonggi": a town before its province, after "in" or "near".
      addMention(state, 'Place', chunk.from, chunk.to, '60-places/place-region', { key: `name:${text.toLowerCase()}` });
    }
  }
}

/**
 * "Ontario Premier Dalton McGuinty", "Sabah Chief Minister X": a name the gazetteer holds only as an ambiguous place (a
 * given name, an English word) right before a capitalized regional office and the holder's name. Not inside a longer
 * name (a capitalized word before it), nor a word the article also writes in lower case ("Bank Governor X").
 */
function regionBeforeOffice(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const first = tokens[from]!;
  const before = tokens[from - 1];
  if (to - from > 3 || (before?.cap && before.word && before.sentence === first.sentence && !first.first)) return false;
  const text = state.text.slice(first.start, tokens[to - 1]!.end);
  if (lex.isCommonWord(text.toLowerCase()) && writtenInLowerCase(state, text.toLowerCase())) return false;
  for (let n = 1; n <= 3; n++) {
    const words = tokens.slice(to, to + n);
    if (words.length < n || words.some((t) => !t.cap || t.sentence !== first.sentence)) return false;
    const office = words.map((t) => t.lower).join(' ');
    if (lex.regionalOffices.has(office)) return state.owner[to + n]?.type === 'Person';
  }
  return false;
}

const INSIDE_BEFORE = new Set(['in', 'near', 'including', 'at']);
/** Words before a town of the gazetteer that say a place follows: "in Absard", "outside Kabkabiya". */
const FROM_ORIGIN = /^(?:fled|flee|fleeing|came|come|comes|coming|arrived|arrive|returned|return|returning|hails?|hailed|travel+ed|moved|evacuated|displaced|refugees|residents|people|man|woman|men|women|families|away|miles|kilometres|kilometers|km|far|originally|native|abducted|kidnapped|taken|expelled|deported|released|freed|withdrew|withdrawn|driven|escaped|rescued|schoolgirls|girls|boys|students|pupils|children|soldiers|troops|villagers)$/;
const DETERMINERS_OF_PART = new Set(['a', 'the']);
const TOWN_BEFORE = new Set(['in', 'near', 'outside', 'around', 'into', 'toward', 'towards', 'across', 'of', 'from']);

/**
 * A populated place of the gazetteer in a place context: after "in", "near", "outside" …, after a country's
 * possessive ("Eritrea’s Assab"), or joined by "and" to a place just found ("in Ras al-Ayn and Tal Abyad").
 */
function townInContext(state: ExtractState, from: number, to: number, text: string): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const first = tokens[from]!;
  if (to - from > 3 || lex.languages.has(first.text) || !lex.isTown(text)) return false;
  // "Beyoğlu Mayor İnan Güney", "Lanús city Mayor X": a town's name right before a local office and the holder's
  // name, at a sentence's opening too.
  const one = to - from === 1 && (lex.isCommonWord(first.text) || lex.firstNames.has(first.text));
  const at = /^(?:city|town)$/.test(tokens[to]?.text ?? '') ? to + 1 : to;
  const office = tokens[at];
  if (!one && office?.cap && office.sentence === first.sentence && lex.localOffices.has(office.lower) && state.owner[at + 1]?.type === 'Person' && !surnameOfPerson(state, text)) return true;
  if (first.first) return false;
  // "near Ahmed Ali": a given name and a surname are a person, whatever town shares the name; so is the surname of
  // a person the article names ("Michael McCord … McCord said").
  // Not where the names pass let it be for a word of place before it ("into Tel Abyad").
  // (Nor before a part of a town: "a Piet Retief township".)
  if (lex.firstNames.has(first.text) && to - from > 1 && !afterPlaceWord(state, from) && !TOWN_PARTS.has(tokens[to]?.text ?? '')) return false;
  // "in Bush's cabinet": a possessor is no town.
  if (tokens[to]?.possessive) return false;
  // "believes in God", "in Christmas week", "trust in Jesus": after a bare preposition a common word or a given name
  // is no town; joined by "and" to a place ("in Mellit and Nyala") it may be.
  const plain = to - from === 1 && (lex.isCommonWord(first.text) || lex.firstNames.has(first.text));
  if (surnameOfPerson(state, text)) return false;
  const before = tokens[from - 1];
  if (!before || before.sentence !== first.sentence) return false;
  // "set alight in a Piet Retief township", "the Mthatha suburb of …": a town's name before a part of a town.
  const part = tokens[to];
  if (!plain && DETERMINERS_OF_PART.has(before.lower) && part?.word && !part.cap && part.sentence === first.sentence && TOWN_PARTS.has(part.lower)) return true;
  // "the provincial capital Mendi", "the regional capital Jijiga", "in downtown Whitehorse": a town named as a capital
  // or by its centre.
  if ((before.text === 'capital' || before.text === 'downtown') && (!plain || !lex.isCommonWord(first.lower))) return true;
  // "from" is a place's only after a person or a word of coming and going ("Danijel Bezuk from Kutina", "fled from X"),
  // not after what is said or sent ("a statement from Ortega", "support from Morales").
  if (before.text === 'from' && !(state.owner[from - 2]?.type === 'Person' || FROM_ORIGIN.test(tokens[from - 2]?.lower ?? ''))) return false;
  // "In Purulia, two supporters were shot": a sentence's opening preposition too (not "From").
  const prep = before.first ? before.lower : before.text;
  if (TOWN_BEFORE.has(prep) && !(before.first && prep === 'from')) return !plain && (prep !== 'of' || /^(town|city|village|outskirts|outside|south|north|east|west)$/.test(tokens[from - 2]?.text ?? ''));
  if (plain && before.text !== 'and') return false;
  if (before.possessive && state.owner[from - 2]?.type === 'Place') return true;
  if (before.text !== 'and') return false;
  if (state.owner[from - 2]?.type === 'Place') return true;
  // "positions in Mellit and Nyala": the first of two names after "in" is not known, the second is a town.
  let k = from - 2;
  while (k > from - 5 && tokens[k]?.cap && tokens[k]!.sentence === first.sentence) k--;
  return k < from - 2 && TOWN_BEFORE.has(tokens[k]?.text ?? '') && tokens[k]!.text !== 'of';
}

/** "in Mellit and Nyala": an unknown name after "in", joined by "and" to a town of the gazetteer, is a place too. */
function beforeTownInContext(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const first = tokens[from]!;
  if (to - from > 2 || first.first || !TOWN_BEFORE.has(tokens[from - 1]?.text ?? '') || tokens[from - 1]!.text === 'of' || lex.firstNames.has(first.text)) return false;
  if (to - from === 1 && lex.isCommonWord(first.text)) return false;
  if (tokens[to]?.text !== 'and' || tokens[to]!.sentence !== first.sentence) return false;
  const next = tokens[to + 1];
  if (!next?.cap || next.sentence !== first.sentence) return false;
  if (state.owner[to + 1]?.type === 'Place') return true;
  let end = to + 2;
  while (end < to + 4 && tokens[end]?.cap && tokens[end]!.sentence === first.sentence) end++;
  return lex.isTown(state.text.slice(next.start, tokens[end - 1]!.end)) || lex.isTown(next.text);
}
const AREA_END = /\s(?:region|province|district|governorate|oblast|state)$/;

/**
 * "a market in Kabkabiya, in North Darfur", "airbases including Belaya in the Irkutsk region": after "in" (or "near",
 * "including"), a name placed inside a known place, with a comma or inside the place's region or province.
 */
function insidePlace(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const first = tokens[from]!;
  if (to - from > 3 || first.first || !INSIDE_BEFORE.has(tokens[from - 1]?.text ?? '') || lex.firstNames.has(first.text) || lex.languages.has(first.text)) return false;
  let k = to;
  const comma = tokens[k]?.text === ',';
  if (comma) k++;
  if (tokens[k]?.text !== 'in' || tokens[k]!.sentence !== first.sentence) return false;
  k++;
  if (tokens[k]?.text === 'the') k++;
  const place = state.owner[k];
  if (place?.type !== 'Place' || tokens[k]!.sentence !== first.sentence) return false;
  return comma ? tokens[k - 1]?.text === 'in' : AREA_END.test(place.text);
}

/** "the Gulf of Finland", "the Bay of Bengal": a head that opens the name, "of", and capitalized words. */
function headOfPlaces(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !lex.placeOfHeads.has(t.text) || tokens[i + 1]!.text !== 'of' || !isFree(state, i, i + 2)) continue;
    let to = i + 2;
    while (to < i + 5 && tokens[to]?.cap && tokens[to]!.word && !CALENDAR.test(tokens[to]!.text) && tokens[to]!.sentence === t.sentence && isFree(state, to, to + 1)) to++;
    if (to === i + 2 || state.headline.has(t.sentence)) continue;
    const text = state.text.slice(t.start, tokens[to - 1]!.end);
    const known = lex.places.get(text);
    addMention(state, 'Place', i, to, '60-places/head-of', known ? placeKey(known) : { key: `name:${text.toLowerCase()}` });
    i = to - 1;
  }
}

/** "the Ayungin Shoal (Second Thomas Shoal)": a place and, in brackets right after it, another name of it. */
function bracketedNames(state: ExtractState): void {
  const places = state.mentions.filter((m) => m.type === 'Place').sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < places.length; k++) {
    const [outer, inner] = [places[k]!, places[k + 1]!];
    if (!/^\s*\($/.test(state.text.slice(outer.end, inner.start)) || state.text[inner.end] !== ')') continue;
    // A known place in brackets names another place: "Baghdad (Iraq)", "Al-Asad Air Base (Iraq)"; two names the
    // lexicon does not know are one place, named by the first.
    if (inner.canonical || outer.canonical) continue;
    const [from, to] = [outer, inner];
    // Every mention of the other name in the article goes with it ("Second Thomas Shoal" alone, later on).
    const other = to.key;
    for (const m of places) if (m.key === other) m.key = from.key;
  }
}

const COMPASS = new Set(['North', 'South', 'East', 'West']);
/** Words that open a list of places after a plural place noun. */
const LIST_OPENERS = new Set(['such', 'including', 'like', 'of', 'among', 'namely']);

/**
 * "in some neighborhoods, including Canape Vert and Turgeau", "the towns of Kobane and Manbij": the capitalized
 * names listed after a plural place noun are places.
 */
function placeLists(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  // Plural place nouns that introduce a list of places: "neighborhoods, including Canape Vert and Turgeau".
  for (const i of positionsOf(state, lex.pluralPlaceKinds)) {
    if (i + 2 >= tokens.length || state.headline.has(tokens[i]!.sentence)) continue;
    const sentence = tokens[i]!.sentence;
    let k = i + 1;
    // "17 municipalities participated in the south, among them X, Y": a few lower-case words before the list's opener.
    if (!LIST_OPENERS.has(tokens[k]?.text ?? '') && tokens[k]?.text !== ',') {
      let j = k;
      while (j < k + 6 && tokens[j]?.word && !tokens[j]!.cap && !LIST_OPENERS.has(tokens[j]!.text) && tokens[j]!.sentence === sentence) j++;
      if (tokens[j]?.text === ',' && (tokens[j + 1]?.text === 'among' || tokens[j + 1]?.text === 'including')) k = j;
    }
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.text === 'such' && tokens[k + 1]?.text === 'as') k += 2;
    else if (tokens[k]?.text === 'among' && /^(?:them|which)$/.test(tokens[k + 1]?.text ?? '')) k += 2;
    // "three neighborhoods, namely Tekel, Konak and Mescit".
    else if (tokens[k]?.text === 'including' || tokens[k]?.text === 'like' || tokens[k]?.text === 'namely' || (tokens[k]?.text === 'of' && k === i + 1)) k++;
    else continue;
    for (;;) {
      let e = k;
      while (e < k + 4 && tokens[e]?.cap && tokens[e]!.word && tokens[e]!.sentence === sentence && !tokens[e]!.possessive && !lex.notNames.has(tokens[e]!.text)) e++;
      if (e === k) break;
      // "…, Petrenko said", "…, Ukrainian officials said": the list has ended; a speaker or a nationality follows.
      const after = tokens[e];
      if (k > i + 2 && tokens[k - 1]?.text === ',' && ((after && lex.speechVerbs.has(after.text)) || lex.countryOf.has(tokens[k]!.text))) break;
      if (lex.countryOf.has(tokens[k]!.text) && !lex.places.has(tokens[k]!.text)) break;
      const owner = state.owner[k];
      if (isFree(state, k, e)) addMention(state, 'Place', k, e, '60-places/listed', { key: `name:${state.text.slice(tokens[k]!.start, tokens[e - 1]!.end).toLowerCase()}` });
      else if (owner?.type !== 'Place') break;
      else while (state.owner[e] === owner) e++;
      // "Bignona (South), Saint-Louis, Louga (North)": a word in brackets after a name says where it lies.
      if (tokens[e]?.text === '(' && tokens[e + 2]?.text === ')' && tokens[e + 1]!.sentence === tokens[e]!.sentence) e += 3;
      if (tokens[e]?.text === ',' && tokens[e + 1]?.text === 'and') e += 2;
      else if (tokens[e]?.text === ',' || tokens[e]?.text === 'and') e++;
      else break;
      k = e;
    }
  }
}

/** "a suicide bombing in North Waziristan": a compass word and a capitalized word after "in", "near" … */
function compassPlaces(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const i of positionsOf(state, COMPASS)) {
    if (i < 1 || i + 1 >= tokens.length) continue;
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    if (!TOWN_BEFORE.has(tokens[i - 1]!.lower) || !next.cap || !next.word || next.possessive || next.sentence !== t.sentence) continue;
    if (!isFree(state, i, i + 2) || lex.notNames.has(next.text) || lex.firstNames.has(next.text) || state.headline.has(t.sentence)) continue;
    // "in North Waziristan", not "in North Korean waters" (a nationality), "millions of South Koreans" (its people) nor a
    // longer name.
    // "East Asian economies", "North African markets": an adjective of a region is no place's name.
    if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || /(?:ian|can|ese|ic|ish)$/.test(next.text) || lex.countryOf.has(next.text) || lex.countryOf.has(`${t.text} ${next.text}`) || lex.countryOf.has(`${t.text} ${next.text.replace(/s$/, '')}`) || (tokens[i + 2]?.cap && tokens[i + 2]!.word && tokens[i + 2]!.sentence === t.sentence)) continue;
    const text = `${t.text} ${next.text}`;
    addMention(state, 'Place', i, i + 2, '60-places/compass', { key: `name:${text.toLowerCase()}` });
  }
}

/**
 * "Kano State", "Ondo State Governor": a city or town of the gazetteer and "State" is the state (a Nigerian state's
 * written name; the package lists it plain, under its capital's name), not the city alone; "Zamfara State": a region
 * the package lists plain, with its head.
 * Not a body the lexicon knows ("Islamic State") nor "State" before another capitalized word ("Kano State Government"
 * is a body's name, read by the organizations pass).
 */
function namedStates(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const head = tokens[i + 1]!;
    if (head.text !== 'State' || !t.cap || !t.word || head.sentence !== t.sentence || !isFree(state, i, i + 2) || state.headline.has(t.sentence)) continue;
    const name = `${t.text} State`;
    if (lex.orgs.has(name) || lex.countryOf.has(t.text) || lex.adjectiveOf.has(t.text)) continue;
    // A region the gazetteer holds with its head is read by the known places ("Rakhine State" → Rakhine); one it holds
    // plain is that region ("Zamfara State" → Zamfara). "Upper Nile State": a word inside a longer name is no state's name.
    const entry = lex.places.get(t.text);
    const kind = entry?.kind;
    if ((kind === 'region' && lex.places.has(name)) || kind === 'state' || !(kind === 'region' || kind === 'city' || lex.isTown(t.text))) continue;
    const prev = tokens[i - 1];
    // "Upper Nile State": a region of two words the gazetteer lists plain, with its head.
    const pair = prev && prev.sentence === t.sentence && prev.cap && prev.word ? lex.places.get(`${prev.text} ${t.text}`) : undefined;
    if (pair?.kind === 'region' && !lex.places.has(`${prev!.text} ${name}`) && isFree(state, i - 1, i)) {
      addMention(state, 'Place', i - 1, i + 2, '60-places/named-state', placeKey(pair));
      continue;
    }
    if (prev && prev.sentence === t.sentence && prev.cap && prev.word && !(prev.first && lex.isCommonWord(prev.lower))) continue;
    addMention(state, 'Place', i, i + 2, '60-places/named-state', kind === 'region' ? placeKey(entry!) : { key: `name:${name.toLowerCase()}` });
  }
}

export function findPlaces(state: ExtractState): void {
  headOfPlaces(state);
  namedStates(state);
  knownPlaces(state);
  installations(state);
  headed(state);
  hyphenated(state);
  contextual(state);
  placeLists(state);
  inLists(state);
  otherPlacesOfKind(state);
  listedBeforePlaceKind(state);
  compassPlaces(state);
  bracketedNames(state);
  repeatedPlaces(state);
  shortSiteNames(state);
}

/**
 * "Ain al-Asad" after "Ain al-Asad air base": a name the gazetteer does not know, alone, is the site the article names
 * with it and a place head (a known city is not its airport: "Baghdad" stays apart from "Baghdad airport").
 */
function shortSiteNames(state: ExtractState): void {
  const lex = lexicons();
  const places = state.mentions.filter((m) => m.type === 'Place');
  const sites = new Map<string, string>();
  for (const m of places) {
    const words = m.text.split(/\s+/);
    for (let n = 1; n <= 2 && words.length - n >= 1; n++) {
      const head = words.slice(-n).join(' ');
      if (lex.placeHeads.has(head) || lex.placeLowerHeads.has(head.toLowerCase())) sites.set(words.slice(0, -n).join(' ').toLowerCase(), m.key ?? '');
    }
  }
  for (const m of places) {
    const site = sites.get(m.text.toLowerCase());
    if (site && !m.canonical && m.key !== site) m.key = site;
  }
}
