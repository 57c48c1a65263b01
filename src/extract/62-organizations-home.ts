// Pass 62: "those who invaded Parliament" in a story about Kenya: a capitalized institution standing alone is the
// story country's own ("Kenyan Parliament"), keyed like "Kenya's parliament" so both are one organization. It runs
// after the places pass, which tells what country the story is about; with no clear country nothing is added.
import { lexicons } from './lexicon.js';
import { institutionKey, institutionName } from './50-organizations.js';
import { homeCountries } from './70-roles-places.js';
import { addMention, isFree, positionsOf, tokenRange, type ExtractState } from './state.js';

export function findHomeInstitutions(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let home: string | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !lex.homeInstitutions.has(t.text) || !isFree(state, i, i + 1) || state.headline.has(t.sentence)) continue;
    // "the European Parliament", "Parliament of Moldova", "Parliament Speaker": part of another name or title.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.sentence === t.sentence && before.cap && before.word) continue;
    if (after?.sentence === t.sentence && ((after.cap && after.word) || after.text === 'of')) continue;
    home ??= homeCountries(state).clear;
    if (!home) return;
    const country = lex.countries.get(home);
    if (!country) return;
    // "Meanwhile in Montenegro, Parliament approved …": a sentence that names another country speaks of its parliament.
    if (state.mentions.some((m) => m.type === 'Place' && m.sentence === t.sentence && lex.countries.has(m.canonical ?? m.text) && (m.canonical ?? m.text) !== home)) continue;
    const adjective = country.adjectives[0] ?? home;
    const institution = t.text.toLowerCase();
    addMention(state, 'Organization', i, i + 1, '62-organizations-home/story-country', institutionKey(home, institution, institutionName(adjective, institution, t.text)));
  }
  homeArmy(state);
  homeMinistries(state);
  homeBodies(state);
}

/** Words that may follow a body acting in its clause, besides a verb in the past ("fired") or a speech verb: an
 * auxiliary, a preposition, a conjunction or a relative pronoun (not a noun it modifies: "police vehicles"). */
const ACTING_NEXT = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'also', 'later', 'then',
  'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'after', 'before', 'during', 'over', 'against', 'and', 'or', 'but', 'that', 'which', 'who', 'as', 'since', 'until']);

const cueCache = new WeakMap<object, Map<string, RegExp>>();

/** One regex per lower-case home institution, matching any of its people's words as whole words, built once a lexicon. */
function cueTests(): Map<string, RegExp> {
  const lex = lexicons();
  let cues = cueCache.get(lex);
  if (!cues) {
    cues = new Map([...lex.homeLowerInstitutions].map(([name, words]) => [name, new RegExp(`(?<!\\p{L})(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`, 'iu')]));
    cueCache.set(lex, cues);
  }
  return cues;
}

/**
 * "Police fired teargas at the protesters", "a struggle between the ruling establishment and parliament" in a story about
 * one country that names one of the institution's people ("MP X", "police spokesman X"): a lower-case institution
 * standing alone, acting or ending its clause, is the story country's ("Kuwaiti police"); not "police vehicles" or
 * "government forces" (a noun's modifier), not where the sentence or the one before names another country.
 */
