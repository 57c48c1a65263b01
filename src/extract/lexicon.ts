// Loads the JSON word lists beside the passes once and indexes them for lookup by phrase.
import { readFileSync } from 'node:fs';
import { SPEAKER_VERBS } from './speech-verbs.js';
import { townKey } from './gazetteer/town-key.js';

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as T;
}

export interface TitleEntry { t: string; state: boolean; /** A style of address that names no office ("Mr", "Tan Sri"): no role. */ courtesy?: boolean; government?: boolean; derived?: boolean; orgs?: string[]; as?: string; /** A plural made from the singular office ("Presidents"): a title only before a given name. */ fromSingular?: boolean; notAfterArticle?: boolean; inName?: boolean; styled?: boolean; /** A style kept with a full name too ("Sheikh Tamim bin Hamad Al Thani"), not only with one given name. */ styledFull?: boolean; country?: string }
interface TitlesFile { titles: TitleEntry[]; caseSensitive: string[]; memberTitles: string[]; modifiers: string[]; deputyPrefixes: string[]; deputyOffices: string[] }
interface NamesFile { firstNames: string[]; particles: string[]; suffixes: string[]; notNames: string[]; notFirstWords: string[]; shipPrefixes: string[]; hyphenAdjectiveEnds: string[]; thingHeads: string[]; personPassives: string[]; personNouns: string[]; contestNouns: string[]; kinNouns: string[]; addressedOffices: string[] }
interface KnownOrg { name: string; country?: string; aliases: string[] }
interface OrgsFile {
  known: KnownOrg[]; heads: string[]; lowerHeads: string[]; describedLowerHeads: string[]; placeBodies: string[]; institutions: string[]; homeInstitutions: string[]; homeLowerInstitutions: Record<string, string[]>; namedAfterHeads: string[]; missionHeads: string[]; mediaNouns: string[]; possessiveNameWords: string[]; leaderTitles: string[]; numberedHeads: string[]; siteBodyHeads: string[];
  institutionAliases: Record<string, string>; definiteHeads: string[]; coalitionAdjectives: string[];
  groupNouns: string[]; military: string[]; notAcronyms: string[]; memberNouns: string[];
  nationalArmies: Record<string, string>; nationalLegislatures: Record<string, string>; armyWords: string[]; arabicOrgWords: string[]; romanceOrgWords: string[]; describingWords: string[]; leaningWords: string[]; standingWords: string[]; companyNouns: string[];
  headQualifiers: string[]; shortNames: Record<string, { name: string; context: string[] }>; unitEchelons: string[]; romanEchelons: string[]; movementHeads: string[]; unitAcronyms: string[]; partyFamilies: string[][]; partyNouns: string[]; partyPeople: string[]; partyWeakForms: Record<string, string[]>; partyVerbs: string[]; partyNotBefore: string[];
}
interface PlacesFile {
  countries: string[]; cities: string[]; regions: string[]; usStates: string[]; headWords: string[]; administrativeHeads: string[]; ofHeadWords: string[];
  lowerHeadWords: string[]; facilityHeadWords: string[]; areaHeadWords: string[]; numberedSites: string[]; districtHeads: string[]; pluralKinds: string[]; notAfterHyphen: string[]; languages: string[]; languageNouns: string[]; peopleWords: string[]; statePartEnds: string[]; directions: string[]; placePrepositions: string[]; prefixWords: string[]; arabicPrefixWords: string[];
}
/** gazetteer/gazetteer.json, written by `npm run gazetteer`. */
interface GazetteerFile { countries: string[]; cities: string[]; regions: string[]; townRegions: string[]; handCityCountries: string[]; usStates: string[]; towns: string; givenNames: string; femaleNames: string; maleNames: string; commonWords: string }
interface RolesFile { roleNouns: string[]; whoVerbs: Record<string, string>; ledBy: string[]; appointment: string[]; intoOffice: string[]; partyWords: string[]; authorRole: string; notGroupHeads: string[]; spokesTitles: string[]; localOffices: string[]; regionalOffices: string[]; cityOffices: string[]; nationalTooOffices: string[]; regionalPremierCountries: string[]; bodyNouns: string[]; ledGroupHeads: string[]; memberGroupHeads: string[]; partNouns: string[]; fieldRoles: string[]; voteAdverbs: string[]; creedWords: string[] }
interface BoilerplateFile { skipLines: string[]; skipContains: string[]; creditWords: string[]; sourceWords: string[]; photoAgencies: string[]; notDatelines: string[] }

