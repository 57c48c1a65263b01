// Candidates for the learned countries pass: for each person of an article whom no rule ties to a country, the
// countries the article names (by name, capital or nationality word) and "none", each described by how the article
// names that country (how often, in the headline, the lead or the dateline, how near the person) and by the person's
// role words ("president", "minister"). Features are never names, so the model carries to countries and people it has
// not seen: "President X" in a story about Kenya is Kenya's, "Haiti Prime Minister Y" beside him is not.
import type { Mention } from '../types.js';
import type { ExtractState, RoleDraft } from '../state.js';
import { tokenRange } from '../state.js';
import { lexicons } from '../lexicon.js';
import { bucket, keyOf, KINDS } from '../learned-context/words.js';
import { fullNames } from '../roles-learned/features.js';
import { withoutModifiers } from '../70-roles-context.js';
import { adjectiveCountry, articleDatelineCountry, homeCountries, isLanguageAt, regionAdjectiveAt, titleCountries } from '../70-roles-places.js';

export interface CountryCandidate {
  /** The person's fullest name in the article, lower case: one group of candidates per person. */
  personKey: string;
  /** The person's mention the role stands at: the first with a role, else the person's first mention. */
  person: Mention;
  /** The country's name (null for the candidate of no country). */
  country: string | null;
  /** The person's role words as the article gives them, if any. */
  role: string | null;
  /** A country the rules ruled out for this person (the story's country, for a visitor): ranked, never taken. */
  barred: boolean;
  /** The person's office the rules left without a country, which takes the chosen one; null when there is none. */
  draft: RoleDraft | null;
  features: string[];
}

interface Named { name: string; count: number; first: number; sentences: number[]; tokens: number[]; byWord: boolean }

/** Every country the article names, with where: place mentions by name or capital, nationality words ("Kenyan"). */
function namedCountries(state: ExtractState): Map<string, Named> {
  const lex = lexicons();
  const out = new Map<string, Named>();
  const add = (name: string, sentence: number, token: number, byWord: boolean): void => {
    let n = out.get(name);
    if (!n) out.set(name, (n = { name, count: 0, first: sentence, sentences: [], tokens: [], byWord: true }));
    // Mentions come in no text order, and nationality words after them: the first sentence is the least.
    n.first = Math.min(n.first, sentence);
    n.count++;
    n.sentences.push(sentence);
    n.tokens.push(token);
    n.byWord &&= byWord;
  };
  for (const m of state.mentions) {
    if (m.type !== 'Place') continue;
    const name = m.canonical ?? m.text;
    const country = lex.countries.has(name) ? name : lex.capitalOf.get(name)?.name;
    if (country) add(country, m.sentence, tokenRange(state, m.start, m.end)[0], false);
  }
  for (let k = 0; k < state.tokens.length; k++) {
    const t = state.tokens[k]!;
    if (!t.cap || state.owner[k]?.type === 'Place' || isLanguageAt(state, k) || regionAdjectiveAt(state, k)) continue;
    const c = adjectiveCountry(state, t.text);
    if (c && c.name !== t.text) add(c.name, t.sentence, k, true);
  }
  return out;
}

/** Words that close a role's own words: "envoy to Yemen", "commander of the Houthis". */
const AFTER_ROLE = new Set(['of', 'for', 'to', 'in', 'at', 'from', 'on', 'with', 'over', 'and']);

/** Every word of the titles the lexicon knows ("foreign", "minister"), lower case. */
let titleWords: Set<string> | null = null;

/**
 * A role's own words, lower case, with no name in them: "Saudi Foreign Minister" → "NAME foreign minister", "envoy to
 * Yemen" → "envoy", "Hezbollah commander" → "NAME commander". A capitalized word no title has stands for a name.
 */
