// Roles in apposition: after the name ("X, commander of Y", "X, a spokesman for the group and a former U.S. Army
// colonel") and before it ("Lebanon’s caretaker prime minister, X,", "the army commander, Gen. X,", "Its spokesman, X,").
import { lexicons } from './lexicon.js';
import { titlesBefore, titleVocabulary } from './30-titles.js';
import {
  acronymAfter, GENERIC_TITLE, DETERMINERS, POSSESSIVE_PRONOUNS, cityAntecedent, countryAntecedent, endIndex, endsInLocalOffice, isPossessiveMark, isRegion, orgAntecedent, push, regionAntecedent,
  orgNamedBy, regionGovernment, sentenceEndIndex, tokenIndex,
} from './70-roles-context.js';
import type { ExtractState } from './state.js';
import type { Mention } from './types.js';


const CLAUSE_END = new Set([',', '.', ';', ':', '—', '–', '“', '”', '"', '(', ')', 'who', 'which', 'that', 'said', 'told', 'says']);
/** Words that end the head of a role phrase before its complements. */
const PREPOSITIONS = new Set(['of', 'at', 'for', 'with', 'in', 'to', 'from', 'on', 'by', 'after', 'under', 'about']);
/** Prepositions whose object completes the role ("director of …", "fellow at …", "ambassador to …"). */
const COMPLEMENTS = new Set(['of', 'at', 'for', 'with', 'in', 'to', 'on', 'from']);
/** Role nouns whose "to" complement is the host they are sent to. */
const ENVOYS = new Set(['ambassador', 'envoy', 'emissary', 'consul', 'attaché', 'attache']);
/** Nouns that point back to a town: "the city’s mayor", "mayor of the town" (not "the capital", which names its own). */
const CITY_NOUNS = new Set(['city', 'town', 'municipality']);
/** "the Iran-backed", "the US-backed, Kurdish-led": a hyphenated modifier before an organization's name. */
const HYPHEN_MODIFIER = /^[\p{L}.]+-(?:backed|led|based|run|aligned|allied|affiliated|funded|supported|controlled|held|sponsored|dominated)$/u;

export interface RolePhrase {
  /** End (exclusive) of the phrase, complements included. */
  to: number;
  /** The role noun that heads it. */
  roleAt: number;
  /** Organizations named by a definite phrase in a complement ("a spokesman for the group"), or the place of an office ("governor of X"). */
  orgs: Mention[];
}

function isRoleNoun(state: ExtractState, k: number, plural = false): boolean {
  const t = state.tokens[k];
  const nouns = lexicons().roleNouns;
  // "Prime Minister-designate", "President-elect": the office itself.
  // "Vice-President of Namibia", "deputy-governor": the deputy of an office is a role of its own.
  const lower = t?.lower.replace(/-(?:designate|elect)$/, '').replace(/^(?:vice|deputy)-/, '') ?? '';
  if (!t?.word || !(nouns.has(lower) || (plural && lower.endsWith('s') && nouns.has(lower.slice(0, -1))))) return false;
  // "The United States Ambassador to NATO": a capitalized role noun counts when no name or title claims it ("Marine General X").
  // "Inspector General of Islamabad, X": a title with a complement of its own is the role here too.
  const complement = /^(?:of|for)$/.test(state.tokens[k + 1]?.lower ?? '');
  return !t.cap || (!state.owner[k] && (!state.inTitle[k] || complement) && !state.tokens[k + 1]?.cap);
}

/** "of international law at Yale Law School", "secretary of state who": a few lower-case words, then another complement or the clause's end. */
function lowerRun(state: ExtractState, prep: string, k: number): number {
  const tokens = state.tokens;
  let j = k;
  while (j < k + 4 && tokens[j]?.word && !tokens[j]!.cap && !PREPOSITIONS.has(tokens[j]!.lower) && !CLAUSE_END.has(tokens[j]!.lower) && tokens[j]!.lower !== 'and') j++;
  if (j === k) return -1;
  const next = tokens[j];
  if (next && COMPLEMENTS.has(next.lower) && next.lower !== 'of') return j;
  return prep === 'of' && j - k <= 2 && (!next || next.sentence !== tokens[k]!.sentence || CLAUSE_END.has(next.lower)) ? j : -1;
}

