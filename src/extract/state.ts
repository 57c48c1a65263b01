// The working state the numbered passes share while they read one article.
import type { EntityLabel } from '../../graph-schema/index.js';
import type { ExtractInput, Finding, Mention, Sentence } from './types.js';

export interface Token {
  text: string;
  /** `text` in lower case, computed once: most lexicon lookups are case-insensitive. */
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Starts with a capital letter (or is `al-X` with a capital after the particle). */
  cap: boolean;
  /** A word, as opposed to punctuation. */
  word: boolean;
  /** The token is a possessive ending (`’s`) split off the word before it. */
  possessive: boolean;
  /** First word of its sentence. */
  first: boolean;
}

export interface TitleSpan {
  /** Token range [from, to) of the title words, modifiers excluded. */
  from: number;
  to: number;
  text: string;
  state: boolean;
  government: boolean;
  orgs: string[];
  /** "President of Abkhazia": the token of a territory no list knows that the office's "of" names. */
  territory?: number;
  /** The one country that has this office ("Secretary of State": the United States). */
  country?: string;
  /** A plural title ("Reps.") that stands before two coordinated names. */
  plural: boolean;
  /** A sovereign's style ("King", "Pope"), by which the person is known with the given name. */
  styled?: boolean;
  /** The style goes with a full name too ("Sheikh Tamim bin Hamad Al Thani"). */
  styledFull?: boolean;
}

export interface RoleDraft {
  person: Mention;
  role: string;
  org: Mention | null;
  country: string | null;
  government: boolean;
  impliedOrgs: string[];
  sentence: number;
  rule: string;
  /** A state office with no country or body in its sentence ("President X said"): the article's country may be its. */
  bareOffice?: boolean;
  /** Why the story-country rule left a bare office without the country (a visitor, another country's office, …). */
  declined?: string;
}

export interface ExtractState {
  input: ExtractInput;
  text: string;
  sentences: Sentence[];
  /** Sentences that are headlines or page furniture in title case: only lexicon matches there. */
  headline: Set<number>;
  tokens: Token[];
  /** Tokens inside page furniture that no pass reads. */
  skipped: boolean[];
  /** The mention that owns each token, if any. */
  owner: (Mention | null)[];
  mentions: Mention[];
  /** Title spans found by 30-titles, keyed by the index of their last token. */
  titles: Map<number, TitleSpan>;
  /** Tokens inside a title span. */
  inTitle: boolean[];
  roles: RoleDraft[];
  /** The publication named by a source line (`The Wall Street Journal, Jan. 17, 2024`). */
  publication: Mention | null;
  /** The article's authors, from its bylines. */
  authors: Mention[];
  findings: Finding[];
  /** Record findings for `kg build --explain`; off, the passes skip building them. */
  explain: boolean;
  /** Token positions by token text, built on first use (tokens do not change after pass 10): see `positionsOf`. */
  byText?: Map<string, number[]>;
  /** Positions of tokens with a hyphen inside, built on first use. */
  hyphened?: number[];
}

export function newState(input: ExtractInput, explain = true): ExtractState {
  return {
    input, text: input.text, sentences: [], headline: new Set(), tokens: [], skipped: [], owner: [], mentions: [],
    titles: new Map(), inTitle: [], roles: [], publication: null, authors: [], findings: [], explain,
  };
}

export function sentenceText(state: ExtractState, index: number): string {
  return state.sentences[index]?.text ?? '';
}

export function note(state: ExtractState, finding: Omit<Finding, 'sentence'> & { sentenceIndex: number }): void {
  if (!state.explain) return;
  // Built field by field (no rest/spread, which is slow here), in the order the findings always had.
  const { kind, text, rule, start, end } = finding;
  const sentence = sentenceText(state, finding.sentenceIndex);
  state.findings.push('detail' in finding ? { kind, text, rule, start, end, detail: finding.detail, sentence } : { kind, text, rule, start, end, sentence });
}

/** The words of the article's person mentions so far, in lower case ("By PETER MWANGI" then "told Mwangi"). */
export function personWords(state: ExtractState): Set<string> {
  const out = new Set<string>();
  for (const m of state.mentions) if (m.type === 'Person') for (const w of m.text.split(/\s+/)) out.add(w.toLowerCase());
  return out;
}

