// Pass 70: where a title with no organization or country in its phrase belongs, from the sentence around it:
// "Spokesman of Iraq’s Kataeb Hezbollah X" (a title, "of" and an organization right before the name); "MANILA —
// Defense Secretary X" (a state office in the dateline's sentence: the dateline's country); "… the capital Kyiv,
// according to Mayor X" (a local office: the city or region named in the same sentence).
import { lexicons, type CountryEntry } from './lexicon.js';
import { matchTitle, titlesBefore } from './30-titles.js';
import { endIndex, push, tokenIndex } from './70-roles-context.js';
import type { ExtractState } from './state.js';
import type { Mention } from './types.js';

/** "Spokesman of Iraq’s Kataeb Hezbollah X", "Chief of the Presidential Leadership Council X". */
export function titleOfOrganization(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  const from = tokenIndex(state, person.start);
  // "The deputy chairman of the Popular Mobilization Forces (PMF, also known as Hashd al-Shaabi) X": a parenthesis
  // after the body's name, before the person's.
  let last = from - 1;
  if (tokens[last]?.text === ')') {
    let open = last - 1;
    while (open > 0 && open > last - 12 && tokens[open]!.text !== '(' && tokens[open]!.text !== ')' && tokens[open]!.sentence === person.sentence) open--;
    if (tokens[open]?.text === '(') last = open - 1;
  }
  const org = state.owner[last];
  if (org?.type !== 'Organization' || org.end !== tokens[last]?.end) return;
  let k = tokenIndex(state, org.start) - 1;
  // "of Iraq’s Kataeb Hezbollah": a country's possessive between "of" and the organization.
  if (tokens[k]?.possessive) k -= 2;
  if (tokens[k]?.lower === 'the') k--;
  // "Deputy Commander of Iraqi Joint Operations Command X": a nationality before the body's name.
  if (tokens[k]?.lower !== 'of' && lexicons().countryOf.has(tokens[k]?.text ?? '') && !state.owner[k]) k--;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of' || tokens[k]!.sentence !== person.sentence) return;
  const chain = titlesBefore(state, k) ?? officeEndingAt(state, k);
  if (!chain) return;
  // "The deputy head of the RSF X": the modifiers before the office are part of the role ("deputy head", not "head").
  let m = chain.from;
  while (m > 0 && tokens[m - 1]!.sentence === person.sentence && tokens[m - 1]!.word && lexicons().titleModifiers.has(tokens[m - 1]!.lower)) m--;
  const modifiers = tokens.slice(m, chain.from).map((t) => t.text);
  for (const title of chain.titles) {
    const role = [...modifiers, title].join(' ');
    push(state, { person, role, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/title-of-organization' }, tokens[m]!.start);
  }
}

/** "Deputy Commander" right before token `k`: a state office the titles pass left alone (it precedes no name). */
function officeEndingAt(state: ExtractState, k: number): { from: number; titles: string[] } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let j = Math.max(0, k - 4); j < k; j++) {
    const found = matchTitle(state, j);
    if (!found || found.to !== k) continue;
    let from = j;
    while (from > 0 && lex.titleModifiers.has(tokens[from - 1]!.lower)) from--;
    return { from, titles: [state.text.slice(tokens[from]!.start, tokens[k - 1]!.end)] };
  }
  return null;
}

/** The country of the dateline that opens this sentence ("MANILA —", "PORT SUDAN, Sudan (AP) —"), if it is known. */
export function datelineCountry(state: ExtractState, sentence: number): string | null {
  const lex = lexicons();
  for (const m of state.mentions) {
    if (m.sentence !== sentence || m.rule !== '20-boilerplate/dateline') continue;
    const name = m.canonical ?? m.text;
    if (lex.countries.has(name)) return name;
    const capital = lex.capitalOf.get(name);
    if (capital) return capital.name;
  }
  // "PORT SUDAN, Sudan (AP) —": the country named right after the dateline's city.
  const dateline = state.mentions.find((m) => m.sentence === sentence && m.rule === '20-boilerplate/dateline');
  if (!dateline) return null;
  for (const m of state.mentions) {
    if (m.type === 'Place' && m.start > dateline.end && /^,\s*$/.test(state.text.slice(dateline.end, m.start)) && lex.countries.has(m.canonical ?? m.text)) return m.canonical ?? m.text;
  }
  return null;
}

