// Pass 50: organizations. In order: known names and acronyms from the lexicon; a country's institutions
// ("Iraqi parliament", "Government of Iraq", "Iraq's government"); "U.S.-led coalition"; capitalized phrases
// ending in an organization word ("Middle East Institute"); "Fatah bloc"; "NATO's military committee";
// "X, a group of …"; acronyms defined in the text ("ISF [Iraq Security Forces]"); and "the commission",
// "the Journal", "the Foreign Ministry" naming an organization the article has already named.
import { lexicons, type PlaceEntry } from './lexicon.js';
import { CALENDAR, capitalChunks } from './chunks.js';
import { isGivenName } from './names-shape.js';
import { matchTitle } from './30-titles.js';
import { addMention, isFree, note, positionsOf, tokenRange, tokenStartingAt, type ExtractState, type Token } from './state.js';
import type { Mention } from './types.js';
import { CAPITALS_2_PLUS, CAPITALS_2_TO_6, UPPER_START } from './chars.js';
import { fold, nameKey } from './org-keys.js';
import { arabicNames, romanceNames, knownNamesContinued, bodiesBeforeLeaderTitles, bodiesListedAfterPlural, companyNames, contextShortNames, hyphenedBodies, otherNamesInParentheses, partiesBeforeMemberTitles, leaningParties, partiesWithoutHead, rulingParties, shortForms, titleOffices } from './50-organizations-names.js';
import { militaryUnits, numberedUnits } from './50-organizations-units.js';
import { articleSource, outlets } from './50-organizations-outlets.js';
import { platforms } from './50-organizations-platforms.js';
import { coordinatedBodies, repeatedBodies } from './50-organizations-coordinated.js';
import { bracketedQualifiers, dashJoinedNames, longOfficialNames } from './50-organizations-long.js';
import { definedAcronyms } from './50-organizations-acronyms.js';
import { openingWords } from './50-organizations-prefixes.js';

const ACRONYM = /^\p{Lu}{2,5}s?$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

export { fold } from './org-keys.js';

function known(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word || !lex.orgFirst.has(tokens[i]!.lower)) continue;
    // Grow the phrase while it is the start of some known name; keep the longest full match.
    let words = '';
    let lower = '';
    let best: { n: number; name: string; country: string | null } | null = null;
    for (let n = 1; i + n <= tokens.length && n <= 12; n++) {
      const t = tokens[i + n - 1]!;
      if (t.sentence !== tokens[i]!.sentence || state.owner[i + n - 1] || state.skipped[i + n - 1]) break;
      const glue = n === 1 || t.text === ',' || t.text === '.' || t.possessive ? '' : ' ';
      words += glue + t.text;
      lower += glue + t.lower;
      if (!lex.orgPrefixes.has(lower)) break;
      // "FOX news": a first word in capitals, any case after it; not "an Islamic state", a plain phrase.
      const shouted = tokens[i]!.text.length > 1 && tokens[i]!.text === tokens[i]!.text.toUpperCase();
      const entry = lex.orgs.get(words) ?? lex.orgsLower.get(lower) ?? (n > 1 && shouted ? lex.orgsFolded.get(lower) : undefined);
      if (entry) best = { n, ...entry };
    }
    if (!best) continue;
    // "Al Houthi said" after "Houthi leader Abdulmalik Al Houthi": a person's family name, not the group.
    const particle = tokens[i - 1];
    if (particle && /^(?:Al|El)$/.test(particle.text) && particle.sentence === tokens[i]!.sentence) {
      const family = `${particle.text} ${state.text.slice(tokens[i]!.start, tokens[i + best.n - 1]!.end)}`;
      if (state.mentions.some((m) => m.type === 'Person' && m.text.endsWith(family))) { i += best.n - 1; continue; }
    }
    // "the Congress for Democratic Change party": a one-word known name that is a body's head word, then "for" or "of",
    // capitalized words and a party's lower-case head, opens a longer name (the lower-head pass reads it).
    if (best.n === 1 && lex.orgHeads.has(tokens[i]!.text) && /^(?:for|of)$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.cap) {
      let k = i + 2;
      while (k < i + 7 && tokens[k]?.cap && tokens[k]!.word && tokens[k]!.sentence === tokens[i]!.sentence) k++;
      if (tokens[k]?.sentence === tokens[i]!.sentence && /^(?:party|movement)$/.test(tokens[k]!.text) && isFree(state, i + 2, k)) continue;
    }
    // "Iran's Supreme National Security Council": a capitalized word before a known name of several words, that is no
    // place, nationality or title, makes a longer name (the head-word pass reads it).
    const prev = tokens[i - 1];
    if (best.n > 1 && prev && prev.cap && prev.word && !prev.first && !prev.possessive && prev.sentence === tokens[i]!.sentence && isFree(state, i - 1, i)
      && !lex.places.has(prev.text) && !lex.places.has(`${tokens[i - 2]?.text} ${prev.text}`) && !lex.countryOf.has(prev.text) && !lex.adjectiveOf.has(prev.text) && !lex.titles.has(prev.text) && !lex.notNames.has(prev.text) && !lex.orgFirst.has(prev.lower)
      // "the Harlan Justice Department": a name before the body is its owner, not part of its name; "Supreme" is a word.
      && lex.isCommonWord(prev.lower) && !lex.firstNames.has(prev.text)) {
      i += best.n - 1;
      continue;
    }
    // "the National Democratic Congress (NDC)": a one-word known name that is also a body's head word ("Congress") ends a
    // longer name after two capitalized common words that are no place, nationality or title (the head-word pass reads it).
    const nameWord = (k: number): boolean => !!tokens[k] && tokens[k]!.cap && tokens[k]!.word && !tokens[k]!.first && !tokens[k]!.possessive && tokens[k]!.sentence === tokens[i]!.sentence
      && lex.isCommonWord(tokens[k]!.lower) && !lex.places.has(tokens[k]!.text) && !lex.countryOf.has(tokens[k]!.text) && !lex.adjectiveOf.has(tokens[k]!.text) && !lex.titles.has(tokens[k]!.text);
    // Only where the text writes the longer name's initials too ("NDC"): "the Great Recession Congress" is no name.
    // A people's adjective may open it ("the African National Congress (ANC)").
    const initials = `${tokens[i - 2]?.text[0] ?? ''}${tokens[i - 1]?.text[0] ?? ''}${tokens[i]!.text[0]}`;
    const opening = (k: number): boolean => nameWord(k) || (!!tokens[k] && tokens[k]!.cap && tokens[k]!.word && !tokens[k]!.first && tokens[k]!.sentence === tokens[i]!.sentence && !tokens[k]!.possessive && !lex.places.has(tokens[k]!.text) && !lex.titles.has(tokens[k]!.text));
    if (best.n === 1 && lex.orgHeads.has(tokens[i]!.text) && nameWord(i - 1) && opening(i - 2) && isFree(state, i - 2, i) && tokens.some((t) => t.text === initials)) continue;
    // "the All People’s Congress Party": a known name right after a word whose possessive sits inside names is the end of
    // a longer name (the head-word pass reads it).
    if (prev?.possessive && prev.sentence === tokens[i]!.sentence && lex.possessiveNameWords.has(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.cap && isFree(state, i - 2, i)) {
      i += best.n - 1;
      continue;
    }
    // "the Slovak Security Council": a nationality before an institution every state has ("Security Council", which
    // alone is the UN's) names that country's own; the institutions pass reads it.
    if (prev && prev.cap && prev.sentence === tokens[i]!.sentence && isFree(state, i - 1, i) && lex.countryOf.get(prev.text)?.name !== best.country
      && lex.countryOf.has(prev.text) && lex.institutions.has(tokens.slice(i, i + best.n).map((t) => t.lower).join(' '))) {
      i += best.n - 1;
      continue;
    }
    // "the Office of the United Nations High Commissioner for Human Rights": a body's head word and "of the" before a
    // known name, and an office after it, name the office's own body.
    const office = officeOfKnown(state, i, i + best.n);
    if (office) {
      addMention(state, 'Organization', office[0], office[1], '50-organizations/office-of-known', { key: nameKey(state.text.slice(tokens[office[0]]!.start, tokens[office[1] - 1]!.end)) });
      i = office[1] - 1;
      continue;
    }
    let from = i;
    // "US Central Command", "U.S. Department of Defense": the country the lexicon entry belongs to.
    const before = tokens[i - 1];
    if (best.country && before && isFree(state, i - 1, i) && lex.adjectiveOf.get(before.text)?.name === best.country) from = i - 1;
    const longer = headedAfterKnown(state, i + best.n);
    if (longer > i + best.n) {
      const text = state.text.slice(tokens[i]!.start, tokens[longer - 1]!.end);
      addMention(state, 'Organization', i, longer, '50-organizations/known+head-word', { key: nameKey(text) });
      i = longer - 1;
      continue;
    }
    // "the Coordination Framework alliance", "the Hezbollah group": a lower-case head word after the name is written with it.
    const head = tokens[i + best.n];
    const withHead = !!head && head.sentence === tokens[i]!.sentence && !head.cap && lex.orgLowerHeads.has(head.text) && isFree(state, i + best.n, i + best.n + 1) ? 1 : 0;
    addMention(state, 'Organization', from, i + best.n + withHead, '50-organizations/known', { key: `org:${best.name}`, canonical: best.name });
    i += best.n - 1 + withHead;
  }
}

