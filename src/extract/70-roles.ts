// Pass 70: roles. A title before a name ("Iraqi Prime Minister X", "Pentagon press secretary X", "Houthi military
// spokesman X"), or after it ("Prime Minister X of the Netherlands"); appositions and clauses (70-roles-apposition,
// 70-roles-clauses); authors of bylines. "former" and "then-" stay on the role.
import { lexicons } from './lexicon.js';
import { titlesBefore, titleVocabulary } from './30-titles.js';
import { appositions } from './70-roles-apposition.js';
import { affiliatedWith, appointedAs, bodyInBrackets, copula, groupOf, ledBy, leadsGroup, listedAfterRole, organizationsPerson, pairedAfterRole, personOfCountry, personOfGroup, possessorsGroup, underLeader, whoClauses, whoseBody } from './70-roles-clauses.js';
import { bodyBeforePlace, countryAntecedent, endIndex, endsInLocalOffice, GENERIC_TITLE, isPossessiveMark, isRegion, MILITARY_RANK, orgAntecedent, orgNamedBy, push, recentOrganization, regionGovernment, tokenIndex, withoutModifiers } from './70-roles-context.js';
import { articleRegion, articleTown, homeRegion, regionalOffice } from './70-roles-region.js';
import { pronounParties } from './70-roles-pronouns.js';
import { describedHolders } from './70-roles-descriptions.js';
import { coordinatedCountry } from './70-roles-coordinated.js';
import { unnamedOfficeCountry } from './70-roles-unnamed.js';
import { travels, visitedHolder, visitorSentence, VISIT } from './70-roles-visits.js';
import { adjectiveCountry, countryAt, datelineCountry, homeCountries, isLanguageAt, placeInSentence, regionAdjectiveAt, TIME_PREFIX, titleOfOrganization } from './70-roles-places.js';
import { addMention, note, tokenRange, type ExtractState, type RoleDraft } from './state.js';
import { institutionKey, institutionName } from './50-organizations.js';
import type { Mention } from './types.js';

function sentenceOf(state: ExtractState, m: Mention): string {
  return state.sentences[m.sentence]?.text ?? '';
}

/** Words that end a title's lower-case words: function words and verbs ("Hamas said spokesman X" names no "said spokesman"). */
const NOT_TITLE_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been', 'its', 'his', 'her', 'their', 'met', 'told', 'after', 'before', 'while', 'when', 'but', 'also', 'quoted', 'quoting', 'cited', 'citing', 'thanked', 'praised', 'accused', 'urged', 'called', 'welcomed', 'received', 'visited', 'invited', 'named', 'appointed']);
/** Words after a plural that list its members: "commanders including leader X". */
const LISTING = new Set(['including', 'like', 'such', 'among']);
/** Owners of a lower-case title that make it no state office: "its president X", "union president X". */
const POSSESSIVE_OWNERS = new Set(['its', 'their']);

const COURTESY = new Set(['H.E.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof']);

/** "Prime Minister X of the Netherlands", "President X of Ukraine": what follows the name. */
function ofAfter(state: ExtractState, person: Mention): { country: string | null; org: Mention | null; place?: Mention } {
  const tokens = state.tokens;
  const end = endIndex(state, person);
  if (tokens[end]?.lower !== 'of') return { country: null, org: null };
  const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const owner = state.owner[k];
  if (!owner || tokens[k]!.sentence !== person.sentence) return { country: null, org: null };
  if (owner.type === 'Organization') return { country: null, org: owner };
  const country = countryAt(state, k)?.name ?? null;
  // "of Borno state", "of Kyiv": a place that is no country, for a local office.
  return { country, org: null, ...(!country && owner.type === 'Place' ? { place: owner } : {}) };
}

/** A country other than `own` named by name or nationality between the sentence's dateline (if any) and the person. */
function otherCountryBefore(state: ExtractState, person: Mention, own: string): boolean {
  const lex = lexicons();
  let ownNamed = false;
  let other = false;
  for (const m of state.mentions) {
    if (m.type !== 'Place' || m.sentence !== person.sentence || m.rule === '20-boilerplate/dateline') continue;
    const name = m.canonical ?? m.text;
    const c = lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name;
    if (c === own) ownNamed = true;
    else if (c && m.end <= person.start && lex.countries.has(name)) other = true;
  }
  const s = state.sentences[person.sentence];
  if (s) {
    const [from] = tokenRange(state, s.start, s.end);
    for (let k = from; k < tokenIndex(state, person.start); k++) {
      const t = state.tokens[k]!;
      const c = t.cap && !state.owner[k] ? lex.countryOf.get(t.text)?.name : undefined;
      if (c && c !== own) other = true;
    }
  }
  return other && !ownNamed;
}

