// Pass 30: titles and ranks before names ("Brig. Gen.", "Prime Minister", "national security adviser").
// They are recorded as spans so the name passes leave them out of names and the role pass keeps them as roles.
import { lexicons, type TitleEntry } from './lexicon.js';
import type { ExtractState } from './state.js';
import { UPPER_START } from './chars.js';

/** `then-President` → `President`: a prefix the role keeps but the title lookup ignores. */
export function stripPrefix(word: string): string {
  // "former soccer star-turned-President X": what someone was before the office is no part of it.
  return word.replace(/^(?:then|ex|former)-/i, '').replace(/^\p{L}+(?:-\p{L}+)*?-turned-(?=\p{Lu})/u, '');
}

/**
 * "Presidents Ana Ruiz and …", "former presidents A and B": a plural made from an office lists names only before a given
 * name ("Kings Day", "the Captains Regent", "the Presidents' Summit" name no one), and never inside a body's name ("the
 * Council of Representatives Haider X").
 */
function listsNames(state: ExtractState, from: number, to: number): boolean {
  const after = state.tokens[to];
  return state.tokens[from - 1]?.lower !== 'of' && !!after && after.sentence === state.tokens[from]!.sentence && lexicons().firstNames.has(after.text);
}

/** `derived`: also the "Minister of X" forms made from "X Minister" (only the titles pass reads them before names). */
const SUFFIXED = /-(?:designate|elect)$/i;

export function matchTitle(state: ExtractState, i: number, derived = false): { entry: TitleEntry; to: number } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  const t = tokens[i]!;
  if (!t.word) return null;
  const hyphen = t.text.includes('-');
  if (!hyphen && !lex.titleFirst.has(t.lower)) return null;
  // "Prime Minister-designate X", "President-elect X": the office with its suffix (which ends the title).
  let suffixed = hyphen && SUFFIXED.test(t.text);
  const firstText = hyphen ? stripPrefix(t.text).replace(SUFFIXED, '') : t.text;
  const firstLower = hyphen ? firstText.toLowerCase() : t.lower;
  if (hyphen && !lex.titleFirst.has(firstLower)) return null;
  // Grow the phrase while it begins some title; the longest match wins.
  const capital = UPPER_START.test(firstText);
  const before = tokens[i - 1];
  // "then-president X", "ex-president X": the prefix is a modifier as "former" is.
  const afterModifier = (!!before && before.sentence === t.sentence && lex.titleModifiers.has(before.lower)) || (hyphen && firstText !== t.text)
    // "Chilean president Gabriel Boric", "Sudan's general X": after a country's adjective or possessive too.
    // ("then-Israeli premier X": the adjective with a time's prefix.)
    || (!!before && before.sentence === t.sentence && (before.possessive ? !!lex.countryOf.get(tokens[i - 2]?.text ?? '') : UPPER_START.test(stripPrefix(before.text)) && !!lex.adjectiveOf.get(stripPrefix(before.text))))
    // "former Jakarta governor X", "Busan mayor X": after a known place's name.
    || (!!before && before.sentence === t.sentence && before.cap && lex.places.has(before.text))
    // "Libya's central bank governor X", "the court president X": after an organization's head word.
    || (!!before && before.sentence === t.sentence && before.word && lex.orgHeads.has(before.text.charAt(0).toUpperCase() + before.lower.slice(1)));
  let words = firstText;
  let lower = firstLower;
  let allLower = words === lower;
  let best: { entry: TitleEntry; to: number } | null = null;
  const max = Math.min(lex.maxTitleWords, tokens.length - i);
  for (let n = 1; n <= max; n++) {
    if (n > 1) {
      const next = tokens[i + n - 1]!;
      if (suffixed || !next.word || next.sentence !== t.sentence) break;
      suffixed = SUFFIXED.test(next.text);
      const text = suffixed ? next.text.replace(SUFFIXED, '') : next.text;
      words += ` ${text}`;
      lower += ` ${text.toLowerCase()}`;
      allLower &&= text === text.toLowerCase();
    }
    if (!lex.titlePrefixes.has(lower)) break;
    const exact = lex.titles.get(words);
    // "former president Tsai", "the late king Hussein": after a modifier an office is a title in lower case too.
    const entry = exact ?? lex.titlesLower.get(lower) ?? (allLower && afterModifier ? lex.titlesCapitalized.get(lower) : undefined);
    if (entry && (exact || allLower || capital) && (derived || !entry.derived) && (!entry.fromSingular || listsNames(state, i, i + n))) best = { entry, to: i + n };
  }
  // "Minister of Economy and Industry Mohammed X": a second portfolio joined by "and" to a "Minister of" title, when a
  // capitalized word (the name) follows it and the word after "and" opens no title of its own ("and Prime Minister").
  if (best && tokens.slice(i, best.to).some((w) => w.lower === 'of') && tokens[best.to]?.lower === 'and') {
    const second = tokens[best.to + 1];
    const after = tokens[best.to + 2];
    // Not "the Minister of Economy and Omar Salem": a given name after "and" opens a person.
    // The second portfolio is a common noun with a capital ("Industry", "Trade"), not a body's or a person's name.
    if (second?.cap && second.word && second.sentence === t.sentence && !matchTitle(state, best.to + 1) && !state.owner[best.to + 1] && !lex.firstNames.has(second.text) && lex.isCommonWord(second.lower)
      && after?.cap && after.word && after.sentence === t.sentence) best = { entry: best.entry, to: best.to + 2 };
  }
  return best;
}