/**
 * "United Nations Interim Force in Lebanon", "UN Assistance Mission in Iraq": a known name that begins a longer one ending
 * in an organization word, with an `in <place>` complement. Returns the end of the longer name, or `at`.
 */
function headedAfterKnown(state: ExtractState, at: number): number {
  const lex = lexicons();
  const tokens = state.tokens;
  const sentence = tokens[at - 1]!.sentence;
  // "Pentagon Press Secretary Maj. Gen. X": the words of a title before a name are no part of the body's name.
  // "Joint Chiefs Chair Army General X": a title word that heads no body, with a person's name a few words on, ends the
  // name too (not "UN General Assembly").
  // Only before a rank ("Chair Army General X"), not "UN General Assembly President X".
  const personSoon = (k: number) => [1, 2, 3].some((d) => state.owner[k + d]?.type === 'Person' && tokens[k + d]!.sentence === sentence);
  const rankAfter = (k: number) => lex.military.has(tokens[k + 1]?.text ?? '') || lex.titles.has(tokens[k + 1]?.text ?? '');
  const capital = (k: number) => tokens[k]?.sentence === sentence && tokens[k]!.cap && tokens[k]!.word && !tokens[k]!.possessive && isFree(state, k, k + 1) && !state.inTitle[k]
    && !(lex.titles.has(tokens[k]!.text) && !lex.orgHeads.has(tokens[k]!.text) && personSoon(k) && rankAfter(k));
  let to = at;
  // Capitalized words, two of them joined by "&" or "and" ("NATO Press & Media Section").
  while (to < at + 6) {
    if (capital(to)) to++;
    else if (to > at && (tokens[to]?.text === '&' || tokens[to]?.text === 'and') && isFree(state, to, to + 1) && capital(to + 1)) to += 2;
    else break;
  }
  // "the White House Press Secretary": a head word that opens a title with the word after it ("Press Secretary") is the
  // title's, not the body's.
  const opensTitle = (k: number) => (matchTitle(state, k)?.to ?? k) > k + 1;
  while (to > at && (!lex.orgHeads.has(tokens[to - 1]!.text) || opensTitle(to - 1))) to--;
  if (to === at) return at;
  const place = tokens[to + 1];
  // "NATO Mission in Iraq": a mission is named by where it serves; "the Hamas Political Bureau in Doha" is not.
  if (/^Missions?$/.test(tokens[to - 1]!.text) && tokens[to]?.text === 'in' && place?.sentence === sentence && lex.places.has(place.text) && isFree(state, to, to + 2)) to += 2;
  return to;
}

/** Matches an institution phrase of up to four words at token i: `government`, `Security Forces`. */
function institutionAt(state: ExtractState, i: number): { name: string; to: number } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  if (!lex.institutionFirst.has(tokens[i]?.lower ?? '')) return null;
  let words = '';
  let found: { name: string; to: number } | null = null;
  for (let k = i; k < i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (state.owner[k] || state.skipped[k] || !t.word || t.possessive) break;
    words = k === i ? t.lower : `${words} ${t.lower}`;
    const name = lex.institutions.get(words);
    if (name) found = { name, to: k + 1 };
  }
  return found;
}

/** Whether tokens[i] ends another country's name of two to four words that starts before it ("Papua New Guinea"). */
function tailOfCountry(state: ExtractState, i: number): boolean {
  const tokens = state.tokens;
  const lex = lexicons();
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    // ("The Netherlands government": an article before the name leaves the name one word.)
    if (tokens[j]!.sentence !== tokens[i]!.sentence || !tokens[j]!.word || tokens[j]!.lower === 'the') return false;
    // ("East Timorese Government": the longer name is of the same country, which the one word gives too.)
    const longer = lex.countryOf.get(state.text.slice(tokens[j]!.start, tokens[i]!.end));
    if (longer) return longer !== lex.countryOf.get(tokens[i]!.text);
  }
  return false;
}

function institutions(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || state.owner[i] || state.skipped[i]) continue;
    // "Iraqi government", "Iraq Security Forces", "Iraq's government", "U.S. Army"; not "the first ethnic Albanian
    // parliament speaker", a people rather than a state.
    // "The United States embassy in Khartoum": a country of two words, before a mission placed by its seat (elsewhere a
    // two-word country stays a place, the body named by the words after it: "Burkina Faso's military leader").
    const twoWords = t.cap && tokens[i + 1]?.cap && tokens[i + 1]!.sentence === t.sentence && !state.owner[i + 1] ? lex.countryOf.get(`${t.text} ${tokens[i + 1]!.text}`) : undefined;
    const mission = twoWords ? institutionAt(state, tokens[i + 2]?.possessive ? i + 3 : i + 2) : null;
    const pair = mission && lex.missionHeads.has(mission.name) && seatAfter(state, mission.to) ? twoWords : undefined;
    const width = pair ? 2 : 1;
    // Not "Guinea" of "Papua New Guinea police", "Herzegovina" of "Bosnia and Herzegovina's army": the tail of a longer name.
    const country = t.cap && tokens[i - 1]?.lower !== 'ethnic' && !tailOfCountry(state, i) ? pair ?? lex.countryOf.get(t.text) : undefined;
    if (country) {
      const after = tokens[i + width]?.possessive ? i + width + 1 : i + width;
      const inst = institutionAt(state, after);
      // "Zambia Police Service", "Ghana Armed Forces Command": a head word after the institution makes a longer name
      // (the head-word pass reads it).
      const head = inst ? tokens[inst.to] : undefined;
      const longer = !!head?.cap && head.sentence === t.sentence && !tokens[inst!.to - 1]!.possessive && lex.orgHeads.has(head.text);
      if (inst && !longer && tokens[inst.to - 1]!.sentence === t.sentence) {
        const name = institutionName(country.adjectives[0] ?? country.name, inst.name, state.text.slice(tokens[after]!.start, tokens[inst.to - 1]!.end));
        // "Greece's shipping ministry" also names Greece; so does "the United States government" (a country's name of two
        // words, no adjective).
        const own = lex.places.get(pair ? `${t.text} ${tokens[i + 1]!.text}` : t.text);
        const ownCountry = (after === i + width + 1 || pair) && own?.kind === 'country' ? own.name : null;
        // "the U.S. Embassy in Baghdad": a mission abroad is named with the city or country it sits in.
        const seat = lex.missionHeads.has(inst.name) ? seatAfter(state, inst.to) : null;
        if (seat) {
          addMention(state, 'Organization', i, seat.to, '50-organizations/country-mission',
            { key: `inst:${country.name}:${inst.name}:${seat.place.name}`, canonical: `${name} in ${seat.text}` });
          addPlaceInside(state, seat.from, seat.to, seat.place.name);
          if (ownCountry) addCountryInside(state, i, ownCountry, width);
          i = seat.to - 1;
          continue;
        }
        // "Syria's state news agency SANA", "Russian state media RT": the outlet named right after is the organization.
        const named = tokens[inst.to];
        if (inst.name.startsWith('state ') && named?.cap && named.word && named.sentence === t.sentence) { i = inst.to - 1; continue; }
        const org = addMention(state, 'Organization', i, inst.to, '50-organizations/country-institution',
          institutionKey(country.name, inst.name, name));
        if (org && ownCountry) addCountryInside(state, i, ownCountry, width);
        i = inst.to - 1;
        continue;
      }
    }
    // "Government of Iraq", "the government in Baghdad".
    const inst = institutionAt(state, i);
    if (inst) {
      const prep = tokens[inst.to];
      const place = tokens[inst.to + 1];
      if (prep && place && (prep.text === 'of' || prep.text === 'in') && isFree(state, inst.to, inst.to + 2) && place.sentence === t.sentence) {
        const of = prep.text === 'of' ? lex.countryOf.get(place.text) : lex.capitalOf.get(place.text);
        if (of && lex.places.get(place.text)) {
          const org = addMention(state, 'Organization', i, inst.to + 2, '50-organizations/institution-of-country',
            institutionKey(of.name, inst.name, institutionName(of.adjectives[0] ?? of.name, inst.name, inst.name)));
          // "the Government in Colombo" names the capital too.
          if (org && prep.text === 'in') addCountryInside(state, inst.to + 1, lex.places.get(place.text)!.name);
          i = inst.to + 1;
        }
      }
    }
  }
  sameMission(state);
}

/** "The US embassy said" after "the U.S. Embassy in Baghdad": the one mission of that country the article placed. */
function sameMission(state: ExtractState): void {
  const placed = new Map<string, Mention[]>();
  for (const m of state.mentions) {
    if (m.rule !== '50-organizations/country-mission') continue;
    const prefix = m.key!.split(':').slice(0, 3).join(':');
    placed.set(prefix, [...(placed.get(prefix) ?? []), m]);
  }
  if (placed.size === 0) return;
  const lex = lexicons();
  for (const m of state.mentions) {
    if (m.rule !== '50-organizations/country-institution') continue;
    const seated = placed.get(m.key ?? '');
    const keys = new Set(seated?.map((s) => s.key));
    if (!seated || keys.size !== 1) continue;
    // "In Damascus, the US embassy has been closed": a sentence that names another city speaks of another mission.
    const seat = seated[0]!.key!.split(':').pop();
    const sentence = state.sentences[m.sentence]!;
    const [from, to] = tokenRange(state, sentence.start, sentence.end);
    const elsewhere = state.tokens.slice(from, to).some((t) => t.cap && lex.places.get(t.text)?.kind === 'city' && lex.places.get(t.text)!.name !== seat);
    if (!elsewhere) { m.key = seated[0]!.key; m.canonical = seated[0]!.canonical; }
  }
}