/** A role phrase from `from`: modifiers, a role noun (or two joined by "and"), then of/at/for/to complements. */
export function rolePhrase(state: ExtractState, from: number, limit: number, plural = false): RolePhrase | null {
  const tokens = state.tokens;
  // "X, proclaiming the candidate Y": a clause of a verb, not an apposition; "X, and her deputy": someone else.
  if (/ing$/.test(tokens[from]?.text ?? '') && /^(?:a|an|the)$/.test(tokens[from + 1]?.lower ?? '')) return null;
  if (/^(?:and|or|but)$/.test(tokens[from]?.lower ?? '')) return null;
  let roleAt = -1;
  for (let k = from; k < Math.min(from + 10, limit); k++) {
    const t = tokens[k]!;
    // "the minister’s diplomatic adviser": a role noun before a possessive is the possessor.
    // "X, INEC’s chief announced Tinubu’s victory": a possessive past the role noun's own words ends the phrase.
    if (isPossessiveMark(state, k)) { if (roleAt >= 0 && k > roleAt + 1) break; roleAt = -1; continue; }
    // "Ahmad Shia’ al-Rubaie’s advisor": a mark inside a person's name is part of the name.
    if (!t.word && state.owner[k]?.type === 'Person') continue;
    if (!t.word && t.text !== '-') break;
    if (CLAUSE_END.has(t.lower)) break;
    if (roleAt >= 0) {
      // "chief negotiator and spokesman"; "deputy foreign minister": the last role noun heads the phrase.
      // "chief negotiator and spokesman", "Crown Prince and Prime Minister".
      if (t.lower === 'and') { if (isRoleNoun(state, k + 1, plural) || (state.tokens[k + 1]?.cap && isRoleNoun(state, k + 2, plural))) continue; break; }
      if (PREPOSITIONS.has(t.lower)) break;
      if (isRoleNoun(state, k, plural)) roleAt = k;
      continue;
    }
    // "a former US Department of Defence official": a name's own words are modifiers.
    const owner = state.owner[k];
    // "the Syrian Democratic Forces (SDF)’s leader": the acronym in parentheses belongs to the name.
    if (owner && owner.type !== 'Person' && roleAt < 0) { k = endIndex(state, owner) - 1; if (acronymAfter(state, k + 1)) k += 3; continue; }
    // "the elder brother of its current leader": no role noun before the first preposition, no role.
    if (PREPOSITIONS.has(t.lower) && !t.cap) break;
    if (isRoleNoun(state, k, plural)) roleAt = k;
  }
  if (roleAt < 0) return null;
  const sentence = tokens[from]!.sentence;
  const orgs: Mention[] = [];
  let to = roleAt + 1;
  for (;;) {
    const prep = tokens[to];
    if (!prep || prep.sentence !== sentence || to >= limit || !COMPLEMENTS.has(prep.lower)) break;
    let k = to + 1;
    const hasThe = tokens[k]?.lower === 'the';
    if (hasThe) k++;
    // "one of the leaders of the “Unity to Save Georgia” bloc": a quoted name.
    if (OPEN_QUOTES.has(tokens[k]?.text ?? '') && state.owner[k + 1]?.type === 'Organization') k++;
    // "leader of the main opposition party, the Constitutional Democratic Party": the kind of body, then its name.
    const named = hasThe ? namedAfterKind(state, k, sentence) : -1;
    if (named >= 0) k = named;
    // "spokesman for the Iran-backed Kataib Hezbollah group", "commander of the US-backed, Kurdish-led SDF".
    while (HYPHEN_MODIFIER.test(tokens[k]?.text ?? '') && tokens[k]!.sentence === sentence) { k++; if (tokens[k]?.text === ',' && HYPHEN_MODIFIER.test(tokens[k + 1]?.text ?? '')) k++; }
    // "the candidate from the ruling Frelimo party": lower-case adjectives before the body's name; "the Flemish
    // nationalist N-VA party": an adjective of a people among them; "the moderate Islamist Ennahda party": a word of
    // creed or leaning (`describingWords`).
    let a = k;
    while (a < k + 3 && tokens[a]?.word && (!tokens[a]!.cap || (/(?:ish|ian|ese|ic)$/.test(tokens[a]!.text) && a === k) || lexicons().describingWords.has(tokens[a]!.text)) && !state.owner[a] && !PREPOSITIONS.has(tokens[a]!.lower) && tokens[a]!.sentence === sentence) a++;
    if (a > k && state.owner[a]?.type === 'Organization' && state.owner[a]!.start === tokens[a]!.start) k = a;
    // "a congressman from Arévalo’s Seed Movement": a person's possessive before the body.
    // "a candidate from Poland’s ruling centrist Civic Coalition": a person's or country's possessive, then up to
    // three lower-case adjectives before the body.
    const possessor = state.owner[k];
    const owned = possessor && possessor.type !== 'Organization' && isPossessiveMark(state, endIndex(state, possessor)) ? afterAdjectives(state, endIndex(state, possessor) + 1, sentence) : -1;
    if (owned >= 0 && state.owner[owned]?.type === 'Organization' && state.owner[owned]!.start === tokens[owned]!.start) k = owned;
    else if (!possessor && tokens[k]?.cap && isPossessiveMark(state, k + 1) && state.owner[k + 2]?.type === 'Organization') k += 2;
    // "a member of the government’s Myanmar Peace Center": a lower-case possessor ("the government’s", "the party’s")
    // and up to three lower-case adjectives before the body.
    else if (!possessor && hasThe && tokens[k]?.word && !tokens[k]!.cap && isPossessiveMark(state, k + 1)) {
      const at = afterAdjectives(state, k + 2, sentence);
      if (state.owner[at]?.type === 'Organization' && state.owner[at]!.start === tokens[at]!.start) k = at;
    }
    let m = state.owner[k];
    // "a congressman from the Seed Movement", but not "a taxi driver from Nabatieh": "from" takes a body only.
    if (prep.lower === 'from' && m?.type !== 'Organization') break;
    // "the head of Iran’s Atomic Energy Organization", "commander of Iran’s Revolutionary Guard’s Quds Force": the
    // body the possessors own, not the country.
    while (m && m.type !== 'Person') {
      const mark = endIndex(state, m);
      const owned = isPossessiveMark(state, mark) ? state.owner[mark + 1] : undefined;
      if (owned?.type !== 'Organization' || owned.start !== tokens[mark + 1]!.start) break;
      m = owned;
    }
    // "the governor of the Odesa region", "mayor of Kyiv": the place whose office it is.
    // "a spokesman for Anbar province": a province's or city's office "for" it too (a country's stays with its name:
    // "the envoy for Syria" is no office of Syria; "an official for the Middle East" is none of a region).
    // Only an office of government, and only where the place ends the phrase ("a correspondent for Texas Tribune", "a
    // lawyer for Gaza residents" are none).
    const forPlace = prep.lower === 'for' && !hasThe && GOVERNMENT_ROLES.has(tokens[roleAt]!.lower) && !lexicons().countries.has(m?.canonical ?? m?.text ?? '')
      && !!m && /^[,.;)]$|^(?:said|says|told)$/.test(tokens[endIndex(state, m)]?.text ?? '.');
    if (m?.type === 'Place' && to === roleAt + 1 && (prep.lower === 'of' || forPlace)) orgs.push(m);
    if (m && m.type !== 'Person') {
      to = endIndex(state, m);
      // "the leader of the Asaib Ahl al-Haq militia, X", "of the Islamic State militant group, X": the body's kind after its name.
      const lex = lexicons();
      if (m.type === 'Organization') {
        if (CLOSE_QUOTES.has(tokens[to]?.text ?? '') && OPEN_QUOTES.has(tokens[tokenIndex(state, m.start) - 1]?.text ?? '')) to++;
        const one = tokens[to];
        const two = tokens[to + 1];
        if (one?.word && !one.cap && one.sentence === sentence && (lex.groupNouns.has(one.lower) || lex.partNouns.has(one.lower))) to += 1;
        else if (one?.word && !one.cap && two?.word && !two.cap && two.sentence === sentence && lex.groupNouns.has(two.lower) && !PREPOSITIONS.has(one.lower) && !CLAUSE_END.has(one.lower)) to += 2;
      }
      // "the head of Russia's delegation": a possessor and the lower-case noun it owns.
      const owned = isPossessiveMark(state, to) ? lowerRun(state, prep.lower, to + 1) : -1;
      if (owned > 0) to = owned;
      continue;
    }
    const w = tokens[k];
    const next = tokens[k + 1];
    // "the president of its commission": the organization "its" points back to.
    if (!hasThe && w && POSSESSIVE_PRONOUNS.has(w.lower) && next?.word && !next.cap) {
      const ante = orgAntecedent(state, w.lower, k);
      if (ante) { orgs.push(ante); to = k + 2; continue; }
    }
    // "a spokesman for the group and …": a definite head noun names an organization mentioned before.
    if (hasThe && w?.word && !w.cap && (!next?.word || next.lower === 'and' || next.lower === 'who' || next.lower === 'which')) {
      const ante = orgAntecedent(state, w.lower, k);
      if (ante) { orgs.push(ante); to = k + 1; continue; }
    }
    // "President of the Republic, X": a capitalized complement no pass has named, right before the clause's end.
    if (hasThe && prep.lower === 'of' && w?.cap && w.word && !m) {
      let j = k;
      while (j < k + 3 && tokens[j]?.cap && tokens[j]!.word && !state.owner[j] && tokens[j]!.sentence === sentence) j++;
      if (j < limit + 1 && CLAUSE_END.has(tokens[j]?.lower ?? '')) { to = j; break; }
    }
    // "Minister of Labor", "Minister of National Defence": a title the lexicon holds, with its capitalized complement;
    // "High Commissioner for Peace, X": capitalized words no pass has named that run to the apposition's end.
    if (!hasThe && w?.cap && to === roleAt + 1) {
      let words = tokens.slice(roleAt, k).map((t) => t.text).join(' ');
      let titled = -1;
      let j = k;
      for (; j < k + 4 && tokens[j]?.cap && tokens[j]!.word && !state.owner[j] && tokens[j]!.sentence === sentence; j++) {
        words += ` ${tokens[j]!.text}`;
        if (lexicons().titles.has(words)) titled = j + 1;
      }
      if (j === limit && j > k && tokens[j]?.text === ',') titled = j;
      if (titled > 0) { to = titled; break; }
    }
    // "the head of the executive committee of the Syrian Democratic Council": a body's lower-case part, then the body.
    if (hasThe && w?.word && !w.cap) {
      let j = k;
      while (j < k + 3 && tokens[j]?.word && !tokens[j]!.cap && !state.owner[j] && tokens[j]!.sentence === sentence && !PREPOSITIONS.has(tokens[j]!.lower)) j++;
      if (j > k && lexicons().notGroupHeads.has(tokens[j - 1]!.lower) && tokens[j]?.lower === 'of' && state.owner[tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1]?.type === 'Organization') { to = j; continue; }
    }
    const run = hasThe ? -1 : lowerRun(state, prep.lower, k);
    if (run < 0) break;
    to = run;
  }
  // "the head of military intelligence (GRU)": the acronym in parentheses names the organization.
  const acronym = tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' ? state.owner[to + 1] : null;
  if (acronym?.type === 'Organization' && to > roleAt + 1 && tokens[to]!.sentence === sentence) { orgs.push(acronym); to += 3; }
  return { to, roleAt, orgs };
}

