// Pass 50, after the known bodies: a body's name coordinated with a body the text already names, before a plural noun
// they share: "the Fatah and Hamas delegations", "Hezbollah and Amal supporters". Both conjuncts modify the noun, so
// the unknown one is a body of the same kind; a place, a people, a person's word or a common word is not.
import { lexicons } from './lexicon.js';
import { addMention, isFree, personWords, type ExtractState, type Token } from './state.js';
import { nameKey } from './org-keys.js';
import { PEOPLE_WORD } from './chars.js';

/** Plural nouns two bodies share: "delegations", "movements", "supporters" (the member nouns, lower case, too). */
const SHARED_NOUNS = new Set(['delegations', 'movements', 'groups', 'factions', 'parties', 'militias', 'leaders', 'officials', 'members', 'supporters', 'fighters', 'militants', 'representatives', 'negotiators', 'spokesmen', 'lawmakers']);


/** Words that make "groups" bodies: "armed groups", "militant groups", "opposition groups". */
const BODY_GROUP_WORDS = new Set(['armed', 'militant', 'rebel', 'opposition', 'political', 'jihadist', 'extremist', 'terrorist', 'paramilitary', 'insurgent', 'islamist', 'resistance', 'civil', 'human', 'rights', 'advocacy']);

/** Plural nouns of bodies after "and other": "Fatah and other allied militant factions". */
const OTHER_BODIES = new Set(['groups', 'factions', 'militias', 'movements', 'parties', 'organizations', 'organisations', 'unions', 'coalitions']);

export function coordinatedBodies(state: ExtractState): void {
  const tokens = state.tokens;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    // "Fatah and other allied militant factions": the name before "and other" is one of those bodies.
    if (tokens[k + 1]!.lower === 'other') otherOfKind(state, k);
    // "Fatah and Hamas delegations": the unknown word before "and", the known body after it.
    tryConjunct(state, k - 1, k + 1, 'after');
    // "Hezbollah and Amal supporters": the known body before "and", the unknown word after it.
    tryConjunct(state, k + 1, k - 1, 'before');
    listedWithBodies(state, k);
  }
}

/** Nouns of bodies that a list of their names follows: "a coalition of Podemos, PSOE and Ciudadanos". */
const LIST_NOUNS = new Set(['coalition', 'alliance', 'bloc', 'parties', 'groups', 'factions', 'militias', 'movements', 'organizations', 'organisations', 'unions']);

/**
 * "A coalition of Podemos, PSOE and Ciudadanos", "parties including Likud, Shas and Yesh Atid": in a list of three or
 * more names after a noun of bodies, one of them a body the text already names, a lone unknown word is a body too.
 */