/** The country of the article's dateline, wherever it opens: "SEOUL, South Korea (AP) —". */
export function articleDatelineCountry(state: ExtractState): string | null {
  const dateline = state.mentions.find((m) => m.rule === '20-boilerplate/dateline');
  return dateline ? datelineCountry(state, dateline.sentence) : null;
}

/**
 * The country an article is about, counted once: `clear` is its dateline's when the text names it too, or else the
 * country named (by name, capital or nationality) at least three times and twice as often as any other; `leading` is
 * that country, or else one named at least three times and two times more than any other. A story that names one
 * country and no other has it as both. Null when none stands out.
 */
const SPEAKING = /^(?:speak|speaks|spoke|spoken|speaking|translated|dubbed|fluent)$/;
/** "the majority speak French or Haitian Creole", "translated from Portuguese": an adjective that names a language. */
export function isLanguageAt(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  let j = k - 1;
  for (let n = 0; n < 4 && tokens[j]?.sentence === tokens[k]!.sentence; n++) {
    const w = tokens[j]!.lower;
    if (SPEAKING.test(w)) return true;
    if (w === 'in' || w === 'from') { j--; continue; }
    const other = tokens[j]!.cap && (lexicons().languages.has(tokens[j]!.text) || lexicons().countryOf.has(tokens[j]!.text));
    if (w !== 'or' && w !== 'and' && w !== ',' && !other) return false;
    j--;
  }
  return false;
}

/** A word of a state body's name: a court, a legislature, a government, its forces or a party. */
const STATE_BODY = /\b(?:Court|Parliament|Assembly|Congress|Senate|Government|Ministry|Army|Police|Commission|Council|Party|Forces|Cabinet|Presidency)\b/;