export interface PlaceEntry {
  name: string; kind: 'country' | 'city' | 'region' | 'state';
  /**
   * A region's or a city's country ("Thuringia", "Alexandria"), or a dependent territory itself ("Cayman Islands"):
   * whose offices it holds.
   */
  country?: string;
}
export interface OrgEntry { name: string; country: string | null }
/** A country: its name, nationality words, capital (with its other spellings: "Kiev" for "Kyiv") and other names. */
export interface CountryEntry { name: string; adjectives: string[]; capital: string; capitalSpellings: string[]; aliases: string[] }

/** Phrase tables keyed by the words of a phrase joined by single spaces. */
export interface Lexicons {
  titles: Map<string, TitleEntry>;
  titlesLower: Map<string, TitleEntry>;
  /** Case-sensitive titles written with each word capitalized ("Prime Minister"), keyed in lower case. */
  titlesCapitalized: Map<string, TitleEntry>;
  titleModifiers: Set<string>;
  /** Abbreviated titles of a legislature's members (MP, TD, MK), written after the member's party ("a Fine Gael TD"). */
  memberTitles: Set<string>;
  maxTitleWords: number;
  /** Lower-cased first words of titles, organization names and institutions: a cheap filter before phrase lookups. */
  titleFirst: Set<string>;
  /** Every leading word sequence of a title, lower-cased: "brig.", "brig. gen.", … */
  titlePrefixes: Set<string>;
  orgFirst: Set<string>;
  /** Every leading word sequence of an organization name, lower-cased: "joint", "joint chiefs", … */
  orgPrefixes: Set<string>;
  institutionFirst: Set<string>;
  /** Institutions a country keeps abroad, named with where they sit ("embassy" → "U.S. Embassy in Baghdad"). */
  /** Capitalized institutions that stand alone for the story country's own: "Parliament". */
  homeInstitutions: Set<string>;
  /** Lower-case institutions that, alone in a story about one country, are that country's ("police", "the army"), each
   * with the words by which an article names one of its people ("MP", "police spokesman"). */
  homeLowerInstitutions: Map<string, string[]>;
  /** Lower-case heads a name may follow: "party Ennahdha". */
  namedAfterHeads: Set<string>;
  missionHeads: Set<string>;
  /** Lower-case nouns after a name that make it a media outlet ("Izvestia newspaper", "Saba news agency"). */
  mediaNouns: Set<string>;
  /** Words whose possessive sits inside names ("People’s" in "People’s Assembly"). */
  possessiveNameWords: Set<string>;
  leaderTitles: Set<string>;
  numberedHeads: Set<string>;
  /** Heads of a site that is a body only where people work for it or it speaks ("Hospital"): a place elsewhere. */
  siteBodyHeads: Set<string>;
  firstNames: Set<string>;
  /** Given names the gazetteer's language lists all give as a woman's, and as a man's ("she" agrees with the first). */
  femaleNames: Set<string>;
  maleNames: Set<string>;
  particles: Set<string>;
  nameSuffixes: Set<string>;
  notNames: Set<string>;
  /** Capitalized articles that open groups' and places' names, never a person's ("Los Zetas"). */
  notFirstWords: Set<string>;
  /** Past participles after "was" that only people undergo: "X was sworn in", "X was arrested". */
  personPassives: Set<string>;
  /** Nouns of people in everyday life ("woman", "resident"), lower case. */
  personNouns: Set<string>;
  kinNouns: Set<string>;
  contestNouns: Set<string>;
  /** From the shared speech-verb lexicon (speech-verbs.json), not from 40-names.json. */
  speechVerbs: ReadonlySet<string>;
  shipPrefixes: Set<string>;
  hyphenAdjectiveEnds: Set<string>;
  /** Capitalized words that end the name of a thing, not a person: "Nobel Peace Prize". */
  thingHeads: Set<string>;
  /** Offices a courtesy title makes a form of address ("Mr Speaker"). */
  addressedOffices: Set<string>;
  orgs: Map<string, OrgEntry>;
  orgsLower: Map<string, OrgEntry>;
  /** Multi-word names keyed in lower case, matched where the text capitalizes the first word ("FOX news"). */
  orgsFolded: Map<string, OrgEntry>;
  orgHeads: Set<string>;
  orgLowerHeads: Set<string>;
  /** Lower-case heads that describe the body before them and are no part of its name ("party", "alliance"). */
  orgDescribedHeads: Set<string>;
  institutions: Map<string, string>;
  definiteHeads: Set<string>;
  coalitionAdjectives: Set<string>;
  groupNouns: Set<string>;
  military: Set<string>;
  notAcronyms: Set<string>;
  memberNouns: Set<string>;
  /** Country → the known name of its army, for countries whose army, military and armed forces are one. */
  nationalArmies: Map<string, string>;
  /** A country whose parliament goes by a known name: `Israel` -> `Knesset`. */
  nationalLegislatures: Map<string, string>;
  armyWords: Set<string>;
  arabicOrgWords: Set<string>;
  /** First words of Romance-language organization names, whose head comes first ("Partido", "Movimiento"). */
  romanceOrgWords: Set<string>;
  /** Words of creed or leaning before a body's name that are no part of it ("Islamist"). */
  describingWords: Set<string>;
  /** Lower-case words of political leaning after "the" before a party's name: "the far-right Brothers of Italy". */
  leaningWords: Set<string>;
  standingWords: Set<string>;
  companyNouns: Set<string>;
  headQualifiers: Set<string>;
  /** Last words of a numbered military unit ("82nd Airborne Division"), and those a Roman numeral may number ("V Corps"). */
  unitEchelons: Set<string>;
  romanEchelons: Set<string>;
  /** Last words of a movement's or mission's name that may take "in" and a country ("Islamic Resistance in Iraq"). */
  movementHeads: Set<string>;
  /** Echelon acronyms an ordinal may number: "2nd SBCT". */
  unitAcronyms: Set<string>;
  /** 50-organizations.json `partyFamilies`: each form of a family of parties ("Tories") → the family's first form ("Conservative"). */
  partyFamilies: Map<string, string>;
  /** 50-organizations.json `partyNouns`: family forms that are never an ordinary adjective ("Labour", "Tories"). */
  partyNouns: Set<string>;
  /** 50-organizations.json `partyPeople`: lower-case words of a party's people after its name ("Labour MPs"). */
  partyPeople: Set<string>;
  /** 50-organizations.json `partyWeakForms`: a form → the only words after which it is a party ("National" → "party"). */
  partyWeakForms: Map<string, Set<string>>;
  /** 50-organizations.json `partyVerbs`: lower-case verbs in -s a party's name alone takes ("Labor wins"). */
  partyVerbs: Set<string>;
  /** 50-organizations.json `partyNotBefore`: nouns after which a party's name is the common word ("Labor productivity"). */
  partyNotBefore: Set<string>;
  shortNames: Map<string, { name: string; context: string[] }>;
  places: Map<string, PlaceEntry>;
  /** Regions named as their chief town ("Basra", "Chernihiv"): the town's name → the country. */
  townRegions: Map<string, string>;
  placesUpper: Map<string, PlaceEntry>;
  /** Places keyed without diacritics, for names printed with accents the lexicon leaves out ("Bogotá" → Bogota). */
  placesFolded: Map<string, PlaceEntry>;
  /** Populated places of the gazetteer that only a context confirms ("in X", "near X"); built on first use. */
  isTown(name: string): boolean;
  /** A common English word that is no given name ("Greeting", "Fifteen"), whatever its case; built on first use. */
  isCommonWord(word: string): boolean;
  /** Lower-case heads naming the area of the place before them ("the Odesa region"): the mention stays that place. */
  placeAreaHeads: Set<string>;
  /** Last parts of a hyphenated word that make its place part no mention ("Virginia-class"). */
  placeNotAfter: Set<string>;
  /** Languages: "in Arabic, in Baghdad" names no place. */
  languages: Set<string>;
  /** Words after a language that make it the language ("its French acronym", "French-speaking"). */
  languageNouns: Set<string>;
  /** Nationality words that name a people across states more than one state's citizens ("Palestinian refugees"). */
  peopleWords: Set<string>;
  /** Parts after a hyphen that make a nationality word the country acting ("Turkish-backed"). */
  statePartEnds: Set<string>;
  /** Every leading word sequence of a place name, lower-cased: a filter before `places` lookups. */
  placePrefixesLower: Set<string>;
  countries: Map<string, CountryEntry>;
  /** Country name, alias, adjective or capital → country, for roles (`Iraqi`, `Iraq's`, `Baghdad`). */
  countryOf: Map<string, CountryEntry>;
  /** Adjectives two countries share ("Dominican": Dominica, the Dominican Republic); `countryOf` holds the default. */
  sharedAdjectives: Map<string, CountryEntry[]>;
  /** Adjectives and short names only: `Iraqi`, `U.S.` → country. */
  adjectiveOf: Map<string, CountryEntry>;
  capitalOf: Map<string, CountryEntry>;
  placeHeads: Set<string>;
  /** Head words of a country's subdivisions ("County", "Oblast"), among the place heads. */
  administrativeHeads: Set<string>;
  /** Heads that open a place's name before "of": "Gulf of Finland". */
  placeOfHeads: Set<string>;
  placeLowerHeads: Set<string>;
  /** Lower-case heads of a named site, after a name that is no known place, nationality or creed ("Rukban camp"). */
  placeFacilityHeads: Set<string>;
  /** 50-organizations.json `placeBodies`: "provincial council", "police command". */
  placeBodies: Set<string>;
  placePrefixes: Set<string>;
  /** First words of Arabic place names ("Deir ez-Zour", "Bir al-Abed"). */
  arabicPlacePrefixes: Set<string>;
  numberedSites: Set<string>;
  /** Lower-case words after the name of a part of a city: "the Sheikh Jarrah district". */
  districtHeads: Set<string>;
  /** Plural nouns of a kind of place ("towns", "areas"), before or after which a list names places of that kind. */
  pluralPlaceKinds: Set<string>;
  directions: Set<string>;
  placePrepositions: Set<string>;
  roleNouns: Set<string>;
  whoVerbs: Map<string, string>;
  ledBy: Set<string>;
  /** Words that put a person into an office or out of it: "appointed X as", "the dismissal of X as". */
  appointment: Set<string>;
  intoOffice: Set<string>;
  partyWords: Set<string>;
  /** Head words of bodies that "the group" or "the movement" never points back to (`committee`, `ministry`). */
  notGroupHeads: Set<string>;
  authorRole: string;
  /** Titles of people who speak for a body ("spokesman"), lower case. */
  spokesTitles: Set<string>;
  /** Offices of a city or region ("mayor"), lower case: held at the place named in the sentence. */
  localOffices: Set<string>;
  /** Offices a region holds ("premier", "chief minister"), not a city's nor a state's. */
  regionalOffices: Set<string>;
  /** A town's offices ("mayor"), which a story about one town gives that town. */
  cityOffices: Set<string>;
  /** Countries whose head is a prime minister and whose premiers head states or provinces (Australia, Canada). */
  regionalPremierCountries: Set<string>;
  /** Regional offices a state holds too ("premier"). */
  nationalTooOffices: Set<string>;
  /** 70-roles.json `bodyNouns`: "union", "club" (a lower-case title after one is the body's office). */
  bodyNouns: Set<string>;
  /** `<group> of <title> X`: X leads a group whose name ends so. */
  ledGroupHeads: Set<string>;
  /** `X of the <body>`: X belongs to a body whose name ends so. */
  memberGroupHeads: Set<string>;
  /** Lower-case nouns after a body's name that name a part of it: "the head of the Fatah delegation", "of the Shammar tribe". */
  partNouns: Set<string>;
  /** `a professor of X`: roles whose complement is a field of study, not a body. */
  fieldRoles: Set<string>;
  /** Adverbs of a vote between "elected" and "as": "elected unopposed as Prime Minister". */
  voteAdverbs: Set<string>;
  /** Capitalized words of faith, people or leaning before a person's descriptive noun (`Sunni politician X`). */
  creedWords: Set<string>;
  skipLines: string[];
  skipContains: string[];
  creditWords: Set<string>;
  /** Agencies whose name in a slash-joined credit marks it as one ("X/AFP via Getty Images"). */
  photoAgencies: Set<string>;
  /** Capitals that open a line as a dateline would but name no place ("FILE - …"). */
  notDatelines: Set<string>;
  sourceWords: Set<string>;
}

