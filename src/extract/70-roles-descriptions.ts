// Pass 70: a nationality's office named by a definite description with no name after it ("a meeting with Haider Abadi
// in which the Iraqi prime minister promised …"): the office of the one person the text has just named.
import { lexicons } from './lexicon.js';
import { matchTitle } from './30-titles.js';
import { GENERIC_TITLE, push } from './70-roles-context.js';
import { adjectiveCountry, homeCountries } from './70-roles-places.js';
import { positionsOf, type ExtractState } from './state.js';
import type { Mention } from './types.js';

/** Words after which a clause, and its subject, begins. */
const CLAUSE_OPENERS = new Set([',', ';', 'which', 'where', 'when', 'while', 'as', 'and', 'but', 'that', 'after', 'before', 'because', 'since', 'though', 'although', 'if']);
/** Words that may follow a subject: auxiliaries and adverbs; other verbs are told by their endings ("promised", "says"). */
const AUXILIARIES = new Set(['has', 'had', 'is', 'was', 'will', 'would', 'can', 'could', 'did', 'does', 'may', 'might', 'must', 'should', 'also', 'then', 'later', 'himself', 'herself', 'told', 'met', 'made', 'took', 'gave', 'spoke', 'went', 'came', 'left', 'held', 'sent', 'won', 'lost']);
const VERB_AFTER = /^[a-z]+(?:ed|[^s]s)$/;

/** "… welcomed him", "… told her": an object pronoun in the clause after the description, up to its end. */
function objectPronounAfter(state: ExtractState, from: number): boolean {
  const tokens = state.tokens;
  for (let k = from; k < from + 12 && tokens[k] && tokens[k]!.sentence === tokens[from - 1]!.sentence; k++) {
    if (/^(?:him|her|them)$/.test(tokens[k]!.lower)) return true;
    if (/^[,;]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** The people named from the start of the sentence before token `k`'s up to `k`, one entry per person (not in a headline
 * or a photo credit: "(AP Photo/Dolores Ochoa)"). */
function peopleJustBefore(state: ExtractState, k: number): Map<string, Mention> {
  const at = state.tokens[k]!;
  const found = new Map<string, Mention>();
  for (const m of state.mentions) {
    if (m.type !== 'Person' || m.end > at.start || m.sentence < at.sentence - 1 || state.headline.has(m.sentence) || state.text[m.start - 1] === '/') continue;
    // "Abadi" after "Haider al-Abadi": the last word of a name the article gave in full is that person.
    const name = m.canonical ?? m.text;
    const same = [...found.keys()].find((n) => n.endsWith(` ${name}`) || name.endsWith(` ${n}`));
    if (!same) found.set(name, m);
  }
  return found;
}

/**
 * "the Iraqi prime minister", "the former Israeli prime minister": "the", modifiers, a country's adjective and a state
 * office that no name follows, spoken of the one person named in its sentence or the sentence before.
 */
export function describedHolders(state: ExtractState): void {
  const tokens = state.tokens;
  const lex = lexicons();
  for (const k of positionsOf(state, ['the', 'The'])) {
    if (state.headline.has(tokens[k]!.sentence)) continue;
    let j = k + 1;
    const modifiers: string[] = [];
    while (tokens[j]?.word && !tokens[j]!.cap && lex.titleModifiers.has(tokens[j]!.lower)) modifiers.push(tokens[j++]!.lower);
    const adjective = tokens[j];
    if (!adjective?.cap || adjective.sentence !== tokens[k]!.sentence || state.owner[j]) continue;
    const country = adjectiveCountry(state, adjective.text);
    // "the Iraqi" (a people's word) and "Iraq" itself: only an adjective that is not the country's own name.
    if (!country || country.name === adjective.text) continue;
    const title = tokens[j + 1] ? matchTitle(state, j + 1) : null;
    if (!title || !title.entry.state || tokens[title.to - 1]!.sentence !== adjective.sentence) continue;
    // "the Iraqi prime minister Haider al-Abadi": a name after it is the title's own holder (the title rules read it).
    const next = tokens[title.to];
    if (next && next.sentence === adjective.sentence && (next.cap || state.owner[title.to]?.type === 'Person')) continue;
    // The subject of its clause ("… in which the Iraqi prime minister promised", "The Iraqi prime minister said"), not
    // an object ("a spokesman for the Iraqi prime minister", "told the Chinese minister") nor part of a noun ("the
    // Dutch general election").
    // (Not after a speech verb: "X said the Kenyan president would travel" reports someone else.)
    const before = tokens[k - 1];
    if (before && before.sentence === tokens[k]!.sentence && !CLAUSE_OPENERS.has(before.lower)) continue;
    if (!next || next.sentence !== adjective.sentence || !(next.possessive || next.text === ',' || VERB_AFTER.test(next.lower) || AUXILIARIES.has(next.lower) || lex.speechVerbs.has(next.text))) continue;
    const people = peopleJustBefore(state, k);
    if (people.size !== 1) continue;
    const [person] = [...people.values()];
    // "X arrived in Tokyo, and the Japanese prime minister welcomed him": the clause speaks of the person as another.
    if (objectPronounAfter(state, title.to)) continue;
    // A person the article already placed elsewhere (another country's office, a body's post: "Psaki said the Iraqi
    // prime minister …") is not the one described; one with an office of no country only where the story is that
    // country's ("Modi … the Bhutanese prime minister" in a story about India is Modi's counterpart).
    const name = person!.canonical ?? person!.text;
    const own = state.roles.filter((r) => { const n = r.person.canonical ?? r.person.text; return n === name || n.endsWith(` ${name}`) || name.endsWith(` ${n}`); });
    if (own.some((r) => (r.org || r.country) && r.country !== country.name)) continue;
    const role = [...modifiers, state.text.slice(tokens[j + 1]!.start, tokens[title.to - 1]!.end)].join(' ');
    const bare = own.filter((r) => !r.org && !r.country);
    // A person the text gave no office at all is described in the clause that names them only ("a meeting with X in
    // which the Iraqi prime minister promised"), not in the next sentence ("X, 45, died in the blast. The Kenyan
    // president condemned the attack."), nor beside "and"/"but" ("X won the race, and the Kenyan president …").
    if (own.length === 0 && (person!.sentence !== tokens[k]!.sentence || /^(?:and|but)$/.test(before?.lower ?? ''))) continue;
    if (bare.length > 0) {
      if (homeCountries(state).leading !== country.name) continue;
      // "… to the Prime Minister Sheikh X. The Kuwaiti Defence Minister was quoted": another office is another person.
      // The same office is one whose words are all in the other's ("the Venezuelan minister" of "Interior Minister X");
      // a generic word ("the Indonesian leader") may be said of any.
      const words = (text: string): string[] => text.toLowerCase().split(/[\s-]+/).filter((w) => !lex.titleModifiers.has(w));
      const within = (a: string[], b: string[]): boolean => a.every((w) => b.includes(w));
      const office = words(title.entry.t);
      const same = GENERIC_TITLE.test(title.entry.t) ? bare : bare.filter((r) => within(office, words(r.role)) || within(words(r.role), office));
      if (same.length === 0) continue;
      // "Prime Minister X … the Iraqi prime minister": the office already recorded is the country's.
      for (const r of same) {
        r.country = country.name;
        r.rule = `${r.rule}+described-holder`;
      }
      continue;
    }
    push(state, { person: person!, role, org: null, country: country.name, government: title.entry.government ?? false, impliedOrgs: [], sentence: tokens[k]!.sentence, rule: '70-roles/described-holder' }, tokens[k]!.start);
  }
}