export function homeCountries(state: ExtractState): { clear: string | null; leading: string | null } {
  // "MOSCOW, June 2. /TASS/." over a story that never names Russia: the agency's city, not the story's country.
  const dateline = articleDatelineCountry(state);
  const datelineNamed = !!dateline && namedInText(state, dateline);
  const lex = lexicons();
  const counts = new Map<string, number>();
  const add = (name: string): void => { counts.set(name, (counts.get(name) ?? 0) + 1); };
  const byName = new Set<string>();
  // "Zambian opposition leader arrested": the one country the article's own headline (its metadata title) names, by
  // name or adjective, counts once and as named in the lead; a headline naming two ("Haitians … as Kenyan police …")
  // says nothing of which is home.
  // A title the text opens with (a page whose first line is its headline) is counted with the text.
  const title = (state.input.title ?? '').trim();
  const titled = titleCountries(title && !state.text.slice(0, title.length + 200).includes(title) ? title : '');
  // It counts only for a country the text names too: "Palestinian prisoners freed" over a story about Israel's
  // release names the prisoners, not the story's country.
  const inTitle = titled.size === 1 && [...titled].every((c) => namedInText(state, c)) ? titled : new Set<string>();
  // The headline and the lead (the first two sentences that are no headline).
  const inLead = new Set<string>();
  let lead = 0;
  while (state.headline.has(lead)) lead++;
  // "protests in Thuringia", "police stations in Alexandria": a region or a city speaks for its country only where the
  // article names that country itself (below), lest a namesake ("Geneva", "Canterbury") make a home of its own.
  const supporting = new Map<string, number>();
  const named = countriesBySentence(state);
  for (const m of state.mentions) {
    const name = m.canonical ?? m.text;
    // A dateline's country counts only where the text names it too (above).
    if (m.type !== 'Place' || m.rule === '20-boilerplate/dateline') continue;
    // "the parliament in Seoul": a capital speaks for its country; a dependent territory for itself ("the Cayman Islands").
    const own = lex.places.get(name)?.country;
    const country = lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name ?? (own === name ? own : undefined);
    if (country) { add(country); byName.add(country); if (m.sentence <= lead + 1) inLead.add(country); }
    else if (own && regionSpeaks(state, m, named)) supporting.set(own, (supporting.get(own) ?? 0) + 1);
  }
  for (let k = 0; k < state.tokens.length; k++) {
    const t = state.tokens[k]!;
    // "the Indian Ocean country": an adjective inside a place's name speaks for no country.
    // "South Korean lawmakers impeach …": a headline's adjective names the story's country too.
    // "an ethnic Albanian was elected": a people, not a state.
    if (!t.cap || isLanguageAt(state, k) || state.tokens[k - 1]?.lower === 'ethnic') continue;
    // "the poor Central American country", "Latin American leaders": a region's adjective, not the United States'.
    // "South Africans were concerned": a people's plural names its country as its adjective does.
    const single = t.text.endsWith('s') && !lex.countryOf.has(t.text) ? t.text.slice(0, -1) : t.text;
    const two = k > 0 ? lex.countryOf.get(`${state.tokens[k - 1]!.text} ${single}`) : undefined;
    const c = two ?? (regionAdjectiveAt(state, k) ? undefined : adjectiveCountry(state, single));
    const place = state.owner[k]?.type === 'Place' ? state.owner[k]!.canonical ?? state.owner[k]!.text : null;
    // A token of a place mention ("US", "UK") was counted with the mentions above.
    if (place) continue;
    // "the Kiribati High Court": a country's name inside a state body's name speaks for it as its adjective does (not a
    // firm's: "Kenya Airways").
    const owner = state.owner[k];
    if (c && (c.name !== t.text || (owner?.type === 'Organization' && STATE_BODY.test(owner.text)))) add(c.name);
  }
  for (const country of inTitle) { add(country); inLead.add(country); }
  for (const [country, n] of supporting) if (counts.has(country)) counts.set(country, counts.get(country)! + n);
  // "Istanbul" six times and no country by name: one country's places alone, named three times or more, make its story.
  if (counts.size === 0 && supporting.size === 1) {
    for (const [country, n] of supporting) if (n >= 3) { counts.set(country, n); byName.add(country); }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  // The dateline's country, named in the text too, is the story's, unless another is named three times and more than
  // twice as often ("DUBAI, United Arab Emirates (AP) — Oman's sultan …": Oman six times, the Emirates once).
  if (dateline && datelineNamed) {
    const own = counts.get(dateline) ?? 0;
    if (!first || first[0] === dateline || first[1] < 3 || first[1] <= 2 * own) return { clear: dateline, leading: dateline };
  }
  // A story that names one country alone (its dateline's, if any), by name or capital and not only by an adjective
  // ("translated from Portuguese"), in its lead or twice, is about it; "the war in Ukraine" said once in passing is not.
  // The headline's country and one more reference in the text do as well when no other country is named at all.
  const alone = !!first && !second && (!dateline || dateline === first[0])
    && ((byName.has(first[0]) && (first[1] >= 2 || inLead.has(first[0]))) || (inTitle.has(first[0]) && first[1] >= 2));
  // "Guinea-Bissau soldiers arrest PM" over a lead on Guinea-Bissau, the US and the EU named once among the condemners:
  // the one country of the headline and the lead, named more than any other, is the story's.
  const headlined = !!first && inTitle.has(first[0]) && inLead.size === 1 && inLead.has(first[0]) && (!second || first[1] > second[1]);
  if (!first || (first[1] < 3 && !alone && !headlined)) {
    // "Prime Minister X dismissed three ministers … the largest company in Croatia" on Total Croatia News: a national
    // outlet's own country, named in the text and more often than any other, is the story's when nothing else decides.
    const outlet = outletCountry(state);
    const own = outlet ? counts.get(outlet) ?? 0 : 0;
    if (outlet && byName.has(outlet) && (!dateline || dateline === outlet) && ranked.every(([c, n]) => c === outlet || n < own)) return { clear: outlet, leading: outlet };
    return { clear: null, leading: null };
  }
  const ahead = (by: number): string | null => (!second || first[1] >= by ? first[0] : null);
  // "Lebanon’s parliamentary elections" in the headline and lead, and no other country there: named more than any
  // other is enough ("French envoy X" twice in a story about Lebanon).
  const ownLead = inLead.size === 1 && inLead.has(first[0]);
  return { clear: ahead(2 * (second?.[1] ?? 0)), leading: ahead((second?.[1] ?? 0) + (ownLead ? 1 : 2)) };
}

/** "Total Croatia News", "Taipei Times", "The Star (Kenya)": the one country an outlet's name names, by name, adjective or capital. */
function outletCountry(state: ExtractState): string | null {
  const named = titleCountries(state.input.source?.trim() ?? '');
  return named.size === 1 ? [...named][0]! : null;
}

/** A country named by a place mention ("United States") or a single word ("Iraqi", "Iraq"). */
export function countryAt(state: ExtractState, k: number): { name: string; from: number } | null {
  const lex = lexicons();
  const owner = state.owner[k];
  if (owner?.type === 'Place') {
    const name = owner.canonical ?? owner.text;
    return lex.countries.has(name) ? { name, from: tokenIndex(state, owner.start) } : null;
  }
  const t = state.tokens[k]!;
  // "North Korean leader X": an adjective of two words.
  const prev = state.tokens[k - 1];
  // "Saudi Arabian Crown Prince X": the first word may be a place of its own ("Saudi").
  const prevOwner = state.owner[k - 1];
  const prevFree = !prevOwner || (prevOwner.type === 'Place' && prevOwner.start === prev?.start && prevOwner.end === prev?.end);
  const two = prev && prev.sentence === t.sentence && prev.cap && prevFree ? lex.countryOf.get(`${prev.text} ${t.text}`) : undefined;
  if (two && t.cap) return { name: two.name, from: k - 1 };
  // "then-Israeli premier X": a time's prefix on the adjective (the role keeps it, see titleRoles).
  const word = t.text.replace(TIME_PREFIX, '');
  const c = adjectiveCountry(state, word);
  return c && /^\p{Lu}/u.test(word) && (!owner || owner.type !== 'Person') ? { name: c.name, from: k } : null;
}

/** "then-", "ex-" before a word: the time of an office, not part of the word. */
export const TIME_PREFIX = /^(?:then|ex)-(?=\p{L})/iu;

/**
 * The country an adjective names in this article: for one two countries share ("Dominican"), the one the article names
 * by name ("Dominica"), else the default (the country whose name the adjective opens, "Dominican Republic").
 */
export function adjectiveCountry(state: ExtractState, word: string): CountryEntry | undefined {
  const lex = lexicons();
  const shared = lex.sharedAdjectives.get(word);
  if (shared) {
    // By name or capital in the text ("announced the budget in Roseau"), or by name in the headline.
    const title = titleCountries(state.input.title ?? '');
    const named = shared.filter((c) => title.has(c.name) || state.mentions.some((m) => m.type === 'Place'
      && ((m.canonical ?? m.text) === c.name || lex.capitalOf.get(m.canonical ?? m.text)?.name === c.name)));
    if (named.length === 1) return named[0];
  }
  return lex.countryOf.get(word);
}

/** The countries a headline names by name ("South Korea", "Iraq's"), adjective ("Zambian") or capital ("Kyiv"), not a region's ("Latin American"). */
export function titleCountries(title: string): Set<string> {
  const lex = lexicons();
  const out = new Set<string>();
  const words = (title.match(/[\p{L}][\p{L}.'’-]*/gu) ?? []).map((w) => w.replace(/['’]s?$/u, '').replace(/\.$/u, ''));
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!/^\p{Lu}/u.test(w)) continue;
    const prev = words[k - 1] ?? '';
    const two = k > 0 ? `${prev} ${w}` : '';
    const named = (k > 1 && lex.countries.has(`${words[k - 2]} ${two}`) ? `${words[k - 2]} ${two}` : null) ?? (lex.countries.has(two) ? two : null) ?? (lex.countries.has(w) ? w : null);
    const region = regionPrefix(prev);
    // "Gulf of Mexico", "Niger Delta", "Indian Ocean": a country's name or adjective inside a place's name.
    const next = words[k + 1] ?? '';
    if ((prev === 'of' && lex.placeHeads.has(words[k - 2] ?? '')) || lex.placeHeads.has(next)) continue;
    // "Haitians hold their breath": a people's plural names its country as its adjective does.
    const single = w.endsWith('s') && !lex.countryOf.has(w) ? w.slice(0, -1) : w;
    // "German chancellor in Kyiv": a capital names its country too (and the headline then names two).
    const country = named ?? lex.countryOf.get(two)?.name ?? (region ? undefined : lex.countryOf.get(single)?.name ?? lex.capitalOf.get(w)?.name);
    if (country) out.add(country);
  }
  return out;
}