/** "in Baghdad", "in New Delhi": `in` and a known place of one or two words right after token `at`. */
function seatAfter(state: ExtractState, at: number): { from: number; to: number; text: string; place: PlaceEntry } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  if (tokens[at]?.text !== 'in') return null;
  for (const n of [2, 1]) {
    const words = tokens.slice(at + 1, at + 1 + n);
    if (words.length < n || words.some((w) => w.sentence !== tokens[at]!.sentence || !w.cap) || !isFree(state, at, at + 1 + n)) continue;
    const text = words.map((w) => w.text).join(' ');
    const place = lex.places.get(text);
    if (place) return { from: at + 1, to: at + 1 + n, text, place };
  }
  return null;
}

/** The place named inside an organization's name ("Baghdad" in "U.S. Embassy in Baghdad"), as a place mention of its own. */
function addPlaceInside(state: ExtractState, from: number, to: number, name: string): void {
  const tokens = state.tokens;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const text = state.text.slice(start, end);
  state.mentions.push({ type: 'Place', text, start, end, sentence: tokens[from]!.sentence, rule: '50-organizations/place-of-mission', key: `place:${name}`, canonical: name });
  if (state.explain) note(state, { kind: 'mention', text, rule: '50-organizations/place-of-mission', start, end, sentenceIndex: tokens[from]!.sentence, detail: `Place → ${name}` });
}

/** A place mention over a token an organization mention owns, the way hyphenated places are added. */
function addCountryInside(state: ExtractState, i: number, name: string, width = 1): void {
  const t = state.tokens[i]!;
  const end = state.tokens[i + width - 1]!.end;
  const text = state.text.slice(t.start, end);
  const mention: Mention = { type: 'Place', text, start: t.start, end, sentence: t.sentence, rule: '50-organizations/country-of-institution', key: `place:${name}`, canonical: name };
  state.mentions.push(mention);
  if (state.explain) note(state, { kind: 'mention', text, rule: mention.rule, start: t.start, end, sentenceIndex: t.sentence, detail: `Place → ${name}` });
}

/** A country's institution; "Lebanese army" and "Lebanese military" are the Lebanese Armed Forces, "Israeli parliament" the Knesset. */
export function institutionKey(country: string, institution: string, canonical: string): { key: string; canonical: string } {
  const lex = lexicons();
  const army = lex.armyWords.has(institution) ? lex.nationalArmies.get(country) : undefined;
  // "Israeli parliament" is the Knesset.
  const known = army ?? (institution === 'parliament' ? lex.nationalLegislatures.get(country) : undefined);
  return known ? { key: `org:${known}`, canonical: known } : { key: `inst:${country}:${institution}`, canonical };
}

/** "Iraqi government"; a capitalized institution keeps its capitals ("Iraqi Security Forces"). */
export function institutionName(adjective: string, institution: string, written: string): string {
  const shown = UPPER_START.test(written) && written.toLowerCase() === institution ? written : institution;
  return `${adjective} ${shown}`;
}

/** "U.S.-led coalition", "US-led military coalition". */
function ledCoalitions(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (!word.endsWith('ed') || !word.includes('-')) continue;
    const m = /^(.+)-[Ll]ed$/u.exec(word);
    if (!m || !isFree(state, i, i + 1)) continue;
    let to = i + 1;
    while (tokens[to] && /^(military|international|multinational|Military|International)$/.test(tokens[to]!.text)) to++;
    if (!tokens[to] || !/^[Cc]oalition$/.test(tokens[to]!.text) || !isFree(state, i, to + 1)) continue;
    // "the United States-led coalition": a country of two words, its first word before the hyphenated one.
    const before = tokens[i - 1];
    const two = before && before.sentence === tokens[i]!.sentence && isFree(state, i - 1, i) ? lex.countryOf.get(`${before.text} ${m[1]}`) : undefined;
    const country = two ?? lex.countryOf.get(m[1]!);
    const leader = country ? (country.aliases[0] ?? country.name) : m[1]!;
    addMention(state, 'Organization', two ? i - 1 : i, to + 1, '50-organizations/led-coalition', {
      key: `coalition:${country?.name ?? m[1]}`, canonical: `${leader}-led coalition`,
    });
    i = to;
  }
}

const COMPLEMENT = new Set(['of', 'for', 'on']);

/**
 * "Office of the [UN] High Commissioner for Refugees": the tokens [from, to) of the whole name when a capitalized
 * body's head word and "of the" stand before the known name at [at, end) and a title (with its complement of
 * capitalized words) follows it; null otherwise.
 */
function officeOfKnown(state: ExtractState, at: number, end: number): [number, number] | null {
  const lex = lexicons();
  const tokens = state.tokens;
  const head = tokens[at - 3];
  if (!head || tokens[at - 2]?.text !== 'of' || tokens[at - 1]?.text !== 'the' || !head.cap || !lex.orgHeads.has(head.text)) return null;
  if (head.sentence !== tokens[at]!.sentence || !isFree(state, at - 3, at)) return null;
  const title = matchTitle(state, end);
  if (!title || tokens[end]!.sentence !== head.sentence) return null;
  let to = title.to;
  // "for Human Rights", "for Refugees": the office's complement.
  while (COMPLEMENT.has(tokens[to]?.text ?? '') && tokens[to + 1]?.cap && tokens[to + 1]!.word && tokens[to + 1]!.sentence === head.sentence) {
    to += 2;
    while (tokens[to]?.cap && tokens[to]!.word && tokens[to]!.sentence === head.sentence) to++;
  }
  return isFree(state, end, to) ? [at - 3, to] : null;
}
const ROMANCE_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'di', 'du']);