const GOVERNMENT_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'governor', 'official', 'minister', 'representative', 'administrator', 'commissioner']);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);


/** The token after up to three lower-case words (no name, preposition or mark) from `k`: "ruling centrist". */
function afterAdjectives(state: ExtractState, k: number, sentence: number): number {
  const tokens = state.tokens;
  let j = k;
  while (j < k + 3 && tokens[j]?.word && !tokens[j]!.cap && !state.owner[j] && tokens[j]!.sentence === sentence && !PREPOSITIONS.has(tokens[j]!.lower)) j++;
  return j;
}

/** "main opposition party, the Constitutional Democratic Party": the token where the named body starts, or -1. */
function namedAfterKind(state: ExtractState, k: number, sentence: number): number {
  const tokens = state.tokens;
  const lex = lexicons();
  let j = k;
  while (j < k + 4 && tokens[j]?.word && !tokens[j]!.cap && !state.owner[j] && tokens[j]!.sentence === sentence && !PREPOSITIONS.has(tokens[j]!.lower)) j++;
  if (j === k || !lex.groupNouns.has(tokens[j - 1]!.lower) || tokens[j]?.text !== ',') return -1;
  const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  const org = state.owner[at];
  return org?.type === 'Organization' && org.start === tokens[at]!.start ? at : -1;
}

