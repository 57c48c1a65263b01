// Roles stated by a clause: "X, who led Y", "X, who served as special counsel to Y", "X is a senior fellow at Y",
// "Y, led from Baghdad by X".
import { lexicons } from './lexicon.js';
import { matchTitle, titlesBefore } from './30-titles.js';
import { appositionRole, rolePhrase, type RolePhrase } from './70-roles-apposition.js';
import { acronymAfter, bodyBeforePlace, endIndex, isPossessiveMark, MILITARY_RANK, orgAntecedent, push, sentenceEndIndex, tokenIndex } from './70-roles-context.js';
import { ageAt } from './names-shape.js';
import { bodyAfterOf } from './of-body.js';
import type { ExtractState } from './state.js';
import type { Mention } from './types.js';

const ADVERBS = new Set(['once', 'also', 'previously', 'later', 'now', 'currently', 'formerly', 'still', 'then']);
const AUXILIARIES = new Set(['has', 'had', 'have', 'been']);
const SERVES_AS = new Set(['served as', 'serves as', 'serving as', 'worked as', 'works as', 'elected as', 'appointed as', 'named as', 'installed as']);
/** "who was sworn in as interim president": three words before the role. */
const SWORN_IN_AS = new Set(['sworn in as', 'took office as', 'takes office as']);
const COPULAS = new Set(['is', 'was', 'remains', 'became', 'becomes']);
/** "and then president of Iraq": an adverb of sequence after "and" between two roles. */
const THEN = new Set(['then', 'later', 'subsequently', 'eventually', 'also']);
const TIME_TAIL_OPENERS = new Set(['between', 'from', 'until', 'till', 'since', 'in']);
const YEAR = /^(?:1[89]|20)\d\d$/;

function orgOwner(state: ExtractState, i: number): Mention | null {
  const m = state.owner[i];
  return m && m.type === 'Organization' ? m : null;
}

/** "first", "third", "5th": an ordinal in "for the third time". */
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** "between 2013 and 2017", "from 2019 to 2022", "until 2020": a span of years after a role; where it ends, or `k`. */
function timeTailEnd(state: ExtractState, k: number): number {
  const tokens = state.tokens;
  // "who became prime minister for the third time", "for a second term".
  const at = (j: number): string => tokens[j]?.sentence === tokens[k]?.sentence ? tokens[j]?.lower ?? '' : '';
  if (at(k) === 'for' && /^(?:the|a)$/.test(at(k + 1)) && ORDINAL_WORD.test(at(k + 2)) && /^(?:time|term)$/.test(at(k + 3))) return k + 4;
  if (!TIME_TAIL_OPENERS.has(tokens[k]?.lower ?? '') || !YEAR.test(tokens[k + 1]?.text ?? '')) return k;
  let j = k + 2;
  while (tokens[j] && tokens[j]!.sentence === tokens[k]!.sentence && (YEAR.test(tokens[j]!.text) || tokens[j]!.lower === 'and' || tokens[j]!.lower === 'to')) j++;
  return j;
}

/** "… cleric who led the militia known as the Harbor Army" → leader of the Harbor Army. */
export function whoClauses(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  tokens.forEach((t, i) => {
    if (t.text !== 'who') return;
    let subject: Mention | null = null;
    for (const m of state.mentions) if (m.type === 'Person' && m.sentence === t.sentence && m.end <= t.start && (!subject || m.end > subject.end)) subject = m;
    if (!subject) return;
    let v = i + 1;
    // "who has been in charge of the Presidential Guard": auxiliaries and adverbs before the verb.
    while (tokens[v] && (ADVERBS.has(tokens[v]!.text) || AUXILIARIES.has(tokens[v]!.text))) v++;
    const one = tokens[v]?.text ?? '';
    const two = `${one} ${tokens[v + 1]?.text ?? ''}`;
    // "who served as special counsel to the Pentagon’s general counsel"
    // "who was sworn in as", "who was elected as": a passive after the copula.
    const w = COPULAS.has(one) && !SERVES_AS.has(two) ? v + 1 : v;
    const at = (k: number): string => tokens[k]?.text ?? '';
    const from = SERVES_AS.has(`${at(w)} ${at(w + 1)}`) ? w + 2 : SWORN_IN_AS.has(`${at(w)} ${at(w + 1)} ${at(w + 2)}`) ? w + 3 : -1;
    if (from > 0) {
      const phrase = rolePhrase(state, from, sentenceEndIndex(state, v));
      if (phrase) appositionRole(state, subject, from, phrase, '70-roles/who-served-as');
      return;
    }
    // "X, who is also Bavaria's premier,": a copula and a role phrase.
    // "X, who became secretary-general of the party and then president of Iraq,": two role phrases joined by "and".
    if (COPULAS.has(one)) {
      const phrases: [number, RolePhrase][] = [];
      for (let start = v + 1; phrases.length < 3;) {
        const phrase = rolePhrase(state, start, sentenceEndIndex(state, v));
        if (!phrase) return;
        phrases.push([start, phrase]);
        const end = timeTailEnd(state, phrase.to);
        if (/^[,.;]$/.test(tokens[end]?.text ?? '')) {
          for (const [at, found] of phrases) appositionRole(state, subject, at, found, '70-roles/who-is');
          return;
        }
        if (tokens[end]?.text !== 'and') return;
        start = THEN.has(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1;
      }
      return;
    }
    const role = lex.whoVerbs.get(two) ?? lex.whoVerbs.get(one);
    if (!role) return;
    for (let k = v + 1; k < tokens.length && tokens[k]!.sentence === t.sentence && !/^[,.;]$/.test(tokens[k]!.text) && tokens[k]!.text !== 'which'; k++) {
      const m = state.owner[k];
      if (m?.type === 'Organization') {
        push(state, { person: subject, role, org: m, country: null, government: false, impliedOrgs: [], sentence: t.sentence, rule: '70-roles/who-clause' }, t.start);
        return;
      }
    }
  });
}

/** Whether token `i` opens its sentence, or follows the span of years that opens it ("From 2007 to 2015 X …"). */
function opensSentence(state: ExtractState, i: number): boolean {
  const tokens = state.tokens;
  if (tokens[i]?.first) return true;
  let k = i - 1;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence) k--;
  if (!tokens[k]?.first) return false;
  const end = timeTailEnd(state, k);
  return end > k && (end === i || (end + 1 === i && tokens[end]!.text === ','));
}

/** "Laila Haddad is a senior fellow at the Gulf Institute": a sentence that opens with the name and a copula. */
export function copula(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  const start = tokenIndex(state, person.start);
  // "Dr Halapua was the vice chairman of …": a title before the name that opens the sentence; "From 2007 to 2015 Mr
  // X was a member of …", "In 2010, X was …": after a span of years that opens it.
  if (!opensSentence(state, titlesBefore(state, start)?.from ?? start)) return;
  let end = endIndex(state, person);
  // "Tang Yijun, 64, was …": an age set off by commas.
  if (ageAt(state, end) !== null) end += 3;
  // "X was to become the first female prime minister of …", "X is to be the next …": a future told with "to".
  if (/^(?:is|was)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'to' && /^(?:be|become)$/.test(tokens[end + 2]?.lower ?? '')) end += 2;
  if (!COPULAS.has(tokens[end]?.lower ?? '') && !/^(?:be|become)$/.test(tokens[end]?.lower ?? '')) return;
  // "… is also head of …": an adverb after the copula.
  if (ADVERBS.has(tokens[end + 1]?.lower ?? '')) end++;
  // "… was a senior fellow", "… was China's justice minister": an article, or a country's possessive; "… is head of
  // the Fatih alliance": a role noun with its "of" and no article.
  const owner = state.owner[end + 1];
  const countryOwns = owner?.type === 'Place' && isPossessiveMark(state, endIndex(state, owner)) && lexicons().countries.has(owner.canonical ?? owner.text);
  const bare = lexicons().roleNouns.has(tokens[end + 1]?.lower ?? '') && !tokens[end + 1]!.cap && tokens[end + 2]?.lower === 'of';
  if (!/^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '') && !countryOwns && !bare) return;
  const phrase = rolePhrase(state, end + 1, sentenceEndIndex(state, end));
  // "X is head of the European Union mission": with no article, the body must end the phrase.
  if (bare && phrase) for (let k = end + 1; k < phrase.to; k++) if (state.owner[k]?.type === 'Organization' && !endsObject(state, state.owner[k]!)) return;
  if (phrase) appositionRole(state, person, end + 1, phrase, '70-roles/copula');
}

