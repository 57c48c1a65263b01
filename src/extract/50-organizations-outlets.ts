// Pass 50, last: media outlets named by their role in the sentence, whatever their name: "told Rudaw that",
// "Kurdistan24 reported", "according to Al Mayadeen", "in an interview with Asharq Al-Awsat"; and a body that speaks
// under a definite article: "the Red Crescent said".
import { lexicons } from './lexicon.js';
import { addMention, isFree, personWords, positionsOf, type ExtractState } from './state.js';
import { nameKey } from './org-keys.js';
import { titleVocabulary } from './30-titles.js';

/** "al-Monitor", "el-Watan": an Arabic article before a capital opens a name as a capital does. */
const ARTICLED = /^(?:al|el|an|ar|as|ash|ad)-\p{Lu}/u;
/** Words that may follow an outlet told something: "told Rudaw that", "told Rudaw on Monday", "told Rudaw." */
const AFTER_TOLD = new Set(['that', 'on', 'in', 'late', 'last', 'earlier', 'this', 'during', 'after', 'when', ',', '.', ';', ':']);
/** Nouns after an outlet's name that say what it is: "told Al-Hadath television", "Channels TV". */
const MEDIA_NOUNS = new Set(['television', 'tv', 'radio', 'newspaper', 'channel', 'daily', 'broadcaster', 'website', 'agency']);
/** What may end a clause after "X reported": ", the Libyan Observer reported.", "as Ukrinform reported earlier". */
const AFTER_REPORTED = new Set(['.', ',', ';', 'earlier', 'on', 'last', 'this', 'late', 'citing', 'quoting']);

export function outlets(state: ExtractState): void {
  const tokens = state.tokens;
  const surnames = personWords(state);
  // Whether the article calls someone by a surname alone: asked once, at the first cue (the pass adds no person).
  let surnameAlone: boolean | undefined;
  for (let i = 1; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (!(t.cap || ARTICLED.test(t.text)) || !t.word || !isFree(state, i, i + 1)) continue;
    // "told The Irrawaddy": an outlet whose name opens with "The" (names are compared without it).
    const before = tokens[i - 1]!.lower;
    const lead = before === 'told' && t.text === 'The' && tokens[i + 1]?.cap && tokens[i + 1]!.sentence === t.sentence && isFree(state, i + 1, i + 2) ? 1 : 0;
    const before2 = tokens[i - 2]?.lower;
    if (lead) { i++; t = tokens[i]!; }
    // "The Coordination Framework said": a sentence's capitalized "The" is the article of the name after it.
    else if (t.text === 'The') continue;
    const run = capitalRun(state, i);
    if (run === i) continue;
    const after = tokens[run];
    const afterText = after?.sentence === t.sentence ? after.lower : '.';
    let outlet = false;
    // "the Red Crescent said": a definite name as the subject of a speech verb is a body, not a person.
    // "the Shia-led Coordination Framework announced": a hyphenated modifier between the article and the name.
    const definite = before === 'the' || (/-(?:led|backed|based|aligned|linked|run|allied)$/.test(before) && before2 === 'the');
    // At a sentence's start ("The Dalai Lama said", "The Reverend Al Sharpton said") only a name that ends in a body's
    // head or in a word no person's name holds ("The Coordination Framework said").
    const opening = tokens[i - 1]!.text === 'The' && tokens[i - 1]!.first;
    const lastWord = tokens[run - 1]!.text;
    // "The Hartlepool MP said": a title ends no body's name.
    const bodyName = (!opening || lexicons().orgHeads.has(lastWord) || lexicons().notNames.has(lastWord)) && !lexicons().titles.has(lastWord);
    const definiteSpeaker = definite && bodyName && tokens[i - 1]!.sentence === t.sentence && lexicons().speechVerbs.has(afterText) && !isTitle(state, i, run);
    const medium = MEDIA_NOUNS.has(afterText);
    // "told Rudaw that …", "told Al-Hadath television": an object of "told" that no person of the article is named by.
    if (before === 'told' && (AFTER_TOLD.has(afterText) || medium)) outlet = true;
    // "reported by NewsMaker".
    else if (before === 'by' && before2 === 'reported') outlet = true;
    // ", the English-language Libyan Observer reported.", ", Ukrinform reports.", "As Ukrinform reported earlier".
    else if (/^report(?:ed|s)$/.test(afterText) && AFTER_REPORTED.has(tokens[run + 1]?.sentence === t.sentence ? tokens[run + 1]!.lower : '.') && clauseOpens(state, i - lead)) outlet = true;
    // "Erbil (Kurdistan24) –": the outlet in brackets after a dateline's place.
    else if (before === '(' && datelinePlace(state, i - 2) && afterText === ')' && /^[–—-]$/.test(tokens[run + 1]?.text ?? '')) outlet = true;
    // "according to Al Mayadeen," at a clause's end; not "according to Siyamend Ali, a spokesman for …", a person.
    else if (before === 'to' && before2 === 'according' && /^[,.;]$/.test(afterText) && !roleFollows(state, run)) outlet = true;
    // "in an interview with Asharq Al-Awsat".
    else if (before === 'with' && before2 === 'interview') outlet = true;
    // "Kurdistan24 reported": the subject of "reported" at a sentence's start.
    else if ((t.first || tokens[i - 1]!.sentence !== t.sentence) && afterText === 'reported') outlet = true;
    else if (definiteSpeaker) outlet = true;
    // "Ruiz told Horvat that", "according to Hale": one plain word after a cue is as likely a surname. Taken alone:
    // a name with a digit, in capitals or with a capital inside ("Kurdistan24", "MENAFN", "NewsMaker"), one before a
    // media noun, the subject of "reported" that opens a sentence, and an agency's present (", Ukrinform reports.");
    // ", Kadyrov reported." after a clause may be a person's surname.
    const startsReport = (/^report(?:ed|s)$/.test(afterText) && (t.first || tokens[i - 1]!.sentence !== t.sentence)) || afterText === 'reports';
    // "told Rudaw that", "in an interview with Rudaw": after "told" or "interview with", a word no person of the article
    // is named by (see plausible) is the outlet, as a journalist names a person in full before the surname alone.
    // ("told Canadians that": a people is no outlet; "told al-Hakim", an Arabic article's word, may be a surname; so may
    // any word where the article calls someone by a surname it never gives in full: "Biden told Netanyahu that".)
    const cue = (before === 'told' && (afterText === 'that' || afterText === 'on' || afterText === 'in')) || (before === 'with' && before2 === 'interview');
    const people = t.text.endsWith('s') && lexicons().countryOf.has(t.text.slice(0, -1));
    const toldOutlet = cue && !people && !ARTICLED.test(t.text) && !surnameTells(state, i - 1) && !(surnameAlone ??= bySurnameAlone(state));
    const single = run - i === 1 && !startsReport && !medium && !lead && !toldOutlet && !/\d/.test(t.text) && t.text !== t.text.toUpperCase() && !/\p{Ll}\p{Lu}/u.test(t.text)
      // "an interview with al-Monitor": an Arabic article's name after "interview with" (not "told al-Hakim", a surname).
      && !(ARTICLED.test(t.text) && before === 'with' && before2 === 'interview');
    // "the state TV reported": a media noun alone is no outlet's name.
    const bare = run - i === 1 && MEDIA_NOUNS.has(t.lower);
    if (!outlet || single || bare || !plausible(state, i, run, surnames, definiteSpeaker)) { i = run - 1; continue; }
    const text = state.text.slice(t.start, tokens[run - 1]!.end);
    addMention(state, 'Organization', i, run, definiteSpeaker ? '50-organizations/definite-speaker' : '50-organizations/outlet-by-role', { key: nameKey(text) });
    i = run - 1;
  }
}