/** Capitalized phrases ending in an organization word: "Middle East Institute", "Getty Images". */
function headed(state: ExtractState): void {
  const lex = lexicons();
  for (const chunk of capitalChunks(state, true)) {
    const tokens = state.tokens;
    let to = chunk.to;
    while (to > chunk.from && !lex.orgHeads.has(tokens[to - 1]!.text)) to--;
    if (to === chunk.from) continue;
    // "Pope Army Airfield", "Naval Support Activity Base": a place head after the organization word names a place.
    if (to < chunk.to && lex.placeHeads.has(tokens[chunk.to - 1]!.text)) continue;
    // "Special Operations Command Central": a qualifier after the head word ends the name.
    if (to === chunk.to - 1 && lex.headQualifiers.has(tokens[to]!.text)) to = chunk.to;
    // "Office of Management and Budget", "Association of the Petroleum Industry of Kurdistan": the first head
    // word followed by `of`/`for`/`on` keeps the whole complement.
    for (let h = chunk.from + 1; h < chunk.to - 1; h++) {
      if (lex.orgHeads.has(tokens[h - 1]!.text) && COMPLEMENT.has(tokens[h]!.text) && chunk.to - h <= 7) { to = chunk.to; break; }
    }
    // Trailing connectors never end a name; a head alone ("Forces") is not a name either.
    let from = chunk.from;
    // "U.S. and Coalition forces": a place before `and` is not part of the name.
    for (let k = from; k < to; k++) {
      if (tokens[k]!.text !== 'and') continue;
      const before = tokens.slice(from, k).map((t) => t.text).join(' ');
      if (lex.places.has(before) || lex.countryOf.has(before)) from = k + 1;
      // "Both Ngata and National Assembly speaker X": a person the article names, by name or surname, is no part of it.
      else if (k > from && state.mentions.some((m) => m.type === 'Person' && (m.text === tokens[k - 1]!.text || m.text.endsWith(` ${tokens[k - 1]!.text}`)))) from = k + 1;
    }
    while (from < to && !tokens[from]!.cap) from++;
    // "Some People Power Party lawmakers": a quantifier that opens the sentence is no part of the name; nor is a
    // preposition or adverb that opens it ("After the Cabinet meeting").
    // Nor is a word of a person's past or a participle that opens it ("Former Sri Lanka Army chief X", "Addressing
    // Parliament on Friday").
    while (from < to && tokens[from]!.first && (QUANTIFIERS.has(tokens[from]!.text) || OPENING_WORDS.has(tokens[from]!.text) || FORMER.has(tokens[from]!.text)
      || (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[from]!.text) && lex.isCommonWord(tokens[from]!.lower)))) {
      from++;
      while (from < to && DETERMINERS.has(tokens[from]!.text)) from++;
      // "Speaking on Israeli Army Radio": nor the preposition after the participle.
      while (from < to && !tokens[from]!.cap) from++;
    }
    // "the Islamist Nour Party": a word of creed or leaning describes the party, it is no part of its name (a name
    // with another head may open with one: "Centrist Reform Alliance").
    // (Not before a common word, which names the party with it: "the Centrist Democratic Party".)
    while (from + 2 < to && tokens[to - 1]!.lower === 'party' && lex.describingWords.has(tokens[from]!.text) && !lex.isCommonWord(tokens[from + 1]!.text)) from++;
    // "Juma ENAD for the Defense Ministry", "Ana Ruiz of the Harbor Party": a connector and "the" after words that are
    // no organization's head start the name afresh ("Organization for the Prohibition …" keeps its head).
    for (let k = from + 1; k + 2 < to; k++) {
      if (lex.orgHeads.has(tokens[k]!.text)) break;
      if (COMPLEMENT.has(tokens[k]!.text) && tokens[k + 1]!.text === 'the' && !lex.orgHeads.has(tokens[from]!.text)) from = k + 2;
    }
    // "Members of the House Armed Services Committee": people of the organization are not part of its name.
    while (from + 2 < to && lex.memberNouns.has(tokens[from]!.text) && tokens[from + 1]!.text === 'of') from += tokens[from + 2]!.text === 'the' ? 3 : 2;
    // "the 92nd Ordinary Session of the Council of Ministers": a sitting of a body is no part of its name.
    for (let k = from; k + 2 < to && k < from + 3; k++) {
      if (SITTINGS.has(tokens[k]!.text) && tokens[k + 1]!.text === 'of') { from = k + (tokens[k + 2]!.text === 'the' ? 3 : 2); break; }
    }
    // "Ships of the Combined Maritime Forces": a common plural that is no organization word heads no name.
    while (from + 2 < to && tokens[from + 1]!.text === 'of' && !lex.orgHeads.has(tokens[from]!.text) && /s$/.test(tokens[from]!.text) && lex.isCommonWord(tokens[from]!.text)) from += tokens[from + 2]!.text === 'the' ? 3 : 2;
    // "Deputy Commander of Iraqi Joint Operations Command X", "Head of the Supreme Court": a title and "of" before the
    // body's name are the office, not part of the name.
    let m = from;
    while (m < to && lex.titleModifiers.has(tokens[m]!.lower)) m++;
    let office = m < to ? matchTitle(state, m) : null;
    // "Deputy Prime Minister and Minister of Local Administration": two offices joined by "and", the second's "of".
    const second = office && tokens[office.to]?.text === 'and' && office.to + 1 < to ? matchTitle(state, office.to + 1) : null;
    if (second) office = second;
    if (office && office.to < to - 1 && tokens[office.to]!.text === 'of') from = office.to + (tokens[office.to + 1]!.text === 'the' ? 2 : 1);
    // "the Commissioner of Police, Mr X": a role noun the title lexicon lacks, with its "of", is the office too.
    else if (!office && m + 1 < to - 1 && lex.roleNouns.has(tokens[m]!.lower) && tokens[m + 1]!.text === 'of') from = m + (tokens[m + 2]!.text === 'the' ? 3 : 2);
    // "Joint Chiefs Chair Army General Mark Milley": a title word and a service before a rank and a name are the
    // person's titles, no body.
    if (to - from === 2 && lex.titles.has(tokens[from]!.text) && !lex.orgHeads.has(tokens[from]!.text) && lex.military.has(tokens[from + 1]!.text)
      && lex.titles.has(tokens[to]?.text ?? '') && tokens[to]!.sentence === tokens[from]!.sentence) continue;
    // "the Chief of Army Staff (COAS)": a title the lexicon holds, whole, is no body.
    const whole = matchTitle(state, from);
    if (whole && whole.to >= to) continue;
    // "Minister for Energy", "Minister of State for Media": a role noun or title word and its complement of common words
    // name an office, no body ("Ministry for Energy" is one: its head is no role noun).
    if ((lex.roleNouns.has(tokens[from]!.lower) || lex.titlesLower.has(tokens[from]!.lower)) && !lex.orgHeads.has(tokens[from]!.text) && COMPLEMENT.has(tokens[from + 1]?.text ?? '')
      && tokens.slice(from + 2, to).every((w) => w.text === 'and' || lex.isCommonWord(w.lower))) continue;
    // "Ruaraka Member of Parliament TJ Kajwang", "Kibra Member of the National Assembly": a constituency before a title
    // or a role noun's "of" is the holder's seat; the body, if any, is after the "of" (not "Office of the Prime
    // Minister", whose title hangs on "of").
    // The seat is one or two capitalized words, none an organization's head or part of a title ("US Deputy Assistant
    // Secretary of State", "Directors General of Military Operations" are offices).
    let seat = false;
    for (let k = from + 1; k < to - 1 && k <= from + 2 && !seat; k++) {
      const w = tokens[k - 1]!;
      if (!w.cap || !w.word || lex.orgHeads.has(w.text) || lex.roleNouns.has(w.lower) || lex.titles.has(w.text) || lex.titleModifiers.has(w.lower)) break;
      if ((matchTitle(state, k)?.to ?? 0) >= to) seat = true;
      else if (lex.roleNouns.has(tokens[k]!.lower) && tokens[k + 1]!.text === 'of') {
        from = k + (tokens[k + 2]?.text === 'the' ? 3 : 2);
        break;
      }
    }
    if (seat) continue;
    if (to - from < 2 && !tokens[from]!.text.includes('-')) continue;
    if (state.headline.has(tokens[from]!.sentence) && !lex.orgs.has(tokens.slice(from, to).map((t) => t.text).join(' '))) continue;
    // "Gulf Petroleum and Delta Energy": two names, each ending in its own head word.
    let split = -1;
    for (let k = from + 2; k < to - 1; k++) if (tokens[k]!.text === 'and' && lex.orgHeads.has(tokens[k - 1]!.text) && lex.orgHeads.has(tokens[to - 1]!.text)) split = k;
    const names: [number, number][] = split > 0 ? [[from, split], [split + 1, to]] : [[from, to]];
    for (const [b0, b] of names) {
      if (b - b0 < 2 && !tokens[b0]!.text.includes('-')) continue;
      // "the Istanbul 13th Heavy Penal Court", "the 5th Circuit Court": a numbered court or chamber keeps its number,
      // and the city whose it is.
      let a = b0;
      if (ORDINAL.test(tokens[a - 1]?.text ?? '') && tokens[a - 1]!.sentence === tokens[a]!.sentence && tokens.slice(b0, b).some((w) => lex.numberedHeads.has(w.text)) && isFree(state, a - 1, a)) {
        a--;
        const city = tokens[a - 1];
        if (city?.cap && city.sentence === tokens[a]!.sentence && lex.places.get(city.text)?.kind === 'city' && isFree(state, a - 1, a)) a--;
      }
      const text = state.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      // "the West Bank": a known place whose last word is an organization word.
      if (lex.places.has(text) && !lex.orgs.has(text)) continue;
      // "taken to Ibn Sina Hospital": a site whose head names a body too is a place (the places pass reads it), unless
      // someone works for it or it speaks ("director of X Hospital", "X Hospital spokeswoman", "X Hospital said").
      if (lex.siteBodyHeads.has(tokens[b - 1]!.text) && !actsAsBody(state, a, b)) continue;
      addMention(state, 'Organization', a, b, '50-organizations/head-word', { key: nameKey(text) });
    }
  }
}

/**
 * "the head of the Salaheddin provincial council", "Diyala police command": a place (or a capitalized name) and two
 * lower-case words of a body make one organization, named as written.
 */
function placeBodies(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const chunk of capitalChunks(state, false)) {
    const a = tokens[chunk.to];
    const b = tokens[chunk.to + 1];
    if (!a || !b || a.cap || b.cap || a.sentence !== b.sentence || !lex.placeBodies.has(`${a.lower} ${b.lower}`) || !isFree(state, chunk.from, chunk.to + 2)) continue;
    // "Iraq's provincial council": a country's possessive names the country's councils, no body of its own name.
    if (tokens[chunk.to - 1]!.possessive || lex.countryOf.has(tokens.slice(chunk.from, chunk.to).map((t) => t.text).join(' '))) continue;
    addMention(state, 'Organization', chunk.from, chunk.to + 2, '50-organizations/place-body', { key: nameKey(state.text.slice(tokens[chunk.from]!.start, b.end)) });
  }
}

/** "Harbor bloc", "Ruiz administration": a capitalized word and a lower-case organization word. */
const isAcronymToken = (w: string): boolean => /^\p{Lu}[\p{Lu}.]+$/u.test(w);