/** Is the role head a state office ("prime minister", "president")? */
function stateOffice(state: ExtractState, roleAt: number): { state: boolean; government: boolean; words: number } {
  const lex = lexicons();
  const tokens = state.tokens;
  // The last one, two and three words up to the role noun, in lower case.
  const forms: string[] = [];
  for (let k = roleAt; k >= Math.max(0, roleAt - 2); k--) forms.push(k === roleAt ? tokens[k]!.lower : `${tokens[k]!.lower} ${forms[forms.length - 1]!}`);
  for (let n = 3; n >= 1; n--) {
    const words = forms[Math.min(n, forms.length) - 1]!;
    const entry = lex.titlesLower.get(words) ?? lex.titlesCapitalized.get(words);
    if (entry) return { state: entry.state, government: entry.government ?? false, words: n };
  }
  return { state: false, government: false, words: 0 };
}

/** Records the role of [from, to) for `person`, with its organizations and country. */
export function appositionRole(state: ExtractState, person: Mention, from: number, phrase: RolePhrase, rule: string): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const { to, roleAt } = phrase;
  const orgs = new Set<Mention>(phrase.orgs);
  let country: string | null = null;
  let start = from;
  const t0 = tokens[start]!;
  if (POSSESSIVE_PRONOUNS.has(t0.lower)) {
    // "Its spokesman, X," / "its founder, X"
    const ante = orgAntecedent(state, t0.lower, start);
    if (ante) orgs.add(ante);
    start++;
  } else if (DETERMINERS.has(t0.lower)) start++;
  const office = stateOffice(state, roleAt);
  let mark = -1;
  for (let k = start + 1; k < roleAt; k++) if (isPossessiveMark(state, k)) { mark = k; break; }
  if (mark > 0) {
    const owner = state.owner[mark - 1];
    const possessor = tokens[mark - 1]!;
    if (owner?.type === 'Place') {
      // "Lebanon’s caretaker prime minister", "the Kurdish region’s prime minister"
      const name = owner.canonical ?? owner.text;
      if (lex.countries.has(name)) country = name;
      // "Bavaria's premier": the region's government when the article names it, else the region.
      else if (isRegion(owner) && office.state) { const gov = regionGovernment(state, owner); if (gov) orgs.add(gov); else country = name; }
      // "Guadeloupe’s prefect, X,", "Kirkuk’s governor": a local office is held at the place that owns it.
      else if (lex.localOffices.has(tokens[roleAt]!.lower)) orgs.add(owner);
      start = mark + 1;
    } else if (owner?.type === 'Person' || (!owner && possessor.cap)) {
      // "Zubaidi’s diplomatic adviser": the possessor is not part of the role.
      start = mark + 1;
    } else if (!owner && mark - 1 === start && tokens[start - 1]?.lower === 'the') {
      // "the group’s deputy foreign minister", "the observatory’s head", "the region’s president"
      if (possessor.lower === 'country' || possessor.lower === 'nation') country = countryAntecedent(state, mark - 1);
      // "the city’s liberal mayor": a local office of the town named last.
      else if (CITY_NOUNS.has(possessor.lower) && lex.localOffices.has(tokens[roleAt]!.lower)) { const town = cityAntecedent(state, mark - 1); if (town) orgs.add(town); }
      else if (possessor.lower === 'region') {
        const region = regionAntecedent(state, mark - 1);
        const gov = region && office.state ? regionGovernment(state, region) : null;
        if (gov) orgs.add(gov);
      } else {
        const ante = orgAntecedent(state, possessor.lower, mark - 1);
        if (ante) orgs.add(ante);
      }
    }
  }
  // "X (53), mayor of the city for 20 years": a local office "of the city" is the town named last; "mayor of the city
  // of Curitiba", the town named there.
  if (orgs.size === 0 && !country && lex.localOffices.has(tokens[roleAt]!.lower) && tokens[roleAt + 1]?.lower === 'of' && tokens[roleAt + 2]?.lower === 'the' && CITY_NOUNS.has(tokens[roleAt + 3]?.lower ?? '')) {
    const named = tokens[roleAt + 4]?.lower === 'of' ? state.owner[roleAt + 5] : null;
    const town = named ? (named.type === 'Place' ? named : null) : cityAntecedent(state, roleAt);
    if (town) orgs.add(town);
  }
  const envoy = ENVOYS.has(tokens[roleAt]!.lower);
  for (let k = start; k < to; k++) {
    const m = state.owner[k];
    // "Rwanda’s ambassador to the UN": an envoy is sent to a body, not a member of it.
    // (Read before the mention's first word: "to the United Nations" is the host in all its words.)
    const first = m ? Math.max(start, tokenIndex(state, m.start)) : k;
    const host = envoy && k > roleAt && (tokens[first - 1]?.lower === 'to' || (tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'to'));
    if (m?.type === 'Organization' && !host) orgs.add(m);
    // "the Labour leader, X" after "the Labour party": a capitalized word naming a body of the article.
    const named = !m && k < roleAt && tokens[k]!.cap && !tokens[k]!.first && !lex.countryOf.has(tokens[k]!.text) ? orgNamedBy(state, tokens[k]!.text) : null;
    if (named) orgs.add(named);
    // "his South Korean counterpart": a nationality of two words before one of one.
    const c = (k + 1 < to ? lex.countryOf.get(`${tokens[k]!.text} ${tokens[k + 1]!.text}`) : undefined) ?? lex.countryOf.get(tokens[k]!.text);
    // "the first ethnic Albanian parliament speaker": a people, not a state.
    if (!m && c && tokens[k]!.cap && !country && k < roleAt && tokens[k - 1]?.lower !== 'ethnic') country = c.name;
    if (m?.type === 'Place' && lex.countries.has(m.canonical ?? '') && !country && k < roleAt) country = m.canonical!;
    // "Ondo State Governor X", "the Khabarovsk region governor": a region or a town in the phrase holds its local office
    // (a whole word of it: not "the Texas-based mayor"; and no sea or continent: "the Mediterranean governor").
    if (m?.type === 'Place' && !lex.countries.has(m.canonical ?? m.text) && k < roleAt && m.start === tokens[k]!.start && m.end === tokens[endIndex(state, m) - 1]!.end
      && orgs.size === 0 && administrativePlace(m) && endsInLocalOffice(tokens.slice(roleAt, to).map((t) => t.text).join(' '))) orgs.add(m);
  }
  // "the army commander": a lower-case head word of an organization named earlier.
  for (let k = start; k < roleAt && orgs.size === 0; k++) {
    const t = tokens[k]!;
    const ante = t.word && !t.cap && !state.owner[k] && !isPossessiveMark(state, k + 1) ? orgAntecedent(state, t.lower, k, true) : null;
    if (ante) orgs.add(ante);
  }
  const role = state.text.slice(tokens[start]!.start, tokens[to - 1]!.end);
  const at = tokens[from]!.start;
  const base = { person, role, impliedOrgs: [], sentence: person.sentence };
  // "President of the Republic, X,": a state office with no country is the article's country's (see articleCountry).
  // "the junta leader" is an office where "leader" alone is not.
  // "the Hamas-run territory’s government spokesman": an office some possessor owns is no bare office of a state.
  const bareOffice = orgs.size === 0 && !country && mark < 0 && office.state && (office.words > 1 || !GENERIC_TITLE.test(tokens[roleAt]!.text));
  if (orgs.size === 0 || country) push(state, { ...base, org: null, country, government: office.government, rule, ...(bareOffice ? { bareOffice } : {}) }, at);
  for (const org of orgs) {
    push(state, { ...base, org, country: null, government: false, rule }, at);
    const branch = serviceBranch(state, org);
    if (branch) push(state, { ...base, org: branch, country: null, government: false, rule: `${rule}+service-branch` }, at);
  }
}