/** A person the article names by one word only, no longer name of theirs holding it ("Biden"). */
function bySurnameAlone(state: ExtractState): boolean {
  const persons = state.mentions.filter((m) => m.type === 'Person');
  const longer = new Set(persons.filter((m) => m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
  return persons.some((m) => !m.text.includes(' ') && !longer.has(m.text));
}

/** "Biden told Netanyahu": the one capitalized word before "told" at `k`, no body's or place's, is a person's surname. */
function surnameTells(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  const subject = tokens[k - 1];
  if (tokens[k]?.lower !== 'told' || !subject?.cap || !subject.word || subject.sentence !== tokens[k]!.sentence || state.owner[k - 1]) return false;
  const before = tokens[k - 2];
  return !before || before.sentence !== subject.sentence || !before.cap;
}

/** ", a spokesman for", ", the head of": a role in apposition after the comma at `k` describes a person. */
function roleFollows(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  if (tokens[k]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  const roleNouns = lexicons().roleNouns;
  for (let j = k + 2; j < k + 6 && tokens[j]?.word && !tokens[j]!.cap; j++) if (roleNouns.has(tokens[j]!.lower)) return true;
  return false;
}

/** "Erbil (", "BAGHDAD, Iraq (": a place's name that opens its line, where a dateline stands (places are found after this pass). */
function datelinePlace(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  const t = tokens[k];
  if (!t?.cap) return false;
  let first = k;
  while (first > 0 && first > k - 4 && tokens[first - 1]!.sentence === t.sentence && (tokens[first - 1]!.cap || tokens[first - 1]!.text === ',')) first--;
  return tokens[first]!.first && /\n\s*$|^$/.test(state.text.slice(Math.max(0, tokens[first]!.start - 3), tokens[first]!.start));
}

/** A clause opens before the name: a comma, perhaps "the" and lower-case or hyphenated words ("the English-language"), or "As". */
function clauseOpens(state: ExtractState, i: number): boolean {
  const tokens = state.tokens;
  let k = i - 1;
  while (k >= 0 && k > i - 4 && tokens[k]!.word && !tokens[k]!.cap && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.lower !== 'by') k--;
  const w = tokens[k];
  return !!w && (w.text === ',' || (w.lower === 'as' && (w.first || tokens[k - 1]?.text === ','))) && w.sentence === tokens[i]!.sentence;
}

/** The end of one to three free capitalized words from `i` in its sentence ("Al Mayadeen", "Kurdistan24"). */
function capitalRun(state: ExtractState, i: number): number {
  const tokens = state.tokens;
  let to = i;
  while (to < i + 3 && (tokens[to]?.cap || (to === i && ARTICLED.test(tokens[to]!.text))) && tokens[to]!.word && !tokens[to]!.possessive && tokens[to]!.sentence === tokens[i]!.sentence && isFree(state, to, to + 1)) to++;
  return to;
}

/** No person's name (in any case: "By PETER MWANGI" then "told Mwangi"), place, title or function word. */
function plausible(state: ExtractState, from: number, to: number, surnames: Set<string>, body = false): boolean {
  const lex = lexicons();
  const words = state.tokens.slice(from, to).map((t) => t.text);
  // "the Libyan Observer": a nationality may open an outlet's name of two words or more; "the Coordination
  // Framework said": a body's name may hold words that are no one's name, when it has another word.
  const notName = (w: string): boolean => lex.notNames.has(w) && (!body || words.every((x) => lex.notNames.has(x)));
  if (words.some((w, k) => surnames.has(w.toLowerCase()) || notName(w) || lex.places.has(w) || (lex.countryOf.has(w) && !(k === 0 && words.length > 1 && lex.adjectiveOf.has(w))))) return false;
  // "told Kang Yu-jung": a Korean or Chinese given name ("Yu-jung", "Jae-myung") makes a person.
  if (words.some((w) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w))) return false;
  if (lex.firstNames.has(words[0]!) || lex.titles.has(words[0]!) || lex.isCommonWord(words.join(' '))) return false;
  return !lex.places.has(words.join(' '));
}

/** "the Supreme Leader said", "the Crown Prince said": a title, or words of titles, speak for a person. */
function isTitle(state: ExtractState, from: number, to: number): boolean {
  const lex = lexicons();
  const words = state.tokens.slice(from, to).map((t) => t.text);
  // "the Iraqi Defence Minister said": a nationality before the title too.
  return lex.titles.has(words.join(' ')) || words.every((w) => lex.titleFirst.has(w.toLowerCase()) || titleVocabulary().has(w.toLowerCase()) || lex.adjectiveOf.has(w));
}

/**
 * The outlet the article's metadata names ("source: Rudaw", a page's site name), where the text names it too: "told
 * Rudaw,", "Shafaq News – Damascus". A name of one word only when it is no common word, place or given name.
 */
const SOURCE_FOLLOWERS = new Set(['said', 'says', 'reported', 'reports', 'reporting', 'quoted', 'cited', 'learned', 'learnt', 'that', 'on', 'in', 'late', 'earlier', 'last', 'this', 'after', 'when', 'during', 'and', 'has', 'had', 'was', 'is', 'newspaper', 'television', 'tv', 'news', 'agency']);

export function articleSource(state: ExtractState): void {
  const lex = lexicons();
  const source = state.input.source?.trim();
  if (!source || source.length > 60) return;
  const forms = [source];
  // "The New Arab" is also written "the New Arab"; "The National" is left whole (its second word is too plain alone).
  if (/^The\s+\S+\s+\S+/.test(source)) forms.push(source.replace(/^The\s+/, ''));
  const tokens = state.tokens;
  for (const form of forms) {
    const words = form.split(/\s+/);
    // "964media" opens with a digit, "Rudaw" with a capital.
    if (words.length === 1 && (lex.isCommonWord(form.toLowerCase()) || lex.places.has(form) || lex.firstNames.has(form) || !/^[\p{Lu}\d]/u.test(form))) continue;
    for (const i of positionsOf(state, [words[0]!])) {
      const end = i + words.length;
      if (!words.every((w, k) => tokens[i + k]?.text === w && tokens[i + k]!.sentence === tokens[i]!.sentence) || !isFree(state, i, end)) continue;
      // "The National Assembly": the outlet's words inside a longer name are not the outlet.
      const next = tokens[end];
      const prev = tokens[i - 1];
      if (next?.cap && next.word && next.sentence === tokens[i]!.sentence) continue;
      // "The Star of David", "The East African nation said", "The Independent candidate": the words open another noun
      // phrase; the outlet stands before punctuation, a speech verb or a preposition of reporting.
      if (next?.word && next.sentence === tokens[i]!.sentence && !next.cap && (next.lower === 'of' || !(SOURCE_FOLLOWERS.has(next.lower) || /ed$/.test(next.lower)))) continue;
      if (prev?.cap && prev.word && prev.sentence === tokens[i]!.sentence && !prev.first) continue;
      addMention(state, 'Organization', i, end, '50-organizations/article-source', { key: nameKey(form) });
    }
  }
}