/** "The coalition, led from Baghdad by U.S. Marine Brig. Gen. Mark Ellison". */
export function ledBy(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let k = tokenIndex(state, person.start) - 1;
  const chain = titlesBefore(state, k + 1);
  if (chain) k = chain.from - 1;
  while (k >= 0 && (lex.countryOf.has(tokens[k]!.text) || lex.military.has(tokens[k]!.text) || lex.titleModifiers.has(tokens[k]!.text))) k--;
  // "a bloc led by businessman and politician X": lower-case role nouns, joined by "and", describe the leader.
  const roleWord = (at: number): boolean => !!tokens[at] && tokens[at]!.word && !tokens[at]!.cap && lex.roleNouns.has(tokens[at]!.lower);
  if (roleWord(k)) {
    while (roleWord(k) || (tokens[k]?.lower === 'and' && roleWord(k - 1))) k--;
    if (tokens[k]?.text !== 'by') k = describedFrom(state, tokenIndex(state, person.start) - 1, person.sentence);
    if (tokens[k]?.text !== 'by') return;
  } else if (tokens[k]?.text !== 'by' && tokens[k]?.lower !== 'and' && !chain) {
    // "led by Sunni politician X", "headed by the Saudi-born Islamist militant X": a description before the name.
    k = describedFrom(state, k, person.sentence);
    if (tokens[k]?.text !== 'by') return;
  }
  // "the Harbor Framework led by Hadi al-Rawi and Tamar Qoruz": the second leader of the same body.
  // Only a bare "and" right after the first leader: "led by A, Saudi Crown Prince B and …" is a list of parties.
  if (tokens[k]?.lower === 'and') {
    const first = state.owner[k - 1];
    const led = first?.type === 'Person' ? state.roles.find((r) => r.person === first && r.rule === '70-roles/led-by' && r.org) : undefined;
    if (led) push(state, { ...led, person, sentence: person.sentence }, led.org!.start);
    return;
  }
  if (tokens[k]?.text !== 'by') return;
  for (let v = k - 1; v >= Math.max(0, k - 6) && tokens[v]!.sentence === person.sentence; v--) {
    if (!lex.ledBy.has(tokens[v]!.text)) continue;
    // "the Harbor Party, which is led by X", "the alliance that has been headed by X": a relative clause's passive.
    let b = v - 1;
    // "which is now led by": an adverb between.
    if (ADVERBS.has(tokens[b]?.lower ?? '')) b--;
    if (tokens[b]?.lower === 'been' && /^(?:has|had)$/.test(tokens[b - 1]?.lower ?? '')) b -= 2;
    else if (/^(?:is|was)$/.test(tokens[b]?.lower ?? '')) b--;
    // "protests against the party, which were led by X": a plural verb's relative is some other noun's.
    else if (b < v - 1 || /^(?:are|were|have)$/.test(tokens[b]?.lower ?? '')) return;
    const relative = b < v - 1;
    if (relative) { if (!/^(?:which|that)$/.test(tokens[b]?.lower ?? '')) return; b--; }
    let before = tokens[b]?.text === ',' ? b - 1 : b;
    // "the Patriotic Union of Kurdistan (PUK), led by": the name before its acronym.
    if (tokens[before]?.text === ')') {
      let open = before;
      while (open > 0 && tokens[open]!.text !== '(' && before - open < 6) open--;
      if (tokens[open]?.text === '(') before = open - 1;
    }
    const org = orgOwner(state, before) ?? apposedBody(state, before) ?? kindAfterName(state, before);
    if (!org) return;
    // "a study from the institute, which was led by X": a body after a noun and its preposition is no relative's
    // antecedent.
    if (relative) {
      let first = tokenIndex(state, org.start) - 1;
      if (tokens[first]?.lower === 'the') first--;
      if (PREPOSITION_BEFORE_BODY.has(tokens[first]?.lower ?? '') && tokens[first - 1]?.word && !tokens[first - 1]!.cap) return;
    }
    // "The Taliban, represented by Defence Minister X": the title if there is one; a representative is no leader.
    // "the party led by President X": the state's office is the country's, not the party's; X leads the party.
    const represented = tokens[v]!.text === 'represented';
    const office = chain && chain.state && !chain.titles.some((title) => MILITARY_RANK.test(title));
    const role = chain && (represented || !office) ? chain.titles.join(' ') : represented ? 'representative' : 'leader';
    push(state, { person, role, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/led-by' }, org.start);
    return;
  }
}

/**
 * "the Valley Brigades group headed by X", "the Valley Brigades terror group led by X": the body named right before the
 * noun of its kind (and one lower-case word before that noun) that ends at `at`.
 */
function kindAfterName(state: ExtractState, at: number): Mention | null {
  const tokens = state.tokens;
  const kind = tokens[at];
  if (!kind?.word || kind.cap || !(isPartyWord(kind.lower) || lexicons().ledGroupHeads.has(kind.lower))) return null;
  let k = at - 1;
  if (tokens[k]?.word && !tokens[k]!.cap && !state.owner[k] && !NOT_DESCRIPTION.test(tokens[k]!.lower)) k--;
  const org = orgOwner(state, k);
  return org && endIndex(state, org) === k + 1 && org.sentence === kind.sentence ? org : null;
}

/** Hyphenated words of where a person comes from or was made: "Saudi-born", "Harvard-educated", "London-based". */
const ORIGIN = /^\p{L}[\p{L}.]*-(?:born|bred|raised|educated|trained|based)$/u;

/** Lower-case words that end a person's description rather than being part of it. */
const NOT_DESCRIPTION = /^(?:and|or|but|of|in|on|at|to|for|with|from|into|over|under|than|as|who|which|that|whose|by|is|was|are|were|has|had|have|said|says|after|before|during|since|while|when)$/;

/**
 * The token before a person's description that ends at `k` (the word right before the name): an article, then up to
 * five words, lower-case ("veteran", "militant") or capitalized words of faith, people or leaning ("Sunni", "Islamic",
 * "Saudi-born"), the last of them a lower-case noun: "by Sunni politician X", "by the Saudi-born Islamic extremist X".
 * -1 when the words before the name are no such description.
 */
function describedFrom(state: ExtractState, k: number, sentence: number): number {
  const lex = lexicons();
  const tokens = state.tokens;
  const head = tokens[k];
  if (!head?.word || head.cap || head.sentence !== sentence || NOT_DESCRIPTION.test(head.lower) || state.owner[k]) return -1;
  let j = k;
  for (let n = 0; n < 5; n++) {
    const t = tokens[j - 1];
    if (!t?.word || t.sentence !== sentence) break;
    const lower = !t.cap && !NOT_DESCRIPTION.test(t.lower) && !state.owner[j - 1];
    const creed = ORIGIN.test(t.text) || (t.cap && (lex.creedWords.has(t.text) || lex.describingWords.has(t.text) || (lex.countryOf.has(t.text) && !state.owner[j - 1])));
    if (!lower && !creed) break;
    j--;
  }
  if (/^(?:the|a|an)$/.test(tokens[j - 1]?.lower ?? '') && tokens[j - 1]!.sentence === sentence) j--;
  return j - 1;
}

/**
 * "the Sovereignty Alliance, a major Sunni bloc led by X": the body a description after its comma names, when the
 * description (an article, then up to four words) ends at `at`.
 */
function apposedBody(state: ExtractState, at: number): Mention | null {
  const tokens = state.tokens;
  for (let c = at - 1; c >= Math.max(1, at - 5); c--) {
    const t = tokens[c]!;
    if (t.sentence !== tokens[at]?.sentence || (!t.word && t.text !== ',')) return null;
    // "a bloc formed after talks led by X": a verb or a preposition before the description's head noun, and "led" is
    // the talks'.
    if (t.word && !t.cap && (/ed$/.test(t.lower) || /^(?:after|before|with|by|of|in|on|for|to|from|at|over|during|into)$/.test(t.lower))) return null;
    if (t.text !== ',') continue;
    if (!/^(?:a|an|the)$/.test(tokens[c + 1]?.lower ?? '')) return null;
    const body = state.owner[c - 1];
    return body?.type === 'Organization' ? body : null;
  }
  return null;
}

/** Words after a body's name that leave it the object ("led the Harbor Party to victory", "since 2019", "."). */
const AFTER_OBJECT = new Set(['to', 'in', 'since', 'until', 'for', 'from', 'during', 'through', 'into', 'and', 'as', 'when', 'while', 'after', 'before', 'which', 'that', 'who', 'with', 'at', 'on', 'between', 'of', 'over', 'under', 'again', 'once', 'twice']);

/**
 * The body's name ends the phrase: not a possessor ("the NATO summit's session") nor a modifier of a lower-case noun
 * after it ("the UN mission", "the Arab League summit", "the Harbor Party manifesto").
 */
function endsObject(state: ExtractState, org: Mention): boolean {
  const end = endIndex(state, org);
  const after = state.tokens[end];
  if (isPossessiveMark(state, end) || /['’]s$/.test(state.tokens[end - 1]!.text)) return false;
  return !after || after.sentence !== org.sentence || !after.word || after.cap || AFTER_OBJECT.has(after.lower);
}

/** Verbs whose subject leads the body that is their object, and the role they give. */
const LEADS = new Map([['led', 'leader'], ['leads', 'leader'], ['heads', 'head'], ['headed', 'head'], ['chairs', 'chair'], ['chaired', 'chair'], ['founded', 'founder'], ['co-founded', 'co-founder'], ['commands', 'commander'], ['commanded', 'commander']]);

/**
 * "Kem Sokha, 64, has led the main opposition Cambodia National Rescue Party since …", "Modi led the Bharatiya Janata
 * Party to victory": the subject of a verb of leading leads the body that is its object.
 */
export function leadsGroup(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  let k = endIndex(state, person);
  if (ageAt(state, k) !== null) k += 3;
  if (AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  if (ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  const role = LEADS.get(tokens[k]?.lower ?? '');
  if (!role || tokens[k]!.sentence !== person.sentence) return;
  // "Hun Sen, whose party X led …": the name must be the verb's subject, not an object before a relative clause.
  const before = tokens[(titlesBefore(state, tokenIndex(state, person.start))?.from ?? tokenIndex(state, person.start)) - 1];
  if (before && before.sentence === person.sentence && (OBJECT_PREPOSITIONS.has(before.lower) || LEADS.has(before.lower))) return;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  // "the main opposition Harbor Party": adjectives before the name; "the protest against the Harbor Party" is no body led.
  let j = k;
  while (j < k + 3 && tokens[j]?.word && !tokens[j]!.cap && !state.owner[j] && !OBJECT_PREPOSITIONS.has(tokens[j]!.lower) && !/^(?:the|a|an|and|in)$/.test(tokens[j]!.lower) && tokens[j]!.sentence === person.sentence) j++;
  const org = orgOwner(state, j);
  if (!org || org.start !== tokens[j]!.start || !endsObject(state, org) || state.roles.some((r) => r.person === person && r.org === org)) return;
  push(state, { person, role, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/leads-group' }, org.start);
}

/** The organization whose name (or its acronym in parentheses) ends right before token `i`. */
function orgEndingAt(state: ExtractState, i: number): Mention | null {
  const tokens = state.tokens;
  let before = i;
  // "the Rapid Support Forces (RSF) of General X": the name before its acronym.
  if (tokens[before]?.text === ')' && tokens[before - 2]?.text === '(') before -= 3;
  return orgOwner(state, before);
}

/**
 * "the paramilitary Rapid Support Forces (RSF) of General Mohamed Hamdan Daglo": a group "of" a person (with a
 * title, or a rank) is the group that person leads, a party too ("the United Democratic Party of Prime Minister X").
 * A party or body "of" a plain name is not ("the party of Lenin").
 */
export function groupOf(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const chain = titlesBefore(state, tokenIndex(state, person.start));
  let of = (chain?.from ?? tokenIndex(state, person.start)) - 1;
  // "of former Iraqi President X": modifiers and a nationality before the title.
  if (chain) while (of >= 0 && (lex.countryOf.has(tokens[of]!.text) || lex.titleModifiers.has(tokens[of]!.lower))) of--;
  if (tokens[of]?.text !== 'of' || tokens[of]!.sentence !== person.sentence) return;
  let org = orgEndingAt(state, of - 1);
  // "the PUK, the party of former Iraqi President X": the kind of body in apposition to its name.
  const kind = tokens[of - 1]?.lower ?? '';
  const kindOf = isPartyWord(kind) || lex.ledGroupHeads.has(kind);
  // "the party of President X’s fiercest rivals", "the army of X’s grandfather": the person owns someone else.
  if (isPossessiveMark(state, endIndex(state, person))) return;
  // Only a titled person: "the Republican Party, the party of Abraham Lincoln" names its history, not its leader.
  const apposed = !org && !!chain && kindOf && tokens[of - 2]?.lower === 'the' && tokens[of - 3]?.text === ',';
  if (apposed) org = orgEndingAt(state, of - 4);
  // "the ruling United Democratic Party (UDP) of Prime Minister X": a party or armed group of a titled person is the one
  // they lead (not "the Ministry of X").
  const head = org?.text.split(' ').pop()!.toLowerCase() ?? '';
  if (!org || (!lex.ledGroupHeads.has(head) && !isPartyWord(head) && !apposed)) return;
  // Of a plain name, only a party in office or opposition with its acronym ("the ruling Cambodian People’s Party (CPP)
  // of Hun Sen"), not "the party of Lenin".
  if (!chain && !apposed && !(tokens[of - 1]?.text === ')' && CURRENT_PARTY.has(tokens[tokenIndex(state, org.start) - 1]?.lower ?? ''))) return;
  push(state, { person, role: 'leader', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/group-of-person' }, org.start);
}

/**
 * "Bernardo Arévalo of the Seed Movement", "Pauline Welsh of the Electoral Office of Jamaica": a person "of the" body
 * belongs to it; "from the" (and a comma before "of") only for a party, movement or front.
 */
export function personOfGroup(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let k = endIndex(state, person);
  // "Criticism of X, from the Republican People’s Party, …", "a letter to X, from the …": after a preposition the
  // person is an object, and "from" says where the criticism came from.
  const chain = titlesBefore(state, tokenIndex(state, person.start));
  if (tokens[k]?.text === ',' && OBJECT_PREPOSITIONS.has(tokens[(chain ? chain.from : tokenIndex(state, person.start)) - 1]?.lower ?? '')) return;
  // "Peter Mutharika, from the Democratic Progressive Party (DPP),", "Sanae Takaichi, of the Liberal Democratic Party".
  const comma = tokens[k]?.text === ',';
  if (comma) k++;
  const prep = tokens[k]?.lower;
  // "Mmabatho Tembe from the Democratic Alliance was elected": "from" without the comma too (a party or movement only,
  // below).
  if ((prep !== 'of' && prep !== 'from') || tokens[k]!.sentence !== person.sentence) return;
  // "Dana Roe, from Australia’s Deakin University, said": after the comma a country's possessive may stand for "the".
  const country = comma ? state.owner[k + 1] : undefined;
  const owned = country?.type === 'Place' && lex.countries.has(country.canonical ?? country.text) && isPossessiveMark(state, endIndex(state, country)) ? endIndex(state, country) + 1 : -1;
  if (tokens[k + 1]?.lower !== 'the' && owned < 0) return;
  // "Khaltmaa Battulga of the opposition Democratic Party", "X of the governing conservative Croatian Democratic Union":
  // words of leaning or standing between "the" and the name.
  let lean = owned >= 0 ? owned : k + 2;
  while (lean < k + 5 && tokens[lean]?.word && !tokens[lean]!.cap && (lex.leaningWords.has(tokens[lean]!.lower) || lex.standingWords.has(tokens[lean]!.lower))) lean++;
  // "Kevin Maingrette of the party NOW": the kind of body, then its name.
  const at = !tokens[lean]?.cap && lex.groupNouns.has(tokens[lean]?.lower ?? '') && orgOwner(state, lean + 1) ? lean + 1 : lean;
  const org = orgOwner(state, at);
  if (!org || org.start !== tokens[at]!.start) return;
  // "Ko Phyo of the MRDA": an acronym's expansion says what kind of body it is.
  const head = (org.canonical ?? org.text).split(' ').pop()!.toLowerCase();
  // "the Self-Determination party": the head written after a name that leaves it out.
  const written = at > lean ? tokens[lean]!.lower : org.text.split(' ').pop()!.toLowerCase();
  // Of any other body only "X of the Y" with no comma, and not after a preposition: "a critique by X of the
  // Commission's approach" names what X criticised.
  const before = tokens[(chain ? chain.from : tokenIndex(state, person.start)) - 1]?.lower ?? '';
  // "the opposition Alliance for Change", "the Movement for Democratic Change": the head comes before "for" or "of".
  const words = (org.canonical ?? org.text).split(' ');
  const ofAt = words.findIndex((w, n) => n > 0 && (w === 'for' || w === 'of'));
  const inner = ofAt > 0 ? words[ofAt - 1]!.toLowerCase() : '';
  const group = lex.memberGroupHeads.has(head) || lex.memberGroupHeads.has(written) || lex.memberGroupHeads.has(inner) || ((comma || org.canonical) && lex.ledGroupHeads.has(head));
  // "X, of the Middle East Institute, said", "X, from the Lowy Institute, said": an apposition the comma after the body
  // closes.
  const closed = comma && tokens[endIndex(state, org)]?.text === ',';
  if (!group && ((prep !== 'of' && !closed) || (comma && !closed) || OBJECT_PREPOSITIONS.has(before) || before === 'by')) return;
  // A country's possessive only in such a closed apposition.
  if (owned >= 0 && !closed) return;
  // "The institute hired X, from the Vantor Bank, as its chief": after a verb the person is its object, and "from"
  // the body they came from.
  if (!group && prep === 'from' && /^[a-z]+ed$/.test(before)) return;
  if (state.roles.some((r) => r.person === person && r.org === org)) return;
  // A party's or movement's member; of a ministry or an institute, someone who works there ("affiliated").
  push(state, { person, role: group || prep === 'of' ? 'member' : 'affiliated', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/person-of-group' }, person.start);
}

/**
 * "leaders including A of Zimbabwe and B of Botswana", "Presidents A of Colombia and B of Chile", "presidents, including
 * Kenya's A": a name with no title followed by "of" and a country or after a country's possessive, in a sentence whose
 * plural role noun before it ("leaders", "presidents", "heads of state") says what each of the listed is; the country
 * is theirs.
 */
/** A plural role noun's singular: "presidents" → "president", "deputies" → "deputy". */
const singularRole = (plural: string): string => plural.replace(/ies$/, 'y').replace(/s$/, '');

/** Words inside a list of names that hangs on a plural role noun: "presidents, including Kenya's A and …". */
const LIST_WORDS = new Set(['including', 'such', 'as', 'like', 'among', 'them', 'and', 'of', 'the', 'other', 'fellow', 'state', 'government', 'respectively']);

export function personOfCountry(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const start = tokenIndex(state, person.start);
  if (titlesBefore(state, start)) return;
  const k = endIndex(state, person);
  // The item ends after the name and its country: "A of Chile and …", "Kenya's A, Rwanda's B …" (not "A of Chile's army").
  const ends = (j: number): boolean => !tokens[j] || tokens[j]!.sentence !== person.sentence || /^(?:,|and|\.|;|\))$/.test(tokens[j]!.lower);
  let place: Mention | null | undefined = null;
  if (tokens[k]?.lower === 'of' && tokens[k]!.sentence === person.sentence) {
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    place = state.owner[at];
    if (place?.type !== 'Place' || place.start !== tokens[at]!.start || !ends(endIndex(state, place))) return;
  } else if (isPossessiveMark(state, start - 1) && ends(k)) {
    // "Other African presidents, including Kenya's A, Rwanda's B and …": a country's possessive before the name.
    place = state.owner[start - 2];
    if (place?.type !== 'Place' || endIndex(state, place) !== start - 1 || place.sentence !== person.sentence) return;
  } else return;
  const country = place.canonical ?? place.text;
  if (!lex.countries.has(country)) return;
  // The plural role noun the list hangs on, nearest before the name in its sentence, with only the list between
  // ("presidents, including …", "leaders such as A of X and"), no verb: "Ministers questioned A of Kenya" names no minister.
  let role: string | null = null;
  for (let j = start - 1; j >= 0 && j >= start - 30 && tokens[j]!.sentence === person.sentence; j--) {
    const w = tokens[j]!;
    if (w.word && !w.cap && !LIST_WORDS.has(w.lower) && !state.owner[j] && !(w.lower.endsWith('s') && lex.roleNouns.has(singularRole(w.lower)))) break;
    if (!w.word || !w.lower.endsWith('s')) continue;
    // "heads of state", "heads of government".
    if (w.lower === 'heads' && tokens[j + 1]?.lower === 'of' && /^(?:state|government)$/.test(tokens[j + 2]?.lower ?? '')) { role = `head of ${tokens[j + 2]!.lower}`; break; }
    const single = singularRole(w.lower);
    if (lex.roleNouns.has(single) && !/^(?:officials|members|supporters|fighters|soldiers|analysts|experts)$/.test(w.lower)) { role = single; break; }
  }
  if (!role) return;
  if (state.roles.some((r) => r.person === person && (r.country === country || r.org === place))) return;
  push(state, { person, role, org: null, country, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/person-of-country' }, person.start);
}

/**
 * "Al Jazeera's Resul Serdar", "the Wafd Party's Abdel-Sanad Yamama": a person named with an organization's possessive
 * belongs to it, when no other rule gave them an organization in that sentence; so does one a party's family name
 * labels.
 */
export function organizationsPerson(state: ExtractState, person: Mention): void {
  const at = tokenIndex(state, person.start);
  // "Civic Democrat Jan Schwippel", "Liberal Jean Chretien": a party's family name right before the name labels a member.
  const label = at > 0 ? state.owner[at - 1] : null;
  if (label?.type === 'Organization' && label.rule.startsWith('62-organizations-families') && label.sentence === person.sentence && !state.roles.some((r) => r.person === person && r.org)) {
    push(state, { person, role: 'member', org: label, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/party-label' }, label.start);
    return;
  }
  const mark = state.tokens[at - 1];
  if (at < 2 || !mark || mark.sentence !== person.sentence || !(/^['’]s$/.test(mark.text) || isPossessiveMark(state, at - 1))) return;
  const org = orgOwner(state, at - 2);
  if (!org || state.roles.some((r) => r.person === person && r.org)) return;
  push(state, { person, role: 'member', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/organization-of-person' }, org.start);
}

/**
 * The possessive mark before the plural role at `k` ("the party’s MPs"), across up to two lower-case words of standing
 * ("HDP’s former co-chairs"); -1 when there is none.
 */
function possessiveBefore(state: ExtractState, k: number): number {
  const tokens = state.tokens;
  for (let j = k - 1, n = 0; j > 0 && n <= 2; j--, n++) {
    if (isPossessiveMark(state, j) || /^['’]s$/.test(tokens[j]!.text)) return j;
    const w = tokens[j]!;
    if (!w.word || w.cap || state.owner[j] || w.sentence !== tokens[k]!.sentence || LEVEL_STOPS.has(w.lower) || !(lexicons().standingWords.has(w.lower) || lexicons().titleModifiers.has(w.lower))) return -1;
  }
  return -1;
}

/** Prepositions that make a body the complement of the noun before them ("protests against the party"). */
const PREPOSITION_BEFORE_BODY = new Set(['of', 'from', 'against', 'by', 'at', 'for', 'with', 'in', 'to', 'on']);

/** "MPs": the plural of an abbreviated title. */
const ABBREVIATED_PLURAL = /^\p{Lu}{2,}s$/u;

/** Prepositions before a role's phrase that make it no subject of its own. */
const LIST_AFTER = new Set(['to', 'with', 'of', 'for', 'from', 'about', 'by', 'on', 'at', 'against', 'among', 'between']);

/** Words that end the lower-case words of an office's level before a plural role ("provincial", "district"). */
const LEVEL_STOPS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'with', 'for', 'from', 'by', 'on', 'at', 'in', 'against', 'among', 'between', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'its', 'their', 'his', 'her']);

/** What sets a list of names off after its role: a dash, a comma or a colon. */
const LIST_OPENERS = new Set(['–', '—', '-', ',', ':']);

/**
 * "The leaders of the Harbor party – A, B, and C – resigned", "the party’s MPs, D, E and F, wrote": the people listed
 * right after a plural role of an organization each hold that role in it.
 */
export function listedAfterRole(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "leaders", and the plural of an abbreviated title ("MPs", "MKs").
    if (!t.word || (t.cap && !ABBREVIATED_PLURAL.test(t.text)) || !t.lower.endsWith('s') || !lex.roleNouns.has(t.lower.slice(0, -1))) continue;
    let org: Mention | null = null;
    let direct = false;
    // "Tarvo provincial": the place and words of the office's level between the body and the role.
    let level = '';
    let j = k + 1;
    // Where the role's phrase starts: "the leaders of …", "the party’s MPs".
    let opens = tokens[k - 1]?.lower === 'the' ? k - 1 : k;
    if (tokens[j]?.lower === 'of' && tokens[j]!.sentence === t.sentence) {
      const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const owner = orgOwner(state, at);
      if (owner && owner.start === tokens[at]!.start) { org = owner; j = endIndex(state, owner); }
    } else if (possessiveBefore(state, k) >= 0) {
      // "the party’s MPs", "the HDP’s former co-chairs": up to two lower-case words of standing between.
      const mark = possessiveBefore(state, k);
      const at = /^['’]s$/.test(tokens[mark]!.text) || !tokens[mark]!.possessive ? mark - 1 : mark;
      const owner = orgOwner(state, at);
      // "HDP’s co-chairs A and B": after a named body's possessive the names may follow the plural role right away.
      direct = !!owner && owner.type === 'Organization';
      // "the party’s deputy leaders": the words of standing between are the office's.
      if (mark + 1 < k) level = state.text.slice(tokens[mark + 1]!.start, tokens[k - 1]!.end);
      const before = tokens[at];
      opens = owner ? tokenIndex(state, owner.start) : tokens[at - 1]?.lower === 'the' ? at - 1 : at;
      if (tokens[opens - 1]?.lower === 'the') opens--;
      // "the party’s MPs": a body's head noun names the organization mentioned before.
      org = owner ?? (before?.word && !before.cap && tokens[at - 1]?.lower === 'the' ? orgAntecedent(state, before.lower, at, true) : null);
    } else {
      // "senior LDP lawmakers, including A, B and C": the body's name right before the plural role; "HDP Tarvo
      // provincial co-chairs A and B": a place the body's office is for, and lower-case words of its level, between.
      let b = k - 1;
      for (let n = 0; n < 2 && tokens[b]?.word && !tokens[b]!.cap && !state.owner[b] && tokens[b]!.sentence === t.sentence && !LEVEL_STOPS.has(tokens[b]!.lower) && !lex.speechVerbs.has(tokens[b]!.lower); n++) b--;
      const at = state.owner[b];
      const ends = !!at && endIndex(state, at) === b + 1 && at.sentence === t.sentence;
      // Lower-case words only after a place: "KUNA said liberal candidates A and B" is no office of the agency.
      org = !ends ? null : at!.type === 'Organization' && b === k - 1 ? at! : at!.type === 'Place' ? bodyBeforePlace(state, at!) : null;
      if (org) {
        opens = tokenIndex(state, org.start);
        // "Harbor Party leaders A and B": the names may follow the plural role right away.
        direct = true;
        level = state.text.slice(tokens[at === org ? b + 1 : tokenIndex(state, at!.start)]!.start, tokens[k - 1]!.end);
      }
    }
    if (!org || tokens[j]?.sentence !== t.sentence) continue;
    if (!LIST_OPENERS.has(tokens[j]!.text) && !(direct && state.owner[j]?.type === 'Person')) continue;
    // "In a letter to the leaders of the party, A and B said": after a preposition the people named are the sentence's
    // subject, not the role's holders.
    if (LIST_AFTER.has(tokens[opens - 1]?.lower ?? '')) continue;
    const people: Mention[] = [];
    // A list set off by a mark may give each name its own title; one that follows the role right away may not.
    const opened = LIST_OPENERS.has(tokens[j]!.text);
    // "…, including A, B and C": the list may open with "including".
    let at = !LIST_OPENERS.has(tokens[j]!.text) ? j : tokens[j]!.text === ',' && tokens[j + 1]?.lower === 'including' ? j + 2 : j + 1;
    for (;;) {
      // "party Secretary-General A, Digital Minister B": each name may carry its own title.
      // "… and Israeli Prime Minister X": a nationality before the title ties that one to another country; the list ends.
      let tied = false;
      const bare = at;
      while (at < tokens.length && tokens[at]!.sentence === t.sentence && (state.inTitle[at] || (!state.owner[at] && tokens[at]!.word && state.inTitle[at + 1]))) {
        if (tokens[at]!.cap && lex.countryOf.has(tokens[at]!.text)) tied = true;
        at++;
      }
      // "Harbor Party co-chairs A and B and journalist C": in a list that follows the role with no mark, a name with a
      // title of its own is someone else.
      if (tied || (!opened && people.length > 0 && at > bare)) break;
      const m = state.owner[at];
      if (m?.type !== 'Person' || m.start !== tokens[at]!.start) break;
      people.push(m);
      at = endIndex(state, m);
      if (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'and') at += 2;
      else if (tokens[at]?.text === ',' || tokens[at]?.lower === 'and') at += 1;
      else break;
    }
    if (people.length < 2) continue;
    const role = `${level && level !== state.text.slice(t.start, t.end) ? `${level} ` : ''}${t.cap ? t.text.slice(0, -1) : singularRole(t.lower)}`;
    for (const person of people) {
      if (state.roles.some((r) => r.person === person && r.org === org)) continue;
      push(state, { person, role, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/listed-after-role' }, t.start);
    }
  }
}

/** Nouns of a body's stand against a person: "whose Hamas captors", "whose Taliban kidnappers". */
const RELATION_NOUNS = /^(?:captors?|kidnappers?|abductors?|jailers?|rivals?|opponents?|enemies|enemy|critics?|foes?|attackers?|accusers?|prosecutors?)$/;

/**
 * "MK Tamar Gil (Harbor Party) said", "Jane Ferris (HRP) and …": a body alone in brackets right after a name is the
 * person's party or body.
 */
export function bodyInBrackets(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  const k = endIndex(state, person);
  if (tokens[k]?.text !== '(' || tokens[k]!.sentence !== person.sentence) return;
  const org = state.owner[k + 1];
  if (org?.type !== 'Organization' || org.start !== tokens[k + 1]!.start) return;
  let end = endIndex(state, org);
  // "(Religious Harbor party)": the body's kind after its name.
  if (tokens[end]?.word && !tokens[end]!.cap && lexicons().groupNouns.has(tokens[end]!.lower)) end++;
  if (tokens[end]?.text !== ')') return;
  if (state.roles.some((r) => r.person === person && r.org === org)) return;
  // A party's member; of a ministry, a bank or an outlet, someone who works there.
  const head = (org.canonical ?? org.text).split(' ').pop()!.toLowerCase();
  const party = lexicons().memberGroupHeads.has(head) || lexicons().memberGroupHeads.has(tokens[end - 1]!.lower);
  push(state, { person, role: party ? 'member' : 'affiliated', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/body-in-brackets' }, person.start);
}

/** "Patterson, whose People's National Party won 34 seats": the body a relative "whose" gives the person is theirs. */
export function whoseBody(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  const k = endIndex(state, person);
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'whose') return;
  const org = state.owner[k + 2];
  if (org?.type !== 'Organization' || org.start !== tokens[k + 2]!.start || org.sentence !== person.sentence) return;
  // "X, whose Hamas captors released him": a noun after the body says how it stands to the person.
  const noun = tokens[endIndex(state, org)];
  if (noun?.word && !noun.cap && RELATION_NOUNS.test(noun.lower)) return;
  if (state.roles.some((r) => r.person === person && r.org === org)) return;
  push(state, { person, role: 'member', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/whose-body' }, person.start);
}

/**
 * "the presidents of Costa Rica, A; Colombia, B; and Taiwan, C": a plural role noun and "of", then countries each
 * followed by a comma and its holder, the items split by semicolons; two items at least.
 */
export function pairedAfterRole(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.lower.endsWith('s') || tokens[k + 1]?.lower !== 'of' || !lex.roleNouns.has(singularRole(t.lower))) continue;
    const items: [Mention, string][] = [];
    let at = k + 2;
    for (;;) {
      if (tokens[at]?.lower === 'the') at++;
      const place = state.owner[at];
      if (place?.type !== 'Place' || place.start !== tokens[at]!.start || place.sentence !== t.sentence) break;
      const country = place.canonical ?? place.text;
      let j = endIndex(state, place);
      if (!lex.countries.has(country) || tokens[j]?.text !== ',') break;
      const person = state.owner[j + 1];
      // An item whose holder no pass named as a person is passed over to the next semicolon.
      if (person?.type === 'Person' && person.start === tokens[j + 1]!.start) {
        items.push([person, country]);
        j = endIndex(state, person);
      } else {
        while (tokens[j] && tokens[j]!.sentence === t.sentence && tokens[j]!.text !== ';' && j < at + 8) j++;
      }
      if (tokens[j]?.text !== ';') break;
      at = tokens[j + 1]?.lower === 'and' ? j + 2 : j + 1;
    }
    if (items.length < 2) continue;
    const role = singularRole(t.lower);
    for (const [person, country] of items) {
      if (state.roles.some((r) => r.person === person && r.country === country)) continue;
      push(state, { person, role, org: null, country, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/paired-after-role' }, person.start);
    }
  }
}

/** Adjectives of a party that holds or contests power now: "the ruling … Party (CPP) of X". */
const CURRENT_PARTY = new Set(['ruling', 'governing', 'opposition', 'incumbent']);

/** Words that make a body a party: "the State of the Union" is none, though "union" makes members. */
/** A head word of a political body (`partyWords` in 70-roles.json): "party", "movement", "congress". */
export const isPartyWord = (word: string): boolean => lexicons().partyWords.has(word);

/** A state's armed forces: a national army of the lexicon, a service, or "… Armed Forces", "… Defense Forces". */
function isStateArmy(name: string): boolean {
  const lex = lexicons();
  return lex.military.has(name) || [...lex.nationalArmies.values()].includes(name) || /\b(?:Armed|Defen[cs]e) Forces$/.test(name);
}

/** "Robert Fico’s populist SMER-SSD party", "Sandu’s ruling Party of Action": the party a person owns is the one they lead. */
export function possessorsGroup(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const mark = endIndex(state, person);
  if (!isPossessiveMark(state, mark)) return;
  let k = mark + 1;
  while (k < mark + 4 && tokens[k]?.word && !tokens[k]!.cap && !state.owner[k] && tokens[k]!.sentence === person.sentence) k++;
  // "Assad’s allied militia, Hezbollah", "Putin’s private army, the Wagner Group", "X’s rival group": a word of
  // relation says the body is someone else's.
  if (tokens.slice(mark + 1, k).some((t) => RELATION_WORDS.has(t.lower))) return;
  // "X’s speech to the Council of Europe", "X’s membership of the … panel": a preposition or an article between them
  // makes the body the object of something the person owns.
  if (tokens.slice(mark + 1, k).some((t) => OBJECT_PREPOSITIONS.has(t.lower) || /^(?:the|a|an)$/.test(t.lower))) return;
  let org = state.owner[k];
  // "Sharaa’s group, Hayat Tahrir al-Sham (HTS),": the kind of body, then its name.
  if (!org && k > mark + 1 && tokens[k]?.text === ',' && (isPartyWord(tokens[k - 1]!.lower) || lex.ledGroupHeads.has(tokens[k - 1]!.lower))) {
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const named = state.owner[at];
    if (named?.type === 'Organization' && named.start === tokens[at]!.start && tokens[endIndex(state, named)]?.text !== 'and') org = named;
  }
  if (org?.type !== 'Organization' || (org.start !== tokens[k]!.start && tokens[k]?.text !== ',')) return;
  const last = tokens[endIndex(state, org) - 1]!.lower;
  // "Sharaa’s HTS forces", "Morales’ MAS socialist party": the kind of body after its name.
  let after = endIndex(state, org);
  if (acronymAfter(state, after)) after += 3;
  let kind = '';
  for (let j = after; j < after + 2 && tokens[j]?.word && !tokens[j]!.cap && tokens[j]!.sentence === person.sentence; j++) {
    if (isPartyWord(tokens[j]!.lower) || lex.ledGroupHeads.has(tokens[j]!.lower)) { kind = tokens[j]!.lower; break; }
  }
  // "Ammar al-Hakim’s Islamic Supreme Council of Iraq": the head word before the name's "of".
  const words = org.text.toLowerCase().split(' ');
  const ofHead = words.indexOf('of') > 0 ? words[words.indexOf('of') - 1]! : '';
  const grouped = isPartyWord(ofHead) || lex.ledGroupHeads.has(ofHead) || ofHead === 'council';
  // "Haftar’s self-styled Libyan National Army": a led group's head word ends the name too, unless the body is a
  // state's armed forces ("X’s Israel Defense Forces" is the state's, not the person's).
  const led = lex.ledGroupHeads.has(last) && !isStateArmy(org.canonical ?? org.text);
  if (!kind && !grouped && !led && !isPartyWord(last) && !isPartyWord(words[0]!) && org.start === tokens[k]!.start) return;
  push(state, { person, role: 'leader', org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/possessor-of-group' }, person.start);
}

const RELATION_WORDS = new Set(['allied', 'ally', 'rival', 'former', 'private', 'proxy', 'partner', 'affiliated', 'backed', 'favourite', 'favorite', 'sponsored', 'client', 'enemy', 'preferred']);
const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'with', 'to', 'for', 'from', 'of', 'about', 'at', 'by', 'into', 'over']);


/** "the liberal VVD under new leader Dilan Yesilgöz": a body, "under", a role noun, the person. */
export function underLeader(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let k = tokenIndex(state, person.start) - 1;
  let role = -1;
  for (let n = 0; n < 3 && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.lower !== 'under' && tokens[k]!.sentence === person.sentence; n++, k--) {
    if (role < 0 && lex.roleNouns.has(tokens[k]!.lower)) role = k;
  }
  if (role < 0 || role !== tokenIndex(state, person.start) - 1 || tokens[k]?.lower !== 'under') return;
  const org = orgEndingAt(state, k - 1);
  if (!org || state.roles.some((r) => r.person === person && r.org === org)) return;
  // "sanctions imposed on Hezbollah under former secretary X", "operations against the Taliban under commander X":
  // a body after a preposition is no head the "under" phrase describes.
  let b = tokenIndex(state, org.start) - 1;
  while (b >= 0 && tokens[b]!.word && !tokens[b]!.cap && !OBJECT_PREPOSITIONS.has(tokens[b]!.lower) && b > tokenIndex(state, org.start) - 5) b--;
  if (OBJECT_PREPOSITIONS.has(tokens[b]?.lower ?? '')) return;
  push(state, { person, role: tokens[role]!.lower, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/under-leader' }, org.start);
}

/** Participles that tie a person to a body: "— affiliated with Hezbollah —", ", loyal to the SPLM-IO,". */
const TIES = new Map([['affiliated', 'with'], ['allied', 'with'], ['aligned', 'with'], ['loyal', 'to'], ['close', 'to'], ['linked', 'to']]);

/**
 * "Environment Minister A and Health Minister B — affiliated with Hezbollah — left": a participle after the name ties
 * the person, and the one joined to it by "and", to the organization.
 */
export function affiliatedWith(state: ExtractState, person: Mention): void {
  const tokens = state.tokens;
  let k = endIndex(state, person);
  if (!/^[,—–(]$/.test(tokens[k]?.text ?? '')) return;
  k++;
  const tie = tokens[k]?.lower ?? '';
  if (TIES.get(tie) !== tokens[k + 1]?.lower) return;
  k += 2;
  if (tokens[k]?.lower === 'the') k++;
  const org = orgOwner(state, k);
  if (!org || org.start !== tokens[k]!.start || tokens[k]!.sentence !== person.sentence) return;
  const holders = [person];
  // The person before "and" (and that person's title) shares it.
  let b = tokenIndex(state, person.start) - 1;
  const chain = titlesBefore(state, b + 1);
  if (chain) b = chain.from - 1;
  const before = tokens[b]?.lower === 'and' ? state.owner[b - 1] : undefined;
  if (before?.type === 'Person' && before.end === tokens[b - 1]!.end) holders.push(before);
  for (const holder of holders) push(state, { person: holder, role: tie, org, country: null, government: false, impliedOrgs: [], sentence: person.sentence, rule: '70-roles/tied-to' }, tokens[k]!.start);
}

const PASSIVE = new Set(['was', 'is', 'were', 'are', 'been', 'be']);
/** Verbs whose subject leaves, keeps or held the office after "as"; a particle may follow ("stepped down as"). */
const AS_VERBS = new Set(['resign', 'resigns', 'resigned', 'resigning', 'quit', 'quits', 'quitting', 'step', 'steps', 'stepped', 'stepping', 'stay', 'stays', 'stayed', 'staying', 'remain', 'remains', 'remained', 'remaining', 'serve', 'serves', 'served', 'serving', 'continue', 'continues', 'continued', 'continuing',
  'stand', 'stands', 'stood', 'standing', 'take', 'takes', 'took', 'taking', 'emerge', 'emerges', 'emerged', 'emerging', 'return', 'returns', 'returned', 'returning', 'retire', 'retires', 'retired', 'retiring']);
const AS_PARTICLES = new Set(['down', 'on', 'aside', 'over']);
/** Verbs that make their object something, beside the appointment verbs: "declared X the new leader". */
const COMPLEMENT_VERBS = new Set(['declared', 'declares', 'declare', 'made', 'makes', 'chose', 'chosen', 'picked', 'proclaimed']);
/** Participles of a passive that a headline writes without "was": "X sworn in as …", "X elected president". */
const REDUCED_PASSIVE = new Set(['sworn', 'elected', 're-elected', 'reelected', 'appointed', 'reappointed', 'named', 'installed', 'nominated', 'chosen', 'picked', 'tapped']);
const MODALS = new Set(['will', 'would', 'to', 'has', 'had', 'have', 'shall', 'could', 'may', 'might']);

/** An appointment verb right before the name or its titles, in the active ("declared General X", not "was named X"). */
function complementVerbBefore(state: ExtractState, start: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  let at = (titlesBefore(state, start)?.from ?? start) - 1;
  // "approve Socialist Party leader X as …": the body of the title before it.
  const body = state.owner[at];
  if (at < start - 1 && (body?.type === 'Organization' || body?.type === 'Place') && body.end === tokens[at]!.end) at = tokenIndex(state, body.start) - 1;
  // "re-elected Sunni leader X as the speaker": a creed's or a people's word before the title.
  else if (at < start - 1 && tokens[at]?.cap && !body && (lex.adjectiveOf.has(tokens[at]!.text) || /(?:i|ite|ish|ian|ese)$/.test(tokens[at]!.text))) at--;
  const verb = tokens[at]?.lower ?? '';
  return (lex.appointment.has(verb) || COMPLEMENT_VERBS.has(verb)) && !PASSIVE.has(tokens[at - 1]?.lower ?? '') && tokens[at]!.sentence === tokens[start]!.sentence;
}

/** "will be the new", "was cleared to become", "became": the index of the office's first word after them, or -1. */
function becomeEnd(state: ExtractState, end: number): number {
  const tokens = state.tokens;
  const sentence = tokens[end - 1]?.sentence;
  const word = (k: number): string => (tokens[k]?.sentence === sentence ? tokens[k]!.lower : '');
  let k = end;
  // "was cleared to become", "is set to become", "is expected to be".
  if (/^(?:was|is|has been|were)$/.test(word(k)) && /^(?:cleared|set|expected|due|poised|tipped|likely)$/.test(word(k + 1)) && word(k + 2) === 'to') k += 3;
  else if (/^(?:will|would|to)$/.test(word(k))) k++;
  // "X has become Australia's first female prime minister": the perfect.
  else if (/^(?:has|have|had)$/.test(word(k)) && /^(?:become|became)$/.test(word(k + 1))) k++;
  if (!/^(?:be|become|becomes|became)$/.test(word(k))) return -1;
  // "became" and "become" name an office right after; "be" only with "the new/next" before it.
  const be = word(k) === 'be';
  k++;
  if (word(k) === 'the' && /^(?:new|next)$/.test(word(k + 1))) return k + 2;
  return be ? -1 : k;
}

/** "second term as", "first five-year term as" from token `k`: the index after "as", or -1. */
function termAs(state: ExtractState, k: number): number {
  const tokens = state.tokens;
  const sentence = tokens[k]?.sentence;
  for (let j = k; j <= k + 2 && tokens[j]?.sentence === sentence && tokens[j]!.word && !tokens[j]!.cap; j++) {
    if (tokens[j]!.lower === 'term') return tokens[j + 1]?.lower === 'as' && tokens[j + 1]!.sentence === sentence ? j + 2 : -1;
  }
  return -1;
}

/** Verbs of winning a term of office: "wins second term as". */
const TERM_VERBS = /^(?:win|wins|won|winning|secure|secures|secured|securing|clinch|clinches|clinched|begin|begins|began|beginning|start|starts|started|starting)$/;

/** Verbs of taking someone's place: "X replaced Y as prime minister" gives the subject the office too. */
const SUCCESSION = /^(?:replace|replaces|replaced|replacing|succeed|succeeds|succeeded|succeeding)$/;

/** After the subject's last token `end`: "resigns as", "will stay on as", "has served as", "replaced Y as"; the index after "as", or -1. */
/** "X said (that) he will step down as …": where the office's "as" phrase starts after the reported subject, or -1. */
function reportedAsVerbEnd(state: ExtractState, end: number): number {
  const tokens = state.tokens;
  const sentence = tokens[end - 1]?.sentence;
  const word = (k: number): string => (tokens[k]?.sentence === sentence ? tokens[k]!.lower : '');
  if (!lexicons().speechVerbs.has(word(end))) return -1;
  const pronoun = word(end + 1) === 'that' ? end + 2 : end + 1;
  return /^(?:he|she)$/.test(word(pronoun)) ? asVerbEnd(state, pronoun + 1) : -1;
}

function asVerbEnd(state: ExtractState, end: number): number {
  const tokens = state.tokens;
  const sentence = tokens[end - 1]?.sentence;
  const word = (k: number): string => (tokens[k]?.sentence === sentence ? tokens[k]!.lower : '');
  let k = end;
  if (MODALS.has(word(k))) k++;
  // "X will be stepping down as …", "X is resigning as …": a progressive.
  if (/^(?:be|is|was|are|were)$/.test(word(k)) && /ing$/.test(word(k + 1))) k++;
  // "X replaced Y as prime minister", "X will succeed Y as leader": the subject takes the office too.
  if (SUCCESSION.test(word(k))) {
    const other = state.owner[k + 1];
    if (other?.type !== 'Person' || other.start !== tokens[k + 1]!.start) return -1;
    const after = endIndex(state, other);
    if (word(after) !== 'as') return -1;
    // "President X replaced Y as defence minister with Z": the one named after "with" takes the office, not X.
    for (let j = after + 1; j < after + 10 && word(j); j++) {
      if ((word(j) === 'with' || word(j) === 'by') && state.owner[j + 1]?.type === 'Person') return -1;
    }
    return after + 1;
  }
  // "X wins second term as president", "X won a five-year term as mayor": the office the subject keeps or takes.
  if (TERM_VERBS.test(word(k))) {
    for (let j = k + 1; j <= k + 4 && word(j); j++) if (word(j) === 'term' || word(j) === 'mandate') return word(j + 1) === 'as' ? j + 2 : -1;
    return -1;
  }
  if (!AS_VERBS.has(word(k))) return -1;
  // "step" and "stay" alone ask for their particle ("stay on as"), not "steps as".
  // "X stood down as leader", "X took over as president": "stand" and "take" ask for theirs too.
  const needsParticle = /^(?:step|steps|stepped|stepping|stay|stays|stayed|staying|stand|stands|stood|standing|take|takes|took|taking)$/.test(word(k));
  k++;
  if (AS_PARTICLES.has(word(k))) k++;
  else if (needsParticle) return -1;
  return word(k) === 'as' ? k + 1 : -1;
}

/** A verb of voting: "voted on X as minister". */
const VOTE_VERB = /^vot(?:e|es|ed|ing)$/;

/** A word that puts someone into an office earlier in the sentence of token `start` ("has been appointed as …; X as …"). */
function appointedBefore(state: ExtractState, start: number): boolean {
  const tokens = state.tokens;
  const lex = lexicons();
  // "The Parliament voted on X as …, and Y as …": a vote that gives offices governs the list as an appointment does
  // (the verb, not the noun: "their votes for “Change with X as president”").
  for (let k = start - 1; k >= 0 && tokens[k]!.sentence === tokens[start]!.sentence; k--) if (lex.appointment.has(tokens[k]!.lower) || tokens[k]!.lower === 'voted') return true;
  return false;
}

/**
 * "the dismissal of Oleksii Reznikov as defence minister", "appointed X as prime minister", "X's appointment as …":
 * the office a person is put into or out of; "X was appointed prime minister in 2022": the same, in the passive.
 */
export function appointedAs(state: ExtractState, person: Mention): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const start = tokenIndex(state, person.start);
  const end = endIndex(state, person);
  const limit = sentenceEndIndex(state, end);
  const word = (k: number): string => tokens[k]?.lower ?? '';
  let from = -1;
  let taken = -1;
  // "voted for X as Deputy Prime Minister", "voted in favour of X as …": a vote that gives the office.
  // "The Parliament voted on X as Minister of Oil": the same with "on".
  // (Not "voted on X as oil minister but rejected him": a vote that refuses the office.)
  const rejected = (): boolean => { for (let k = end; k < limit; k++) if (/^reject/.test(word(k))) return true; return false; };
  const voted = ((/^(?:for|on)$/.test(word(start - 1)) && VOTE_VERB.test(word(start - 2))) || (word(start - 1) === 'of' && /^favou?r$/.test(word(start - 2)))) && !rejected();
  // "as the Minister of Foreign Affairs": the article before the office.
  const office = word(end + 1) === 'the' ? end + 2 : end + 1;
  // "The election of veteran politician X as the new prime minister": lower-case words describing X after the "of".
  let of = start - 1;
  while (of > start - 4 && tokens[of]?.word && !tokens[of]!.cap && word(of) !== 'of' && tokens[of]!.sentence === person.sentence) of--;
  if (word(of) !== 'of') of = start - 1;
  // "to confirm X of the centre-right Harbor party as the next prime minister": the body the person is of, between.
  const ofBody = bodyAfterOf(state, end);
  const past = ofBody ? endIndex(state, ofBody) : end;
  if (word(end) === 'as' && (voted || lex.appointment.has(word(word(of) === 'of' ? of - 1 : start - 1)))) from = end + 1;
  else if (past > end && word(past) === 'as' && lex.appointment.has(word(start - 1))) from = past + 1;
  // "the new appointments are Salama Hammad as Interior Minister", "including Nasser Judeh as Foreign Minister": a
  // capitalized state office right after "as" is the person's office, whatever verb the list hangs on.
  else if (word(end) === 'as' && tokens[office]?.cap && matchTitle(state, office)?.entry.state) from = end + 1;
  // "Salim Al Awfi has been appointed as minister of energy; Mohammed Al Maamari as minister of awqaf": a later item of
  // the list the appointment verb governs, a role noun right after "as".
  // Not the agent of a passive ("who was fired by X as head of the police": the one fired was head).
  else if (word(end) === 'as' && lex.roleNouns.has(word(office)) && word(start - 1) !== 'by' && appointedBefore(state, start)) from = end + 1;
  // "Umerov's appointment as defence minister": the possessor's own appointment.
  else if (isPossessiveMark(state, end) && lex.appointment.has(word(end + 1)) && word(end + 2) === 'as') from = end + 3;
  // "Trump's second term as president", "her first term as mayor": the possessor's term of office.
  else if (isPossessiveMark(state, end) && (taken = termAs(state, end + 1)) > 0) from = taken;
  // "X resigns as leader of …", "X will stay on as prime minister", "X served as finance minister": the office the
  // subject leaves, keeps or held.
  // "X will be the new Defence Minister", "X was cleared to become Foreign Minister": the office the subject takes.
  else if ((taken = asVerbEnd(state, end)) > 0 || (taken = becomeEnd(state, end)) > 0) from = taken;
  // "X said he will be stepping down as leader of …", "X announced that she would stay on as …": the subject's own
  // office, told through a pronoun right after the speech verb.
  else if ((taken = reportedAsVerbEnd(state, end)) > 0) from = taken;
  // "appointed X prime minister", "declared General X the new leader", "elected X speaker of the assembly": the
  // office as the object's complement, right after the name (a role noun must open it, below).
  else if (complementVerbBefore(state, start) && tokens[end]?.word && tokens[end]!.sentence === tokens[end - 1]!.sentence) from = word(end) === 'as' ? end + 1 : end;
  else {
    // "X was appointed prime minister", "X was sworn in as president"; "X, leader of the JVP, was sworn in as …": an
    // apposition set off by commas before the verb.
    // "X has been sworn in": the perfect's "been" is where the passive starts.
    const perfect = (k: number): number => (/^(?:has|have|had)$/.test(word(k)) && word(k + 1) === 'been' ? k + 1 : k);
    let at = perfect(end);
    // "X who defeated incumbent President Y in last month's election, has been sworn in as …": a relative clause the
    // page left without its opening comma, whoever it names.
    const relative = word(end) === 'who' || (word(end) === ',' && word(end + 1) === 'who');
    if (word(end) === ',' || relative) {
      for (let k = end + 1; k < Math.min(end + 16, limit); k++) {
        if (tokens[k]!.text === ',' && PASSIVE.has(word(perfect(k + 1)))) { at = perfect(k + 1); break; }
        // "X, and her deputy, a veteran politician, was sworn in": a coordinated subject is someone else.
        if ((state.owner[k]?.type === 'Person' && !relative) || /^[“"”]$/u.test(tokens[k]!.text) || /^(?:and|or|but)$/.test(tokens[k]!.lower)) break;
      }
      // "X, former opposition leader has been sworn in as …": an apposition whose closing comma the page lost.
      const role = at === end ? rolePhrase(state, end + 1, limit) : null;
      if (role && PASSIVE.has(word(perfect(role.to))) && lex.appointment.has(word(perfect(role.to) + 1))) at = perfect(role.to);
    }
    // "Sheinbaum sworn in as Mexico's president", "Paz elected president of Bolivia": a headline's passive without
    // its auxiliary, the participle right after the name.
    // "Lee, sworn in as prime minister on Wednesday, said": the same set off by a comma.
    const reduced = at === end && (REDUCED_PASSIVE.has(word(end)) || (word(end) === ',' && REDUCED_PASSIVE.has(word(end + 1))));
    if (reduced && word(end) !== ',') at = end - 1;
    if ((PASSIVE.has(word(at)) || reduced) && lex.appointment.has(word(at + 1))) {
      // "X was sworn in on Monday as the president of Sri Lanka": a day between the verb and "as"; "sworn into office as".
      let k = word(at + 2) === 'in' ? at + 3 : word(at + 2) === 'into' && word(at + 3) === 'office' ? at + 4 : at + 2;
      // "X was sworn in Tuesday as prime minister": the day without "on" too.
      if (word(k) === 'on' && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(tokens[k + 1]?.text ?? '')) k += 2;
      else if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$/.test(tokens[k]?.text ?? '')) k += 1;
      // "X has been elected unopposed as Tuvalu's new Prime Minister": an adverb of the vote before "as".
      if (lex.voteAdverbs.has(word(k)) && word(k + 1) === 'as') k += 1;
      from = word(k) === 'as' ? k + 1 : word(at + 2) === 'as' ? at + 3 : at + 2;
      // "Modi appointed Shah home minister": an active verb whose object is another person.
      // "Mohammed VI appointed a new prime minister": without "as", an article opens the active verb's object.
      if (reduced && (state.owner[from]?.type === 'Person' || /^(?:him|her|them|his|their)$/.test(word(from)) || (word(from - 1) !== 'as' && /^(?:a|an|the)$/.test(word(from))))) from = -1;
    }
  }
  if (from < 0 || from >= limit) return;
  const phrase = rolePhrase(state, from, limit);
  // The role noun must open the phrase's head: "named X as the man who …" names no office; "as Sri Lanka's new
  // president": a country's or a body's possessive before it does not count.
  const owner = state.owner[from];
  const head = owner && owner.type !== 'Person' && isPossessiveMark(state, endIndex(state, owner)) ? endIndex(state, owner) + 1 : from;
  if (phrase && phrase.roleAt - head <= 3) appositionRole(state, person, from, phrase, '70-roles/appointed-as');
}