/** A region, a state or a town, or a place named with an administrative head ("Ondo State", "Khabarovsk region"). */
function administrativePlace(m: Mention): boolean {
  const lex = lexicons();
  const entry = lex.places.get(m.canonical ?? m.text);
  // A region of no one country is a sea, a continent or a macro-region ("the Sahel", "the Mediterranean").
  if (entry) return entry.kind === 'state' || entry.kind === 'city' || (entry.kind === 'region' && !!entry.country);
  const last = m.text.split(' ').pop()!;
  return lex.administrativeHeads.has(last) || /^(?:State|Province|Governorate|District|region|province|state)$/.test(last);
}

/** "Army Special Forces" is part of the Army: the article's own mention of that service ("U.S. Army"), if any. */
function serviceBranch(state: ExtractState, org: Mention): Mention | null {
  const lex = lexicons();
  const branch = [...lex.military].filter((b) => org.text.startsWith(`${b} `)).sort((a, b) => b.length - a.length)[0];
  if (!branch) return null;
  return state.mentions.find((m) => m !== org && m.type === 'Organization' && (m.text === branch || m.text.endsWith(` ${branch}`))) ?? null;
}

/** Is there a role noun in [from, to)? */
function roleNounIn(state: ExtractState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isRoleNoun(state, k)) return true;
  return false;
}