/**
 * The title's own capitalized words and the one to three after it end in an organization's or a place's head word:
 * "General Intelligence Service", "General Staff", "Prince Sultan Air Base". A title of two words or more ("Maj. Gen. Ali Forces"?) never is.
 */
function startsOrganization(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  if (to - from !== 1 || tokens[from]!.text.endsWith('.')) return false;
  for (let k = to; k < to + 3; k++) {
    const t = tokens[k];
    if (!t?.word || !t.cap || t.possessive || t.sentence !== tokens[from]!.sentence) return false;
    // "Prince Sultan Air Base", "Prince Sultan AB": a site's name that starts with a title word.
    if (lex.orgHeads.has(t.text) || lex.placeHeads.has(t.text) || lex.placeHeads.has(`${tokens[k - 1]!.text} ${t.text}`)) return true;
  }
  return false;
}

const PLACE_COMPLEMENTS = new Set(['for', 'to', 'of']);
const VERB_BEFORE = new Set(['to', 'will', 'would', 'shall', 'may', 'might', 'can', 'could', 'should', 'must']);
/** Title words that are verbs too: "to head", "will chair", "to lead". */
const TITLE_VERBS = new Set(['head', 'chair', 'lead', 'judge', 'command', 'direct', 'marshal', 'counsel', 'captain', 'host', 'coach', 'pilot', 'referee', 'minister']);

let vocabulary: Set<string> | null = null;
/** Every word of the titles lexicon in lower case ("defence" of "Defence Minister"): portfolio words a wordlist may lack. */
export function titleVocabulary(): Set<string> {
  vocabulary ??= new Set([...lexicons().titlesLower.keys()].flatMap((t) => t.split(' ')));
  return vocabulary;
}

/** "special envoy for Sudan Tom Hale", "ambassador to Iraq Ana Ruiz": a known place completing the title before a name. */
/**
 * "President of Abkhazia Raul Khajimba": after a state office's "of" at `of`, one word no list knows, then a given name
 * and a surname: the word is the office's territory (the names pass makes it a place).
 */
function territoryAfterOf(state: ExtractState, of: number): boolean {
  const lex = lexicons();
  const tokens = state.tokens;
  const [prep, w, g, s] = [tokens[of], tokens[of + 1], tokens[of + 2], tokens[of + 3]];
  if (prep?.text !== 'of' || !w?.word || !w.cap || !g?.word || !g.cap || !s?.word || !s.cap || s.sentence !== prep.sentence || state.skipped[of + 1]) return false;
  if (/^\p{Lu}{2,}$/u.test(w.text) || lex.isCommonWord(w.text) || titleVocabulary().has(w.lower) || lex.firstNames.has(w.text)) return false;
  return !lex.places.has(w.text) && !lex.orgs.has(w.text) && !lex.notNames.has(w.text) && lex.firstNames.has(g.text);
}