/**
 * A region or city named for itself: not in a sentence that names its country already ("China's Yunnan province",
 * "Cambodia's chief official in Oddar Meanchey province": one reference to that country, not two), nor as an
 * adjective before a noun ("the Balkan nation"), nor with another place after a comma ("Alexandria, Virginia").
 */
function regionSpeaks(state: ExtractState, m: Mention, named: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const lex = lexicons();
  const at = endIndex(state, m);
  const after = state.tokens[at];
  if (after?.sentence === m.sentence && ADJECTIVE_HEADS.has(after.text)) return false;
  // "Alexandria, Virginia": a place named after the comma says where this one is, and it is not the namesake abroad.
  if (after?.text === ',' && state.owner[at + 1]?.type === 'Place' && state.owner[at + 1]!.start === state.tokens[at + 1]!.start) return false;
  const country = lex.places.get(m.canonical ?? m.text)?.country;
  return !country || !named.get(m.sentence)?.has(country);
}

/** The countries each sentence names by a place mention, by name or by capital ("Seoul" names South Korea). */
function countriesBySentence(state: ExtractState): Map<number, Set<string>> {
  const lex = lexicons();
  const out = new Map<number, Set<string>>();
  for (const o of state.mentions) {
    if (o.type !== 'Place') continue;
    const name = o.canonical ?? o.text;
    let set = out.get(o.sentence);
    if (!set) out.set(o.sentence, (set = new Set()));
    set.add(name);
    const capital = lex.capitalOf.get(name)?.name;
    if (capital) set.add(capital);
  }
  return out;
}
/** Nouns after which a region's name is an adjective ("the Balkan nation", "a Balkan country"). */
const ADJECTIVE_HEADS = new Set(['nation', 'nations', 'country', 'countries', 'leader', 'leaders', 'peoples', 'war', 'wars']);