function listedWithBodies(state: ExtractState, and: number): void {
  const tokens = state.tokens;
  const sentence = tokens[and]!.sentence;
  // Members: [from, to) token ranges, the last one after "and", the others before commas.
  const members: [number, number][] = [];
  const memberAt = (from: number): [number, number] | null => {
    const owner = state.owner[from];
    if (owner) {
      let to = from;
      while (state.owner[to] === owner) to++;
      return [from, to];
    }
    return tokens[from]?.cap && tokens[from]!.word && tokens[from]!.sentence === sentence ? [from, from + 1] : null;
  };
  const last = memberAt(and + 1);
  if (!last) return;
  members.push(last);
  let end = and;
  for (;;) {
    // The member before `end`: one free word, or a mention ending there.
    const owner = state.owner[end - 1];
    let from = end - 1;
    if (owner) while (from > 0 && state.owner[from - 1] === owner) from--;
    if (from < 0 || tokens[from]!.sentence !== sentence || (!owner && !(tokens[from]!.cap && tokens[from]!.word))) return;
    members.unshift([from, end]);
    if (tokens[from - 1]?.text !== ',') break;
    end = from - 1;
  }
  if (members.length < 3) return;
  const first = members[0]![0];
  // A noun of bodies just before the list ("a coalition of", "parties such as", "parties including").
  const lead = tokens.slice(Math.max(0, first - 4), first).filter((t) => t.sentence === sentence);
  if (!lead.some((t) => LIST_NOUNS.has(t.lower))) return;
  // "factions loyal to Hamas, Dahlan and Abbas", "groups backed by X, Y and Z": people may lead or back bodies too.
  if (lead.some((t) => /^(?:loyal|led|backed|allied|close|linked|aligned|affiliated|supported)$/.test(t.lower))) return;
  // "… Amal and Bassil's allies": a possessive ends the list of names.
  if (members.some(([a, b]) => tokens[b - 1]!.possessive || tokens[b]?.possessive || /^['’]/.test(tokens[b]?.text ?? ''))) return;
  const known = members.filter(([a]) => state.owner[a]?.type === 'Organization');
  // A place or a person among them makes it no list of bodies ("a coalition of Hamas, Gaza and …").
  const lex = lexicons();
  const placeOrPerson = ([a, b]: [number, number]): boolean => {
    const text = state.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    return state.owner[a] ? state.owner[a]!.type !== 'Organization' : lex.places.has(text) || lex.countryOf.has(text) || personWords(state).has(tokens[a]!.lower);
  };
  if (known.length === 0 || members.some(placeOrPerson)) return;
  for (const [a, b] of members) {
    if (state.owner[a] || b - a !== 1 || !isFree(state, a, b) || tokens[a]!.possessive || !bodyWord(state, tokens[a]!)) continue;
    addMention(state, 'Organization', a, b, '50-organizations/listed-with-bodies', { key: nameKey(tokens[a]!.text) });
  }
}

/**
 * A word that may be a body's name when its use says so: no person's word of the article, place, country, nationality,
 * title or common word, and no word of a people, a faith or a creed ("Druze and Hezbollah leaders", "Islamist and
 * Hamas officials").
 */
function bodyWord(state: ExtractState, t: Token): boolean {
  const lex = lexicons();
  return !(personWords(state).has(t.lower) || lex.notNames.has(t.text) || lex.places.has(t.text) || lex.countryOf.has(t.text) || lex.adjectiveOf.has(t.text)
    || lex.titles.has(t.text) || lex.isCommonWord(t.lower) || PEOPLE_WORD.test(t.text));
}

function tryConjunct(state: ExtractState, at: number, other: number, side: 'after' | 'before'): void {
  const tokens = state.tokens;
  const t = tokens[at];
  if (!t?.cap || !t.word || t.possessive || !isFree(state, at, at + 1)) return;
  const body = state.owner[other];
  if (body?.type !== 'Organization') return;
  // The noun after the pair: after the known body, or after the unknown word.
  let end = at + 1;
  if (side === 'after') for (end = other; end < tokens.length && state.owner[end] === body;) end++;
  const noun = tokens[end];
  if (!noun || noun.sentence !== t.sentence || !SHARED_NOUNS.has(noun.lower) || noun.cap) return;
  // The word stands alone: not the end of a longer name, nor "The" at a sentence's start.
  const prev = tokens[at - 1];
  if (side === 'after' && prev?.cap && prev.word && prev.sentence === t.sentence && prev.lower !== 'the') return;
  if (side === 'before' && tokens[at + 1] !== noun) return;
  // A given name alone ("Amal", "Fatah") is no person before a noun two bodies share.
  if (!bodyWord(state, t)) return;
  addMention(state, 'Organization', at, at + 1, '50-organizations/coordinated-with-body', { key: nameKey(t.text) });
}

/** "Fatah and other allied militant factions", "Hamas and other armed groups": the one name before "and other". */
function otherOfKind(state: ExtractState, and: number): void {
  const tokens = state.tokens;
  let n = and + 2;
  while (n < and + 6 && tokens[n]?.word && !tokens[n]!.cap && !OTHER_BODIES.has(tokens[n]!.lower) && tokens[n]!.sentence === tokens[and]!.sentence) n++;
  if (!OTHER_BODIES.has(tokens[n]?.lower ?? '') || tokens[n]!.sentence !== tokens[and]!.sentence) return;
  // "Tuareg and other groups", "Baloch and other groups": peoples form groups too; "groups" names bodies only with a
  // word of arms or politics ("Hamas and other armed groups").
  if (tokens[n]!.lower === 'groups' && !tokens.slice(and + 2, n).some((w) => BODY_GROUP_WORDS.has(w.lower))) return;
  // One free capitalized word right before "and", alone (not the end of a longer name).
  const at = and - 1;
  const t = tokens[at];
  const prev = tokens[at - 1];
  if (!t?.cap || !t.word || t.possessive || !isFree(state, at, at + 1) || (prev?.cap && prev.word && prev.sentence === t.sentence)) return;
  if (!bodyWord(state, t)) return;
  addMention(state, 'Organization', at, at + 1, '50-organizations/one-of-other-bodies', { key: nameKey(t.text) });
}

/** Words that may follow a body's name in a clause: its verbs and the small words after a name. */
const BODY_FOLLOWERS = new Set(['and', 'or', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should',
  'on', 'in', 'of', 'to', 'for', 'with', 'from', 'by', 'at', 'which', 'that', 'who', 'also', 'then', 'later', 'still', 'did', 'does', 'do', 'not',
  'posted', 'wrote', 'announced', 'claimed', 'denied', 'called', 'accused', 'rejected', 'launched', 'took', 'won', 'lost', 'leads', 'led']);

/** Rules that find a one-word body by its use in one sentence only. */
const BY_USE = new Set(['50-organizations/coordinated-with-body', '50-organizations/one-of-other-bodies', '50-organizations/outlet-by-role', '50-organizations/platform-by-use', '50-organizations/body-before-leader-title']);

/**
 * "Abbas' Fatah group … Fatah and other factions … killing Fatah military general X": a one-word body that one
 * sentence's use named is that body wherever else the article writes the word (unless a place's name holds it).
 */
export function repeatedBodies(state: ExtractState): void {
  const found = new Map<string, { key: string; canonical?: string }>();
  for (const m of state.mentions) {
    if (m.type === 'Organization' && BY_USE.has(m.rule) && /^\p{Lu}[\p{Ll}’'-]+$/u.test(m.text) && m.key) found.set(m.text, { key: m.key, ...(m.canonical ? { canonical: m.canonical } : {}) });
  }
  if (found.size === 0) return;
  const tokens = state.tokens;
  const lex = lexicons();
  tokens.forEach((t, i) => {
    const body = t.cap ? found.get(t.text) : undefined;
    if (!body || !isFree(state, i, i + 1) || state.inTitle[i]) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "Fatah Street", "New Fatah": the word inside a longer capitalized name is that name's.
    if ((prev?.cap && prev.word && prev.sentence === t.sentence && !t.first) || (next?.cap && next.word && next.sentence === t.sentence && !t.possessive)) return;
    // "Signal strength was poor", "Amazon rainforest towns": before a lower-case noun the word is no body's name, and a
    // common word opening a sentence is the word.
    if (t.first && lex.isCommonWord(t.lower)) return;
    // ("Abbas' Fatah group", "Fatah officials": a body's own nouns may follow.)
    if (next?.word && !next.cap && next.sentence === t.sentence && !t.possessive && !BODY_FOLLOWERS.has(next.lower) && !lex.speechVerbs.has(next.text)
      && !lex.orgLowerHeads.has(next.lower) && !SHARED_NOUNS.has(next.lower) && !/^(?:group|faction|member|leader|official|commander|spokesman|spokeswoman|fighter)$/.test(next.lower)
      // "Fatah military general X": a role noun right after.
      && !lex.roleNouns.has(next.lower) && !lex.roleNouns.has(tokens[i + 2]?.lower ?? '')) return;
    addMention(state, 'Organization', i, i + 1, '50-organizations/repeated-body', body);
  });
}