function homeBodies(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let home: string | null | undefined;
  // The institutions one of whose people the article names, by whole words ("MP", "police spokesman").
  const peopled = new Set([...cueTests()].filter(([, cue]) => cue.test(state.text)).map(([name]) => name));
  if (peopled.size === 0) return;
  const firsts = [...peopled].map((w) => w.split(' ')[0]!);
  for (const i of positionsOf(state, [...firsts, ...firsts.map((w) => w[0]!.toUpperCase() + w.slice(1))])) {
    const t = tokens[i]!;
    if (state.headline.has(t.sentence) || (t.cap && !t.first)) continue;
    const two = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
    const institution = peopled.has(two) && tokens[i + 1]!.sentence === t.sentence ? two : peopled.has(t.lower) ? t.lower : null;
    if (!institution) continue;
    const to = i + institution.split(' ').length;
    // "the member of parliament for Bradford West", "speaker of parliament": the words of a role, not the body acting.
    if (!isFree(state, i, to) || state.inTitle[i] || (tokens[i - 1]?.lower === 'of' && lex.roleNouns.has(tokens[i - 2]?.lower ?? ''))) continue;
    // "Kuwaiti police", "the Philippine army", "Kuwait's parliament": a word of its own names the country or the body.
    const before = tokens[i - 1];
    // ("Riot police surrounded": a common word that opens the sentence is no name.)
    const opener = !!before && before.first && lex.isCommonWord(before.lower) && !lex.countryOf.has(before.text) && !lex.adjectiveOf.has(before.text);
    if (before && before.sentence === t.sentence && (before.cap || before.possessive || /^['’]s$/u.test(before.text)) && !t.first && !opener) continue;
    // Acting or ending its clause: "police fired", "the army said", "police's", "… and parliament."; not "police
    // vehicles", "the army of Sudan", "government forces".
    const after = tokens[to];
    const acts = !after || after.sentence !== t.sentence || !after.word || tokens[to - 1]!.possessive || ACTING_NEXT.has(after.lower) || lex.speechVerbs.has(after.lower)
      || (/\p{Ll}{2,}ed$/u.test(after.text) && after.text === after.lower);
    if (!acts) continue;
    home ??= homeCountries(state).clear;
    if (!home) return;
    const country = lex.countries.get(home);
    if (!country) return;
    if (elsewhere(state, t.sentence, home)) continue;
    addMention(state, 'Organization', i, to, '62-organizations-home/story-country-body', institutionKey(home, institution, institutionName(country.adjectives[0] ?? home, institution, institution)));
  }
}

/** A place (or a nationality) of a country other than `home` named in sentence `s` or the one before. */
function elsewhere(state: ExtractState, s: number, home: string): boolean {
  const lex = lexicons();
  const countryOf = (name: string): string | undefined => (lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name ?? lex.places.get(name)?.country);
  if (state.mentions.some((m) => m.type === 'Place' && (m.sentence === s || m.sentence === s - 1) && (countryOf(m.canonical ?? m.text) ?? home) !== home)) return true;
  for (const n of [s - 1, s]) {
    const range = state.sentences[n];
    if (!range) continue;
    const [from, to] = tokenRange(state, range.start, range.end);
    for (let k = from; k < to; k++) {
      const t = state.tokens[k]!;
      if (t.cap && !state.owner[k] && (lex.adjectiveOf.get(t.text)?.name ?? home) !== home) return true;
    }
  }
  return false;
}

/**
 * "The health ministry said 50 people were hospitalised", "Interior ministry spokesman X" in a story about Tunisia: a
 * country's institution in lower case, with no country of its own, is the story country's ("Tunisian health ministry").
 */
function homeMinistries(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let home: string | null | undefined;
  for (const i of positionsOf(state, ['ministry'])) {
    const t = tokens[i]!;
    if (t.text !== 'ministry' || state.headline.has(t.sentence)) continue;
    // The institution's words before "ministry": "health", "foreign affairs".
    let from = -1;
    for (let k = i - 1; k >= i - 2 && k >= 0 && tokens[k]!.sentence === t.sentence && tokens[k]!.word; k--) {
      if (lex.institutions.has(`${tokens.slice(k, i).map((w) => w.lower).join(' ')} ministry`)) from = k;
    }
    if (from < 0 || !isFree(state, from, i + 1)) continue;
    // After "the", or opening the sentence ("Interior ministry spokesman X said"); not "Iraq's health ministry" (the
    // country pass's) nor "the ministry of health of Tunisia".
    const before = tokens[from - 1];
    if (!(tokens[from]!.first || (before?.lower === 'the' && before.sentence === t.sentence))) continue;
    // "the ministry of health of Tunisia", "The health ministry in Hamas-run Gaza": a place of its own after it.
    if (/^(?:of|in)$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]!.sentence === t.sentence) continue;
    home ??= homeCountries(state).clear;
    if (!home) return;
    const country = lex.countries.get(home);
    if (!country) return;
    // A place of another country in its sentence or the one before ("a spokesman for the Iranian foreign ministry …
    // The foreign ministry later summoned the envoy") may be the ministry's.
    if (elsewhere(state, t.sentence, home)) continue;
    const written = tokens.slice(from, i + 1).map((w) => w.lower).join(' ');
    const institution = lex.institutions.get(written)!;
    addMention(state, 'Organization', from, i + 1, '62-organizations-home/story-country-ministry', institutionKey(home, institution, institutionName(country.adjectives[0] ?? home, institution, institution)));
  }
}

/**
 * The one country named in token `at`'s sentence (by name, capital or nationality), else in the sentence before; null
 * when the sentence names two ("Israeli jets struck southern Lebanon, and the army said …" names the army of neither).
 */
function countryBefore(state: ExtractState, at: number): string | null {
  const lex = lexicons();
  const tokens = state.tokens;
  const sentence = tokens[at]!.sentence;
  for (const s of [sentence, sentence - 1]) {
    const range = state.sentences[s];
    if (!range) continue;
    const found = new Set<string>();
    const [from, to] = tokenRange(state, range.start, range.end);
    for (let k = from; k < to; k++) {
      if (tokens[k]!.sentence !== s) continue;
      const m = state.owner[k];
      const name = m?.type === 'Place' ? m.canonical ?? m.text : null;
      const country = name ? (lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name) : m?.type !== 'Person' && tokens[k]!.cap ? lex.countryOf.get(tokens[k]!.text)?.name : undefined;
      if (country) found.add(country);
    }
    if (found.size > 0) return found.size === 1 ? [...found][0]! : null;
  }
  return null;
}

/**
 * "The Lebanese government asked the national army …": a bare army is that of the country named just before it, when
 * the lexicon knows that army by its own name (the Lebanese Armed Forces).
 */
function homeArmy(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const i of positionsOf(state, ['army', 'armed'])) {
    const t = tokens[i]!;
    if (i < 1 || (t.text === 'armed' && tokens[i + 1]?.text !== 'forces')) continue;
    const from = tokens[i - 1]!.text === 'national' ? i - 1 : i;
    const to = t.text === 'army' ? i + 1 : i + 2;
    if (tokens[from - 1]?.text !== 'the' || !isFree(state, from, to) || state.headline.has(t.sentence)) continue;
    // "the army’s Fourth Division": a possessor before one of its units names the unit, not the army.
    if (tokens[to - 1]!.possessive || tokens[to]?.possessive) continue;
    // "the army of Sudan": a complement names the army's country itself.
    if (tokens[to]?.text === 'of' && tokens[to]!.sentence === t.sentence) continue;
    const country = countryBefore(state, from - 1);
    const army = country ? lex.nationalArmies.get(country) : undefined;
    if (army) addMention(state, 'Organization', from, to, '62-organizations-home/country-army', { key: `org:${army}`, canonical: army });
  }
}
