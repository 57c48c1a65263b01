// Pass 65: people the first name pass could not be sure of. A capitalized phrase is a name when its context
// says so ("…," said X; X, a spokesman; it has `al-`); a lone word is a person when it is the surname of a
// person the article has named ("Hale said", "Al-Rawi", "Zubaidi's").
import { lexicons, stripDiacritics } from './lexicon.js';
import { HYPHENATED_GIVEN_NAME, SHORT_FAMILY_NAME } from './chars.js';
import { CALENDAR, capitalChunks } from './chunks.js';
import { matchTitle } from './30-titles.js';
import { ageAt, CONTRACTED_PRONOUN, isGivenName, isLexiconPhrase, isNameSuffix, nameEnd, nameWord, particle } from './names-shape.js';
import { addMention, note, positionsOf, tokenStartingAt, writtenInLowerCase, type ExtractState } from './state.js';
import { bodyAfterOf } from './of-body.js';

/** Nouns of a settlement or a stronghold: an apposition that holds one describes a place ("the last major town"). */
const SETTLEMENT_NOUNS = new Set(['city', 'capital', 'stronghold', 'hometown', 'township', 'enclave', 'bastion']);

/** Token `k` is a lower-case noun of a settlement or a place's head ("town", "city", "province"). */
function settlementAt(state: ExtractState, k: number): boolean {
  const t = state.tokens[k];
  const lex = lexicons();
  return !!t && t.word && !t.cap && (lex.placeLowerHeads.has(t.text) || lex.placeAreaHeads.has(t.text) || SETTLEMENT_NOUNS.has(t.text));
}
const ARABIC_PARTICLE = /^(?:al|el)-\p{Lu}/u;
/** "22-year-old", "36-year-old": an age written before a name. */
const AGED_BEFORE = /^\d{1,3}-year-old$/;
/** "Waker-Uz-Zaman": one written word of three or more capitalized parts joined by hyphens. */
const HYPHENED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}*){2,}$/u;


/** Surname forms of a full name: "Hadi al-Rawi" → "al-Rawi", "Al-Rawi", "Rawi". */
export function surnameForms(name: string): string[] {
  const parts = name.split(/\s+/);
  // "Ferdinand Marcos Jr.": the surname is before the suffix.
  if (parts.length > 2 && isNameSuffix(parts[parts.length - 1]!)) parts.pop();
  const last = parts[parts.length - 1]!;
  const forms = new Set([last]);

  const bare = last.replace(/^(?:al|el|Al|El)-/, '');
  if (bare !== last) {
    forms.add(bare);
    forms.add(`Al-${bare}`);
    forms.add(`al-${bare}`);
  }
  return [...forms];
}

/** Where the words after a possessor at token `k` start ("his deputy", "Horvat’s diplomatic adviser"), else -1. */
function possessedFrom(state: ExtractState, k: number): number {
  const t = state.tokens[k];
  if (!t) return -1;
  if (/^(?:his|her|their|its)$/.test(t.text)) return k + 1;
  // "Al Jazeera’s correspondent", "the Kurdistan Region’s envoy": a body or a place of several words owns it too.
  if (t.lower === 'the' && state.owner[k + 1] && state.owner[k + 1]!.type !== 'Person') return possessedFrom(state, k + 1);
  const owner = state.owner[k];
  if (owner && owner.type !== 'Person' && owner.start === t.start) {
    let end = k;
    while (state.owner[end + 1] === owner) end++;
    return state.tokens[end + 1]?.possessive ? end + 2 : -1;
  }
  return t.cap && t.word && state.tokens[k + 1]?.possessive ? k + 2 : -1;
}

/** "the Speaker of the House of Representatives X": a role noun, "of", maybe "the", and a body ending at token `k`. */
function roleOfBodyEndsAt(state: ExtractState, k: number): boolean {
  const body = state.owner[k];
  if (!body || body.type !== 'Organization' || state.tokens[k]!.end !== body.end) return false;
  let j = k;
  while (j > 0 && state.owner[j - 1] === body) j--;
  if (state.tokens[j - 1]?.lower === 'the') j--;
  const role = state.tokens[j - 2];
  return state.tokens[j - 1]?.text === 'of' && !!role && role.word && lexicons().roleNouns.has(role.lower) && role.sentence === state.tokens[k]!.sentence;
}

/** What `contextSaysPerson` answers for capitalized common words beside a speech verb: a body speaking. */
const BODY_SPEAKS = 'body-speech-verb';