/** "US President Ana Ruiz", "Spain's then-Prime Minister Ivo Horvat", "Pentagon press secretary Tom Hale". */
function titleRoles(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const from = tokenIndex(state, person.start);
  const chain = titlesBefore(state, from);
  if (!chain) return;
  const modifiers: string[] = [];
  const prefix = /^(then|ex|former)-/i.exec(tokens[chain.from]!.text)?.[0];
  if (prefix) modifiers.push(prefix);
  let country: string | null = null;
  let org: Mention | null = null;
  let rule = '70-roles/title';
  let portfolio = false;
  // "Sudan's de facto leader X", "China's most powerful general X": a country's possessive makes any title its.
  let possessed = false;
  let possessiveAt = -1;
  let joined: string | null = null;
  let modsAtJoin = 0;
  let label: Mention | null = null;
  // "then-Israeli premier X": the time's prefix the country's adjective carries goes to the office ("then-premier").
  let timePrefix = '';
  // A state's office, not a party's own ("Labor deputy leader X" leads the party).
  const stateOffice = chain.state && !chain.titles.some((title) => lex.leaderTitles.has(withoutModifiers(title.toLowerCase()).split(' ').pop()!));
  let k = chain.from - 1;
  for (; k >= 0 && tokens[k]!.sentence === person.sentence; k--) {
    const t = tokens[k]!;
    if (lex.titleModifiers.has(t.text.toLowerCase())) { modifiers.unshift(t.text); continue; }
    // "Golden Dawn founder and leader X", "Labour Party leader and Prime Minister X": a role noun joined by "and" is the
    // role the body before it names.
    if (t.lower === 'and' && k === chain.from - 1 && tokens[k - 1]?.word && !tokens[k - 1]!.cap && !state.owner[k - 1] && lex.roleNouns.has(tokens[k - 1]!.lower) && tokens[k - 1]!.sentence === person.sentence) { joined = tokens[k - 1]!.lower; modsAtJoin = modifiers.length; k--; continue; }
    // "The Houthis’ military spokesman X": a plural's bare apostrophe is a possessive too.
    if (t.possessive || (/^['’]$/.test(t.text) && /s$/.test(tokens[k - 1]?.text ?? ''))) { possessiveAt = k; continue; }
    // "'IS' leader X": a name in quotation marks before the title.
    if (/^['’”"]$/.test(t.text) && state.owner[k - 1]?.type === 'Organization' && /^['‘“"]$/.test(tokens[tokenIndex(state, state.owner[k - 1]!.start) - 1]?.text ?? '')) continue;
    // "Central Command (CENTCOM) Commander X": an acronym in parentheses between the organization and the title.
    if (t.text === ')' && tokens[k - 2]?.text === '(' && state.owner[k - 1]?.type === 'Organization' && !org) { k -= 2; continue; }
    const owner = state.owner[k];
    // "Labor Premier X", "Socialist Prime Minister X": a party's family name before a state office labels the holder a
    // member; the office stays the state's.
    if (owner?.type === 'Organization' && !org && !label && stateOffice && owner.rule.startsWith('62-organizations-families')) { label = owner; k = tokenIndex(state, owner.start); continue; }
    if (owner?.type === 'Organization' && !org && !lex.military.has(owner.text)) { org = owner; k = tokenIndex(state, owner.start); continue; }
    if (owner?.type === 'Organization' && lex.military.has(owner.text)) { k = tokenIndex(state, owner.start); continue; }
    const c = countryAt(state, k);
    if (c && !country) {
      country = c.name;
      possessed = possessiveAt === k + 1;
      timePrefix = prefix ? '' : TIME_PREFIX.exec(tokens[k]!.text)?.[0] ?? '';
      k = c.from;
      continue;
    }
    // "Iowa Gov. Kim Reynolds", "Kyiv Mayor X": the state, region or city a local office governs.
    if (owner?.type === 'Place' && !org && !country && chain.titles.some((title) => lex.localOffices.has(title.toLowerCase()))) {
      org = owner;
      rule = '70-roles/local-office-of-place';
      k = tokenIndex(state, owner.start);
      continue;
    }
    // "Hezbollah Beirut leader X", "PPP Sindh president X": a body's office for a place (no country) it names before the place.
    if (owner?.type === 'Place' && !org && !country && k === chain.from - 1) {
      const body = bodyBeforePlace(state, owner);
      if (body) {
        modifiers.unshift(state.text.slice(owner.start, owner.end));
        org = body;
        rule = '70-roles/title+body-place';
        k = tokenIndex(state, body.start);
        continue;
      }
    }
    // "Florida Sen. X": an office a US state sends to the nation's capital is the United States'.
    if (owner?.type === 'Place' && !org && !country && lex.places.get(owner.canonical ?? owner.text)?.kind === 'state' && lex.countries.has('United States')
      && chain.titles.some((title) => FEDERAL_LEGISLATOR.test(withoutModifiers(title)))) {
      country = 'United States';
      rule = '70-roles/title+us-state';
      k = tokenIndex(state, owner.start);
      continue;
    }
    // "Kurdistan Region Prime Minister X", "Abu Dhabi's Crown Prince X": a region's (or emirate's) own state office, its
    // government when the article names one.
    // Only a government's head or a ruler: "Middle East envoy X" is no office of the Middle East.
    // "Kurdistan Region President X", "Puntland President X": a region's president heads it too.
    // "The bank’s Middle East President X": a company's regional head, not the region's.
    const ownedByBody = isPossessiveMark(state, tokenIndex(state, owner?.start ?? t.start) - 1);
    const governs = chain.government || chain.titles.some((title) => lex.titles.get(title)?.styled || (/^(?:Vice )?President$/.test(title) && !ownedByBody));
    if (owner?.type === 'Place' && !org && !country && governs && !chain.titles.some((title) => MILITARY_RANK.test(title)) && (isRegion(owner) || (possessiveAt === k + 1 && chain.titles.some((title) => lex.titles.get(title)?.styled)))) {
      org = regionGovernment(state, owner) ?? owner;
      rule = '70-roles/title+region';
      k = tokenIndex(state, owner.start);
      continue;
    }
    // "Ontario Premier X", "Quebec Premier X": a regional office after a place no country, whatever the gazetteer
    // holds it as (a town, a city of the same name).
    if (owner?.type === 'Place' && !org && !country && chain.titles.some((title) => lex.regionalOffices.has(withoutModifiers(title.toLowerCase())))) {
      org = owner;
      rule = '70-roles/regional-office-of-place';
      k = tokenIndex(state, owner.start);
      continue;
    }
    if (lex.military.has(t.text)) continue;
    // "Houthi military spokesman X": the organization's name in the singular, as an adjective.
    const named: Mention | null = t.cap && !org && (!owner || (owner.type === 'Person' && owner.start === t.start && owner.end === t.end)) ? orgNamedBy(state, t.text) : null;
    if (named && stateOffice && !label && named.rule.startsWith('62-organizations-families')) { label = named; continue; }
    if (named) { org = named; rule = '70-roles/title+org-adjective'; continue; }
    // "ministry spokesperson X" after "the Unification Ministry": a lower-case head word of an organization named before.
    // "Party spokesman X" opening a sentence: the head word is capitalized only as the sentence's first word.
    const opening = t.first && lex.isCommonWord(t.lower) && chain.titles.some((title) => lex.spokesTitles.has(title.toLowerCase()));
    const ante: Mention | null = (!t.cap || opening) && t.word && !org && !owner && k === chain.from - 1 ? orgAntecedent(state, t.lower, k, true) : null;
    if (ante) { org = ante; rule = '70-roles/title+org-head'; continue; }
    // "EU foreign policy chief X", "Houthi health ministry spokesperson X": lower-case words of the title between it and
    // the organization or nationality that owns it.
    if (!org && !country && !t.cap && t.word && !owner && k === chain.from - 1) {
      let j = k;
      // "the Constitutional Court suspended pro-Russian President X": a verb's past form ends the title's words (its subject
      // owns no title).
      const verb = (w: string): boolean => /ed$/.test(w) && !titleVocabulary().has(w) && !lex.titleModifiers.has(w);
      // "S.Korea lawmakers impeach scandal-hit president X": a plural role noun before a verb is a clause's subject, not
      // a title's word ("Hezbollah commanders including leader X" still names the body).
      const subject = (at: number): boolean => tokens[at]!.lower.endsWith('s') && lex.roleNouns.has(tokens[at]!.lower.slice(0, -1)) && !LISTING.has(tokens[at + 1]?.lower ?? '');
      while (j > k - 3 && tokens[j]?.word && !tokens[j]!.cap && !state.owner[j] && tokens[j]!.sentence === person.sentence && !NOT_TITLE_WORDS.has(tokens[j]!.lower) && !lex.speechVerbs.has(tokens[j]!.lower) && !verb(tokens[j]!.lower) && !subject(j)) j--;
      // "Sudan's de facto leader X": the owner may be a possessor.
      const o = tokens[j]?.possessive ? j - 1 : j;
      const before = state.owner[o];
      const owns = !!tokens[o] && tokens[o]!.sentence === person.sentence && ((before?.type === 'Organization' && !lex.military.has(before.text))
        || (before?.type === 'Place' && lex.countries.has(before.canonical ?? before.text)) || (!before && (!!countryAt(state, o) || (tokens[o]!.cap && !!orgNamedBy(state, tokens[o]!.text)))));
      // "HDP Diyarbakır provincial co-chair X": a body's office for a place, lower-case words of its level between.
      const placeBody = j < k && before?.type === 'Place' && o === j && endIndex(state, before) === j + 1 ? bodyBeforePlace(state, before) : null;
      if (placeBody) {
        modifiers.unshift(state.text.slice(before!.start, before!.end), ...tokens.slice(j + 1, k + 1).map((w) => w.text));
        org = placeBody;
        rule = '70-roles/title+body-place';
        k = tokenIndex(state, placeBody.start);
        continue;
      }
      if (j < k && owns) {
        const words = tokens.slice(j + 1, k + 1);
        modifiers.unshift(...words.map((w) => w.text));
        // "Kyrgyz national security chief X": words of offices make any title before them a state's.
        portfolio = words.every((w) => titleVocabulary().has(w.lower));
        k = j + 1;
        continue;
      }
    }
    // "EU Enlargement Commissioner X": up to two capitalized common words of a portfolio between the title and the body
    // or country that owns it.
    if (!org && !country && t.cap && t.word && !t.first && !owner && k === chain.from - 1 && lex.isCommonWord(t.lower)) {
      let j = k - 1;
      if (tokens[j]?.cap && tokens[j]!.word && !tokens[j]!.first && !state.owner[j] && lex.isCommonWord(tokens[j]!.lower)) j--;
      const body = state.owner[j];
      if (tokens[j]?.sentence === person.sentence && ((body?.type === 'Organization' && !lex.military.has(body.text)) || (!!countryAt(state, j) && body?.type !== 'Person'))) {
        modifiers.unshift(...tokens.slice(j + 1, k + 1).map((w) => w.text));
        k = j + 1;
        continue;
      }
    }
    // "The country’s Foreign Minister X": the country named last.
    if (!country && !org && (t.lower === 'country' || t.lower === 'nation') && isPossessiveMark(state, k + 1) && tokens[k - 1]?.lower === 'the') {
      country = countryAntecedent(state, k);
      if (country) rule = '70-roles/title+country-antecedent';
    } else if (!country && !org && t.word && !t.cap && !owner && isPossessiveMark(state, k + 1) && tokens[k - 1]?.lower === 'the') {
      // "the group’s Secretary General X": the body that "the group" points back to.
      // Not a state's army or ministry: "the group" is a non-state body ("The Israeli army said … The group's spokesman").
      const ante = orgAntecedent(state, t.lower, k);
      if (ante && !lex.military.has(ante.text) && !ante.key?.startsWith('inst:') && !/(?:army|military|forces|ministry|government)$/i.test(ante.text)) {
        org = ante;
        rule = '70-roles/title+org-antecedent';
      }
    }
    break;
  }
  // "The PJD, whose leader X had been prime minister": the body the relative pronoun stands for.
  if (!country && !org && tokens[chain.from - 1]?.lower === 'whose' && tokens[chain.from - 2]?.text === ',' && tokens[chain.from - 2]!.sentence === person.sentence) {
    const body = state.owner[chain.from - 3];
    if (body?.type === 'Organization') { org = body; rule = '70-roles/title+whose'; }
  }
  // "President of Ukraine X", "the interim governor of South Kivu X": a place the title's own "of" names.
  if (!country && !org) {
    for (let k = chain.from + 1; k < from; k++) {
      const place = state.owner[k];
      if (place?.type !== 'Place' || tokens[k - 1]?.lower !== 'of' || !state.inTitle[k - 1]) continue;
      const name = place.canonical ?? place.text;
      if (lex.countries.has(name)) country = name;
      // "President of Puntland X", "Governor of South Kivu X": a region or territory a state or local office governs.
      else if (chain.state || chain.titles.some((title) => lex.localOffices.has(withoutModifiers(title.toLowerCase().split(' of ')[0]!)))) org = place;
      if (country || org) { rule = '70-roles/title-of-place'; break; }
    }
  }
  if (!country && !org) {
    const after = ofAfter(state, person);
    // "Governor X of the Peoples Democratic Party (PDP)": a town's or a region's office, or a legislator's, held by a
    // member of the party, not in it; the office is left to its place.
    const party = after.org && /\s[Pp]arty$/.test(after.org.text) && chain.titles.some((title) => endsInLocalOffice(title) || MEMBER_TITLE.test(withoutModifiers(title.toLowerCase()))) ? after.org : null;
    if (party) push(state, { person, role: 'member', org: party, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/title-of-party' }, tokens[chain.from]!.start);
    else if (after.country || after.org) { country = after.country; org = after.org; rule = '70-roles/title-of'; }
    // "Governor Babagana Zulum of Borno state": a local office's region or city after the name.
    else if (after.place && chain.titles.some((title) => lex.localOffices.has(withoutModifiers(title.toLowerCase())))) { org = after.place; rule = '70-roles/local-office-of'; }
  }
  // "deputy speaker X" in a story about "the Iraqi parliament": a speaker presides over the legislature the article names.
  if (!country && !org && chain.titles.some((title) => /(?:^|\s)speaker$/.test(withoutModifiers(title.toLowerCase())))) {
    org = namedLegislature(state, person);
    if (org) rule = '70-roles/speaker-of-legislature';
  }
  // "Reps. A, B and C" after "the House of Representatives voted": a member of the one legislature the article named.
  if (!country && !org && chain.titles.some((title) => MEMBER_TITLE.test(withoutModifiers(title.toLowerCase())))) {
    org = memberOfLegislature(state, person, chain.titles.some((title) => /^reps?\.?$|^representatives?$/i.test(withoutModifiers(title))));
    if (org) rule = '70-roles/member-of-legislature';
  }
  // "according to Mayor X" after "the capital Kyiv": a local office belongs to the city or region of its sentence.
  if (!country && !org && chain.titles.some((title) => lex.localOffices.has(title.toLowerCase()))) {
    org = placeInSentence(state, person, chain.titles.join(' ')) ?? officeOfPlaceBefore(state, person, chain.titles);
    if (org) rule = '70-roles/local-office';
  }
  // "MANILA — Defense Secretary X": a state office in the dateline's sentence is the dateline country's.
  if (!country && !org && chain.state && !chain.titles.some((title) => MILITARY_RANK.test(title)) && !VISIT.test(sentenceOf(state, person))) {
    country = datelineCountry(state, person.sentence);
    // "TEHRAN (Tasnim) – Protests broke out in Paraguay … President X": a sentence that names another country before
    // the office, and not the dateline's, is about that one; "MOSCOW — Foreign Minister X said Ukraine …" is not.
    if (country && otherCountryBefore(state, person, country)) country = null;
    if (country) rule = '70-roles/title+dateline-country';
  }
  // "Defense Secretary X" in an article that names the United States: an office only one country has.
  if (!country && !org && chain.countries.length > 0) {
    const only = chain.countries[0]!;
    if (state.mentions.some((m) => m.type === 'Place' && (m.canonical ?? m.text) === only)) { country = only; rule = '70-roles/title+office-country'; }
  }
  // "The Pentagon revealed … Spokesman X stated": a spokesperson with no body named speaks for the organization just before.
  if (!country && !org && chain.titles.some((title) => lex.spokesTitles.has(title.toLowerCase()))) {
    org = recentOrganization(state, from);
    if (org) rule = '70-roles/spokesperson-of-recent-organization';
  }
  // "Labour Party leader and Prime Minister X": the body is the joined role's; a state office after it is not the body's.
  if (joined) {
    // "Former East Timorese leader and presidential candidate X": the words before the joined role are its own.
    const own = modifiers.splice(0, modifiers.length - modsAtJoin);
    if (org) push(state, { person, role: [...own, joined].join(' '), org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/title+joined-role' }, tokens[chain.from]!.start);
    if (org && chain.state) org = null;
  }
  if (label) push(state, { person, role: 'member', org: label, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/title+party-label' }, label.start);
  const mods = modifiers.filter((m) => !/-$/.test(m)).join(' ');
  // "union president X", "its president X": a title in lower case after a body's noun or a possessive is that body's
  // office, not the state's.
  const first = tokens[chain.from]!;
  const before = tokens[chain.from - 1];
  const ownedLower = first.text === first.lower && !!before && before.sentence === first.sentence && (POSSESSIVE_OWNERS.has(before.lower) || lex.groupNouns.has(before.lower) || lex.bodyNouns.has(before.lower));
  const bareOffice = !country && !org && chain.state && chain.orgs.length === 0 && !ownedLower && !chain.titles.some((title) => GENERIC_TITLE.test(title)) && !chain.titles.some((title) => MILITARY_RANK.test(title));
  // "Reps. Thomas Massie (R-Ky.) and Ro Khanna", "Reps. A, B, C and D": a plural title gives each name of its list the
  // same role.
  const holders = chain.plural ? coordinatedPeople(state, person) : [person];
  for (const holder of holders) {
    // "counterparts X of Rwanda and Y of Angola": each of the plural's holders is of its own country.
    const own = holder !== person && rule === '70-roles/title-of' ? ofAfter(state, holder) : null;
    chain.titles.forEach((title) => {
      if (COURTESY.has(title) || lex.titles.get(title)?.courtesy) return;
      const base = [mods, `${timePrefix}${title}`].filter(Boolean).join(' ');
      push(state, {
        person: holder, role: base, org: own ? own.org : org, country: chain.state || portfolio || (possessed && !org) ? (own ? own.country : country) : null, government: chain.government,
        impliedOrgs: chain.orgs, sentence: person.sentence, rule: holder === person ? rule : `${rule}+plural`, bareOffice,
      }, tokens[chain.from]!.start);
    });
  }
}

/** "The mayor of Bogota said … Mayor X also said": the place a local office was said to be "of" in the sentence before. */
function officeOfPlaceBefore(state: ExtractState, person: Mention, titles: string[]): Mention | null {
  const tokens = state.tokens;
  const words = new Set(titles.map((title) => withoutModifiers(title.toLowerCase())));
  const to = tokenIndex(state, person.start);
  let found: Mention | null = null;
  for (let k = to - 1; k > 0 && tokens[k]!.sentence >= person.sentence - 1; k--) {
    if (tokens[k]!.lower !== 'of' || !words.has(tokens[k - 1]!.lower)) continue;
    const place = state.owner[tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1];
    if (place?.type !== 'Place' || lexicons().countries.has(place.canonical ?? place.text)) continue;
    // "The mayor of Paris, Anne Hidalgo, …": that office's holder is named there, and is someone else.
    const after = endIndex(state, place);
    if (tokens[after]?.text === ',' && state.owner[after + 1]?.type === 'Person') continue;
    found = place;
    break;
  }
  return found;
}

/** Last words of a legislature's name: "Iraqi parliament", "National Assembly", "Council of Representatives". */
const LEGISLATURE = /(?:^|\s)(?:parliament|assembly|representatives|knesset|majlis|duma|rada|sejm|senate|congress)$/i;

/** The one legislature the article names before `person` (none when it names two). */
function namedLegislature(state: ExtractState, person: Mention): Mention | null {
  let found: Mention | null = null;
  for (const m of state.mentions) {
    const name = m.canonical ?? m.text;
    if (m.type !== 'Organization' || m.start > person.start || !LEGISLATURE.test(name) || /General Assembly|National Congress|^(?:UN|U\.N\.|United Nations)\b/.test(name)) continue;
    if (found && (found.key ?? found.canonical ?? found.text) !== (m.key ?? m.canonical ?? m.text)) return null;
    found ??= m;
  }
  return found;
}

/** Legislatures above states: their members are no state's lawmakers ("Opposition lawmaker X" of Georgia). */
const SUPRANATIONAL = /European|Parliamentary Assembly|Pan-African|Arab Parliament|ECOWAS|Andean|Central American Parliament/;

/**
 * The one legislature the article named before the member, unless the member belongs elsewhere: "Rep. X" of a
 * "House" or "Assembly", not of the Senate; a chamber above states; "Rep. X (R-Texas)", "Rep. X of Florida", or a
 * sentence naming another country, when the legislature is some country's own.
 */
function memberOfLegislature(state: ExtractState, person: Mention, representative: boolean): Mention | null {
  const house = namedLegislature(state, person);
  if (!house) return null;
  const name = house.canonical ?? house.text;
  if (SUPRANATIONAL.test(name) || (representative && !/representatives|house|assembly|congress/i.test(name))) return null;
  const lex = lexicons();
  const tokens = state.tokens;
  const end = endIndex(state, person);
  if (tokens[end]?.text === '(' && /^[RDI]$/.test(tokens[end + 1]?.text ?? '')) return null;
  const of = tokens[end]?.lower === 'of' ? state.owner[end + 1] : undefined;
  if (of?.type === 'Place' && lex.places.get(of.canonical ?? of.text)?.kind === 'state') return null;
  const own = house.key?.startsWith('inst:') ? house.key.split(':')[1] : lex.orgs.get(name)?.country ?? null;
  // Where the legislature's country is known: a sentence naming another country puts the member there.
  if (own && [...countriesIn(state, person.sentence).found].some((c) => c !== own)) return null;
  return house;
}

/** Titles of a legislature's members: "Rep.", "Reps.", "MP", "lawmaker". */
const MEMBER_TITLE = /^(?:reps?\.?|representatives?|mps?|lawmakers?|legislators?|parliamentarians?|members? of parliament|congressman|congresswoman|assemblyman|assemblywoman)$/;

/** Offices a US state sends to Washington: "Florida Sen. X" (not "Texas Attorney General X", the state's own). */
const FEDERAL_LEGISLATOR = /^(?:sen\.?|senator|rep\.?|representative|congressman|congresswoman)$/i;

/**
 * The person and the names listed with it: "A (R-Ky.) and B", "counterparts A of Rwanda and B of Angola", "A, B, C
 * and D" (a parenthesis or the country a name is "of" between them allowed).
 */
function coordinatedPeople(state: ExtractState, person: Mention): Mention[] {
  const tokens = state.tokens;
  const out = [person];
  for (let current = person; ;) {
    let k = endIndex(state, current);
    if (tokens[k]?.text === '(') {
      while (k < tokens.length && tokens[k]!.text !== ')' && tokens[k]!.sentence === person.sentence) k++;
      k++;
    }
    const place = tokens[k]?.lower === 'of' ? state.owner[k + 1] : undefined;
    if (place?.type === 'Place' && place.start === tokens[k + 1]!.start) k = endIndex(state, place);
    // The list ends at its "and" (or "or"); a comma carries it on to the next name.
    const last = /^(?:and|or)$/.test(tokens[k]?.lower ?? '') || (tokens[k]?.text === ',' && /^(?:and|or)$/.test(tokens[k + 1]?.lower ?? ''));
    if (last) k += tokens[k]!.text === ',' ? 2 : 1;
    else if (tokens[k]?.text === ',') {
      // "…, Carla Diaz, a county commissioner, and …": a name with its own apposition is no holder of the plural title.
      if (current !== person && /^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) { out.pop(); break; }
      k += 1;
    } else break;
    const next = state.owner[k];
    if (!next || next.type !== 'Person' || next.start !== tokens[k]!.start || next.sentence !== person.sentence) break;
    out.push(next);
    if (last) break;
    current = next;
  }
  return out;
}

/**
 * "Haiti Prime Minister X", "the US secretary", "China’s envoy": a country that qualifies the office named right after
 * it is that office's, so it says nothing about the country of another office in the sentence.
 */
function qualifiesOffice(state: ExtractState, after: number): boolean {
  const j = isPossessiveMark(state, after) ? after + 1 : after;
  const t = state.tokens[j];
  return !!t && t.sentence === state.tokens[after - 1]?.sentence && (state.inTitle[j] === true || lexicons().titleFirst.has(t.lower));
}

const BODY_MODIFIER = /-(?:led|backed|based|run|aligned|allied|affiliated|funded|supported|sponsored|brokered|controlled)$/;

/**
 * The countries a sentence names: by name, by capital ("Tehran confirmed"), or by nationality ("Turkish"); those
 * that qualify another office ("Haiti Prime Minister X") are `claimed`. A dateline names no country of the story.
 */
function countriesIn(state: ExtractState, sentence: number): { found: Set<string>; claimed: Set<string>; complemented: Set<string>; bodies: Set<string> } {
  const lex = lexicons();
  const named = new Map<string, number>();
  const qualifying = new Map<string, number>();
  const complemented = new Set<string>();
  const bodies = new Set<string>();
  const add = (name: string, after: number): void => {
    named.set(name, (named.get(name) ?? 0) + 1);
    if (qualifiesOffice(state, after)) qualifying.set(name, (qualifying.get(name) ?? 0) + 1);
  };
  for (const m of state.mentions) {
    if (m.type !== 'Place' || m.sentence !== sentence || m.rule === '20-boilerplate/dateline') continue;
    // "the U.S.-led coalition", "Iran-backed militias": a country that qualifies a body names no office's country.
    if (m.rule === '60-places/hyphenated' && BODY_MODIFIER.test(state.tokens[tokenIndex(state, m.start)]?.text ?? '')) continue;
    const name = m.canonical ?? m.text;
    const country = lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name;
    if (!country) continue;
    add(country, endIndex(state, m));
    // "the President of Ukraine, X", "President Zelenskyy of Ukraine": the country an office or its holder is "of".
    const k = tokenIndex(state, m.start);
    const of = state.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
    const head = state.tokens[of - 1];
    if (state.tokens[of]?.lower === 'of' && head && (state.inTitle[of - 1] || state.owner[of - 1]?.type === 'Person' || (head.cap && lex.titleFirst.has(head.lower)))) {
      qualifying.set(country, (qualifying.get(country) ?? 0) + 1);
      complemented.add(country);
    }
  }
  const s = state.sentences[sentence];
  if (s) {
    const [from, to] = tokenRange(state, s.start, s.end);
    for (let k = from; k < to; k++) {
      const t = state.tokens[k]!;
      const c = t.cap && !isLanguageAt(state, k) && !regionAdjectiveAt(state, k) ? lex.countryOf.get(t.text) : undefined;
      // "parties allied with the Syrian regime", "backed by the Iranian government": a nationality in a complement of
      // "with", "by" or "against" is of those the sentence's people deal with, not of an office there.
      // (Not one before an office: "a meeting with Chinese Defence Minister X" tells whose that office is.)
      if (c && c.name !== t.text && !qualifiesOffice(state, k + 1) && /^(?:with|by|against)$/.test(state.tokens[state.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1]?.lower ?? '')) continue;
      // "the Serbian church", "a Russian bank": a nationality that qualifies a body of its own is set apart (below).
      const next = state.tokens[k + 1];
      if (c && next?.sentence === t.sentence && next.word && !next.cap && lex.bodyNouns.has(next.lower)) { bodies.add(c.name); continue; }
      if (c) add(c.name, k + 1);
    }
  }
  // A country also named for itself ("Kenya and Haiti Prime Minister X") is not only claimed.
  return { found: new Set(named.keys()), claimed: new Set([...qualifying].filter(([name, n]) => n === named.get(name)).map(([name]) => name)), complemented, bodies };
}

/**
 * The countries of a sentence that may own a bare office there: the claimed ones left out, `home` always kept. A
 * nationality that only qualifies a body of its own counts where the sentence does not name `home` itself ("… the
 * Serbian church in Montenegro" leaves Montenegro's office to Montenegro; "Orban told the Hungarian chamber" in a
 * story datelined Brussels keeps Hungary in play).
 */
function openCountries(state: ExtractState, sentence: number, home: string): Set<string> {
  const { found, claimed, bodies } = countriesIn(state, sentence);
  const open = new Set([...found].filter((name) => name === home || !claimed.has(name)));
  if (!found.has(home)) for (const name of bodies) open.add(name);
  return open;
}

/**
 * "President X said" with no country anywhere near: the office of the country the article is about (its dateline's,
 * or the one it names most), unless the article ties that person to a country or body elsewhere.
 */
function articleCountry(state: ExtractState): void {
  const bare = state.roles.filter((r) => r.bareOffice);
  if (bare.length === 0) return;
  // The country named most, by two mentions at least: its offices are the ones whose own sentence names it alone
  // ("Interior Minister X … on Poland's eastern border" in a story on Poland and Belarus).
  const { clear, leading: home } = homeCountries(state);
  if (!home) return;
  // A person is known by the full name where the text gives one, by the surname alone where it does not: "President
  // Alberto Fernández" is not placed by "Vice President Cristina Fernández of Argentina", "Fernández" is.
  const who = (m: Mention): string[] => {
    const name = m.canonical ?? m.text;
    const surname = name.split(' ').pop()!;
    return name.includes(' ') ? [`full:${name}`, `surname:${surname}`] : [`one:${surname}`];
  };
  const asked = (m: Mention): string[] => {
    const name = m.canonical ?? m.text;
    const surname = name.split(' ').pop()!;
    return name.includes(' ') ? [`full:${name}`, `one:${surname}`] : [`surname:${surname}`, `one:${surname}`];
  };
  // Placed: a country given elsewhere, or this very office in a body ("President X of the bank"). A party leader who
  // is "President X" is still the country's president.
  const roleWord = (r: RoleDraft): string => r.role.toLowerCase().split(' ').pop()!;
  const placed = new Set(state.roles.filter((r) => r.country || r.org).flatMap((r) => who(r.person).map((k) => (r.country ? k : `${k}|${roleWord(r)}`))));
  // "Governor X" in a story about Western Australia: a regional office is the story's region's (articleRegion), not
  // its country's, when the region is in that country.
  const region = homeRegion(state);
  const regionCountry = region ? lexicons().places.get(region.canonical ?? region.text)?.country : undefined;
  const regional = region !== null && (!regionCountry || regionCountry === home);
  for (const draft of bare) {
    if (regional && regionalOffice(draft.role, regionCountry ?? home)) { draft.declined = 'regional'; continue; }
    const keys = asked(draft.person);
    if (keys.some((k) => placed.has(k) || placed.has(`${k}|${roleWord(draft)}`))) { draft.declined = 'placed'; continue; }
    // "King X, who …, was in Washington on a trip": the one person of a sentence that takes them abroad is the home
    // country's, whatever the destination's country.
    const abroad = clear !== null && tripAbroad(state, draft, home);
    // A visit's sentence that does not name the story's country is one within it ("Interior Minister X, who was
    // visiting a construction site"): the visitor is marked by the country they came to.
    if (!abroad && !visitedHolder(state, draft.person, home) && visitorSentence(state, draft.sentence, home, draft.person) && (namesCountry(state, draft.sentence, home) || travels(state, draft))) { draft.declined = 'visitor'; continue; }
    // "… visited Oman, and acting prime minister X also made a visit in 1996": the holder's own journey to the story's
    // country, whoever else the sentence names.
    if (!abroad && (travels(state, draft) || madeVisit(state, draft)) && namesCountry(state, draft.sentence, home)) { draft.declined = 'visitor'; continue; }
    // "Iraq’s Parliament elected X as speaker": a speaker presides over the legislature the article names.
    if (/(?:^|\s)speaker$/.test(withoutModifiers(draft.role.toLowerCase()))) {
      const legislature = namedLegislature(state, draft.person);
      if (legislature) {
        draft.org = legislature;
        draft.rule = `${draft.rule}+legislature`;
        continue;
      }
    }
    // "Mayor X": a city's office, never the country's. "Prime Minister X spoke to the President of Ukraine": a country
    // the sentence gives to another office is not this one's.
    if (endsInLocalOffice(draft.role) || countriesIn(state, draft.sentence).complemented.has(home)) { draft.declined = 'other-office'; continue; }
    // The office's own sentence names the story's country alone, or (a story whose country is clear: its dateline's, or
    // named twice as often as any other) no country at all. A sentence before about another country does not take the
    // office away: "… the Russian strike on Kharkiv. ¶ Interior Minister X said …" in a story on Ukraine.
    const own = openCountries(state, draft.sentence, home);
    const alone = own.size === 1 && own.has(home);
    if (!abroad && !(alone || (clear !== null && own.size === 0))) { draft.declined = own.size ? 'other-country' : 'unclear'; continue; }
    draft.country = home;
    draft.rule = `${draft.rule}+article-country`;
    note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role} of ${home}`, rule: draft.rule, start: draft.person.start, end: draft.person.end, sentenceIndex: draft.sentence });
  }
}

/** The sentence names `country`, by name, capital or nationality (of a body's too: "the Lebanese army"). */
function namesCountry(state: ExtractState, sentence: number, country: string): boolean {
  const { found, bodies } = countriesIn(state, sentence);
  return found.has(country) || bodies.has(country);
}

/** Plural nouns of people that a nationality qualifies: "Iraqi figures, including Prime Minister X". */
const PEOPLE_PLURALS = new Set(['officials', 'figures', 'leaders', 'politicians', 'ministers', 'dignitaries', 'authorities', 'lawmakers', 'legislators']);

/**
 * "Iraqi figures, including Prime Minister X, emphasized …", "Kenyan officials such as Interior Minister X": a bare
 * state office held by one of a nationality's people is that country's.
 */
function amongNationals(state: ExtractState): void {
  const tokens = state.tokens;
  for (const draft of state.roles) {
    // "Kenyan officials, including Mayor X": a town's or a region's office is not the country's.
    if (!draft.bareOffice || draft.org || draft.country || endsInLocalOffice(draft.role)) continue;
    const at = tokenIndex(state, draft.person.start);
    let k = (titlesBefore(state, at)?.from ?? at) - 1;
    // "Iraqi leaders, including embattled Prime Minister X": up to three lower-case words describing the holder.
    // (Words that describe the holder only, "the current", "embattled": "aides to Prime Minister X", "allies of
    // President X" are someone else.)
    for (let n = 0; n < 3 && tokens[k]?.word && !tokens[k]!.cap && (/(?:ed|ent)$/.test(tokens[k]!.lower) || tokens[k]!.lower === 'the' || lexicons().titleModifiers.has(tokens[k]!.lower)); n++) k--;
    if (tokens[k]?.lower === 'including') k--;
    else if (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such') k -= 2;
    else continue;
    if (tokens[k]?.text === ',') k--;
    if (!PEOPLE_PLURALS.has(tokens[k]?.lower ?? '') || tokens[k]!.sentence !== draft.person.sentence) continue;
    // "Iraqi government officials", "senior Iraqi figures": the nationality within two words of the noun.
    for (let j = k - 1; j >= k - 2 && j >= 0 && tokens[j]!.sentence === draft.person.sentence; j--) {
      const c = tokens[j]!.cap ? adjectiveCountry(state, tokens[j]!.text) : undefined;
      if (!c) continue;
      draft.country = c.name;
      draft.rule = `${draft.rule}+among-nationals`;
      note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role} of ${c.name}`, rule: draft.rule, start: draft.person.start, end: draft.person.end, sentenceIndex: draft.sentence });
      break;
    }
  }
}

/** Travel words that take the sentence's one person somewhere: "was in Washington on a trip", "flew to Paris". */
const TRIP = /\b(?:trip|tour(?:s|ed|ing)?|flew|travel\w*|arriv\w*|visit\w*)\b/i;

/**
 * A visit abroad: the office holder is the sentence's only person, a travel word stands there, and the one country it
 * names (by name or capital, after "in" or "to") is not the story's.
 */
function tripAbroad(state: ExtractState, draft: RoleDraft, home: string): boolean {
  const s = state.sentences[draft.sentence];
  if (!s || !TRIP.test(s.text)) return false;
  if (ownTrip(state, draft.person, home)) return true;
  if (state.mentions.some((m) => m.type === 'Person' && m.sentence === draft.sentence && m !== draft.person && (m.canonical ?? m.text) !== (draft.person.canonical ?? draft.person.text))) return false;
  const { found } = countriesIn(state, draft.sentence);
  if (found.size !== 1 || found.has(home)) return false;
  // "After touring Mombasa, X flew back to Tokyo": a second place, or a way home, says the trip is not from here.
  if (/\b(?:back|home|returned|returning|returns)\b/i.test(s.text)) return false;
  if (state.mentions.filter((m) => m.type === 'Place' && m.sentence === draft.sentence && m.rule !== '20-boilerplate/dateline').length !== 1) return false;
  const lex = lexicons();
  return state.mentions.some((m) => {
    if (m.type !== 'Place' || m.sentence !== draft.sentence) return false;
    const name = m.canonical ?? m.text;
    const country = lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name;
    return !!country && found.has(country) && /^(?:in|to)$/.test(state.tokens[tokenIndex(state, m.start) - 1]?.lower ?? '');
  });
}

/** "X also made a visit in 1996", "X paid a visit to …": a visit the holder makes, told after the name. */
const MADE_VISIT = /^[^.;]{0,40}?\b(?:made|makes|paid|pays)\s+(?:a|an|his|her)\s+(?:[\p{L}-]+\s+)?(?:visit|trip)\b/u;

function madeVisit(state: ExtractState, draft: RoleDraft): boolean {
  const s = state.sentences[draft.sentence];
  return !!s && MADE_VISIT.test(state.text.slice(draft.person.end, s.end));
}

/** Nouns of a journey a possessor makes: "X’s visit to the US". */
const JOURNEYS = new Set(['visit', 'trip', 'tour', 'journey', 'travel']);

/** "Prime Minister X’s visit to the US earlier this month": the possessor travels to another country, from home. */
function ownTrip(state: ExtractState, person: Mention, home: string): boolean {
  const tokens = state.tokens;
  const mark = endIndex(state, person);
  if (!isPossessiveMark(state, mark) || !JOURNEYS.has(tokens[mark + 1]?.lower ?? '') || tokens[mark + 2]?.lower !== 'to') return false;
  const at = tokens[mark + 3]?.lower === 'the' ? mark + 4 : mark + 3;
  const m = state.owner[at];
  if (m?.type !== 'Place' || m.start !== tokens[at]!.start) return false;
  const lex = lexicons();
  const name = m.canonical ?? m.text;
  const country = lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name;
  // "X’s visit to Germany was his first since Poland’s election": a third country in the sentence may be X's own.
  const others = [...countriesIn(state, person.sentence).found].filter((c) => c !== country && c !== home);
  return !!country && country !== home && others.length === 0;
}

const LEGISLATURE_TITLE = /^(?:parliament|parliamentary)$/i;

/** The word "parliament" at token `k` names the country's parliament ("Iraqi parliament"); the role is held there. */
function countryParliament(state: ExtractState, r: RoleDraft, k: number, country: string, rule: string): void {
  const adjective = lexicons().countries.get(country)?.adjectives[0] ?? country;
  const org = addMention(state, 'Organization', k, k + 1, rule, institutionKey(country, 'parliament', institutionName(adjective, 'parliament', 'parliament')));
  if (org) r.org = org;
}

/**
 * "parliament speaker X" of Iraq: the speaker presides over the country's parliament, the same organization as
 * "Iraq's parliament" (keyed alike), named by the title's own word.
 */
function speakersOfParliament(state: ExtractState): void {
  const tokens = state.tokens;
  for (const r of state.roles) {
    if (!r.country || r.org || !/\bspeaker$/i.test(r.role) || !/^(?:[\w-]+ )?(?:parliament|parliamentary) /i.test(r.role)) continue;
    const from = tokenIndex(state, r.person.start);
    let k = from - 1;
    while (k > from - 5 && k >= 0 && !LEGISLATURE_TITLE.test(tokens[k]!.text)) k--;
    if (k < 0 || !LEGISLATURE_TITLE.test(tokens[k]!.text) || state.owner[k] || tokens[k]!.sentence !== r.person.sentence) continue;
    // "Kurdistan parliament speaker X", "Crimea's parliament speaker X": a region's own legislature, not the country's.
    const before = state.owner[isPossessiveMark(state, k - 1) ? k - 2 : k - 1];
    if (before?.type === 'Place' && (before.canonical ?? before.text) !== r.country) continue;
    countryParliament(state, r, k, r.country, '70-roles/speaker-of-country-parliament');
  }
  // "X, a member of parliament in the bloc …", "Deputy speaker of parliament X": the role names the parliament in a word
  // of its own, the parliament of the holder's country, else of the story's.
  let home: string | null | undefined;
  for (const r of state.roles) {
    if (r.org || !/(?:^|\s)of parliament$/i.test(withoutModifiers(r.role))) continue;
    const at = tokenIndex(state, r.person.start);
    let k = -1;
    for (let j = Math.max(0, at - 8); j < at + 12 && j < tokens.length; j++) {
      if (tokens[j]!.sentence === r.person.sentence && tokens[j]!.text === 'parliament' && tokens[j - 1]?.text === 'of' && !state.owner[j]) { k = j; break; }
    }
    if (k < 0) continue;
    // "member of parliament for Bradford West": a constituency of its own says whose parliament it is.
    if (tokens[k + 1]?.text === 'for' && tokens[k + 2]?.cap) continue;
    // "the Kurdistan Region's speaker of parliament": a region with its own legislature in the sentence.
    if (!r.country && state.mentions.some((m) => m.type === 'Place' && m.sentence === r.person.sentence && isRegion(m))) continue;
    if (home === undefined) home = homeCountries(state).clear;
    const country = r.country ?? home;
    if (country) countryParliament(state, r, k, country, '70-roles/member-of-country-parliament');
  }
  // "Deputy speaker X", "MP X" of Iraq, in an article that names Iraq's parliament: a member of that parliament.
  for (const r of state.roles) {
    if (!r.country || r.org || !LEGISLATOR.test(withoutModifiers(r.role.toLowerCase()))) continue;
    const key = institutionKey(r.country, 'parliament', '').key;
    const parliament = state.mentions.find((m) => m.type === 'Organization' && m.key === key);
    if (parliament) r.org = parliament;
  }
}
const LEGISLATOR = /(?:^|\s)(?:speaker|mp|lawmaker|legislator|parliamentarian|member of parliament)$/;

export function findRoles(state: ExtractState): void {
  const lex = lexicons();
  const people = state.mentions.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  for (const person of people) {
    titleRoles(state, person);
    titleOfOrganization(state, person);
    appositions(state, person);
    copula(state, person);
    ledBy(state, person);
    leadsGroup(state, person);
    groupOf(state, person);
    personOfGroup(state, person);
    bodyInBrackets(state, person);
    personOfCountry(state, person);
    whoseBody(state, person);
    possessorsGroup(state, person);
    underLeader(state, person);
    affiliatedWith(state, person);
    appointedAs(state, person);
    organizationsPerson(state, person);
  }
  whoClauses(state);
  pronounParties(state);
  describedHolders(state);
  listedAfterRole(state);
  pairedAfterRole(state);
  amongNationals(state);
  coordinatedCountry(state);
  unnamedOfficeCountry(state);
  articleCountry(state);
  articleRegion(state);
  articleTown(state);
  speakersOfParliament(state);
  // An author's role is only worth a link when the article names its publication.
  if (state.publication) for (const author of state.authors) {
    push(state, { person: author, role: lex.authorRole, org: state.publication, country: null, government: false, impliedOrgs: [], sentence: author.sentence, rule: '70-roles/author' }, author.start);
  }
}