/** "A Pentagon spokeswoman, Laura Chen, denied" / "met the army commander, Gen. Omar Haddad, at". */
function appositionBefore(state: ExtractState, person: Mention): boolean {
  const tokens = state.tokens;
  let s = tokenIndex(state, person.start);
  const chain = titlesBefore(state, s);
  if (chain) s = chain.from;
  // A given name the name pass left out ("…, Omar Haddad" found as "Haddad").
  for (let n = 0; n < 2 && tokens[s - 1]?.word && tokens[s - 1]!.cap && !state.owner[s - 1] && tokens[s - 1]!.sentence === person.sentence; n++) s--;
  // "The Syrian interior minister, 63-year-old X,": the age before the name is the holder's.
  if (/^\d{1,3}-year-old$/.test(tokens[s - 1]?.text ?? '') && tokens[s - 1]!.sentence === person.sentence) s--;
  const after = tokens[endIndex(state, person)];
  // "… was represented by the president of its commission, X." ends the sentence with the name.
  const ends = after?.text === '.' && tokens[endIndex(state, person) + 1]?.sentence !== person.sentence;
  if (tokens[s - 1]?.text !== ',' || !after) return false;
  // "Vice-President of Namibia, X has been elected": a role phrase that opens the sentence may go without the
  // closing comma, the name then the clause's verb in lower case.
  const unclosed = !(after.text === ',' || after.lower === 'said' || after.lower === 'told' || after.text === '(' || ends);
  if (unclosed && !(after.word && !after.cap && after.sentence === person.sentence)) return false;
  let k = s - 2;
  // "NASSAU – Chairman of the Y, X said": a dateline's dash opens the phrase as a comma does; so does the closing mark
  // of a quotation ("“…,” US Ambassador to the United Nations, X, told the Council").
  const closing = (j: number): boolean => tokens[j]!.text === '”' || (tokens[j]!.text === '"' && tokens[j - 1]?.sentence === tokens[j]!.sentence && /^[,.?!]$/.test(tokens[j - 1]!.text));
  while (k >= 0 && tokens[k]!.sentence === person.sentence && !/^[,(–—]$/.test(tokens[k]!.text) && !closing(k) && s - k < 14) {
    // "The YPG-led Syrian Democratic Forces (SDF)’s leader, X": an acronym in parentheses is passed over.
    k -= acronymAfter(state, k - 2) ? 3 : 1;
  }
  let from = k + 1;
  // "He defeated incumbent President, X": a clause's verb in the past before the phrase opens it.
  // (Not a passive's participle: "After A was elected president, B said" gives B no office.)
  const verbAt = (j: number): boolean => {
    const w = tokens[j];
    return !!w && w.word && !w.cap && /ed$/.test(w.lower) && !titleVocabulary().has(w.lower) && !lexicons().titleModifiers.has(w.lower) && !state.owner[j]
      && !/^(?:was|were|been|is|are|be|being|had|has|have|get|got|gets)$/.test(tokens[j - 1]?.lower ?? '');
  };
  // The noun phrase starts at its last determiner or possessor: "met the army commander", "mediated by Oman’s foreign minister".
  for (let j = s - 2; j > from; j--) {
    if (verbAt(j - 1)) { from = j; break; }
    // "met with Director of the CIA, X", "was received by Minister of Finance, X": a title after "with" or "by" opens the
    // phrase.
    if (state.inTitle[j] && !state.inTitle[j - 1] && /^(?:with|by)$/.test(tokens[j - 1]?.lower ?? '')) { from = j; break; }
    // "Rwanda’s ambassador to the UN, X": a determiner after a preposition opens the complement, not the phrase; nor does
    // one inside an organization's name ("Director of the Foreign Intelligence Service of the Russian Federation, X").
    const inName = !!state.owner[j] && tokenIndex(state, state.owner[j]!.start) < j;
    if (DETERMINERS.has(tokens[j]!.lower) && !inName && !(PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && roleNounIn(state, Math.max(from, j - 2), j - 1))) { from = j; break; }
    // "The spokesman for Ukraine’s navy, X": a possessive inside an organization's name does not open the phrase.
    if (isPossessiveMark(state, j) && !state.owner[j]) {
      const pe = tokens[j - 1]?.text === ')' && acronymAfter(state, j - 3) ? j - 4 : j - 1;
      const owner = state.owner[pe];
      let ps = owner ? tokenIndex(state, owner.start) : pe;
      if (ps - 1 >= from && DETERMINERS.has(tokens[ps - 1]!.lower)) ps--;
      from = Math.max(from, ps);
      break;
    }
  }
  // "… attended by A, Minister of the Royal Office, B, Minister of Finance, and C": in a list of names each followed by
  // its office, a phrase right after a comma and another name is that name's apposition, not the next one's. (Not
  // after a name with its own title or country before it: "Spain's Prince A, Secretary General of the OAS, B, and …";
  // nor a clause: "A, contacted his counterpart, B".)
  const prev = from === k + 1 && tokens[k]?.text === ',' ? state.owner[k - 1] : undefined;
  if (prev?.type === 'Person' && prev !== person) {
    const at = tokenIndex(state, prev.start);
    if (!titlesBefore(state, at) && !isPossessiveMark(state, at - 1)) return false;
  }
  let phrase = rolePhrase(state, from, s - 1);
  // "the president of its commission, X", "The head of Russia's delegation, X": a possessor inside a complement; the
  // phrase opens at the determiner before.
  if (!phrase || phrase.to !== s - 1) {
    for (let j = from - 1; j > k; j--) {
      if (!DETERMINERS.has(tokens[j]!.lower)) continue;
      const wider = rolePhrase(state, j, s - 1);
      if (wider && wider.to === s - 1) { phrase = wider; from = j; }
      break;
    }
  }
  if (!phrase || phrase.to !== s - 1) return false;
  // "After A was elected president, B said": another person named in the phrase, not as its possessor, makes it a
  // clause of that person's, no office of this one.
  for (let j = from; j < s - 1; j++) {
    const other = state.owner[j];
    if (other?.type === 'Person' && other !== person && !isPossessiveMark(state, endIndex(state, other))) return false;
  }
  // Not a headline's "X eighth President, Y as Speaker": no one else named in the phrase, no headline.
  if (unclosed && (!(tokens[from]!.first || tokens[from - 1]?.sentence !== person.sentence || verbAt(from - 1)) || state.headline.has(person.sentence)
    || tokens.slice(from, s - 1).some((_, j) => state.owner[from + j]?.type === 'Person'))) return false;
  appositionRole(state, person, from, phrase, '70-roles/apposition-before');
  return true;
}

const SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);
/** Words that open a predicate, not an apposition, after a name and an age: "X, 64, was …", "X, 51, said …". */
const AFTER_AGE_VERBS = new Set(['was', 'is', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'told', 'who', 'and', 'were', 'are']);