/** "Central American", "Latin American", "West African": a compass word or "Latin" before a nationality word. */
/** "Latin", "Southeast", a compass word: a word that makes the adjective after it a region's ("Latin American"). */
const regionPrefix = (word: string): boolean => lexicons().directions.has(word) || word === 'Latin' || word === 'Southeast';

export function regionAdjectiveAt(state: ExtractState, k: number): boolean {
  const before = state.tokens[k - 1];
  // Not "South Korean", "North Macedonian": a country's own adjective of two words.
  return !!before && before.sentence === state.tokens[k]!.sentence && before.cap && regionPrefix(before.text)
    && !lexicons().countryOf.has(`${before.text} ${state.tokens[k]!.text}`);
}

/**
 * The closest city or region named before the person in the sentence: "the capital Kyiv, according to Mayor X";
 * never one named after ("Mayor X said buses from Texas kept arriving"), and a mayor's only a city.
 */
export function placeInSentence(state: ExtractState, person: Mention, title: string): Mention | null {
  const lex = lexicons();
  const mayor = /mayor/i.test(title);
  // "Chandigarh Mayor A … Chief Minister B": a chief (or first) minister governs a state, province or nation of a
  // union, never a city.
  const regional = /(?:chief|first) minister/i.test(title);
  let best: Mention | null = null;
  for (const m of state.mentions) {
    if (m.type !== 'Place' || m.sentence !== person.sentence || m.end > person.start) continue;
    const kind = lex.places.get(m.canonical ?? m.text)?.kind;
    if (kind === 'country' || (mayor && (kind === 'state' || kind === 'region')) || (regional && kind === 'city')) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

/** The country is named outside the dateline: by name, capital or nationality. */
function namedInText(state: ExtractState, country: string): boolean {
  const lex = lexicons();
  // "DUBAI, United Arab Emirates (AP) —": the country that completes the dateline is the dateline's, not the text's.
  const dateline = state.mentions.find((m) => m.rule === '20-boilerplate/dateline');
  // ("TOKYO— Japan’s parliament …": a country after the dateline's dash opens the story.)
  const after = dateline ? state.mentions.find((m) => m.type === 'Place' && m.start > dateline.end && /^,\s*$/.test(state.text.slice(dateline.end, m.start))) : undefined;
  const datelineEnd = after?.end ?? dateline?.end ?? -1;
  const inDateline = (start: number): boolean => !!dateline && start >= dateline.start && start < datelineEnd;
  for (const m of state.mentions) {
    if (m.type !== 'Place' || m.rule === '20-boilerplate/dateline' || inDateline(m.start)) continue;
    const name = m.canonical ?? m.text;
    if (name === country || lex.capitalOf.get(name)?.name === country) return true;
  }
  // ("Sri Lankan President X": a country's word of two words names it too.)
  return state.tokens.some((t, k) => t.cap && !inDateline(t.start) && (lex.countryOf.get(t.text)?.name === country
    || (k > 0 && state.tokens[k - 1]!.cap && state.tokens[k - 1]!.sentence === t.sentence && lex.countryOf.get(`${state.tokens[k - 1]!.text} ${t.text}`)?.name === country)));
}