function lowerHeads(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  // "the State of Law coalition": the name may join its words with "of"; "Members of the X party": not the members.
  for (const chunk of capitalChunks(state, true)) {
    const head = tokens[chunk.to];
    if (!head || !lex.orgLowerHeads.has(head.text) || !isFree(state, chunk.to, chunk.to + 1)) continue;
    const inner = tokens.slice(chunk.from, chunk.to);
    // "Macri's Together for Change coalition": "for" joins a name's words too.
    if (inner.some((t) => !t.cap && !['of', 'and', 'the', '&', 'for'].includes(t.text) && !ROMANCE_PARTICLES.has(t.text))) continue;
    // "the Russia and Iran alliance", "the Prime Minister of Iraq coalition": parts joined by "and" or "of" that are
    // places or titles are several names, not one. "Her Brothers of Italy party": a party named "of" its country, when
    // its first word is no place or title.
    const titled = lex.titles.has(inner[0]!.text) || lex.titles.has(`${inner[0]!.text} ${inner[1]?.text ?? ''}`);
    const ofCountry = head.text === 'party' && !titled && !inner.some((t) => t.text === 'and' || t.text === '&') && !lex.places.has(inner[0]!.text) && !lex.countryOf.has(inner[0]!.text);
    if (!ofCountry && inner.some((t) => t.text === 'and' || t.text === 'of' || t.text === '&' || t.text === 'for') && (inner.some((t) => t.cap && (lex.places.has(t.text) || lex.countryOf.has(t.text))) || titled)) continue;
    // "the Likud and Shas coalition": two names joined by "and" before any head but "party" are two bodies.
    if (head.text !== 'party' && inner.some((t) => t.text === 'and' || t.text === '&')) continue;
    let from = chunk.from;
    // "Her Brothers of Italy party" opening a sentence: the possessive is no part of the name.
    while (from + 1 < chunk.to && /^(?:Her|His|Their|Its|Our|My|Your)$/.test(tokens[from]!.text)) from++;
    while (from + 2 < chunk.to && lex.memberNouns.has(tokens[from]!.text) && tokens[from + 1]!.text === 'of') from += tokens[from + 2]!.text === 'the' ? 3 : 2;
    // "the Islamist Ennahda party": a word of creed or leaning describes the party, it is no part of its name.
    while (from + 1 < chunk.to && lex.describingWords.has(tokens[from]!.text)) from++;
    // "the OIR coalition": an acronym alone before the head names no new body.
    if (chunk.to - from === 1 && isAcronymToken(tokens[from]!.text)) continue;
    // "the Mães de Maio movement": capitalized words joined by a Romance particle before the head.
    while (ROMANCE_PARTICLES.has(tokens[from - 1]?.text ?? '') && tokens[from - 2]?.cap && tokens[from - 2]!.sentence === head.sentence && isFree(state, from - 2, from)) {
      from -= 2;
      while (tokens[from - 1]?.cap && tokens[from - 1]!.word && tokens[from - 1]!.sentence === head.sentence && isFree(state, from - 1, from) && !DETERMINERS.has(tokens[from - 1]!.text)) from--;
    }
    // "said Visar Ymeri of the Self-Determination party": after a speech verb, the words before "of the" are the
    // speaker's name; the body's name is what follows.
    const ofAt = tokens.slice(from, chunk.to).findIndex((t, k) => t.text === 'of' && tokens[from + k + 1]?.text === 'the');
    // So after a comma or a role noun ("his main challenger, Tundu Lissu of the Chadema party"), or a given name.
    const personBefore = lex.speechVerbs.has(tokens[from - 1]?.text ?? '') || tokens[from - 1]?.text === ',' || lex.roleNouns.has(tokens[from - 1]?.lower ?? '') || isGivenName(tokens[from]!.text);
    if (ofAt > 0 && personBefore && from + ofAt + 2 < chunk.to) {
      from += ofAt + 2;
      // ("Khaled Hamadi of the Shiite Dawa party": and a word of creed there too.)
      while (from + 1 < chunk.to && lex.describingWords.has(tokens[from]!.text)) from++;
    }
    // "the opposition Law and Justice party": a party's name may join two words with "and".
    const w0 = tokens[from - 2];
    if (head.text === 'party' && tokens[from - 1]?.text === 'and' && w0?.cap && w0.word && w0.sentence === head.sentence && isFree(state, from - 2, from - 1)
      && !(tokens[from - 3]?.cap && tokens[from - 3]!.word && tokens[from - 3]!.sentence === head.sentence) && !lex.countryOf.has(w0.text) && !lex.places.has(w0.text)) from -= 2;
    const words = tokens.slice(from, chunk.to).map((t) => t.text);
    // "the only Islamist party", "Islamist movement Hamas": a word of creed or leaning alone names no party.
    if (words.every((w) => lex.countryOf.has(w) || lex.notNames.has(w) || lex.describingWords.has(w))) continue;
    // "Ruling party candidate X" opening a sentence: one common word, capitalized only there, names no party.
    if (chunk.to - from === 1 && tokens[from]!.first && lex.isCommonWord(tokens[from]!.lower)) continue;
    // "Islamabad police", "the Punjab police": a place's police force; not "Riot police" opening a sentence, nor
    // "Mongkok police station", a place.
    if (head.text === 'police' && (!(lex.places.has(words.join(' ')) || lex.isTown(words.join(' '))) || lex.placeLowerHeads.has(tokens[chunk.to + 1]?.text ?? '') || tokens[chunk.to + 1]?.lower === 'station')) continue;
    const text = state.text.slice(tokens[from]!.start, head.end);
    // "the Georgian Dream party": the party's name is the capitalized words; "party" describes it. So does any lower-case
    // head after a name that ends in a head of its own ("the Seventh Brigade militia", "the Protection Force alliance").
    // "the Sayirun alliance", "the Fatah bloc": so do "alliance", "bloc", "movement", "militia" and "coalition", unless
    // the name would be one common word ("the Harbor militia" keeps its noun).
    const one = chunk.to - from === 1 ? tokens[from]! : null;
    // Nor a person's surname in the article ("the Dravec coalition … Dravec said").
    const surname = !!one && state.mentions.some((m) => m.type === 'Person' && m.text.split(/\s+/).pop() === one.text);
    const plainWord = !!one && (surname || lex.isCommonWord(one.lower) || lex.firstNames.has(one.text) || lex.places.has(one.text) || lex.countryOf.has(one.text));
    const described = head.text === 'party' || (lex.orgDescribedHeads.has(head.text) && !plainWord) || (chunk.to - from >= 2 && lex.orgHeads.has(tokens[chunk.to - 1]!.text));
    const name = described ? state.text.slice(tokens[from]!.start, tokens[chunk.to - 1]!.end) : text;
    addMention(state, 'Organization', from, chunk.to + 1, '50-organizations/lower-head', { key: nameKey(name), ...(name !== text ? { canonical: name } : {}) });
  }
}

/** "NATO's military committee": an organization's body named by its owner and a lower-case head. */
function possessiveBodies(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const owner of [...state.mentions]) {
    if (owner.type !== 'Organization') continue;
    const i = tokenStartingAt(state, owner.end);
    if (i < 0 || !tokens[i]!.possessive) continue;
    for (let n = 1; n <= 3; n++) {
      const head = tokens[i + n];
      if (!head || head.cap || !head.word || !isFree(state, i + 1, i + n + 1)) break;
      if (!lex.definiteHeads.has(head.text)) continue;
      const from = tokenStartingAt(state, owner.start);
      const rest = state.text.slice(tokens[i + 1]!.start, head.end);
      const canonical = `${owner.canonical ?? owner.text} ${rest}`;
      // Re-own the owner's tokens: the body is one organization mention, the owner stays listed.
      for (let k = from; k < i + 1; k++) state.owner[k] = null;
      const body = addMention(state, 'Organization', from, i + n + 1, '50-organizations/possessive-body', { key: nameKey(canonical), canonical });
      if (body) for (let k = from; k < i; k++) state.owner[k] = owner;
      break;
    }
  }
}

const OPEN_MARKS = new Set(['"', '“', '«']);
const CLOSE_MARKS = new Set(['"', '”', '»']);

/** The "Tavush for the Motherland" movement: a name in quotation marks before a lower-case organization word. */
function quotedNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let next = 0;
  for (const i of positionsOf(state, OPEN_MARKS)) {
    if (i < next || i + 3 >= tokens.length || !tokens[i + 1]!.cap) continue;
    let close = i + 1;
    while (close < i + 8 && tokens[close] && !CLOSE_MARKS.has(tokens[close]!.text) && tokens[close]!.sentence === tokens[i]!.sentence) close++;
    const head = tokens[close + 1];
    if (!CLOSE_MARKS.has(tokens[close]?.text ?? '') || close === i + 1 || !head || !lex.orgLowerHeads.has(head.text) || head.sentence !== tokens[i]!.sentence) continue;
    // "“Allahu Akbar” militia slogans": the head word modifies a plural noun after it; the quote is a chant.
    const noun = tokens[close + 2];
    if (noun?.word && !noun.cap && /s$/.test(noun.text) && !lex.speechVerbs.has(noun.text) && noun.sentence === head.sentence) continue;
    if (!isFree(state, i + 1, close) || tokens.slice(i + 1, close).some((t) => !t.word)) continue;
    const name = state.text.slice(tokens[i + 1]!.start, tokens[close - 1]!.end);
    addMention(state, 'Organization', i + 1, close, '50-organizations/quoted-name', { key: nameKey(name) });
    next = close + 1;
  }
}