function placeComplement(state: ExtractState, to: number): number {
  const lex = lexicons();
  const tokens = state.tokens;
  const prep = tokens[to];
  if (!prep || !PLACE_COMPLEMENTS.has(prep.text) || prep.sentence !== tokens[to - 1]!.sentence) return to;
  let words = '';
  let portfolioEnd = to;
  for (let n = 1; n <= 3; n++) {
    const t = tokens[to + n];
    if (!t?.word || !t.cap || t.sentence !== prep.sentence) break;
    words = n === 1 ? t.text : `${words} ${t.text}`;
    const after = tokens[to + n + 1];
    // After "of", only before a given name: "President of Ukraine Volodymyr Zelensky", not "commander of US Central Command".
    if (lex.places.has(words) && after?.cap && after.word && after.sentence === prep.sentence && !lex.places.has(`${words} ${after.text}`)
      && (prep.text !== 'of' || lex.firstNames.has(after.text))) return to + n + 1;
    // "Secretary of State for Defence Ben Wallace", "Minister for Foreign Affairs X": a portfolio of common words before
    // a given name (a place wins: "governor of South Kivu Marc X" is no portfolio "South").
    // "members of President X's party": an office after "of" is the next title, no portfolio.
    const portfolio = (prep.text === 'for' || prep.text === 'of') && !matchTitle(state, to + 1)
      && tokens.slice(to + 1, to + n + 1).every((w) => (lex.isCommonWord(w.text) || titleVocabulary().has(w.lower)) && !lex.places.has(w.text));
    // "Inspector General of Police S N Singh": initials open the name as a given name does.
    const initial = /^\p{Lu}\.?$/u.test(after?.text ?? '') && !!tokens[to + n + 2]?.cap && tokens[to + n + 2]!.sentence === prep.sentence;
    // "Minister for Maritime Affairs Luhut Pandjaitan": two capitalized words no list knows open a name too.
    const second = tokens[to + n + 2];
    const unknown = !!after && !lex.isCommonWord(after.lower) && !lex.places.has(after.text) && !lex.orgHeads.has(after.text)
      && !!second?.cap && second.word && second.sentence === prep.sentence && !lex.isCommonWord(second.lower) && !lex.orgHeads.has(second.text);
    if (portfolio && portfolioEnd === to && after?.cap && after.word && after.sentence === prep.sentence && (lex.firstNames.has(after.text) || initial || unknown)) portfolioEnd = to + n + 1;
  }
  return portfolioEnd;
}

/**
 * "Hassan Sheikh Mohamud": a title that is also a word of names (`inName`), right after a given name (no place's or
 * service's name), is part of the name; "North Carolina Governor X", "Madison Mayor X" keep their titles.
 */
function insideName(state: ExtractState, i: number, to: number): boolean {
  const lex = lexicons();
  const before = state.tokens[i - 1];
  if (to - i !== 1 || !before || before.sentence !== state.tokens[i]!.sentence || !before.cap || before.possessive || state.inTitle[i - 1]) return false;
  return lex.firstNames.has(before.text) && !lex.places.has(before.text) && !lex.countryOf.has(before.text) && !lex.military.has(before.text);
}