function parseCountry(line: string): CountryEntry {
  const [name = '', adjectives = '', capital = '', aliases = ''] = line.split('|');
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const [first = '', ...spellings] = list(capital);
  return { name, adjectives: list(adjectives), capital: first, capitalSpellings: spellings, aliases: list(aliases) };
}

/** An English noun's plural: "Secretaries", "Chairmen", "Ministers". */
function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/man$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function build(): Lexicons {
  const titles = load<TitlesFile>('30-titles.json');
  const names = load<NamesFile>('40-names.json');
  const orgs = load<OrgsFile>('50-organizations.json');
  const places = load<PlacesFile>('60-places.json');
  const roles = load<RolesFile>('70-roles.json');
  const boiler = load<BoilerplateFile>('20-boilerplate.json');
  const gazetteer = load<GazetteerFile>('gazetteer/gazetteer.json');

  const caseSensitive = new Set(titles.caseSensitive);
  const titleMap = new Map<string, TitleEntry>();
  const titleLower = new Map<string, TitleEntry>();
  let maxTitleWords = 1;
  // "Health Minister" is also written "Minister of Health" and "Minister for Health".
  const ministers = titles.titles.filter((e) => / Minister$/.test(e.t) && !/^(?:Prime|Deputy|Vice|Chief|First) /.test(e.t))
    .flatMap((e) => ['of', 'for'].map((of) => ({ ...e, t: `Minister ${of} ${e.t.slice(0, -' Minister'.length)}`, derived: true })));
  // "Vice Chancellor", "Vice-Chancellor", "Deputy Speaker": the deputy of an office, written with a space or a hyphen.
  const byTitle = new Map(titles.titles.map((e) => [e.t, e]));
  const deputies: TitleEntry[] = titles.deputyOffices.flatMap((office) => {
    const e = byTitle.get(office);
    if (!e) return [];
    const { country: _country, ...rest } = e;
    return titles.deputyPrefixes.flatMap((p) => [`${p} ${office}`, ...(office.includes(' ') ? [] : [`${p}-${office}`])].map((t) => ({ ...rest, t })));
  });
  for (const entry of [...titles.titles, ...ministers, ...deputies]) {
    if (titleMap.has(entry.t)) continue;
    titleMap.set(entry.t, entry);
    // A deputy's office is a title as the text capitalizes it: "deputy governor of Jenin" stays a modifier and an office.
    if (!caseSensitive.has(entry.t) && !deputies.includes(entry)) titleLower.set(entry.t.toLowerCase(), entry);
    maxTitleWords = Math.max(maxTitleWords, entry.t.split(' ').length);
  }
  // "Presidents A of Colombia and B of Chile", "Deputy prime ministers A and B": an office's plural gives each name it
  // lists the office (a title's `as`), for an office whose last word is its head ("Head of State" is left alone).
  for (const [t, entry] of [...titleMap]) {
    const words = t.split(' ');
    const head = words[words.length - 1]!;
    if (entry.as !== undefined || entry.courtesy || !/^\p{L}{4,}$/u.test(head) || words.some((w) => /^\p{Ll}/u.test(w))) continue;
    const plural = [...words.slice(0, -1), pluralOf(head)].join(' ');
    if (titleMap.has(plural)) continue;
    const many: TitleEntry = { ...entry, t: plural, as: t, fromSingular: true };
    titleMap.set(plural, many);
    if (!caseSensitive.has(t) && !deputies.includes(entry)) titleLower.set(plural.toLowerCase(), many);
  }

  const orgMap = new Map<string, OrgEntry>();
  const orgLower = new Map<string, OrgEntry>();
  const orgFolded = new Map<string, OrgEntry>();
  const orgHeadSet = new Set<string>(orgs.heads);
  for (const known of orgs.known) {
    const entry = { name: known.name, country: known.country ?? null };
    for (const form of [known.name, ...known.aliases]) {
      orgMap.set(form, entry);
      // Multi-word names also match in lower case ("the joint chiefs"); acronyms never do.
      if (form.includes(' ') && form === form.toLowerCase()) orgLower.set(form, entry);
      // "FOX news", "Fox news" for "Fox News": a capitalized first word, any case after it.
      else if (form.includes(' ') && /^\p{Lu}/u.test(form)) orgFolded.set(form.toLowerCase(), entry);
      // "the Quds force": a name's head word in lower case after its capitalized words.
      const words = form.split(' ');
      const head = words[words.length - 1]!;
      if (words.length > 1 && orgHeadSet.has(head) && /^\p{Lu}/u.test(form)) orgMap.set([...words.slice(0, -1), head.toLowerCase()].join(' '), entry);
    }
  }
  const institutions = new Map<string, string>();
  for (const inst of orgs.institutions) institutions.set(inst, orgs.institutionAliases[inst] ?? inst);

  const placeMap = new Map<string, PlaceEntry>();
  const countries = new Map<string, CountryEntry>();
  const countryOf = new Map<string, CountryEntry>();
  const adjectiveOf = new Map<string, CountryEntry>();
  const sharedAdjectives = new Map<string, CountryEntry[]>();
  const capitalOf = new Map<string, CountryEntry>();
  // Countries come merged from the gazetteer (the packages plus the hand lines of 60-places.json, see derive.ts).
  for (const line of gazetteer.countries) {
    const c = parseCountry(line);
    countries.set(c.name, c);
    placeMap.set(c.name, { name: c.name, kind: 'country' });
    countryOf.set(c.name, c);
    for (const alias of c.aliases) { placeMap.set(alias, { name: c.name, kind: 'country' }); countryOf.set(alias, c); }
    // "Dominican" is Dominica's demonym and the first word of "Dominican Republic": a shared adjective that opens one
    // country's name is that country's.
    for (const adj of c.adjectives) {
      const before = adjectiveOf.get(adj);
      if (before && before.name !== c.name) sharedAdjectives.set(adj, [...(sharedAdjectives.get(adj) ?? [before]), c]);
      if (countryOf.get(adj)?.name.startsWith(`${adj} `) && !c.name.startsWith(`${adj} `)) continue;
      adjectiveOf.set(adj, c);
      countryOf.set(adj, c);
    }
    for (const alias of c.aliases) if (!alias.includes(' ')) adjectiveOf.set(alias, c);
    if (c.capital) {
      if (!placeMap.has(c.capital)) placeMap.set(c.capital, { name: c.capital, kind: 'city' });
      capitalOf.set(c.capital, c);
      // "Kiev": another spelling of the capital is the same city.
      for (const spelling of c.capitalSpellings) { placeMap.set(spelling, { name: c.capital, kind: 'city' }); capitalOf.set(spelling, c); }
    }
  }
  // The hand list's cities take their country from the packages or their own line (gazetteer.json `handCityCountries`).
  const handCountry = new Map(gazetteer.handCityCountries.map((line) => line.split('|') as [string, string]));
  for (const line of [...places.cities.map((city) => city.split('|')[0]!).map((city) => `${city}|${handCountry.get(city) ?? ''}`), ...gazetteer.cities]) {
    const [city = '', country = ''] = line.split('|');
    if (!placeMap.has(city)) placeMap.set(city, country ? { name: city, kind: 'city', country } : { name: city, kind: 'city' });
  }
  // A package's region that the hand list holds as a city ("Basra") is a region named as its chief town.
  const townRegions = new Map(gazetteer.townRegions.map((line) => line.split('|') as [string, string]));
  for (const line of gazetteer.regions) {
    const [name = '', , country = ''] = line.split('|');
    if (placeMap.get(name)?.kind === 'city' && country && !townRegions.has(name)) townRegions.set(name, country);
  }
  // Hand regions come last: their aliases ("Kurdistan region") win over a package's form.
  for (const line of [...gazetteer.regions.filter((r) => !placeMap.has(r.split('|')[0]!)), ...places.regions]) {
    const [name = '', aliases = '', country = ''] = line.split('|');
    const entry: PlaceEntry = country ? { name, kind: 'region', country } : { name, kind: 'region' };
    placeMap.set(name, entry);
    for (const alias of aliases.split(',').map((s) => s.trim()).filter(Boolean)) placeMap.set(alias, entry);
  }
  for (const state of [...places.usStates, ...gazetteer.usStates]) if (!placeMap.has(state)) placeMap.set(state, { name: state, kind: 'state' });
  // "St Vincent and the Grenadines", "St. Lucia": "Saint" is written short as often as not.
  for (const [form, entry] of [...placeMap]) {
    if (!form.startsWith('Saint ')) continue;
    for (const short of ['St ', 'St. ']) if (!placeMap.has(short + form.slice(6))) placeMap.set(short + form.slice(6), entry);
  }
  // "Sana’a", "Nuku’alofa": the page's curly apostrophe for the gazetteer's straight one.
  for (const [form, entry] of [...placeMap]) if (form.includes("'") && !placeMap.has(form.replaceAll("'", '’'))) placeMap.set(form.replaceAll("'", '’'), entry);
  const placesUpper = new Map<string, PlaceEntry>();
  for (const [form, entry] of placeMap) placesUpper.set(form.toUpperCase(), entry);
  const placesFolded = new Map<string, PlaceEntry>();
  for (const [form, entry] of placeMap) if (!placesFolded.has(stripDiacritics(form))) placesFolded.set(stripDiacritics(form), entry);

  // Both lists are sorted by the derivation: a binary search needs no set built at start (136,000 towns).
  let towns: string[] | null = null;
  const isTown = (name: string) => sortedHas((towns ??= gazetteer.towns.split('\n')), townKey(name));
  let common: string[] | null = null;
  const isCommonWord = (word: string) => sortedHas((common ??= gazetteer.commonWords.split('\n')), word.toLowerCase());

  const firstWord = (s: string) => s.split(' ')[0]!.toLowerCase();
  return {
    titleFirst: new Set([...titleMap.keys()].map(firstWord)),
    titlePrefixes: prefixes(titleMap.keys()),
    // "People’s Liberation Army" is read as "People", "’s", …: the word before a possessive begins the name too.
    orgFirst: new Set([...orgMap.keys()].flatMap((k) => [firstWord(k), firstWord(k).replace(/['’]s$/u, '')])),
    orgPrefixes: new Set([...prefixes(orgMap.keys()), ...[...orgMap.keys()].filter((k) => /['’]s\s/u.test(k)).map((k) => k.toLowerCase().split(/['’]s\s/u)[0]!)]),
    institutionFirst: new Set(orgs.institutions.map(firstWord)),
    homeInstitutions: new Set(orgs.homeInstitutions),
    homeLowerInstitutions: new Map(Object.entries(orgs.homeLowerInstitutions)),
    namedAfterHeads: new Set(orgs.namedAfterHeads),
    missionHeads: new Set(orgs.missionHeads),
    mediaNouns: new Set(orgs.mediaNouns),
    possessiveNameWords: new Set(orgs.possessiveNameWords),
    leaderTitles: new Set(orgs.leaderTitles),
    numberedHeads: new Set(orgs.numberedHeads),
    siteBodyHeads: new Set(orgs.siteBodyHeads),
    titles: titleMap,
    titlesLower: titleLower,
    titlesCapitalized: new Map([...titleMap].filter(([t, e]) => !deputies.includes(e) && t === t.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())).map(([t, e]) => [t.toLowerCase(), e])),
    titleModifiers: new Set(titles.modifiers),
    memberTitles: new Set(titles.memberTitles),
    maxTitleWords,
    firstNames: new Set([...names.firstNames, ...gazetteer.givenNames.split('\n')]),
    femaleNames: new Set(gazetteer.femaleNames.split('\n')),
    maleNames: new Set(gazetteer.maleNames.split('\n')),
    particles: new Set(names.particles),
    nameSuffixes: new Set(names.suffixes),
    notNames: new Set(names.notNames),
    notFirstWords: new Set(names.notFirstWords),
    personPassives: new Set(names.personPassives),
    personNouns: new Set(names.personNouns),
    kinNouns: new Set(names.kinNouns),
    contestNouns: new Set(names.contestNouns),
    speechVerbs: SPEAKER_VERBS,
    shipPrefixes: new Set(names.shipPrefixes),
    hyphenAdjectiveEnds: new Set(names.hyphenAdjectiveEnds),
    thingHeads: new Set(names.thingHeads),
    addressedOffices: new Set(names.addressedOffices),
    orgs: orgMap,
    orgsLower: orgLower,
    orgsFolded: orgFolded,
    orgHeads: new Set(orgs.heads),
    orgLowerHeads: new Set(orgs.lowerHeads),
    orgDescribedHeads: new Set(orgs.describedLowerHeads),
    institutions,
    definiteHeads: new Set(orgs.definiteHeads),
    coalitionAdjectives: new Set(orgs.coalitionAdjectives),
    groupNouns: new Set(orgs.groupNouns),
    military: new Set(orgs.military),
    notAcronyms: new Set(orgs.notAcronyms),
    memberNouns: new Set(orgs.memberNouns),
    nationalArmies: new Map(Object.entries(orgs.nationalArmies)),
    nationalLegislatures: new Map(Object.entries(orgs.nationalLegislatures)),
    armyWords: new Set(orgs.armyWords),
    arabicOrgWords: new Set(orgs.arabicOrgWords),
    romanceOrgWords: new Set(orgs.romanceOrgWords),
    describingWords: new Set(orgs.describingWords),
    leaningWords: new Set(orgs.leaningWords),
    standingWords: new Set(orgs.standingWords),
    companyNouns: new Set(orgs.companyNouns),
    headQualifiers: new Set(orgs.headQualifiers),
    unitEchelons: new Set(orgs.unitEchelons),
    romanEchelons: new Set(orgs.romanEchelons),
    movementHeads: new Set(orgs.movementHeads),
    unitAcronyms: new Set(orgs.unitAcronyms),
    partyFamilies: new Map(orgs.partyFamilies.flatMap((forms) => forms.map((f) => [f, forms[0]!] as [string, string]))),
    partyNouns: new Set(orgs.partyNouns),
    partyPeople: new Set(orgs.partyPeople),
    partyWeakForms: new Map(Object.entries(orgs.partyWeakForms).map(([form, words]) => [form, new Set(words)])),
    partyVerbs: new Set(orgs.partyVerbs),
    partyNotBefore: new Set(orgs.partyNotBefore),
    shortNames: new Map(Object.entries(orgs.shortNames)),
    places: placeMap,
    townRegions,
    placesUpper,
    placesFolded,
    isTown,
    isCommonWord,
    placeAreaHeads: new Set(places.areaHeadWords),
    placeNotAfter: new Set(places.notAfterHyphen),
    languages: new Set(places.languages),
    languageNouns: new Set(places.languageNouns),
    peopleWords: new Set(places.peopleWords),
    statePartEnds: new Set(places.statePartEnds),
    // Folded too: "Nis" is looked up as "Niš" (see placesFolded).
    placePrefixesLower: prefixes([...placeMap.keys(), ...placesFolded.keys()]),
    countries,
    countryOf,
    sharedAdjectives,
    adjectiveOf,
    capitalOf,
    placeHeads: new Set([...places.headWords, ...places.administrativeHeads]),
    administrativeHeads: new Set(places.administrativeHeads),
    placeOfHeads: new Set(places.ofHeadWords),
    placeLowerHeads: new Set(places.lowerHeadWords),
    placeFacilityHeads: new Set(places.facilityHeadWords),
    placeBodies: new Set(orgs.placeBodies),
    placePrefixes: new Set(places.prefixWords),
    arabicPlacePrefixes: new Set(places.arabicPrefixWords),
    numberedSites: new Set(places.numberedSites),
    districtHeads: new Set(places.districtHeads),
    pluralPlaceKinds: new Set(places.pluralKinds),
    directions: new Set(places.directions),
    placePrepositions: new Set(places.placePrepositions),
    roleNouns: new Set(roles.roleNouns),
    whoVerbs: new Map(Object.entries(roles.whoVerbs)),
    ledBy: new Set(roles.ledBy),
    appointment: new Set(roles.appointment),
    intoOffice: new Set(roles.intoOffice),
    partyWords: new Set(roles.partyWords),
    notGroupHeads: new Set(roles.notGroupHeads),
    authorRole: roles.authorRole,
    spokesTitles: new Set(roles.spokesTitles),
    localOffices: new Set(roles.localOffices),
    regionalOffices: new Set(roles.regionalOffices),
    cityOffices: new Set(roles.cityOffices),
    regionalPremierCountries: new Set(roles.regionalPremierCountries),
    nationalTooOffices: new Set(roles.nationalTooOffices),
    bodyNouns: new Set(roles.bodyNouns),
    ledGroupHeads: new Set(roles.ledGroupHeads),
    memberGroupHeads: new Set(roles.memberGroupHeads),
    partNouns: new Set(roles.partNouns),
    fieldRoles: new Set(roles.fieldRoles),
    voteAdverbs: new Set(roles.voteAdverbs),
    creedWords: new Set(roles.creedWords),
    skipLines: boiler.skipLines,
    skipContains: boiler.skipContains,
    creditWords: new Set(boiler.creditWords),
    photoAgencies: new Set(boiler.photoAgencies),
    notDatelines: new Set(boiler.notDatelines),
    sourceWords: new Set(boiler.sourceWords),
  };
}

/** "Bogotá" → "Bogota"; text without marks is returned as it is. */
export function stripDiacritics(text: string): string {
  return /[^\u0000-\u007f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : text;
}

/** Whether a list sorted in code-unit order holds `value`. */
function sortedHas(list: string[], value: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** Every leading word sequence of the phrases, lower-cased. */
function prefixes(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) phrase.toLowerCase().split(' ').forEach((_, i, all) => out.add(all.slice(0, i + 1).join(' ')));
  return out;
}

let cached: Lexicons | null = null;

export function lexicons(): Lexicons {
  cached ??= build();
  return cached;
}