/** "the Islamo-conservative party Ennahdha", "the militia Kataib Hezbollah": a lower-case head word, then the name. */
function namesAfterHeads(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let next = 0;
  for (const i of positionsOf(state, lex.namedAfterHeads)) {
    const head = tokens[i]!;
    if (i < next || i + 1 >= tokens.length || head.cap || !isFree(state, i, i + 1)) continue;
    let to = i + 1;
    const nameWord = (t: Token | undefined): boolean => !!t && t.sentence === head.sentence && t.word && !t.possessive && (t.cap || (to > i + 1 && /^(?:al|el|ad|ash|as|an|ar)-\p{L}/u.test(t.text)));
    while (to < i + 6 && nameWord(tokens[to]) && isFree(state, to, to + 1)) to++;
    if (to === i + 1 || state.headline.has(head.sentence)) continue;
    const words = tokens.slice(i + 1, to);
    // "the group Monday said", "the party President X": a day, a title or a function word is no name.
    // "the party HQ": letters the lexicon says are no body.
    if (words.some((t) => lex.notNames.has(t.text) || lex.notAcronyms.has(t.text) || CALENDAR.test(t.text)) || lex.titles.has(words[0]!.text)) continue;
    const text = state.text.slice(words[0]!.start, words[words.length - 1]!.end);
    if (lex.places.has(text) || lex.countryOf.has(text) || (words.length === 1 && lex.firstNames.has(text))) continue;
    // "the bloc Horvat leads", "the militia Haftar commands": a name and a verb make a relative clause.
    const after = tokens[to];
    if (words.length === 1 && after?.sentence === head.sentence && after.word && !after.cap && /s$/.test(after.text)) continue;
    addMention(state, 'Organization', i + 1, to, '50-organizations/name-after-head', { key: nameKey(text) });
    next = to;
  }
}

/** "Coordination Framework, a group of mostly Shiite parties". */
function groupAppositions(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const chunk of capitalChunks(state, true)) {
    const comma = tokens[chunk.to];
    const article = tokens[chunk.to + 1];
    if (comma?.text !== ',' || !article || !/^(a|an|the)$/.test(article.text)) continue;
    // "early on Wednesday, the coalition said": a day or a month is no group.
    // "In December, the rebel coalition": nor is a sentence's opening word before one.
    if (tokens.slice(chunk.from, chunk.to).every((t, k) => CALENDAR.test(t.text) || (k === 0 && t.first && lex.notNames.has(t.text)))) continue;
    // "However, a government agency said": an opening adverb is no group's name.
    if (chunk.to - chunk.from === 1 && tokens[chunk.from]!.first && lex.notNames.has(tokens[chunk.from]!.text)) continue;
    // "…,” said Hajizadeh, the Tasnim news agency reported": the one a speech verb names is a speaker, not the group.
    if (lex.speechVerbs.has(tokens[chunk.from - 1]?.text ?? '')) continue;
    for (let n = 2; n <= 5; n++) {
      const span = tokens.slice(chunk.to + 2, chunk.to + n + 1);
      if (span.length < n - 1 || span.some((t) => !t.word)) break;
      // "X, the leader of the movement": a person's role, not a group.
      if (lex.roleNouns.has(span[span.length - 1]!.text)) break;
      const words = span.map((t) => t.text).join(' ');
      const last = span[span.length - 1]!.text;
      // "near the community of Canaan, a police union said": the subject of a new clause, no apposition.
      if (lex.speechVerbs.has(tokens[chunk.to + n + 1]?.text ?? '')) break;
      if (lex.groupNouns.has(last) || lex.groupNouns.has(words)) {
        // "Joyce, the National party leader": the group's noun before a role noun is the role's body, the name a person's.
        if (lex.roleNouns.has(tokens[chunk.to + n + 1]?.lower ?? '') && tokens[chunk.to + n + 1]!.sentence === article.sentence) break;
        // "the 33rd Front": an ordinal belongs to the name.
        let from = ORDINAL.test(tokens[chunk.from - 1]?.text ?? '') && isFree(state, chunk.from - 1, chunk.from) ? chunk.from - 1 : chunk.from;
        // "Students against Discrimination, the group behind …": capitals joined by a lower-case preposition are one name.
        if (from === chunk.from) from = joinedBefore(state, from);
        const text = state.text.slice(tokens[from]!.start, tokens[chunk.to - 1]!.end);
        if (chunk.to - chunk.from >= 1 && !lex.countryOf.has(text) && !lex.places.has(text)) {
          addMention(state, 'Organization', from, chunk.to, '50-organizations/group-apposition', { key: nameKey(text) });
        }
        break;
      }
    }
  }
}

const NAME_JOINERS = new Set(['against', 'for', 'of']);

/** The first token of capitals joined to token `from` by "against", "for" or "of": "Students" in "Students against Discrimination". */
function joinedBefore(state: ExtractState, from: number): number {
  const tokens = state.tokens;
  const sentence = tokens[from]!.sentence;
  const capital = (k: number) => tokens[k]?.sentence === sentence && tokens[k]!.cap && tokens[k]!.word && !tokens[k]!.possessive && isFree(state, k, k + 1);
  if (!NAME_JOINERS.has(tokens[from - 1]?.text ?? '') || !isFree(state, from - 1, from) || !capital(from - 2)) return from;
  let k = from - 2;
  while (k > 0 && capital(k - 1) && k > from - 5) k--;
  const lex = lexicons();
  while (k < from - 1 && lex.notNames.has(tokens[k]!.text)) k++;
  return k < from - 1 ? k : from;
}

/** "the PKK", "PMF fighters": an unknown acronym of two to five capitals is an organization. */
function unknownAcronyms(state: ExtractState): void {
  const lex = lexicons();
  // "Mohammed bin Salman (MBS) … MBS said": letters in brackets after a person's name stand for the person everywhere.
  const personInitials = new Set<string>();
  state.tokens.forEach((t, i) => {
    const owner = state.owner[i - 2];
    if (state.tokens[i - 1]?.text === '(' && state.tokens[i + 1]?.text === ')' && owner?.type === 'Person' && owner.end === state.tokens[i - 2]!.end) personInitials.add(t.text);
  });
  state.tokens.forEach((t, i) => {
    if (!t.cap || t.text.length < 2 || t.text.length > 6 || t.text[1] === t.lower[1]) return;
    // "UNESCO", "ECOWAS": six capitals too.
    if (!(ACRONYM.test(t.text) || /^\p{Lu}{6}$/u.test(t.text)) || !isFree(state, i, i + 1) || state.headline.has(t.sentence)) return;
    // "NGOs", "IEDs", "CASs": an acronym in the plural names a kind of thing, not one organization.
    if (t.text.endsWith('s')) return;
    if (lex.notAcronyms.has(t.text) || lex.places.has(t.text) || lex.countryOf.has(t.text) || state.inTitle[i]) return;
    // A line in capitals ("BAGHDAD —", a credit "LEE SOO-JUNG") is not an acronym.
    const prev = state.tokens[i - 1];
    const next = state.tokens[i + 1];
    const capitals = (w: Token | undefined): boolean => !!w && w.sentence === t.sentence && CAPITALS_2_PLUS.test(w.text.replace(/-/g, ''));
    if (capitals(prev) || capitals(next)) return;
    // "SEOUL", "PHOTO", "LEAD": a place or a common word set in capitals.
    if (lex.placesUpper.has(t.text) || (t.text.length >= 5 && lex.isCommonWord(t.text))) return;
    // "YEREVAN, MAY 7": a month or a day in capitals.
    if (CALENDAR.test(t.text.charAt(0) + t.lower.slice(1))) return;
    // "a Fine Gael TD", "the Labour MEP": an abbreviated title the lexicon holds is no organization.
    if (lex.titles.has(t.text)) return;
    // "the SYL hotel", "the KRG airport": letters before a place's lower-case head name the place.
    if (next && next.sentence === t.sentence && lex.placeLowerHeads.has(next.text)) return;
    // "Washington DC", "DR Congo": letters after a place, or that make a place with the word after them ("the NRM
    // Kampala office" keeps its NRM).
    const afterPlace = !!prev && prev.sentence === t.sentence && prev.end + 1 >= t.start && (state.owner[i - 1]?.type === 'Place' || lex.places.has(prev.text));
    const makesPlace = !!next && next.sentence === t.sentence && lex.places.has(`${t.text} ${next.text}`);
    if (afterPlace || makesPlace) return;
    // "Iraqi-FM-Fuad-Hussein": a piece of a hyphenated slug.
    if (state.text[t.start - 1] === '-' && state.text[t.end] === '-') return;
    // "advanced conventional weapon (ACW)": an acronym a lower-case phrase spells out is a common noun.
    if (prev?.text === '(' && next?.text === ')' && spelledInLowerCase(state, i - 1, t.text)) return;
    // "the Chief of Army Staff (COAS)": the acronym of a title; "Mohammed bin Salman (MBS)": a person's initials.
    if (prev?.text === '(' && next?.text === ')' && titleEndsAt(state, i - 2)) return;
    if (personInitials.has(t.text)) return;
    // "RFE/RL": two acronyms joined by a slash are one name.
    const slash = state.tokens[i + 1];
    const second = state.tokens[i + 2];
    if (slash?.text === '/' && second && slash.start === t.end && second.start === slash.end && ACRONYM.test(second.text) && isFree(state, i + 1, i + 3)) {
      const text = state.text.slice(t.start, second.end);
      addMention(state, 'Organization', i, i + 3, '50-organizations/unknown-acronym', { key: nameKey(text) });
      return;
    }
    if (prev?.text === '/' && prev.start === t.start - 1 && state.owner[i - 1]?.type === 'Organization') return;
    addMention(state, 'Organization', i, i + 1, '50-organizations/unknown-acronym', { key: nameKey(t.text) });
  });
}

/** "M23 rebels", "the M23/AFC": letters and a number, before a word for a group's people or joined to an acronym. */
const LETTERS_NUMBER = /^\p{Lu}{1,4}\d{1,3}$/u;