export function isFree(state: ExtractState, from: number, to: number): boolean {
  if (from < 0 || to > state.tokens.length || from >= to) return false;
  for (let i = from; i < to; i++) if (state.owner[i] || state.skipped[i]) return false;
  return true;
}

export interface MentionExtras { key?: string; canonical?: string; start?: number; end?: number; allowSkipped?: boolean }

/** Adds a mention over tokens [from, to) (or a character sub-range of them) and claims the tokens. */
export function addMention(state: ExtractState, type: EntityLabel, from: number, to: number, rule: string, extras: MentionExtras = {}): Mention | null {
  for (let i = from; i < to; i++) if (state.owner[i] || (state.skipped[i] && !extras.allowSkipped)) return null;
  const first = state.tokens[from];
  const last = state.tokens[to - 1];
  if (!first || !last) return null;
  const start = extras.start ?? first.start;
  const end = extras.end ?? last.end;
  const mention: Mention = { type, text: state.text.slice(start, end), start, end, sentence: first.sentence, rule };
  if (extras.key) mention.key = extras.key;
  if (extras.canonical) mention.canonical = extras.canonical;
  // "[Russian President Vladimir] Putin": an editor's brackets inside a name are not part of it.
  else if (type === 'Person' && /[[\]]/.test(mention.text)) mention.canonical = mention.text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  // 'Michael "Erik" Kurilla': the nickname is no part of the name.
  else if (type === 'Person' && /["“]/.test(mention.text)) mention.canonical = mention.text.replace(/\s*["“][^"”]*["”]\s*/g, ' ').trim();
  for (let i = from; i < to; i++) state.owner[i] = mention;
  state.mentions.push(mention);
  if (state.explain) note(state, {
    kind: 'mention', text: mention.text, rule, start, end, sentenceIndex: first.sentence,
    detail: extras.canonical && extras.canonical !== mention.text ? `${type} → ${extras.canonical}` : type,
  });
  return mention;
}

/** Index of the first token at or after a character offset. */
export function tokenAt(state: ExtractState, offset: number): number {
  let lo = 0;
  let hi = state.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (state.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [from, to) covering the characters [start, end). */
export function tokenRange(state: ExtractState, start: number, end: number): [number, number] {
  const from = tokenAt(state, start);
  let to = from;
  while (to < state.tokens.length && state.tokens[to]!.start < end) to++;
  return [from, to];
}

export function words(state: ExtractState, from: number, to: number): string {
  return state.tokens.slice(from, to).map((t) => t.text).join(' ');
}

/** Index of the token that starts at `offset`, or -1. */
export function tokenStartingAt(state: ExtractState, offset: number): number {
  const i = tokenAt(state, offset);
  return state.tokens[i]?.start === offset ? i : -1;
}

/**
 * Positions of the tokens written as one of `words`, in text order. Passes that start from a few trigger words
 * ("army", "Office", a compass word) read only those tokens instead of scanning the whole article each.
 */
export function positionsOf(state: ExtractState, words: Iterable<string>): number[] {
  let index = state.byText;
  if (!index) {
    index = new Map();
    state.tokens.forEach((t, i) => {
      const list = index!.get(t.text);
      if (list) list.push(i);
      else index!.set(t.text, [i]);
    });
    state.byText = index;
  }
  const out: number[] = [];
  for (const w of words) {
    const list = index.get(w);
    if (list) for (const i of list) out.push(i);
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** The word appears in lower case somewhere in the article ("residents", "bank"): a common noun there, not a name. */
export function writtenInLowerCase(state: ExtractState, lower: string): boolean {
  return positionsOf(state, [lower]).some((k) => state.tokens[k]!.word && !state.tokens[k]!.cap);
}

/** Positions of the tokens with a hyphen inside ("DNO-operated", "Abd-al-Hadi"), in text order. */
export function hyphenedTokens(state: ExtractState): number[] {
  if (!state.hyphened) {
    state.hyphened = [];
    state.tokens.forEach((t, i) => {
      if (t.text.length > 2 && t.text.includes('-')) state.hyphened!.push(i);
    });
  }
  return state.hyphened;
}
