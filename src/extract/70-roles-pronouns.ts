// Pass 70: a party named after "his" or "her" ("Abe said the coalition of his Liberal Democratic Party …", "Necas's
// departure leaves … as his center-right Civic Democratic Party seeks …"): the person the pronoun stands for is a member.
import { lexicons } from './lexicon.js';
import { endIndex, push, tokenIndex } from './70-roles-context.js';
import { isPartyWord } from './70-roles-clauses.js';
import { positionsOf, type ExtractState } from './state.js';
import type { Mention } from './types.js';

/** Verbs that end a membership right before the pronoun: "quit his", "expelled from his". */
const ENDED = /\b(?:quit|quits|quitting|left|leaves|leaving|leave|expelled|expulsion|ousted|defected|defecting|betrayed|betraying|betray|abandoned|abandoning|resigned|resigning)\b(?:\s+(?:from|of))?\s*$/i;

/** Nouns for other people a party may qualify: "his Labour opponent". */
const OTHERS = new Set(['opponent', 'opponents', 'rival', 'rivals', 'challenger', 'counterpart', 'colleague', 'colleagues', 'successor', 'predecessor', 'candidate', 'ally', 'allies']);

/** Words between the pronoun and the party that say the party is someone else's or another thing. */
const NOT_OWN = new Set(['former', 'rival', 'allied', 'ally', 'old', 'new', 'partner', 'opponents', 'opponent', 'the', 'a', 'an', 'of', 'to', 'in', 'with', 'against']);

export function pronounParties(state: ExtractState): void {
  const tokens = state.tokens;
  const lex = lexicons();
  const people = state.mentions.filter((m) => m.type === 'Person').sort((a, b) => a.start - b.start);
  if (people.length === 0) return;
  for (const i of positionsOf(state, ['his', 'her'])) {
    const t = tokens[i]!;
    if (t.lower !== 'his' && t.lower !== 'her') continue;
    // Up to three lower-case words of leaning or kind ("his center-right", "her own"), then the party's name.
    let k = i + 1;
    while (k < i + 4 && tokens[k]?.word && !tokens[k]!.cap && !state.owner[k] && tokens[k]!.sentence === t.sentence && !NOT_OWN.has(tokens[k]!.lower)) k++;
    const org = state.owner[k];
    if (org?.type !== 'Organization' || org.start !== tokens[k]!.start || tokens[k]!.sentence !== t.sentence) continue;
    const words = (org.canonical ?? org.text).toLowerCase().split(' ');
    const after = tokens[endIndex(state, org)];
    const party = isPartyWord(words[words.length - 1]!) || words[0] === 'party' || (!!after && after.sentence === t.sentence && !after.cap && isPartyWord(after.lower));
    // "Erdogan's Justice and Development Party": a name that holds its own possessor is that person's.
    // (Not "his ruling Mongolian People's Party": a common word's possessive is part of the name.)
    const possessor = /([\p{L}-]+)[’']s\b/u.exec(org.canonical ?? org.text)?.[1];
    if (!party || (possessor && !lex.isCommonWord(possessor.toLowerCase()))) continue;
    // "his Democratic Progressive Party (DPP) opponent": a person's noun after the name is whose party it is.
    let next = endIndex(state, org);
    if (tokens[next]?.text === '(' && tokens[next + 2]?.text === ')') next += 3;
    const noun = tokens[next];
    if (noun?.word && !noun.cap && noun.sentence === t.sentence && (lex.roleNouns.has(noun.lower) || OTHERS.has(noun.lower))) continue;
    // "quit his party", "was expelled from his party": a membership that ends is no membership.
    if (ENDED.test(state.text.slice(Math.max(0, t.start - 24), t.start))) continue;
    // "Ivo Horvat and his Harbor Labour Party": the person joined by "and" to the pronoun's phrase.
    const joined = tokens[i - 1]?.lower === 'and' ? state.owner[i - 2] : undefined;
    const person = joined?.type === 'Person' ? joined : antecedent(state, people, i);
    if (!person || lex.titles.has(person.text)) continue;
    push(state, { person, role: 'member', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/pronoun-party' }, person.start);
  }
}

/**
 * The person "his" at token `at` stands for: the only one named before it in its sentence, else the one that opens the
 * sentence before; none when either names two people or more.
 */
function antecedent(state: ExtractState, people: Mention[], at: number): Mention | undefined {
  const sentence = state.tokens[at]!.sentence;
  const start = state.tokens[at]!.start;
  // The one person named before the pronoun; with two ("X accused Y of betraying his party") the text does not say
  // which without a gender, and no guess is made.
  const before = people.filter((m) => m.sentence === sentence && m.end <= start);
  const named = new Set(before.map((m) => (m.canonical ?? m.text).split(' ').pop()));
  if (before.length > 0) return named.size === 1 ? before[0] : undefined;
  const previous = people.filter((m) => m.sentence === sentence - 1);
  const names = new Set(previous.map((m) => (m.canonical ?? m.text).split(' ').pop()));
  const first = previous[0];
  if (!first || names.size > 1) return undefined;
  // "Abe dissolved the chamber …": only a person who opens the sentence is its subject.
  return state.tokens[tokenIndex(state, first.start)]?.first ? first : undefined;
}