/**
 * The comma that opens an apposition after the name, past what belongs to the name: a suffix ("Alan Reed Jr., the
 * chairman of …"), a home state ("Sen. Ann Cole of Ohio, the top Republican on …"), a party tag ("Rep. Ann Cole, R-Ohio, the …").
 */
function commaAfterName(state: ExtractState, person: Mention): number {
  const tokens = state.tokens;
  let k = endIndex(state, person);
  while (tokens[k] && (SUFFIXES.has(tokens[k]!.text.replace(/\.$/, '')) || (tokens[k]!.text === '.' && SUFFIXES.has(tokens[k - 1]?.text ?? '')))) k++;
  const place = tokens[k]?.lower === 'of' ? state.owner[k + 1] : null;
  if (place?.type === 'Place' && tokens[endIndex(state, place)]?.text === ',') k = endIndex(state, place);
  // "Pawel Adamowicz (53), mayor of the city": an age in parentheses.
  if (tokens[k]?.text === '(' && /^\d{2,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') k += 3;
  if (tokens[k]?.text !== ',') return -1;
  // "Ann Cole, 51, the current Minister of Education": an age between commas.
  // ("X, 64, was China's justice minister": a verb after the age opens the predicate, which the copula reads.)
  if (/^\d{2,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',' && tokens[k + 2]!.sentence === person.sentence
    && !AFTER_AGE_VERBS.has(tokens[k + 3]?.lower ?? '')) k += 2;
  if (/^[RDI]-\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
    let j = k + 1;
    while (j < k + 6 && tokens[j] && tokens[j]!.text !== ',' && tokens[j]!.sentence === person.sentence) j++;
    if (tokens[j]?.text === ',') return j;
  }
  return k;
}

/** "X, commander of Y", "X, the Pentagon spokesman", "X, a spokesman for the group and a former U.S. Army colonel". */
function appositionAfter(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  const end = commaAfterName(state, person);
  if (end < 0) return;
  const limit = sentenceEndIndex(state, end);
  let from = end + 1;
  // "X, one of the leaders of the Unity to Save Georgia", "X, one of M23’s political leaders".
  const oneOf = tokens[from]?.lower === 'one' && tokens[from + 1]?.lower === 'of';
  if (oneOf) from += 2;
  for (let n = 0; n < 2; n++) {
    const phrase = rolePhrase(state, from, limit, oneOf);
    if (!phrase) return;
    // "X, Chairman of the Joint Chiefs of Staff Mark Milley, …": a title right before another name is that person's.
    const next = state.owner[phrase.to];
    if (next?.type === 'Person' && next.start === tokens[phrase.to]!.start) return;
    // "… of defaming President X, his lawyer said": the role of someone the name's owner has, speaking, is the
    // clause's subject, not the name's apposition.
    if (/^(?:his|her|their)$/.test(tokens[from]?.lower ?? '') && lexicons().speechVerbs.has(tokens[phrase.to]?.lower ?? '')) return;
    appositionRole(state, person, from, phrase, '70-roles/apposition-after');
    if (tokens[phrase.to]?.lower !== 'and' || !/^(a|an)$/.test(tokens[phrase.to + 1]?.lower ?? '')) return;
    from = phrase.to + 1;
  }
}

export function appositions(state: ExtractState, person: Mention): void {
  // "Lebanon’s prime minister, X, met …": what follows the second comma is the predicate, not another role.
  if (appositionBefore(state, person)) return;
  appositionAfter(state, person);
}