function numberedGroups(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  tokens.forEach((t, i) => {
    const last = t.text.charCodeAt(t.text.length - 1);
    if (last < 48 || last > 57 || !t.cap || !LETTERS_NUMBER.test(t.text) || !isFree(state, i, i + 1) || state.headline.has(t.sentence)) return;
    const next = tokens[i + 1];
    // "its F16 fighters" are aircraft: only words for an armed group's people.
    const member = !!next && next.sentence === t.sentence && /^(?:rebels|militants|militia|group|insurgents|guerrillas)$/.test(next.text);
    const joined = next?.text === '/' && next.start === t.end && ACRONYM.test(tokens[i + 2]?.text ?? '');
    if (member || joined) addMention(state, 'Organization', i, i + 1, '50-organizations/numbered-group', { key: nameKey(t.text) });
  });
}

/** A title of the lexicon ends at token `end`: "Chief of Army Staff". */
function titleEndsAt(state: ExtractState, end: number): boolean {
  for (let from = Math.max(0, end - 4); from <= end; from++) {
    const found = matchTitle(state, from);
    if (found && found.to === end + 1) return true;
  }
  return false;
}

/** The lower-case words right before token `open` ("(") have the acronym's letters as initials. */
function spelledInLowerCase(state: ExtractState, open: number, acronym: string): boolean {
  const n = acronym.length;
  const words = state.tokens.slice(Math.max(0, open - n), open);
  return words.length === n && words.every((w) => w.word && !w.cap) && words.map((w) => w.text[0]!.toUpperCase()).join('') === acronym;
}

/** "the commission", "the Journal", "international coalition": refers to the article's organization with that head. */
function definiteHeads(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  // "Foreign Ministry of Belarus" is a ministry as much as "Interior Ministry" is: the word before a complement heads it.
  const headOf = (name: string): string | undefined => name.split(/ (?:of|for|in|on|to) /)[0]!.split(' ').pop();
  const orgs = state.mentions.filter((m) => m.type === 'Organization').map((m) => ({ m, last: fold(m.text).split(' ').pop(), head: headOf(fold(m.text)) }));
  // "the Syrian Observatory for Human Rights … the Observatory said": any capitalized word that heads a name before its
  // complement stands for that name alone, when it heads one organization of the article and is no name of its own.
  const complementHeads = new Map<string, Set<string>>();
  for (const o of orgs) {
    if (!o.head || o.head === o.last || !o.m.key) continue;
    complementHeads.set(o.head, (complementHeads.get(o.head) ?? new Set()).add(o.m.key));
  }
  const ownName = (t: Token): boolean => lex.places.has(t.text) || lex.countryOf.has(t.text) || lex.firstNames.has(t.text) || lex.notNames.has(t.text) || lex.titles.has(t.text) || lex.orgs.has(t.text);
  // ("the Syrian Observatory for Human Rights and the Paris Observatory … the Observatory said": two bodies, no referent.)
  const namedHead = (t: Token): boolean => t.cap && t.text.length >= 5 && complementHeads.get(t.lower)?.size === 1
    && new Set(orgs.filter((o) => (o.last === t.lower || o.head === t.lower) && o.m.key).map((o) => o.m.key)).size === 1 && !ownName(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.text.length < 4) continue;
    const head = t.lower;
    // Not a word of a longer name ("the Kurdistan Region" is a place of its own).
    const alone = (k: number): boolean => !tokens[k] || tokens[k]!.sentence !== t.sentence || !tokens[k]!.cap || !tokens[k]!.word || /^(the|The)$/.test(tokens[k]!.text);
    const named = !lex.definiteHeads.has(head) && namedHead(t) && alone(i - 1) && alone(i + 1);
    if ((!lex.definiteHeads.has(head) && !named) || !isFree(state, i, i + 1)) continue;
    const before = tokens[i - 1];
    let from = i;
    // "Observatory head Rami Abdel Rahman said": a named head opening its sentence before a leader's title.
    const leads = named && tokens[i + 1]?.sentence === t.sentence && lex.leaderTitles.has(tokens[i + 1]!.lower);
    if (head === 'coalition' && before && lex.coalitionAdjectives.has(before.text) && isFree(state, i - 1, i)) from = i - 1;
    else if (!before || !/^(the|The)$/.test(before.text)) { if (!(t.cap && (!t.first || leads))) continue; }
    const after = tokens[i + 1];
    if (after?.text === 'of') continue; // "the commission of inquiry" names something else
    // "the party NOW", "the group Hamas": the kind of body before its own name, no reference back.
    if (after && after.sentence === t.sentence && after.cap && !state.inTitle[i + 1] && (state.owner[i + 1]?.type === 'Organization' || (/^\p{Lu}{2,}$/u.test(after.text) && !lex.notAcronyms.has(after.text) && !lex.titles.has(after.text)))) continue;
    let referents = orgs.filter((o) => (o.last === head || o.head === head) && o.m.key).map((o) => o.m);
    // "the ministry said" after two ministries: the one named last before it.
    if (new Set(referents.map((m) => m.key)).size > 1) {
      const before = referents.filter((m) => m.end <= t.start);
      const last = before.reduce<Mention | null>((a, m) => (!a || m.start > a.start ? m : a), null);
      referents = last ? [last] : referents;
    }
    const keys = [...new Set(referents.map((m) => m.key))];
    const text = state.text.slice(tokens[from]!.start, t.end);
    if (keys.length === 1) {
      addMention(state, 'Organization', from, i + 1, '50-organizations/definite-head', { key: keys[0]!, canonical: referents[0]!.canonical ?? referents[0]!.text });
    } else if (from < i) {
      addMention(state, 'Organization', from, i + 1, '50-organizations/adjective-head', { key: nameKey(text) });
    }
  }
}

/** "Foreign Ministry" after "Iraqi Foreign Ministry": a shorter form takes the key of the longer one. */
function suffixes(state: ExtractState): void {
  const orgs = state.mentions.filter((m) => m.type === 'Organization');
  const folded = orgs.map((m) => fold(m.text));
  for (const [s, short] of orgs.entries()) {
    if (short.key && !short.key.startsWith('name:')) continue;
    const tail = ` ${folded[s]!}`;
    const longer = orgs.filter((m, k) => m !== short && m.key && m.start < short.start && folded[k]!.endsWith(tail));
    const keys = [...new Set(longer.map((m) => m.key))];
    if (keys.length === 1) {
      short.key = keys[0]!;
      short.canonical = longer[0]!.canonical ?? longer[0]!.text;
    }
  }
}

/** "(SPLM)", "(SPLM-IO)": an acronym of two to six capitals, with a hyphenated part. */
const ACRONYM_IN_PARENTHESES = /^\p{Lu}{2,6}(?:-\p{Lu}{1,3})?$/u;

const EXPANSION_JOINERS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'del', 'la', 'las', 'los', 'para', 'pour', 'des', 'du', 'et', 'y']);

/**
 * "Alliance of Sahel States (AES)", "National Council for the Safeguard of the Homeland (CNSP)": a capitalized
 * name that an acronym in parentheses follows is an organization, whatever its last word.
 */