function contextSaysPerson(state: ExtractState, from: number, to: number): string | null {
  const lex = lexicons();
  const tokens = state.tokens;
  const after = tokens[to];
  const before = tokens[from - 1];
  // "both leaders of Los Zetas, and X": an article opens no person's name.
  if (lex.notFirstWords.has(tokens[from]!.text)) return null;
  // "the Minister of Foreign Affairs said": a complement of a title before a speech verb is no name.
  // "the Red Crescent said": a name after an article is no person's.
  // "Right Sector said", "Golden Dawn said": words that are all common English words, none a given name, name a body.
  // (A title stays: "the Supreme Leader said" names the article's holder of it; "Lady Hale said" is hers.)
  const plain = tokens.slice(from, to).every((w) => lex.isCommonWord(w.lower) && !isGivenName(w.text)) && !lex.titles.has(spanText(state, from, to)) && !matchTitle(state, from) && !/^(?:Lady|Lord|Dame|Sir)$/.test(tokens[from]!.text);
  // ("Iran's Supreme Leader said": a title alone after a possessor names its holder as "the Supreme Leader" does.)
  const possessedTitle = !!before && (before.possessive || /^['’]s$/u.test(before.text)) && lex.titlesLower.has(spanText(state, from, to).toLowerCase());
  if (after && lex.speechVerbs.has(after.text) && !/^(?:of|for|the)$/i.test(before?.text ?? '') && !possessedTitle) return plain ? BODY_SPEAKS : 'speech-verb-after';
  // "…, the Democrats, Abhisit Vejjajiva, said": a name set off by commas right before the speech verb.
  if (!plain && before?.text === ',' && after?.text === ',' && lex.speechVerbs.has(tokens[to + 1]?.text ?? '') && tokens[to + 1]!.sentence === after.sentence) return 'speech-verb-after';
  if (before && lex.speechVerbs.has(before.text)) return plain ? BODY_SPEAKS : 'speech-verb-before';
  // "Tang Yijun, 64, was China's justice minister": an age set off by commas after the name.
  const age = ageAt(state, to);
  if (age !== null && age >= 16 && age <= 110) return 'age-apposition';
  // "the death of 22-year-old Mahsa Amini": an age right before two or three words no list knows as a place or a word.
  if (before && AGED_BEFORE.test(before.text) && to - from >= 2 && to - from <= 3 && !tokens.slice(from, to).some((t) => lex.isCommonWord(t.lower) || lex.places.has(t.text))) return 'age-before';
  // "The rival Patriotic Union of Kurdistan, led by Bafel Talabani"
  if (before?.text === 'by' && lex.ledBy.has(tokens[from - 2]?.text ?? '')) return 'led-by';
  if (after?.text === ',' && tokens[to + 1] && /^(a|an|the)$/.test(tokens[to + 1]!.text)) {
    // ("Albu Kamal, the last major town held by …": a settlement's noun, a place's apposition; "major" is no rank there.)
    // ("Ann Cole, the town mayor": a role noun after the settlement's noun heads the phrase.)
    const settlementHead = (k: number): boolean => settlementAt(state, k) && !lex.roleNouns.has(tokens[k + 1]?.text ?? '');
    for (let k = to + 2; k < Math.min(to + 9, tokens.length) && tokens[k]!.word && !settlementHead(k); k++) if (lex.roleNouns.has(tokens[k]!.text) && !settlementAt(state, k + 1)) return 'role-apposition';
    // "Waruru Wachira, the Managing Director, …", "X, the Māori King.": a capitalized title the apposition closes on
    // (not "Dagoretti North, the President said": the subject of the next clause).
    // (Not "addressed to Mumias Sugar, the Managing Director, and the Registrar": a company, in a list of addressees.)
    const company = tokens.slice(from, to).some((w) => lex.isCommonWord(w.lower) && !lex.firstNames.has(w.text));
    for (let k = to + 2; k < Math.min(to + 6, tokens.length) && tokens[k]!.word && tokens[k]!.cap && !company; k++) {
      if (lex.roleNouns.has(tokens[k]!.lower) && /^[,.]$/.test(tokens[k + 1]?.text ?? '') && !/^(?:and|or)$/.test(tokens[k + 2]?.lower ?? '')) return 'role-apposition';
    }
  }
  // "Tomas Varga, Horvat’s diplomatic adviser, said", "Ana Ruiz, his deputy, …": a role a possessor owns.
  const owned = after?.text === ',' ? possessedFrom(state, to + 1) : -1;
  if (owned > 0) {
    for (let k = owned; k < Math.min(owned + 5, tokens.length) && tokens[k]!.word && !tokens[k]!.cap; k++) if (lex.roleNouns.has(tokens[k]!.text)) return 'role-apposition';
  }
  // "Sayantan Basu, State BJP general secretary, said": a role with no article, set off by commas before a speech verb.
  // Not "Golden Dawn, party spokesman, said": the words of a name are no common English words.
  if (after?.text === ',' && to - from >= 2 && !tokens.slice(from, to).some((w) => lex.isCommonWord(w.lower) && !lex.firstNames.has(w.text))) {
    for (let k = to + 1; k < Math.min(to + 8, tokens.length) && tokens[k]!.sentence === after.sentence; k++) {
      const w = tokens[k]!;
      if (w.text === ',') {
        const role = tokens[k - 1]!;
        if (k > to + 1 && !role.cap && lex.roleNouns.has(role.lower) && lex.speechVerbs.has(tokens[k + 1]?.text ?? '')) return 'role-apposition';
        break;
      }
      if (!w.word || /^(?:a|an|the|who|which|and)$/.test(w.lower)) break;
    }
  }
  // "Laleh Farahani is a senior fellow at …": a sentence opening with the name, a copula and a role.
  if (tokens[from]?.first && after && /^(?:is|was)$/.test(after.text) && /^(?:a|an|the)$/.test(tokens[to + 1]?.text ?? '')) {
    for (let k = to + 2; k < Math.min(to + 6, tokens.length) && tokens[k]!.word && !tokens[k]!.cap; k++) if (lex.roleNouns.has(tokens[k]!.text)) return 'copula-role';
  }
  // "The ANC's Nontembeko Boyce was elected": two or three words no list knows after a body's possessive, before a
  // verb or a comma, name one of its people.
  const mark = !!before && /^['’]s$/.test(before.text);
  const owner = mark ? state.owner[from - 2] : before?.possessive ? state.owner[from - 1] : undefined;
  if (owner?.type === 'Organization' && to - from >= 2 && to - from <= 3 && tokens.slice(from, to).every((t) => !lex.isCommonWord(t.lower) && !lex.orgHeads.has(t.text) && !lex.places.has(t.text))
    && after && ((after.word && !after.cap) || after.text === ',')) return 'organization-possessive';
  // "Chiu Chui-cheng, who heads …": a relative clause for a person.
  if (after?.text === ',' && tokens[to + 1]?.text === 'who') return 'who-clause';
  // "taking over from Kakoma Kanganja who has been relieved": with no comma, two or three words no list knows.
  if (after?.text === 'who' && to - from >= 2 && to - from <= 3
    && tokens.slice(from, to).every((t) => !lex.isCommonWord(t.lower) && !lex.orgHeads.has(t.text) && !lex.places.has(t.text))) return 'who-clause';
  // "Mykola Hrytsenko, president of the Grain Union": a role without an article; capitalized as a title too
  // ("Mazloum Abdi, Commander-in-Chief of the SDF", "X, Deputy Head of the …"); not the end of one title in a list
  // of titles ("Minister of Culture and Knowledge Development, Member of NEC").
  // A capitalized title follows a company's name as well ("Kivu Ventures, Partner of the World Bank"): then no word of
  // the name may be a common English word.
  const company = !!tokens[to + 1]?.cap && tokens.slice(from, to).some((t) => lex.isCommonWord(t.lower));
  if (after?.text === ',' && tokens[to + 1] && !company && !(tokens[to + 1]!.cap && /^(?:and|of|for|&)$/.test(before?.text ?? ''))) {
    for (let k = to + 1; k < Math.min(to + 4, tokens.length) && tokens[k]!.word; k++) {
      if (lex.roleNouns.has(tokens[k]!.lower) && /^(of|at|for)$/.test(tokens[k + 1]?.text ?? '')) return 'role-apposition';
      if (!tokens[k]!.cap && tokens[to + 1]!.cap) break;
    }
  }
  // "the French ambassador, Jean Dupuis, …", "his counterpart, Ana Ruiz, …": a role before the name.
  // "Ethiopia’s Foreign Minister, Gedion Timothewos, has alleged": a capitalized title counts too.
  // "…,” said one parliamentarian, Ruhollah Motefakker-Azad." and "said another, X.": the name ends the sentence.
  const ends = after?.text === '.' && tokens[to + 1]?.sentence !== after.sentence;
  // "said one analyst, Capital Economics.": a name that ends the sentence ends in no common noun.
  const plainEnd = ends && lex.isCommonWord(tokens[to - 1]!.lower);
  if (before?.text === ',' && roleEndsAt(state, from - 2) && (after?.text === ',' || (ends && !plainEnd) || (after && lex.speechVerbs.has(after.text)))) return 'role-before';
  if (before?.text === ',' && ends && !plainEnd && tokens[from - 2]?.lower === 'another' && lex.speechVerbs.has(tokens[from - 3]?.text ?? '')) return 'role-before';
  // "the resignation of his predecessor Hani Mulki", "the minister Hani Swailem": a lower-case role noun right before.
  // ("their opponent Bayern Munich", "the challenger Bayer Leverkusen": a club named after its town is no one.)
  const contest = !!before && lex.contestNouns.has(before.lower) && tokens.slice(from, to).some((t) => lex.places.has(t.text) || lex.isTown(t.text));
  // "his rival Raila Odinga": a contest's noun after a person's pronoun is a person's ("its rival" is a firm's); "woman
  // Mahsa Amini": a noun of a person in everyday life.
  // (Not a noun of kin, whose names the kin pass reads more strictly: "bought his daughter Toyota Corolla shares".)
  const ofPerson = !!before && ((lex.personNouns.has(before.lower) && !lex.kinNouns.has(before.lower) && !NOT_BARE_ROLES.has(before.lower))
    || (lex.contestNouns.has(before.lower) && /^(?:his|her)$/.test(tokens[from - 2]?.lower ?? '')));
  if (before?.word && !before.cap && (BARE_ROLE_BEFORE(before.lower) || ofPerson) && !contest && to - from >= 2 && to - from <= 3 && !lex.isCommonWord(tokens[to - 1]!.lower)) return 'role-noun-before';
  // "the Speaker of the House of Representatives Aguila Saleh spoke": a role of a body the article names, right before.
  if (to - from >= 2 && to - from <= 3 && roleOfBodyEndsAt(state, from - 1) && !tokens.slice(from, to).some((t) => lex.isCommonWord(t.lower) && !isGivenName(t.text))) return 'role-of-body-before';
  // "Hani Swailem was named the minister for water": named or appointed to a role.
  if (after && /^(?:was|has|had)$/.test(after.text)) {
    let k = after.text === 'was' ? to + 1 : tokens[to + 1]?.text === 'been' ? to + 2 : -1;
    // "Feleti Teo has been elected unopposed as Tuvalu's new Prime Minister": a role within a few words after "as".
    // "Cyril Ramaphosa was reelected as president": a word that puts a person into an office (not one that takes a
    // leader out or confirms one, said of firms too: "Grupo Carso was confirmed as the leader of the consortium").
    if (k > 0 && lex.intoOffice.has(tokens[k]?.lower ?? '')) {
      k++;
      if (lex.voteAdverbs.has(tokens[k]?.lower ?? '')) k++;
      const as = tokens[k]?.lower === 'as';
      if (/^(?:as|the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
      for (let j = k; j < k + (as ? 6 : 3) && tokens[j] && (tokens[j]!.word || tokens[j]!.possessive) && (as || !tokens[j]!.cap) && tokens[j]!.sentence === tokens[from]!.sentence; j++) {
        // An office, not an occupation ("Dangote Cement was named the sole contractor"); a name's last word is no common noun.
        if (OFFICES.has(tokens[j]!.lower) && !lex.isCommonWord(tokens[to - 1]!.lower)) return 'named-to-role';
      }
    }
  }
  // "Mithila Chaudhari as Minister for Environment", "Tek Bahadur as the Minister for Law": two or three words no list
  // knows, "as" and a capitalized office (cabinets listed as appointments).
  if (after?.lower === 'as' && to - from >= 2 && to - from <= 3 && tokens.slice(from, to).every((t) => !lex.isCommonWord(t.lower) && !lex.orgHeads.has(t.text) && !lex.places.has(t.text))) {
    const k = /^(?:the|a|an)$/.test(tokens[to + 1]?.lower ?? '') ? to + 2 : to + 1;
    const office = tokens[k];
    if (office?.cap && OFFICES.has(office.lower) && office.sentence === tokens[from]!.sentence) return 'as-office';
  }
  // "Mikheil Kavelashvili was sworn in", "X has been arrested": what only people undergo.
  if (after && /^(?:was|has|had)$/.test(after.text)) {
    const k = after.text === 'was' ? to + 1 : tokens[to + 1]?.text === 'been' ? to + 2 : -1;
    if (k > 0 && lex.personPassives.has(tokens[k]?.lower ?? '') && tokens[k]!.sentence === tokens[from]!.sentence) return 'person-passive';
  }
  // "X of the Ta'ang National Liberation Army (TNLA) said": a member named by the body they speak for.
  // Not "Special Envoy of the African Union (AU) said": a title is no name.
  if (after?.text === 'of' && speaksForBody(state, to + 1) && !matchTitle(state, from) && !lexicons().titleFirst.has(tokens[from]!.lower)) return 'of-body-speech';
  // "to confirm Evika Silina of the centre-right New Unity party as …": two or three words no list knows, "of" and a
  // political party.
  if (after?.text === 'of' && to - from >= 2 && to - from <= 3 && ofParty(state, to) && !matchTitle(state, from) && !lex.titleFirst.has(tokens[from]!.lower)
    && tokens.slice(from, to).every((t) => !lex.isCommonWord(t.lower) && !lex.orgHeads.has(t.text) && !lex.places.has(t.text))) return 'of-party';
  // "in Maaret al-Numan", "hails from Maaret al-Numan": a place's name after a word of place, not a person's.
  // "in the area of Qaaqaait al-Jisr", "the town of X": the complement of a place's noun.
  const placeBefore = /^(?:in|near|outside|into|across)$/.test(before?.lower ?? '') || (before?.lower === 'from' && /^(?:hails?|hailed|comes?|came|native)$/.test(tokens[from - 2]?.lower ?? ''))
    || (before?.lower === 'of' && (settlementAt(state, from - 2) || tokens[from - 2]?.lower === 'area'))
    // "a Hezbollah member from X", "residents from X": where a person comes from.
    || (before?.lower === 'from' && !!tokens[from - 2] && !tokens[from - 2]!.cap && (lex.roleNouns.has(tokens[from - 2]!.lower) || lex.personNouns.has(tokens[from - 2]!.lower) || /^(?:residents|people|villagers|families|fighters|soldiers)$/.test(tokens[from - 2]!.lower)));
  // ("the center of Maaret al-Numan city": a place's head after the name.)
  if (tokens.slice(from, to).some((t) => ARABIC_PARTICLE.test(t.text)) && to - from >= 2 && !placeBefore && !settlementAt(state, to)) return 'arabic-particle';
  if (coordinatedWithPerson(state, from, to)) return 'coordinated-with-person';
  if (listedAfterPluralRole(state, from)) return 'listed-after-plural-role';
  return null;
}

/**
 * "activists Arnon Nampa, Parit Chiwarak, and Panupong Jadnok were arrested": names listed right after a plural role
 * noun are people.
 */
function listedAfterPluralRole(state: ExtractState, from: number): boolean {
  const tokens = state.tokens;
  const sentence = tokens[from]!.sentence;
  let k = from - 1;
  while (k >= 0 && k > from - 16 && tokens[k]!.sentence === sentence && (tokens[k]!.text === ',' || tokens[k]!.lower === 'and' || (tokens[k]!.cap && tokens[k]!.word))) k--;
  const t = tokens[k];
  if (!t || t.cap || !t.word || t.sentence !== sentence || !t.lower.endsWith('s')) return false;
  // A list, not one name the clause goes on after ("former executives Goldman Sachs had hired").
  const list = tokens.slice(k + 1, from).some((w) => w.text === ',' || w.lower === 'and') || /^(?:,|and)$/.test(tokens[nameEnd(state, from)]?.lower ?? '');
  return list && lexicons().roleNouns.has(t.lower.slice(0, -1)) && !!tokens[k + 1]?.cap;
}

/** Role nouns that, in lower case right before two or three capitalized words, make them a person's name ("predecessor"
 * and "successor" too); "official" is left out ("the official Harbor Radio"). */
const BARE_ROLE_BEFORE = (lower: string): boolean => !NOT_BARE_ROLES.has(lower) && (lexicons().roleNouns.has(lower) || lexicons().contestNouns.has(lower) || lower === 'predecessor' || lower === 'successor');
const OFFICES = new Set(['minister', 'president', 'premier', 'speaker', 'chair', 'chairman', 'chairwoman', 'chairperson', 'governor', 'mayor', 'secretary', 'commander', 'chief', 'director', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'leader', 'head', 'deputy', 'prosecutor', 'attorney', 'general']);
/** Roles a company holds as well as a person ("its partner Tata Motors", "the owner Evergreen Marine"). */
const NOT_BARE_ROLES = new Set(['official', 'partner', 'owner', 'contractor', 'investor', 'trader', 'manager', 'analyst', 'client', 'supplier', 'buyer', 'seller', 'operator', 'provider', 'rival', 'sponsor']);

/** From token `k`: [the] an organization, an optional "(ACRONYM)", then a speech verb ("the TNLA said"). */
function speaksForBody(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  if (tokens[k]?.lower === 'the') k++;
  const body = state.owner[k];
  if (body?.type !== 'Organization' || body.start !== tokens[k]!.start) return false;
  while (state.owner[k] === body) k++;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && state.owner[k + 1]?.type === 'Organization') k += 3;
  return lexicons().speechVerbs.has(tokens[k]?.text ?? '') && tokens[k]!.sentence === tokens[k - 1]!.sentence;
}

/** "of the centre-right Harbor party" from the "of" at token `k`: a body whose last word, or the word after it, is a party's. */
function ofParty(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  const body = bodyAfterOf(state, k);
  if (!body) return false;
  let end = tokenStartingAt(state, body.start);
  while (state.owner[end] === body) end++;
  const partyWords = lexicons().partyWords;
  return partyWords.has(tokens[end - 1]!.lower) || (partyWords.has(tokens[end]?.lower ?? '') && tokens[end]!.sentence === body.sentence);
}

/** A role noun ends at token `k`, or a role noun "of" a place or organization does: "The President of Serbia". */
function roleEndsAt(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  const roleNouns = lexicons().roleNouns;
  if (!tokens[k]) return false;
  if (roleNouns.has(tokens[k]!.lower)) return true;
  // "Colombia's High Commissioner for Peace, X": a role noun "for" or "of" capitalized words.
  let c = k;
  while (c > k - 3 && tokens[c]?.cap && tokens[c]!.word && !state.owner[c]) c--;
  if (c < k && /^(?:of|for)$/.test(tokens[c]?.lower ?? '') && roleNouns.has(tokens[c - 1]?.lower ?? '')) return true;
  const m = state.owner[k];
  // "A member of the KDP leadership, X": one lower-case word after the body ("leadership", "politburo") is the body's.
  if (!m && tokens[k]!.word && !tokens[k]!.cap && state.owner[k - 1]?.type === 'Organization' && tokens[k - 1]!.sentence === tokens[k]!.sentence) return roleEndsAt(state, k - 1);
  if (m?.type !== 'Place' && m?.type !== 'Organization') return false;
  let s = k;
  while (state.owner[s - 1] === m) s--;
  // "Head of the pro-regime Arab Democratic Party, X", "leader of the ruling X": a word or two describing the body.
  for (let d = 0; d < 2 && tokens[s - 1]?.word && !tokens[s - 1]!.cap && !/^(?:the|of|to|for|and|a|an)$/.test(tokens[s - 1]!.lower) && tokens[s - 2] && /^(?:the|\p{Ll}+)$/u.test(tokens[s - 2]!.text); d++) s--;
  if (tokens[s - 1]?.lower === 'the') s--;
  // "the German ambassador to Iraq, X", "the UN envoy for Yemen, X": a role noun "of", "to" or "for" a known place or body.
  return /^(?:of|to|for)$/.test(tokens[s - 1]?.lower ?? '') && roleNouns.has(tokens[s - 2]?.lower ?? '');
}

/**
 * "their counterparts, Penny Wong and Richard Marles", "Alejandro Toledo, Ollanta Humala, and Pedro Castillo": a
 * name in a list with a person (joined by "and" or a comma) is a person too.
 */
function coordinatedWithPerson(state: ExtractState, from: number, end: number): boolean {
  let to = end;
  const tokens = state.tokens;
  const sentence = tokens[from]!.sentence;
  const joiner = (k: number): boolean => tokens[k]?.text === ',' || tokens[k]?.lower === 'and';
  const person = (k: number): boolean => state.owner[k]?.type === 'Person' && tokens[k]!.sentence === sentence;
  // "João Lourenço of Angola": a place the name is "of" is passed over on either side.
  const placeAfterOf = (k: number): number => {
    const m = tokens[k]?.lower === 'of' ? state.owner[k + 1] : undefined;
    if (m?.type !== 'Place' || m.start !== tokens[k + 1]!.start) return -1;
    let e = k + 1;
    while (state.owner[e] === m) e++;
    return e;
  };
  const placeBeforeOf = (k: number): number => {
    const m = state.owner[k];
    if (m?.type !== 'Place' || m.end !== tokens[k]!.end) return -1;
    let s = k;
    while (state.owner[s - 1] === m) s--;
    return tokens[s - 1]?.lower === 'of' ? s - 2 : -1;
  };
  // "Minister Responsible for Foreign Affairs and X": common words after "for" or "of" are a title's complement.
  if (/^(?:for|of)$/.test(tokens[from - 1]?.lower ?? '') && tokens.slice(from, end).every((t) => lexicons().isCommonWord(t.lower))) return false;
  const ofPlace = placeAfterOf(to);
  // "Fiona Nash, and One Nation's Malcolm Roberts": a possessor in the list that owns the next name is no list-mate
  // ("Kalonzo Musyoka's deputy X" still is).
  const owned = tokens[to - 1]?.possessive ? to : /^['’]s$/.test(tokens[to]?.text ?? '') ? to + 1 : -1;
  if (owned > 0 && state.owner[owned]?.type === 'Person' && state.owner[owned]!.start === tokens[owned]!.start) return false;
  // "Yarallah and Deputy Commander of …": an office is no name.
  if ((tokens[to]?.lower === 'of' && ofPlace < 0) || lexicons().titleModifiers.has(tokens[from]!.lower) || matchTitle(state, from)) return false;
  if (ofPlace > 0) to = ofPlace;
  // "Ana Torres and Nuevo Leon officials": capitals before a plural noun modify it.
  const next = tokens[to];
  if (next?.word && !next.cap && next.sentence === sentence && /s$/.test(next.text) && next.lower !== 'was' && next.lower !== 'has' && next.lower !== 'is') return false;
  // Before: "Toledo, Ollanta Humala", "Toledo, and Ollanta Humala"; after: "Penny Wong and Richard Marles".
  let b = from - 1;
  if (joiner(b)) {
    b--;
    if (tokens[b]?.text === ',' && tokens[b + 1]?.lower === 'and') b--;
    const beforePlace = placeBeforeOf(b);
    if (beforePlace >= 0) b = beforePlace;
    if (person(b) && state.owner[b]!.end === tokens[b]!.end) return true;
  }
  let a = to;
  if (joiner(a)) {
    a++;
    if (tokens[a]?.lower === 'and' && tokens[a - 1]?.text === ',') a++;
    // ", and President Ana Torres" is one more in the list; ", Prime Minister X said" opens a new clause.
    if (tokens[a - 1]?.lower === 'and') while (state.inTitle[a] && a < to + 6) a++;
    if (person(a) && state.owner[a]!.start === tokens[a]!.start) return true;
  }
  return false;
}

/** The words the article already named as a place: "Deraa Al Balad" recurs as the place, not as a person. */
/** A lower-case role noun at `k` (or two joined by "and": "founder and leader"), then a capitalized word: a name. */
function bodyBeforeRole(state: ExtractState, k: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const role = (at: number): boolean => !!tokens[at] && !tokens[at]!.cap && tokens[at]!.word && lex.roleNouns.has(tokens[at]!.lower) && tokens[at]!.sentence === tokens[k - 1]?.sentence;
  if (!role(k)) return false;
  let next = k + 1;
  if (tokens[next]?.lower === 'and' && role(next + 1)) next += 2;
  const after = tokens[next];
  return !!after && after.sentence === tokens[k]!.sentence && after.cap && after.word && !state.inTitle[next];
}

function namedPlaces(state: ExtractState): Set<string> {
  return new Set(state.mentions.filter((m) => m.type === 'Place').map((m) => m.text));
}

const spanText = (state: ExtractState, from: number, to: number): string => state.text.slice(state.tokens[from]!.start, state.tokens[to - 1]!.end);

export function findContextNames(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const places = namedPlaces(state);
  // Names no context made a person yet: "Kalonzo Musyoka, Musalia Mudavadi and Moses Wetangula" is read from the left,
  // so the first name of the list learns of its list-mates only once the later ones are people.
  const unsure: Array<{ from: number; end: number }> = [];
  for (const chunk of capitalChunks(state, false)) {
    if (state.headline.has(tokens[chunk.from]!.sentence)) continue;
    // "Later al-Hakim said": a sentence adverb or function word is no given name.
    let from = chunk.from;
    while (from < chunk.to && lex.notNames.has(tokens[from]!.text)) from++;
    // "Cameraman Omar al-Rawi filmed it": a common noun that opens the sentence is no given name.
    while (from + 2 < chunk.to && tokens[from]!.first && (lex.isCommonWord(tokens[from]!.text) || lex.roleNouns.has(tokens[from]!.lower)) && !lex.firstNames.has(tokens[from]!.text)) from++;
    const to = nameEnd(state, from);
    // "For Anne-Laure de Saint-Rémy, who …": a particle carries the name past the chunk.
    // "Chonthicha “Kate” Jangrew": a nickname in quotation marks inside the name carries it past the chunk too.
    const nickname = to > chunk.to && /^[“"]$/u.test(tokens[chunk.to]?.text ?? '');
    const end = to > chunk.to && (particle(state, chunk.to) || nickname) ? to : Math.min(to, chunk.to);
    const hyphened = end - from === 1 && HYPHENED_NAME.test(tokens[from]!.text) && !tokens[from]!.text.split('-').some((w) => lex.places.has(w));
    if ((end - from < 2 && !hyphened) || isLexiconPhrase(state, from, end)) continue;
    if (tokens.slice(from, end).some((t) => lex.notNames.has(t.text) || lex.thingHeads.has(t.text))) continue;
    // "Tsai Ing-wen", "Ko Wen-je": a short family name before a hyphenated given name is a name by its shape.
    // "Koo Li-hsiung, as he is known in Mandarin": the rule says so, and resolution joins it to the one person of that surname.
    // "said Golden Dawn founder and leader X": capitalized words before a role noun and a name are the body the role is
    // of, not a person.
    if (bodyBeforeRole(state, end)) {
      addMention(state, 'Organization', from, end, '65-names-context/body-before-role');
      continue;
    }
    const why = contextSaysPerson(state, from, end) ?? (end - from === 2 && familyFirstShape(state, from)
      ? (ALIAS_CUE.test(state.text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 40)) ? 'family-name-first+alias' : 'family-name-first') : null);
    // A single written word is a name only where a role stands before it.
    if (hyphened && why !== 'role-before') continue;
    if (why === BODY_SPEAKS) addMention(state, 'Organization', from, end, `65-names-context/${why}`, { key: `name:${spanText(state, from, end).toLowerCase()}` });
    else if (why && !places.has(spanText(state, from, end))) addMention(state, 'Person', from, end, `65-names-context/${why}`);
    else {
      // Only words a name is made of: no title or role word ("Head of Political Affairs and Presidential Adviser, X"),
      // not all common words, and not the complement of "of" ("leaders of Los Zetas, and X").
      const words = tokens.slice(from, end);
      const nameLike = !words.some((t) => lex.roleNouns.has(t.lower) || lex.titles.has(t.text)) && !words.every((t) => lex.isCommonWord(t.lower)) && !/^(?:of|the)$/i.test(tokens[from - 1]?.text ?? '');
      if (!why && !hyphened && nameLike) unsure.push({ from, end });
      if (state.explain) note(state, { kind: 'skip', text: state.text.slice(tokens[from]!.start, tokens[end - 1]!.end), rule: '65-names-context/no-evidence', start: tokens[from]!.start, end: tokens[end - 1]!.end, sentenceIndex: tokens[from]!.sentence });
    }
  }
  for (let added = true; added; ) {
    added = false;
    for (const { from, end } of unsure) {
      if (state.owner[from] || state.owner[end - 1] || !coordinatedWithPerson(state, from, end)) continue;
      addMention(state, 'Person', from, end, '65-names-context/coordinated-with-person');
      added = true;
    }
  }
  surnames(state, places);
  givenNamesAlone(state);
  kinNames(state, places);
  // "Abadi said …" makes a person of the word; its other occurrences ("Abadi discussed …") are that person too.
  if (loneNames(state)) surnames(state, places);
}

/** Whether a person's possessive ends right before token `k`: "his", "her", "their", or "Kaczynski's". */
function personPossessiveBefore(state: ExtractState, k: number): boolean {
  const t = state.tokens[k - 1];
  if (!t || t.sentence !== state.tokens[k]?.sentence) return false;
  if (/^(?:his|her|their|His|Her|Their)$/.test(t.text)) return true;
  const owner = t.possessive ? state.owner[k - 2] : undefined;
  return owner?.type === 'Person' && owner.end === state.tokens[k - 2]!.end;
}

/**
 * "Kaczynski's wife Maria was also on board", "Fujimori's daughter Keiko", "his daughters Malia and Sasha": the
 * capitalized words right after a person's kin noun are a person's name, one word too.
 */
function kinNames(state: ExtractState, places: ReadonlySet<string>): void {
  const lex = lexicons();
  const tokens = state.tokens;
  tokens.forEach((t, i) => {
    if (t.cap || !lex.kinNouns.has(t.lower) || state.headline.has(t.sentence)) return;
    // "his late wife", "Fujimori's eldest daughter": up to two lower-case words between the possessive and the noun.
    let k = i;
    while (k > i - 2 && tokens[k - 1]?.word && !tokens[k - 1]!.cap && !/^(?:his|her|their)$/.test(tokens[k - 1]!.text) && tokens[k - 1]!.sentence === t.sentence) k--;
    if (!personPossessiveBefore(state, k)) return;
    let at = i + 1;
    for (;;) {
      const w = tokens[at];
      if (!w?.cap || !w.word || w.sentence !== t.sentence || state.owner[at] || state.skipped[at] || state.inTitle[at]) return;
      const end = Math.min(nameEnd(state, at), at + 3);
      // "visited his mother Tuesday": a word that is never a name's ends nothing here.
      if (end <= at) return;
      const words = tokens.slice(at, end);
      const text = spanText(state, at, end);
      if (words.some((x) => !x.cap || lex.notNames.has(x.text) || ((lex.places.has(x.text) || lex.isTown(x.text)) && !isGivenName(x.text))) || places.has(text) || lex.countryOf.has(text) || namesOrganization(text)) return;
      // A given name first ("his wife Maria was", "his son Hunter Biden"); a word no list knows only when a comma or
      // the sentence's end closes it ("Fujimori's daughter Keiko, a congresswoman"): "told his wife Facebook had blocked
      // his account" is a clause's subject, not her name.
      const closed = /^[,.;(]$/.test(tokens[end]?.text ?? '.') || tokens[end]?.sentence !== t.sentence;
      // "his wife Ilvana Kessling": the family's surname last.
      const family = end - at >= 2 && state.mentions.some((m) => m.type === 'Person' && m.text.split(' ').pop() === words[words.length - 1]!.text);
      if (!isGivenName(words[0]!.text) && !closed && !family) return;
      if (end - at === 1 && lex.isCommonWord(w.lower) && !isGivenName(w.text)) return;
      addMention(state, 'Person', at, end, '65-names-context/kin-noun');
      // "his daughters Malia and Sasha": a plural noun of kin names each.
      if (!/s$/.test(t.lower) || tokens[end]?.lower !== 'and') return;
      at = end + 1;
    }
  });
}

/**
 * "“…,” said Anwar." after "Prime Minister Anwar Ibrahim": a given name alone right before or after a speech verb is
 * the one person of the article who bears it (Malay, Thai, Indonesian names are written so).
 */
function givenNamesAlone(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const bearers = new Map<string, Set<string>>();
  for (const m of state.mentions) {
    if (m.type !== 'Person' || !m.text.includes(' ')) continue;
    const given = m.text.split(' ')[0]!;
    const set = bearers.get(given) ?? new Set<string>();
    set.add(m.canonical ?? m.text);
    bearers.set(given, set);
  }
  tokens.forEach((t, i) => {
    if (!t.cap || state.owner[i] || state.skipped[i] || state.inTitle[i] || bearers.get(t.text)?.size !== 1 || namesOrganization(t.text)) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const speech = (w: typeof t | undefined): boolean => !!w && w.sentence === t.sentence && lex.speechVerbs.has(w.text);
    if ((speech(after) && !nameWord(state, i - 1)) || (speech(before) && !nameWord(state, i + 1))) addMention(state, 'Person', i, i + 1, '65-names-context/given-name-alone');
  });
  // "“We are tired of this,” said Maria, a 38-year-old woman who fled": a given name alone after a speech verb the
  // quote inverts, described by an apposition, is a person the article names by that name only.
  tokens.forEach((t, i) => {
    if (!t.cap || state.owner[i] || state.skipped[i] || state.inTitle[i] || !isGivenName(t.text) || lex.places.has(t.text) || namesOrganization(t.text)) return;
    const verb = tokens[i - 1];
    const comma = tokens[i + 1];
    if (!verb || verb.sentence !== t.sentence || !lex.speechVerbs.has(verb.text) || !/^[,”"’]$/u.test(tokens[i - 2]?.text ?? '')) return;
    if (comma?.text !== ',' || !/^(?:a|an)$/.test(tokens[i + 2]?.text ?? '') || tokens[i + 2]!.sentence !== t.sentence) return;
    // "a 38-year-old woman", "a local farmer": a noun of a person within the next few words (not "a team", "a brand").
    const person = tokens.slice(i + 3, i + 7).some((w) => w.sentence === t.sentence && w.word && !w.cap && (lex.personNouns.has(w.lower) || lex.roleNouns.has(w.lower)));
    if (person) addMention(state, 'Person', i, i + 1, '65-names-context/given-name-described');
  });
}

/** Words after a name that make it another name of someone: ", as he is known in Mandarin", "(also known as". */
const ALIAS_CUE = /^\s*[,(]?\s*(?:as\s+(?:he|she)\s+is\s+(?:also\s+)?known|also\s+known|known\s+as)\b/i;

/** A capitalized word of five letters or fewer, no word of the language, before a hyphenated given name ("Tsai Ing-wen"). */
function familyFirstShape(state: ExtractState, from: number): boolean {
  const family = state.tokens[from]!;
  const given = state.tokens[from + 1]!;
  return SHORT_FAMILY_NAME.test(family.text) && HYPHENATED_GIVEN_NAME.test(given.text) && !lexicons().isCommonWord(family.lower)
    && !lexicons().places.has(family.text) && !lexicons().countryOf.has(family.text);
}

/** A word that names an organization in the singular ("Houthi") is no one's surname. */
function namesOrganization(word: string): boolean {
  const orgs = lexicons().orgs;
  return orgs.has(word) || orgs.has(`${word}s`);
}

/** Words before a month that make it a date: "in May", "since May", "last May". */
const DATE_BEFORE = /^(?:in|on|since|until|till|by|from|to|last|next|this|early|late|mid|during|before|after|of|between|through)$/;

/**
 * Surnames of people already named in the article; a rare given name right before one keeps the full name
 * ("Masrour Barzani" after "Masoud Barzani").
 */
function surnames(state: ExtractState, places: ReadonlySet<string>): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const forms = new Set<string>();
  // "said Hernandez" after "Juan Orlando Hernández": the surname written without its accents is the same one.
  for (const m of state.mentions) {
    if (m.type === 'Person' && m.text.includes(' ')) for (const form of surnameForms(m.text)) { forms.add(form); forms.add(stripDiacritics(form)); }
  }
  // "Lee Jae-myung", "Tsai Ing-wen": a family name first, before a hyphenated given name; only where one person of the
  // article bears it ("Lee" is no one with both "Lee Jae-myung" and "Lee Sung-jun").
  const familyFirst = new Map<string, Set<string>>();
  for (const m of state.mentions) {
    const parts = m.type === 'Person' ? m.text.split(/\s+/) : [];
    if (parts.length === 2 && HYPHENATED_GIVEN_NAME.test(parts[1]!)) familyFirst.set(parts[0]!, (familyFirst.get(parts[0]!) ?? new Set()).add(m.text));
  }
  // Not "Moon" or "Song": a family name that is an English word stays with its given name.
  const families = new Set<string>();
  for (const [family, people] of familyFirst) if (people.size === 1 && !lex.isCommonWord(family) && !forms.has(family)) { forms.add(family); families.add(family); }
  // "President Trump … Seated alongside Trump": one word a title named a person is that person's name wherever it
  // stands; an English word ("Trump", "Rice") only inside a sentence, where its capital says it is a name.
  const titled = new Set<string>();
  for (const m of state.mentions) {
    // So is one a speech verb named a person ("Abadi said …" makes "Abadi discussed …" the same person).
    const named = m.rule === '40-names/title-name' || m.rule === '65-names-context/lone-name-speech-verb';
    if (m.type === 'Person' && !m.text.includes(' ') && named && !lex.countryOf.has(m.text) && !writtenInLowerCase(state, m.text.toLowerCase())) titled.add(m.text);
  }
  if (forms.size === 0 && titled.size === 0) return;
  tokens.forEach((t, i) => {
    if (!t.cap || state.owner[i] || state.skipped[i] || state.inTitle[i] || namesOrganization(t.text)) return;
    if (!forms.has(t.text) && !(titled.has(t.text) && (!t.first || !lex.isCommonWord(t.text)))) return;
    // "Ennahda supporters", "Wagner troops": a word a speech verb made a person, before a plural noun, names a body.
    const plural = tokens[i + 1];
    if (!forms.has(t.text) && plural?.word && !plural.cap && /s$/.test(plural.lower) && plural.sentence === t.sentence && !lex.speechVerbs.has(plural.lower) && !/^(?:has|was|is|says)$/.test(plural.lower)) return;
    // "Murat Turkmen … Turkmen voters": a surname that is a people's adjective is the person only beside a speech verb
    // ("Turkmen said").
    if (lex.countryOf.has(t.text) && !(lex.speechVerbs.has(tokens[i + 1]?.text ?? '') || lex.speechVerbs.has(tokens[i - 1]?.text ?? ''))) return;
    // "In May 2019", "held in May and June" beside "Theresa May": a month's name is the person only where no date's
    // words stand around it ("May will stay on", "May said").
    if (CALENDAR.test(t.text) && (/^\d/.test(tokens[i + 1]?.text ?? '') || DATE_BEFORE.test(tokens[i - 1]?.lower ?? '') || CALENDAR.test(tokens[i + 2]?.text ?? '') || CALENDAR.test(tokens[i - 2]?.text ?? ''))) return;
    // "the Moon mission" beside "Moon Jae-in": a family name after an article is a word, not the person.
    if (families.has(t.text) && /^(?:the|a|an)$/i.test(tokens[i - 1]?.text ?? '')) return;
    let from = i;
    // "Fifteen Al Horvat supporters", "Greeting Horvat": a common word before the surname is no given name.
    while (from > i - 2 && nameWord(state, from - 1) && tokens[from - 1]!.sentence === t.sentence && !lex.notNames.has(tokens[from - 1]!.text) && !forms.has(tokens[from - 1]!.text)
      && !(lex.isCommonWord(tokens[from - 1]!.text) && !lex.firstNames.has(tokens[from - 1]!.text))
      // "- Kingmaker Bahceli -": in a headline every word is capitalized; only a known given name joins there.
      && !(state.headline.has(t.sentence) && !lex.firstNames.has(tokens[from - 1]!.text))) from--;
    if (places.has(spanText(state, from, i + 1))) return;
    // "Mr Samak … Samak Sundaravej's People Power Party": a name a title gave alone may be the given name, the family
    // name after it a word no list knows.
    let to = i + 1;
    const family = tokens[to];
    if (from === i && titled.has(t.text) && family?.cap && family.word && family.sentence === t.sentence && !state.owner[to] && nameWord(state, to)
      && !lex.isCommonWord(family.lower) && !lex.firstNames.has(family.text) && !lex.orgs.has(family.text) && !lex.places.has(family.text) && !lex.titles.has(family.text) && !lex.notNames.has(family.text)
      && !(tokens[to + 1]?.cap && tokens[to + 1]!.word && tokens[to + 1]!.sentence === t.sentence)) to++;
    addMention(state, 'Person', from, to, from < i || to > i + 1 ? '65-names-context/given-name+surname' : '65-names-context/surname');
  });
}

const ADVERB = /^(?:again|also|later|then|\p{Ll}{3,}ly)$/u;
/** Nouns in -ly: "The Otieno family said" is no adverb before the verb. */
const LY_NOUNS = new Set(['family', 'rally', 'assembly', 'supply', 'reply', 'anomaly', 'monopoly', 'ally', 'belly', 'bully', 'lily', 'homily', 'melee']);

/**
 * "said a clearly fuming Lindner.", "a defiant Vucic": a capitalized word after an indefinite article and up to three
 * lower-case words, right after a speech verb, ending the clause.
 */
function describedAfterVerb(state: ExtractState, i: number): boolean {
  const tokens = state.tokens;
  const t = tokens[i]!;
  const after = tokens[i + 1]?.text;
  if (after !== '.' && after !== ',' && after !== ';') return false;
  if (!t.cap || !nameWord(state, i)) return false;
  let k = i - 1;
  while (k > i - 4 && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.sentence === t.sentence && !/^(?:a|an)$/.test(tokens[k]!.text)) {
    // "said a spokesman for Ennahdha": a role noun or a preposition makes the name a complement.
    if (lexicons().roleNouns.has(tokens[k]!.lower) || /^(?:for|of|from|at|in|on|with|to|by)$/.test(tokens[k]!.lower)) return false;
    k--;
  }
  return k < i - 1 && /^(?:a|an)$/.test(tokens[k]?.text ?? '') && lexicons().speechVerbs.has(tokens[k - 1]?.text ?? '');
}

/** "Later, Obaidi said": a lone capitalized word that a speech verb follows is a person named by the surname alone. */
const CLAIM = /^claim(?:s|ed)?$/;
const CLAIMED_THING = /^\s+(?:(?:the\s+)?lives|(?:[\d,]+|dozens|hundreds|thousands)\s+(?:\S+\s+)?(?:lives|people|victims)|responsibility|credit)\b/;

const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Lo|Van|Von|Ter|St|O|El|Al|Ben|Bin|Abu)\p{Lu}/u;

/**
 * `word` stands capitalized inside sentences three times at least, never after an article, a determiner, a preposition
 * or another capitalized word, as a lone name does ("Tusk said … Tusk’s efforts … Tusk pledged"; not "the Opposition",
 * "the Freedom of Russia Legion", "in Hit"); no title or plural.
 */
function repeatedName(state: ExtractState, word: string): boolean {
  if (/s$/.test(word) || lexicons().titles.has(word)) return false;
  let n = 0;
  for (const i of positionsOf(state, [word])) {
    const t = state.tokens[i]!;
    // (Nor a word of a longer name, "First Quantum"; nor a place or a thing after a preposition, "in Hit", "of Opposition leaders".)
    const before = state.tokens[i - 1];
    if (before && before.sentence === t.sentence && (/^(?:the|a|an|this|that|its|their|his|her|our|in|to|of|near|from|at|into|for|on)$/i.test(before.text) || (before.cap && before.word) || before.possessive || /^['’]s$/.test(before.text))) return false;
    if (!t.first && !state.headline.has(t.sentence)) n++;
  }
  return n >= 3;
}

/** "(18)": a person's age in brackets at `k`. */
function ageInBracketsAt(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  return tokens[k]?.text === '(' && /^\d{2}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')';
}

/** "“…,” said Serdar, 37, who …": the word at `i` follows the verb of a quotation and an age follows it. */
function agedAfterVerb(state: ExtractState, i: number): boolean {
  const tokens = state.tokens;
  const verb = tokens[i - 1];
  if (!verb || verb.sentence !== tokens[i]!.sentence || !lexicons().speechVerbs.has(verb.text) || !/^[,”"’]$/u.test(tokens[i - 2]?.text ?? '')) return false;
  return ageAt(state, i + 1) !== null || ageInBracketsAt(state, i + 1);
}

/** Lone names a speech verb makes people of ("Tusk said"); whether it found any. */
function loneNames(state: ExtractState): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  let found = false;
  // "the former rebel group Renamo … Renamo said": a word the article names a body is that body wherever it speaks.
  const bodies = new Set(state.mentions.filter((m) => m.type === 'Organization').map((m) => m.text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap tests first: most capitalized words are already part of a name or are no lone name.
    if (!t.cap || state.owner[i]) continue;
    // "a defiant Vucic again said": an adverb between the name and the verb.
    const next = tokens[i + 1];
    // "After the vote, Lofven, 63, said": an age set off by commas between the name and the verb.
    // Not "Residents of Kuna, 45, said" (a place after a preposition) nor "Brenford, 40, said it would" (a firm).
    // "Ali (18), said": an age in brackets there too.
    const bracketed = ageInBracketsAt(state, i + 1) ? (tokens[i + 4]?.text === ',' ? 4 : 3) : 0;
    const ageGap = bracketed || (next?.text === ',' && ageAt(state, i + 1) !== null ? 3 : 0);
    const aged = ageGap && !/^(?:of|in|from|at|near)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 5]?.lower !== 'it' ? ageGap : 0;
    const adverb = aged ? aged : next && !lex.speechVerbs.has(next.text) && !next.cap && lex.speechVerbs.has(tokens[i + 2]?.text ?? '') && ADVERB.test(next.text) && !LY_NOUNS.has(next.text) ? 1 : 0;
    const verb = tokens[i + 1 + adverb];
    // "…,” said a clearly fuming Lindner.": the name ends a description after an inverted speech verb.
    // "…,” said Serdar, 37, who …" / "said Ayoub (18),": a word aged right after the verb a quotation inverts.
    // "The government of Karins, who will now become …": a relative "who" after one word no list knows.
    // Written once more at least elsewhere ("a resident of Bamba, who spoke …" is of a village), not a people's plural
    // ("the Sidamas, who", "Britons, who").
    const who = next?.text === ',' && tokens[i + 2]?.lower === 'who' && tokens[i + 2]!.sentence === t.sentence && !t.first && /^\p{Lu}\p{Ll}+$/u.test(t.text)
      && !lex.places.has(t.text) && !lex.orgs.has(t.text) && !/(?:ites|ians|ists|ans|ons|ers|ics)$/.test(t.text) && tokens[i - 1]?.lower !== 'the' && positionsOf(state, [t.text]).length >= 2;
    const described = !verb || !lex.speechVerbs.has(verb.text) ? describedAfterVerb(state, i) || agedAfterVerb(state, i) || who : false;
    if (!described && (!t.cap || !verb || !lex.speechVerbs.has(verb.text) || verb.sentence !== t.sentence || !nameWord(state, i))) continue;
    // "an attack in Pahalgam claimed 26 lives", "… claimed responsibility": a claim of lives or a deed is no speech.
    if (!described && verb && CLAIM.test(verb.text) && CLAIMED_THING.test(state.text.slice(verb.end, verb.end + 40))) continue;
    if (nameWord(state, i - 1) && tokens[i - 1]!.sentence === t.sentence && !lex.notNames.has(tokens[i - 1]!.text)) continue;
    // "the attacks at Boulkessy said": a word after a preposition of place is where, not who, speaks.
    if (!described && /^(?:at|in|near|outside|inside)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 1]!.sentence === t.sentence) continue;
    if (lex.notNames.has(t.text) || lex.roleNouns.has(t.lower) || namesOrganization(t.text) || bodies.has(t.text) || state.headline.has(t.sentence) || t.text.length < 3) continue;
    // "“I’m asking …": a pronoun with a contraction is no one's name.
    if (CONTRACTED_PRONOUN.test(t.text)) continue;
    // "ECOWAS warns": an acronym is no one's surname.
    if (t.text === t.text.toUpperCase()) continue;
    // "CentCom said", "PetroChina said": a word in camel case is a body's short name, not a surname ("McAllister",
    // "DeSantis", "MacArthur", "LeBlanc" keep a surname's prefix).
    if (CAMEL_CASE.test(t.text) && !SURNAME_PREFIX.test(t.text)) continue;
    // "Witnesses said", "Residents said": a plural noun at the start of a sentence, written in lower case elsewhere.
    if ((t.first && t.text.endsWith('s')) || writtenInLowerCase(state, t.lower)) continue;
    // "“People said he’s had a rough past”": a common English word that is no given name is no one's lone name.
    // ("“…,” Tusk said" is: a common word the article writes capitalized inside sentences, three times at least, and
    // never in lower case, is a name.)
    if (/^\p{Lu}\p{Ll}+$/u.test(t.text) && lex.isCommonWord(t.lower) && !lex.firstNames.has(t.text) && !(!t.first && repeatedName(state, t.text))) continue;
    // "the Self-Administration said": a compound of common words is a body's name, no one's.
    if (t.text.includes('-') && t.lower.split('-').every((w) => lex.isCommonWord(w))) continue;
    // "Thousands of Guatemalans demanded": a nationality's plural is a people, no one's name.
    if (t.text.endsWith('s') && (lex.countryOf.has(t.text.slice(0, -1)) || lex.countryOf.has(t.text))) continue;
    addMention(state, 'Person', i, i + 1, '65-names-context/lone-name-speech-verb');
    found = true;
  }
  return found;
}