export function roleWords(role: string): string[] {
  const lex = lexicons();
  titleWords ??= new Set([...lex.titles.keys(), ...lex.titlesLower.keys(), ...lex.titlesCapitalized.keys()].flatMap((k) => k.toLowerCase().split(/\s+/)));
  const out: string[] = [];
  for (const raw of role.split(/\s+/)) {
    // "Minister's", "(IDF)": the word without its possessive and punctuation.
    const w = raw.replace(/['’]s$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (!w) continue;
    const lower = w.toLowerCase();
    if (AFTER_ROLE.has(lower)) break;
    // A word with a capital no title has is a name ("al-Qaeda", "Hezbollah").
    out.push(/\p{Lu}/u.test(w) && !titleWords.has(lower) ? 'NAME' : lower);
  }
  const kept = withoutModifiers(out.join(' ')).split(' ').filter(Boolean);
  return kept.length ? kept : ['none'];
}

/** Country words of the lexicon (names, aliases, adjectives) as one pattern, longest first. */
let countryWords: { re: RegExp; of: Map<string, string> } | null = null;

/**
 * The country a role names by its longest country word ("South Sudan's envoy" is South Sudan's, not Sudan's; "Saudi
 * Foreign Minister" Saudi Arabia's); a word inside a compound ("Iran-backed", "pro-Iranian") names none.
 */
export function countryInRole(role: string): string | null {
  if (!countryWords) {
    const of = new Map<string, string>();
    for (const c of lexicons().countries.values()) for (const w of [c.name, ...c.adjectives, ...c.aliases]) if (!of.has(w)) of.set(w, c.name);
    const words = [...of.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    countryWords = { re: new RegExp(`(?<![\\p{L}-])(?:${words.join('|')})(?![\\p{L}-])`, 'gu'), of };
  }
  let found: string | null = null;
  for (const m of role.matchAll(countryWords.re)) if (!found || m[0].length > found.length) found = m[0];
  return found ? countryWords.of.get(found)! : null;
}

/** The role's head word ("minister" of "Defence Minister"), with no name in it. */
export const headWord = (role: string): string => roleWords(role).pop()!;

/** The candidates of every person the rules left without a country, grouped by person in text order. */
export function countryCandidates(state: ExtractState): CountryCandidate[] {
  const lex = lexicons();
  const countries = namedCountries(state);
  if (countries.size === 0) return [];
  const names = fullNames(state);
  const authors = new Set(state.authors);
  const people = new Map<string, Mention[]>();
  for (const m of state.mentions) {
    if (m.type !== 'Person' || authors.has(m) || m.rule.startsWith('20-boilerplate')) continue;
    const key = names.get(m)!;
    const list = people.get(key);
    if (list) list.push(m);
    else people.set(key, [m]);
  }
  // Mentions come in no text order: each person's, and the people, by their first mention.
  for (const list of people.values()) list.sort((a, b) => a.start - b.start);
  const ordered = [...people].sort((a, b) => a[1][0]!.start - b[1][0]!.start);
  const placed = new Set<string>();
  const rolesOf = new Map<string, { role: string; org: boolean; bare: boolean; government: boolean; declined: string | null; at: Mention; draft: RoleDraft }[]>();
  // Who already holds which office of which country: a second "president" of Kenya is unlikely.
  const taken = new Set<string>();
  // The sentences where someone the rules tie to a country holds its office: "X and his Norwegian counterpart Y".
  const heldIn = new Set<string>();
  for (const r of state.roles) {
    const key = names.get(r.person) ?? keyOf(r.person);
    const orgCountry = r.org?.type === 'Place' ? lex.countries.has(r.org.canonical ?? r.org.text) ? r.org.canonical ?? r.org.text : null : null;
    const country = r.country ?? orgCountry;
    if (country) { placed.add(key); taken.add(`${country}|${headWord(r.role)}`); heldIn.add(`${r.sentence}|${country}`); continue; }
    const list = rolesOf.get(key) ?? rolesOf.set(key, []).get(key)!;
    list.push({ role: r.role, org: !!r.org, bare: !r.org, government: r.government, declined: r.bareOffice ? r.declined ?? 'unseen' : null, at: r.person, draft: r });
  }
  const title = titleCountries(state.input.title ?? '');
  const home = homeCountries(state);
  const dateline = articleDatelineCountry(state);
  let lead = 0;
  while (state.headline.has(lead)) lead++;
  const ranked = [...countries.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const rank = new Map(ranked.map((c, i) => [c.name, i + 1]));
  // A country named in one sentence only, and not in the headline, is no story's country: "President X said Turkey
  // would reply" tells nothing of X's.
  const candidatesOf = ranked.filter((c) => new Set(c.sentences).size >= 2 || title.has(c.name));
  if (candidatesOf.length === 0) return [];
  const nc = bucket(candidatesOf.length, [1, 2, 3, 5]);
  const out: CountryCandidate[] = [];
  for (const [key, mentions] of ordered) {
    if (placed.has(key)) continue;
    const roles = rolesOf.get(key) ?? [];
    const bareRole = roles.find((r) => r.bare && r.role && r.role !== 'affiliated');
    const role = bareRole ?? roles.find((r) => r.role && r.role !== 'affiliated') ?? null;
    const at = role?.at ?? mentions[0]!;
    const head = role ? headWord(role.role) : 'none';
    const kind = bareRole ? 'bare' : roles.some((r) => r.org) ? 'org' : 'none';
    const pn = bucket(mentions.length, [1, 2, 4]);
    const sentences = mentions.map((m) => m.sentence);
    const starts = mentions.map((m) => tokenRange(state, m.start, m.end)[0]);
    // "prime minister", "foreign minister": the head with the word before it.
    const head2 = role ? roleWords(role.role).slice(-2).join(' ') : 'none';
    const base = [`role:${head}`, `kind:${kind}`];
    const gov = roles.some((r) => r.government);
    // Why the story-country rule declined the person's bare office, if it did: a visitor, another country's office.
    const declined = [...new Set(roles.map((r) => r.declined).filter((x): x is string => x !== null))].sort();
    const why = declined.length ? declined.join('+') : 'none';
    // A visitor, or an office that is another's (another country's, a town's, a region's): never the story country's,
    // whatever the model says (it is ranked, so that the shares stay as learned, but never taken).
    const notHome = declined.includes('visitor') || declined.includes('other-office') ? home.leading : null;
    out.push({ personKey: key, person: at, country: null, role: role?.role ?? null, barred: false, draft: role?.draft ?? null,
      features: ['none', `none&declined:${why}`, `none&declined:${why}&n:${nc}`, `none&role:${head}`, `none&role2:${head2}`, `none&gov:${gov}`, `none&kind:${kind}`, `none&n:${nc}`, `none&pn:${pn}`, `none&lead:${sentences[0]! <= lead + 1}`] });
    for (const c of candidatesOf) {
      const r = bucket(rank.get(c.name)!, [1, 2, 3]);
      let dist = Infinity;
      for (const s of sentences) for (const t of c.sentences) dist = Math.min(dist, Math.abs(s - t));
      // The country (or its people's word) just before one of the person's names: "Kenyan President X".
      let near = false;
      let otherNear = false;
      for (const p of starts) {
        for (const t of c.tokens) if (t < p && p - t <= 4 && state.tokens[t]!.sentence === state.tokens[p]!.sentence) near = true;
        for (const o of ranked) if (o !== c) for (const t of o.tokens) if (t < p && p - t <= 4 && state.tokens[t]!.sentence === state.tokens[p]!.sentence) otherNear = true;
      }
      // The closest naming of the country in one of the person's sentences: how far, on which side, after what word.
      let close = Infinity;
      let side = 'none';
      let word = '^';
      for (const p of starts) {
        for (const t of c.tokens) {
          if (state.tokens[t]!.sentence !== state.tokens[p]!.sentence || Math.abs(t - p) >= close) continue;
          close = Math.abs(t - p);
          side = t < p ? 'before' : 'after';
          // The word before, a name as its kind ("PER", "ORG"): "in", "to", "of", never a name.
          const owner = state.owner[t - 1];
          word = state.tokens[t - 1]?.sentence !== state.tokens[t]!.sentence ? '^' : owner ? KINDS[owner.type] ?? owner.type : state.tokens[t - 1]!.lower;
        }
      }
      const d = bucket(dist, [0, 1, 2, 4]);
      const f = [
        `rank:${r}`, `cnt:${bucket(c.count, [1, 2, 3, 5, 8])}`, `dist:${d}`, `n:${nc}`,
        `lead:${c.first <= lead + 1}`, `title:${title.has(c.name)}`, `dateline:${dateline === c.name}`,
        `home:${home.clear === c.name ? 'clear' : home.leading === c.name ? 'leading' : 'no'}`,
        `near:${near}`, `othernear:${otherNear}`, `byword:${c.byWord}`, `taken:${taken.has(`${c.name}|${head}`)}`,
        `first:${c.first <= sentences[0]!}`,
      ];
      // How many of the person's sentences name the country.
      const together = new Set(sentences.filter((x) => c.sentences.includes(x))).size;
      const kin = sentences.some((x) => heldIn.has(`${x}|${c.name}`));
      if (side !== 'none') f.push(`close:${side}:${bucket(close, [1, 2, 4, 8, 16])}`, `closeword:${side}:${word}`);
      f.push(`declined:${why}&home:${home.leading === c.name}`, `declined:${why}&rank:${r}`);
      f.push(`kin:${kin}`, `kin:${kin}&rank:${r}`);
      // The role names the country itself, or its people's word: "envoy to Yemen", "Saudi Foreign Minister".
      const inRole = !!role && countryInRole(role.role) === c.name;
      f.push(`inrole:${inRole}`);
      f.push(`co:${bucket(together, [0, 1, 2])}`, `dist:${d}&rank:${r}`, `near:${near}&rank:${r}`, `gov:${gov}`);
      const crossed = f.flatMap((x) => base.map((b) => `${b}&${x}`));
      for (const x of [`rank:${r}`, `dist:${d}`, `near:${near}`, `co:${bucket(together, [0, 1, 2])}`]) crossed.push(`role2:${head2}&${x}`);
      out.push({ personKey: key, person: at, country: c.name, role: role?.role ?? null, barred: c.name === notHome, draft: role?.draft ?? null, features: [...base.map((b) => `${b}&c`), ...f, ...crossed] });
    }
  }
  return out;
}