function parenthesizedExpansions(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  // A bare apostrophe glued to a capitalized plural: "Peoples’", "Workers’".
  const pluralMark = (k: number): boolean => /^['’]$/.test(tokens[k]!.text) && !!tokens[k - 1]?.cap && /s$/.test(tokens[k - 1]!.text) && tokens[k - 1]!.end === tokens[k]!.start;
  for (let i = 2; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !ACRONYM_IN_PARENTHESES.test(tokens[i + 1]!.text)) continue;
    const sentence = tokens[i]!.sentence;
    let from = i;
    for (let k = i - 1; k >= 0 && k > i - 12; k--) {
      const t = tokens[k]!;
      // "Tigray People’s Liberation Front (TPLF)": the possessive inside the name, between two capitalized words.
      if (t.possessive && t.sentence === sentence && k < i - 1 && tokens[k - 1]?.cap && tokens[k + 1]?.cap && isFree(state, k, k + 1)) continue;
      // "Peoples’ Democratic Party (HDP)": a plural's bare apostrophe, glued to it.
      if (pluralMark(k) && t.sentence === sentence && k < i - 1 && tokens[k + 1]?.cap && isFree(state, k, k + 1)) continue;
      if (t.sentence !== sentence || !isFree(state, k, k + 1) || !t.word) break;
      if (t.cap) from = k;
      else if (!EXPANSION_JOINERS.has(t.text)) break;
    }
    while (from < i && (DETERMINERS.has(tokens[from]!.text) || (tokens[from]!.first && lex.notNames.has(tokens[from]!.text)))) from++;
    // "near Abu Dhabi in the United Arab Emirates (UAE)": the shortest end of the phrase whose initials spell the
    // acronym is what it expands.
    const acronym = tokens[i + 1]!.text.replace(/s$/, '').replace(/-/g, '');
    // "Movement-in-Opposition" gives M, I, O: every part of a hyphenated word ("SPLM-IO").
    const initials = (a: number) => tokens.slice(a, i).filter((t) => t.cap).map((t) => t.text.split('-').map((p) => p[0]!.toUpperCase()).join('')).join('');
    // "Kurdistan Counter-Terrorism (CT)", "the Iraqi Counter-Terrorism Service (CTS)": the acronym may leave out the
    // place or nationality that opens the name.
    const placeFirst = lex.places.has(tokens[from]!.text) || lex.countryOf.has(tokens[from]!.text);
    if (initials(from) !== acronym && !(placeFirst && tokens[from + 1]!.cap && initials(from + 1) === acronym)) {
      for (let a = i - 1; a > from; a--) if (tokens[a]!.cap && initials(a) === acronym) { from = a; break; }
    }
    // "Tusk’s Civic Coalition (KO)", "Iraq’s National Security Service (INSS)": a possessive inside the phrase is its
    // owner's, not part of the name, after a place, or where the acronym does not spell the owner's word ("Sultan’s
    // Armed Forces (SAF)" does; "People’s", "Workers’" open names of their own).
    for (let k = i - 2; k > from; k--) {
      const t = tokens[k]!;
      if (!(t.possessive || pluralMark(k)) || lex.possessiveNameWords.has(tokens[k - 1]!.text) || (pluralMark(k) && lex.possessiveNameWords.has(tokens[k - 1]!.text.slice(0, -1)))) continue;
      const owner = tokens[k - 1]!.text;
      if (lex.places.has(owner) || lex.countryOf.has(owner) || initials(from) !== acronym) from = k + 1;
      break;
    }
    // "the Islamic State in Iraq and Syria (ISIS)": the tail of a body already found, whose initials the acronym spells
    // with it, is no body of its own.
    let j = from - 1;
    while (j > 0 && EXPANSION_JOINERS.has(tokens[j]!.text) && tokens[j]!.sentence === sentence) j--;
    const body = j < from - 1 ? state.owner[j] : null;
    if (body?.type === 'Organization' && initials(from) !== acronym && acronym.startsWith(body.text.split(/\s+/).map((w) => w[0]!.toUpperCase()).join(''))) continue;
    const words = tokens.slice(from, i);
    const capitals = words.filter((t) => t.cap).length;
    // A hyphenated word counts its capitalized parts ("Counter-Terrorism").
    const parts = words.reduce((n, t) => n + (t.cap ? t.text.split('-').filter((p) => /^\p{Lu}/u.test(p)).length : 0), 0);
    if ((capitals < 2 && !(capitals === 1 && parts >= 2 && placeFirst)) || state.headline.has(sentence)) continue;
    const text = state.text.slice(tokens[from]!.start, tokens[i - 1]!.end);
    if (lex.places.has(text) || lex.countryOf.has(text) || lex.titles.has(text)) continue;
    // "Iraqi Prime Minister (PM) X": a title after a nationality is no body's name.
    if (placeFirst && tokens.slice(from + 1, i).every((_, j) => state.inTitle[from + 1 + j])) continue;
    addMention(state, 'Organization', from, i, '50-organizations/parenthesized-expansion', { key: nameKey(text) });
  }
}

const DETERMINERS = new Set(['The', 'A', 'An', 'the', 'a', 'an']);
/** Meetings of a body, which name an occasion, not the body: "Ordinary Session of the Council of Ministers". */
const SITTINGS = new Set(['Session', 'Sitting', 'Summit', 'Meeting', 'Plenary']);
/** Prepositions and conjunctions that open a sentence before a name: "After the Cabinet meeting", "During Senate hearings". */
const OPENING_WORDS = new Set(['After', 'Before', 'During', 'Despite', 'Since', 'Following', 'Amid', 'With', 'Without', 'In', 'On', 'At', 'For', 'From', 'By', 'Into', 'Between', 'Among', 'Through', 'Unlike', 'Like', 'Upon', 'Until', 'While', 'When', 'If', 'Although', 'Though', 'Because', 'As', 'Meanwhile', 'However']);
const QUANTIFIERS = new Set(['Some', 'Many', 'Most', 'Several', 'Few', 'Both', 'Each', 'Every', 'Any', 'No', 'Other']);
const FORMER = new Set(['Former', 'Then', 'Ex']);

/**
 * "Jose Andres, founder of World Central Kitchen", "the head of the Harbor Trust": a capitalized name after a role
 * noun and "of" is the body the role is in, when it is no known place and does not start with a given name; a single
 * common word ("director of Operations"), local offices ("mayor of Springfield") and fields ("professor of Law") are left alone.
 */
function roleComplements(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const people = new Set(state.mentions.filter((m) => m.type === 'Person').flatMap((m) => m.text.split(' ')));
  for (const chunk of capitalChunks(state, true)) {
    let k = chunk.from - 1;
    if (tokens[k]?.lower === 'the') k--;
    const noun = tokens[k - 1];
    if (tokens[k]?.text !== 'of' || !noun || noun.cap || noun.sentence !== tokens[chunk.from]!.sentence) continue;
    if (!lex.roleNouns.has(noun.lower) || lex.localOffices.has(noun.lower) || lex.fieldRoles.has(noun.lower)) continue;
    if (state.headline.has(tokens[chunk.from]!.sentence) || chunk.to - chunk.from > 6) continue;
    const words = tokens.slice(chunk.from, chunk.to).map((t) => t.text);
    const text = state.text.slice(tokens[chunk.from]!.start, tokens[chunk.to - 1]!.end);
    if (lex.places.has(text) || lex.countryOf.has(text) || lex.places.has(words[0]!) || lex.countryOf.has(words[0]!) || isGivenName(words[0]!) || lex.notNames.has(words[0]!)) continue;
    // "the lawyer of Navalny" after "Alexei Navalny": a person the article names.
    if (words.some((w) => people.has(w))) continue;
    // "chief of Islamist movement Hamas": a word of creed or leaning alone names no body.
    if (words.length === 1 && (lex.isCommonWord(words[0]!) || lex.describingWords.has(words[0]!))) continue;
    // "leader of the Flemish nationalist N-VA party": an adjective of a people before lower-case words describes the body
    // named after them; it is no body itself.
    const next = tokens[chunk.to];
    const then = tokens[chunk.to + 1];
    if (words.length === 1 && /(?:ish|ian|ese|ic)$/.test(words[0]!) && next?.word && !next.cap && next.sentence === tokens[chunk.from]!.sentence && next.lower !== 'and'
      && !!then?.cap && then.sentence === next.sentence) continue;
    // "a spokesman of Ullah’s Arakan Rohingya Society": a possessive makes the name the owner of the body after it.
    if (next?.possessive && then?.cap && then.sentence === next.sentence) continue;
    // "leader of the Islamist Ennahda party": one word right before a body already found describes it.
    if (words.length === 1 && state.owner[chunk.to]?.type === 'Organization' && next!.sentence === tokens[chunk.from]!.sentence) continue;
    addMention(state, 'Organization', chunk.from, chunk.to, '50-organizations/role-complement', { key: nameKey(text) });
  }
}

export function findOrganizations(state: ExtractState): void {
  militaryUnits(state);
  numberedUnits(state);
  longOfficialNames(state);
  arabicNames(state);
  romanceNames(state);
  knownNamesContinued(state);
  known(state);
  parenthesizedExpansions(state);
  institutions(state);
  ledCoalitions(state);
  placeBodies(state);
  lowerHeads(state);
  rulingParties(state);
  titleOffices(state);
  namesAfterHeads(state);
  quotedNames(state);
  headed(state);
  companyNames(state);
  roleComplements(state);
  groupAppositions(state);
  possessiveBodies(state);
  definedAcronyms(state);
  numberedGroups(state);
  unknownAcronyms(state);
  hyphenedBodies(state);
  shortForms(state);
  partiesWithoutHead(state);
  partiesBeforeMemberTitles(state);
  bodiesBeforeLeaderTitles(state);
  bodiesListedAfterPlural(state);
  contextShortNames(state);
  leaningParties(state);
  definiteHeads(state);
  suffixes(state);
  outlets(state);
  platforms(state);
  coordinatedBodies(state);
  articleSource(state);
  dashJoinedNames(state);
  bracketedQualifiers(state);
  repeatedBodies(state);
  otherNamesInParentheses(state);
  openingWords(state);
}

/**
 * Whether the name at [a, b) stands as a body: a role noun or title and "of", "at" or "for" before it ("director of
 * X Hospital", "a doctor at Jenin's X Hospital"), or a role noun, a title, a speech verb or a possessive after it.
 */
function actsAsBody(state: ExtractState, a: number, b: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const sentence = tokens[a]!.sentence;
  let k = a - 1;
  if (tokens[k]?.possessive && tokens[k]!.sentence === sentence) k -= 2;
  if (tokens[k]?.lower === 'the') k--;
  // ("head of operations at X Hospital": the role noun a few words before.)
  if (/^(?:of|at|for)$/.test(tokens[k]?.lower ?? '') && tokens[k]!.sentence === sentence) {
    for (let j = k - 1; j >= k - 4 && j >= 0 && tokens[j]!.word && tokens[j]!.sentence === sentence; j--) {
      if (lex.roleNouns.has(tokens[j]!.lower) || lex.titleFirst.has(tokens[j]!.lower) || state.inTitle[j]) return true;
    }
  }
  const after = tokens[b];
  if (!after || after.sentence !== sentence) return false;
  return after.possessive || tokens[b - 1]!.possessive || lex.speechVerbs.has(after.lower) || lex.roleNouns.has(after.lower) || !!matchTitle(state, b);
}