export function findTitles(state: ExtractState): void {
  const tokens = state.tokens;
  state.inTitle = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (state.skipped[i] || !tokens[i]!.word) continue;
    const found = matchTitle(state, i, true);
    if (!found) continue;
    // "will head X's team", "to head X's campaign": a lower-case title word after a modal or "to" is a verb.
    // ("linked to ex-leader X": a prefixed office is no verb.)
    // ("a rival to president X": a title that is no verb stays a title.)
    if (found.to === i + 1 && tokens[i]!.text === tokens[i]!.lower && VERB_BEFORE.has(tokens[i - 1]?.lower ?? '') && stripPrefix(tokens[i]!.text) === tokens[i]!.text && TITLE_VERBS.has(tokens[i]!.lower)) continue;
    // "Minister of Foreign Trade X", "Minister of Information Technology X": a title made from "X Minister" stands
    // before a name only when a known given name or a comma follows it, lest it cut a longer title.
    const after = tokens[found.to];
    if (found.entry.derived && !(after && (after.text === ',' || lexicons().firstNames.has(after.text) || !lexicons().isCommonWord(after.text) || matchTitle(state, found.to)))) {
      // The bare office then, its complement read as before ("Minister" + "of Foreign Trade").
      const bare = lexicons().titles.get(tokens[i]!.text);
      if (!bare) continue;
      found.entry = bare;
      found.to = i + 1;
    }
    if (found.entry.notAfterArticle && /^(?:a|an|the)$/i.test(tokens[i - 1]?.text ?? '')) continue;
    // "Tamil Nadu Chief Minister MK Stalin": capitals right after a title and before one name are the person's initials,
    // not a title ("MK"); "party leader MP Michel Aoun" keeps its MP.
    if (i > 0 && state.inTitle[i - 1] && /^\p{Lu}{2,3}$/u.test(tokens[i]!.text) && !(tokens[i + 2]?.cap && tokens[i + 2]!.word && tokens[i + 2]!.sentence === tokens[i]!.sentence)) continue;
    if (found.entry.inName && insideName(state, i, found.to)) continue;
    const bare = found.to;
    const territory = found.entry.state && territoryAfterOf(state, bare) ? bare + 1 : undefined;
    found.to = territory !== undefined ? bare + 2 : placeComplement(state, found.to);
    const end = found.to;
    // "Chief of Army Staff (COAS) Gen X": the title's acronym in brackets belongs to it.
    if (tokens[end]?.text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ')' && tokens[end + 3]?.cap && tokens[end + 3]!.sentence === tokens[i]!.sentence) found.to = end + 3;
    const next = tokens[found.to];
    // A title matters only before a name or another title ("commander Maj. Gen. Karim Darvish"), or, for a title that is
    // no state office, before "of" and the organization whose name precedes the name ("Spokesman of the Harbor Front X").
    const ofComplement = next?.text === 'of' && !found.entry.state && tokens[found.to + 1]?.sentence === next.sentence && (tokens[found.to + 1]!.cap || tokens[found.to + 1]!.text === 'the');
    if (!next || next.sentence !== tokens[i]!.sentence || (!next.cap && !ofComplement)) continue;
    // "Martin Luther King Jr.": a one-word title right before a generational suffix is the surname the suffix follows.
    if (found.to === i + 1 && i > 0 && tokens[i - 1]!.cap && tokens[i - 1]!.sentence === next.sentence && (lexicons().nameSuffixes.has(next.text) || lexicons().nameSuffixes.has(`${next.text}.`))) continue;
    // "Egypt's General Intelligence Service": a rank that begins an organization's name is no title.
    if (startsOrganization(state, i, found.to)) continue;
    const written = tokens.slice(i, end).map((t) => t.text).join(' ');
    // "Reps." gives each name the singular "Rep.", "Then-Sens." keeps its prefix.
    const plural = found.entry.as !== undefined;
    const head = tokens.slice(i, bare).map((t) => t.text).join(' ');
    const text = plural ? head.slice(0, head.length - found.entry.t.length) + found.entry.as! + written.slice(head.length) : written;
    state.titles.set(found.to - 1, {
      from: i, to: found.to, text, state: found.entry.state, government: found.entry.government ?? false, orgs: found.entry.orgs ?? [], plural,
      // "Secretary of State for Defence" is no American office: a complement leaves the title's one country out.
      ...(found.entry.country && found.to === bare ? { country: found.entry.country } : {}),
      ...(found.entry.styled ? { styled: true } : {}),
      ...(found.entry.styledFull ? { styledFull: true } : {}),
      ...(territory !== undefined ? { territory } : {}),
    });
    for (let k = i; k < found.to; k++) state.inTitle[k] = true;
    i = found.to - 1;
  }
}

/** The title span that ends right before token `i`, following a chain of titles back to the first. */
export function titlesBefore(state: ExtractState, i: number): { from: number; titles: string[]; state: boolean; government: boolean; orgs: string[]; countries: string[]; plural: boolean } | null {
  if (!state.titles.has(i - 1)) return null;
  let at = i - 1;
  const titles: string[] = [];
  let isState = false;
  let government = false;
  let plural = false;
  const orgs: string[] = [];
  const countries: string[] = [];
  let from = i;
  for (let span = state.titles.get(at); span; span = state.titles.get(at)) {
    titles.unshift(span.text);
    isState ||= span.state;
    government ||= span.government;
    plural ||= span.plural;
    orgs.push(...span.orgs);
    if (span.country) countries.push(span.country);
    from = span.from;
    at = span.from - 1;
  }
  return titles.length ? { from, titles, state: isState, government, orgs, countries, plural } : null;
}

export function isTitleToken(state: ExtractState, i: number): boolean {
  return state.inTitle[i] === true;
}
