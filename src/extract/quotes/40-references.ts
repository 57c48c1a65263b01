// Pass 40: pronouns and definite phrases to the speaker they point back to. "he said" → the subject of
// the preceding attribution; "the official added" → the earlier unnamed official; "the document" → "a joint statement".
import { isPossessive, isSentenceSubject, insideQuote, paragraphIndex, sentenceEnd, sentenceStart, type QuoteContext } from './context.js';
import type { Mention } from '../types.js';
export { isSentenceSubject } from './context.js';
import { lastAtOrBefore } from './00-text.js';
import { kindOfHead, resolveSubjectBefore, singular, type SourceKind, type Subject } from './20-noun-phrase.js';
import { ABBREVIATED_HEADS, COURT_DOCUMENTS, DOCUMENT_HEADS, GENERIC_SOURCE_HEADS, ISSUED_HEADS, ORG_HEADS, PERSON_HEADS, SPEECH_VERB_SOURCE } from './lexicon.js';
import { lexicons } from '../lexicon.js';
import { TITLE_SUBJECT } from '../speech-verbs.js';
import { headWord } from '../org-keys.js';
import { agrees, headGender, nameGender, pronounGender, type Gender } from './gender.js';

export type Speaker =
  | { kind: 'mention'; mention: number }
  | { kind: 'unnamed'; text: string; sourceKind: SourceKind; head: string };

/** A speech verb outside quotes and the speaker it was resolved to. */
export interface Attribution {
  verbStart: number;
  verbEnd: number;
  /** The subject follows the verb (", said Bellini", "according to X"). */
  inverted: boolean;
  /** Where the words that name the subject start (for subject-first verbs). */
  regionStart: number;
  speaker: Speaker | null;
  rule: string | null;
}

export interface Resolved {
  speaker: Speaker;
  rule: string;
}

/** "50-year-old", "the 72-year-old": an age used as a noun for a person. */
const AGE = /^\d{1,3}-year-old$/;

const windowStart = (ctx: QuoteContext, pos: number, back: number): number =>
  ctx.paragraphs[Math.max(0, paragraphIndex(ctx, pos) - back)]?.start ?? 0;

/** "the Socialist": one capitalized word after the article. */
const THE_CAPITALIZED_WORD = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u;

/** The person who spoke last before `pos`, in this paragraph or the one before. */
function lastPersonSpeaker(ctx: QuoteContext, pos: number, history: readonly Attribution[]): NonNullable<Attribution['speaker']> | null {
  const near = windowStart(ctx, pos, 1);
  for (let k = history.length - 1; k >= 0; k--) {
    const e = history[k]!;
    if (e.verbStart >= pos) continue;
    if (e.verbStart < near) break;
    if (isPersonSpeaker(ctx, e.speaker)) return e.speaker!;
  }
  return null;
}

export function resolveSubject(ctx: QuoteContext, subject: Subject | null, history: readonly Attribution[]): Resolved | null {
  if (!subject) return null;
  switch (subject.kind) {
    case 'mention':
      return { speaker: { kind: 'mention', mention: subject.mention }, rule: subject.how };
    case 'unnamed':
      return { speaker: { kind: 'unnamed', text: subject.text, sourceKind: subject.sourceKind, head: subject.head }, rule: subject.how };
    case 'pronoun':
      return resolvePronoun(ctx, subject.pronoun, subject.pos, history);
    case 'anaphora':
      return resolveDefinite(ctx, subject, history);
  }
}

const isPersonSpeaker = (ctx: QuoteContext, s: Speaker | null): boolean =>
  s?.kind === 'mention' && ctx.mentions[s.mention]!.type === 'Person';


/** "The Fatah official stressed …", "The minister added …": a sentence opening with "the", capitalized words and a role noun. */
function describedSubject(ctx: QuoteContext, start: number): boolean {
  const m = /^(?:The|the)\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}([\p{Ll}-]+)\s+[\p{Ll}]+/u.exec(ctx.text.slice(start, start + 120));
  return !!m && lexicons().roleNouns.has(m[1]!);
}

function resolvePronoun(ctx: QuoteContext, pronoun: 'person' | 'thing' | 'plural', pos: number, history: readonly Attribution[]): Resolved | null {
  const from = windowStart(ctx, pos, 2);
  const recent = history.filter((e) => e.verbStart < pos && e.verbStart >= from && e.speaker);
  if (pronoun === 'person') {
    // "The Secretary General thanked President X … “…,” he said": the title the sentence before opens with is its subject.
    const titled = definiteTitleHolder(ctx, sentenceStart(ctx, sentenceStart(ctx, pos) - 1), pos);
    if (titled !== undefined) return { speaker: { kind: 'mention', mention: titled }, rule: 'pronoun-to-definite-title-subject' };
    // "“… I hate James Shaw …,” he said": a person the quotation names is spoken about, not speaking.
    const named = namedInQuoteBefore(ctx, pos);
    // "he" or "she", as the attribution writes it.
    const said = /^(?:he|she)\b/iu.exec(ctx.text.slice(pos, pos + 4))?.[0];
    // "she said" points back to no one a given name or a gendered noun makes a man, and "he said" to no woman.
    const gender = pronounGender(said);
    const fits = (m: Mention): boolean => agrees(gender, nameGender(m.canonical ?? m.text));
    const event = [...recent].reverse().find((e) => isPersonSpeaker(ctx, e.speaker) && !(e.speaker!.kind === 'mention' && named(ctx.mentions[e.speaker!.mention]!)) && speakerAgrees(ctx, e.speaker!, gender));
    let subject = -1;
    let nearest = -1;
    const floor = windowStart(ctx, pos, 3);
    for (let j = lastAtOrBefore(ctx.mentions, pos - 1); j >= 0; j--) {
      const m = ctx.mentions[j]!;
      if (m.start < floor) break;
      if (m.type !== 'Person' || m.end > pos || isPossessive(ctx, m) || insideQuote(ctx, m.start)) continue;
      if (named(m) || !fits(m)) continue;
      // "Trump, he said, had slipped into Iraq": the name the tag interrupts is the reported clause's subject, not "he".
      if (/^\s*,\s*$/.test(ctx.text.slice(m.end, pos))) continue;
      if (nearest < 0) nearest = j;
      if (m.start >= from && isSentenceSubject(ctx, j, said)) {
        subject = j;
        break;
      }
    }
    // "Mahama won 56% of the vote … ¶ He took the oath at Black Star Square. ¶ “…,” he said": sentences whose subject is
    // the same pronoun carry the subject of an older paragraph on.
    if (subject < 0 && said && carriedPronoun(ctx, from, pos, said)) {
      const far = windowStart(ctx, pos, 4);
      for (let j = lastAtOrBefore(ctx.mentions, from - 1); j >= 0; j--) {
        const m = ctx.mentions[j]!;
        if (m.start < far) break;
        if (m.type !== 'Person' || isPossessive(ctx, m) || insideQuote(ctx, m.start) || named(m) || !fits(m)) continue;
        if (isSentenceSubject(ctx, j, said)) { subject = j; break; }
      }
    }
    const subjectPos = subject >= 0 ? ctx.mentions[subject]!.start : -1;
    // "A man who survived the attack told Myanmar Now that … ¶ “…,” he said": the unnamed person who reported the sentence
    // before, when no one named or quoted since is nearer.
    const reporter = unnamedReporterBefore(ctx, pos);
    if (reporter && speakerAgrees(ctx, reporter.speaker, gender) && Math.max(subjectPos, event?.verbStart ?? -1, nearest >= 0 ? ctx.mentions[nearest]!.start : -1) < reporter.from) {
      return { speaker: reporter.speaker, rule: 'pronoun-to-unnamed-reporter-before' };
    }
    // "… was represented by its president, X. The separation, he said, …": a person named in the pronoun's own
    // paragraph wins over a subject or attribution from the paragraphs before.
    const para = paragraphIndex(ctx, pos);
    const earlier = Math.max(subjectPos, event?.verbStart ?? -1);
    if (nearest >= 0 && paragraphIndex(ctx, ctx.mentions[nearest]!.start) === para && earlier >= 0 && paragraphIndex(ctx, earlier) < para) {
      return { speaker: { kind: 'mention', mention: nearest }, rule: 'pronoun-to-person-in-paragraph' };
    }
    if (event && event.verbStart > subjectPos) return { speaker: event.speaker!, rule: 'pronoun-to-attribution-subject' };
    if (subject >= 0) return { speaker: { kind: 'mention', mention: subject }, rule: 'pronoun-to-sentence-subject' };
    // "The Fatah official stressed that President X … ¶ “…,” he said": the sentence before opens with a description
    // of the person the article has been quoting; the last person quoted within five paragraphs, not the name inside.
    if (describedSubject(ctx, sentenceStart(ctx, sentenceStart(ctx, pos) - 1))) {
      const floor5 = windowStart(ctx, pos, 5);
      const quoted = [...history].reverse().find((e) => e.verbStart < pos && e.verbStart >= floor5 && isPersonSpeaker(ctx, e.speaker) && speakerAgrees(ctx, e.speaker!, gender));
      if (quoted) return { speaker: quoted.speaker!, rule: 'pronoun-to-described-subject-quoted-before' };
    }
    if (nearest >= 0) return { speaker: { kind: 'mention', mention: nearest }, rule: 'pronoun-to-nearest-person' };
    return null;
  }
  const fits = (s: Speaker): boolean => {
    if (s.kind === 'mention') return ctx.mentions[s.mention]!.type === 'Organization';
    if (pronoun === 'thing') return s.sourceKind !== 'unnamed-person';
    return s.sourceKind === 'group' || singular(s.head) !== s.head;
  };
  const event = [...recent].reverse().find((e) => fits(e.speaker!));
  if (event) return { speaker: event.speaker!, rule: `pronoun-${pronoun}-to-attribution-subject` };
  // "The White House was measured. In a statement, it called the talks “…”": the organization the last sentence is about.
  const floor = sentenceStart(ctx, sentenceStart(ctx, pos) - 1);
  for (let j = lastAtOrBefore(ctx.mentions, pos - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < floor) break;
    if (m.type === 'Organization' && m.end <= pos && !isPossessive(ctx, m) && !insideQuote(ctx, m.start) && isSentenceSubject(ctx, j)) {
      return { speaker: { kind: 'mention', mention: j }, rule: `pronoun-${pronoun}-to-sentence-subject` };
    }
  }
  return null;
}

/** A speaker whose name or head noun has no gender, or the pronoun's. */
function speakerAgrees(ctx: QuoteContext, speaker: Speaker, gender: Gender | undefined): boolean {
  if (!gender) return true;
  return agrees(gender, speaker.kind === 'mention' ? nameGender(ctx.mentions[speaker.mention]!.canonical ?? ctx.mentions[speaker.mention]!.text) : headGender(speaker.head));
}

/** The unnamed person ("a man who survived the attack") whose speech verb the sentence before `pos`'s own reports. */
function unnamedReporterBefore(ctx: QuoteContext, pos: number): { speaker: Speaker; from: number } | null {
  const own = sentenceStart(ctx, pos);
  const from = sentenceStart(ctx, own - 1);
  if (own <= 0 || from >= own) return null;
  // (matchAll reads a copy of the pattern: its lastIndex is never moved.)
  verbPattern ??= new RegExp(SPEECH_VERB_SOURCE, 'gu');
  for (const m of ctx.text.slice(from, own).matchAll(verbPattern)) {
    const at = from + m.index;
    if (insideQuote(ctx, at)) continue;
    // "A witness told …", not "“…,” the official told …" (a definite one points back further) nor a quotation's words.
    if (/["“”«»]/u.test(ctx.text.slice(from, at))) return null;
    const subject = resolveSubjectBefore(ctx, from, at);
    if (subject?.kind !== 'unnamed' || subject.sourceKind !== 'unnamed-person' || !/^(?:a|an|one|another)\s/iu.test(subject.text)) return null;
    return { speaker: { kind: 'unnamed', text: subject.text, sourceKind: subject.sourceKind, head: subject.head }, from };
  }
  return null;
}
let verbPattern: RegExp | undefined;

const LETTER = /\p{L}/u;

/** Whether a person's last name is in the quotation that ends right before `pos` ("“…,” he said"). */
function namedInQuoteBefore(ctx: QuoteContext, pos: number): (m: Mention) => boolean {
  // The last top-level span closing at or before `pos` (spans are sorted by position).
  let span: QuoteContext['outer'][number] | undefined;
  for (let k = ctx.outer.length - 1; k >= 0; k--) {
    if (ctx.outer[k]!.closeEnd <= pos) { span = ctx.outer[k]; break; }
  }
  if (!span || pos - span.closeEnd > 4) return () => false;
  // “I Ana Ruiz, do solemnly swear …”: a quotation that opens with "I" and a name is that person's own words.
  const quoted = ctx.text.slice(span.start, span.end).replace(/^I,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*/u, '');
  return (m) => {
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
    if (last.length <= 2) return false;
    // The word whole: not inside a longer word.
    for (let at = quoted.indexOf(last); at >= 0; at = quoted.indexOf(last, at + 1)) {
      const before = quoted[at - 1];
      const after = quoted[at + last.length];
      if ((!before || !LETTER.test(before)) && (!after || !LETTER.test(after))) return true;
    }
    return false;
  };
}

/** The person the sentence before `pos` opens with, in the same paragraph or the one before; none if it names two. */
function subjectOfSentenceBefore(ctx: QuoteContext, pos: number): number | undefined {
  const own = sentenceStart(ctx, pos);
  const before = sentenceStart(ctx, own - 1);
  if (before < 0 || before >= own || paragraphIndex(ctx, pos) - paragraphIndex(ctx, before) > 1) return undefined;
  let found: number | undefined;
  let named: string | undefined;
  for (let j = lastAtOrBefore(ctx.mentions, own - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < before) break;
    if (m.type !== 'Person' || insideQuote(ctx, m.start)) continue;
    if (named !== undefined && named !== m.text) return undefined;
    named = m.text;
    if (!isPossessive(ctx, m) && isSentenceSubject(ctx, j)) found = j;
  }
  // "The court sentenced X", "Gunmen killed X": a verb before the name (after the last comma) makes it the object;
  // "X was sacked": a passive after it makes X no agent. The epithet after points to neither.
  if (found === undefined) return undefined;
  const m = ctx.mentions[found]!;
  const head = ctx.text.slice(before, m.start);
  const clause = head.slice(head.lastIndexOf(',') + 1);
  if (/(?<![\p{L}])\p{Ll}+ed(?![\p{L}])/u.test(clause)) return undefined;
  if (/^\s*(?:,[^,.;“”"]{1,120},)?\s*(?:was|were|is|are|has been|had been|have been)\s+\p{Ll}+(?:ed|en)(?![\p{L}])/u.test(ctx.text.slice(m.end, own))) return undefined;
  return found;
}

/** Words that rank a generic head to a single post: "the top diplomat", "the high representative". */
const RANKED = /\b(?:top|high|chief)\b/i;

const DEFINITE_TITLE = /^(?:The|the)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s+\p{Ll}/u;
/** "The prime minister said": up to three lower-case words after "The" opening a sentence. */
const LOWER_TITLE = new RegExp(`^The\\s+(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?)\\s+(?:also\\s+)?(?:${TITLE_SUBJECT.join('|')})\\b`, 'u');

/**
 * The person a sentence opening with a definite title refers to ("The Secretary General thanked …"): the last
 * person named before it with that title ("NATO Secretary General Jens Stoltenberg"), in this or the four paragraphs before.
 */
function definiteTitleHolder(ctx: QuoteContext, sentence: number, pos: number): number | undefined {
  if (sentence < 0 || sentence >= pos) return undefined;
  if (insideQuote(ctx, sentence)) return undefined;
  const opening = ctx.text.slice(sentence, Math.min(pos, sentence + 80));
  const m = DEFINITE_TITLE.exec(opening);
  if (m) {
    const title = m[1]!;
    if (!lexicons().titles.has(title) && !lexicons().titlesLower.has(title.toLowerCase().replace(/-/g, ' '))) return undefined;
    return titledPerson(ctx, title, sentence);
  }
  // "The prime minister said, during a press conference with X, …": a lower-case title, its longest form the lexicon knows.
  const lower = LOWER_TITLE.exec(opening);
  if (!lower) return undefined;
  const words = lower[1]!.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const title = words.slice(0, n).join(' ');
    if (lexicons().titlesLower.has(title.replace(/-/g, ' '))) return titledPerson(ctx, title, sentence);
  }
  return undefined;
}

/** A sentence between `from` and `pos`, outside quotations, whose subject is the pronoun `said` ("He took the oath …"). */
function carriedPronoun(ctx: QuoteContext, from: number, pos: number, said: string): boolean {
  const opens = new RegExp(`^\\s*${said}\\s+\\p{Ll}`, 'iu');
  return ctx.starts.some((start) => start >= from && start < sentenceStart(ctx, pos) && !insideQuote(ctx, start) && opens.test(ctx.text.slice(start, start + 12)));
}

/** The last person named right after `title` ("NATO Secretary General Jens Stoltenberg") before `pos`, within five paragraphs. */
const titlePatterns = new Map<string, RegExp | null>();

/** "Secretary-General" → a pattern for "Secretary General " (or with a hyphen) ending a text; built once per title. */
function titlePattern(title: string): RegExp | null {
  let pattern = titlePatterns.get(title);
  if (pattern === undefined) {
    const words = title.split(/[\s-]+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // "Prime Minister and Minister of Foreign Affairs HE Sheikh X": further titles and honorifics in capitals may stand
    // between the title and the name, after a title of two words or more only: one word ("official") may be anyone's.
    // Within a line and a sentence: no full stop in a chain word, no line break between them.
    const chain = words.length > 1 ? `(?:[ \\t]+(?:and|of|the|for|[\\p{Lu}][\\p{L}’'-]*)){0,8}` : '';
    // The title in any case, the chain's capitals as written (no flag "i" on the whole).
    const anyCase = (w: string): string => [...w].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
    pattern = words.length ? new RegExp(`(?<![\\p{L}])${words.map(anyCase).join('[\\s-]+')}${chain}\\s+$`, 'u') : null;
    if (titlePatterns.size > 1000) titlePatterns.clear();
    titlePatterns.set(title, pattern);
  }
  return pattern;
}

function titledPerson(ctx: QuoteContext, title: string, pos: number, paragraphs = 4): number | undefined {
  const pattern = titlePattern(title);
  if (!pattern) return undefined;
  const floor = windowStart(ctx, pos, paragraphs);
  for (let j = lastAtOrBefore(ctx.mentions, pos - 1); j >= 0; j--) {
    const p = ctx.mentions[j]!;
    if (p.start < floor) break;
    if (p.type !== 'Person' || insideQuote(ctx, p.start)) continue;
    const before = ctx.text.slice(Math.max(0, p.start - 100), p.start);
    const found = pattern.exec(before);
    // Not across another person: "Prime Minister Ana Ruiz and President X" gives the title to Ruiz.
    const at = found ? p.start - before.length + found.index : -1;
    // "Deputy Prime Minister X" holds another office than "the prime minister".
    const lesser = found && /\b(?:deputy|vice|acting|former|ex|interim)[\s-]*$/iu.test(ctx.text.slice(Math.max(0, at - 12), at));
    if (found && !lesser && !ctx.mentions.some((o, k) => k !== j && o.type === 'Person' && o.start >= at && o.end <= p.start)) return j;
  }
  return undefined;
}

/** "the new President", "the outgoing prime minister": a definite office with a word that tells two holders apart. */
const DISTINGUISHING = /^the\s+(?:new|newly[\s-]elected|incoming|outgoing|incumbent|interim|caretaker)\s/iu;

/** Nouns for an armed or political group that a definite phrase uses for one named before: "the group", "the movement". */
const GENERIC_GROUPS = new Set(['group', 'movement', 'militia', 'organization', 'organisation', 'faction']);

const QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'several', 'some', 'many', 'various', 'numerous', 'multiple', 'other']);

/** "two senators who attended" → "a senator": one of a group named before. */
function oneOf(source: Extract<Speaker, { kind: 'unnamed' }>): Speaker {
  const words = source.text.split(/\s+/);
  if (QUANTIFIERS.has(words[0]!.toLowerCase())) words.shift();
  words[words.length - 1] = singular(words[words.length - 1]!);
  return { kind: 'unnamed', text: [indefiniteArticle(words[0]!), ...words].join(' '), sourceKind: source.sourceKind, head: singular(source.head) };
}

/** "a US official", "an FBI agent", "a European diplomat", "an Iraqi official": the article goes by the sound. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const letters = word.replace(/\./g, '');
  // An acronym is read letter by letter: "an MP", "an SDF commander", "a UN envoy".
  if (letters.length >= 2 && letters === letters.toUpperCase() && /^\p{Lu}+$/u.test(letters)) return /^[AEFHILMNORSX]/.test(letters) ? 'an' : 'a';
  if (/^(?:eu|uni|use|usu|uti|ura|ure|one\b|once)/i.test(word)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const DOC_ALTERNATION = [...DOCUMENT_HEADS].sort((a, b) => b.length - a.length).join('|');
const INDEFINITE_DOC = new RegExp(`(?<![\\p{L}])(?:a|an|A|An)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?(?:${DOC_ALTERNATION})(?![\\p{L}])`, 'gu');

// "a statement issued by the office of the White House Press Secretary": the office speaks for its body.
const ISSUED_BY = /^\s*,?\s*(?:from|by|of|issued by|released by|published by)\s+(?:the\s+)?(?:office\s+of\s+(?:the\s+)?)?/u;

/**
 * Who issued "a statement" found earlier: "a statement from X", "In a statement, the government said …",
 * "X said in a statement", "X issued a statement" (the speaker or subject of the sentence that mentions it).
 */
function issuerOf(ctx: QuoteContext, start: number, end: number, history: readonly Attribution[]): Speaker | null {
  // An agreement or a joint statement has parties, not one issuer.
  const words = ctx.text.slice(start, end).toLowerCase().split(/\s+/);
  if (!ISSUED_HEADS.has(words[words.length - 1]!) || words.includes('joint')) return null;
  // "a Malian government statement", "a KFOR statement": a body named inside the phrase issued it.
  for (let j = lastAtOrBefore(ctx.mentions, end - 1); j >= 0 && ctx.mentions[j]!.start > start; j--) {
    const m = ctx.mentions[j]!;
    if (m.type === 'Organization' && m.end < end) return { kind: 'mention', mention: j };
  }
  const by = ISSUED_BY.exec(ctx.text.slice(end, end + 40));
  if (by) {
    const j = lastAtOrBefore(ctx.mentions, end + by[0].length + 1);
    const k = j + 1 < ctx.mentions.length && ctx.mentions[j + 1]!.start === end + by[0].length ? j + 1 : j;
    const m = ctx.mentions[k];
    if (m && m.start === end + by[0].length && m.type !== 'Place') return { kind: 'mention', mention: k };
  }
  const sentence = sentenceStart(ctx, start);
  const stop = sentenceEnd(ctx, start);
  // History is in text order: only the events of the document's own sentence are read.
  let k = 0;
  for (let hi = history.length; k < hi;) {
    const mid = (k + hi) >> 1;
    if (history[mid]!.verbStart < sentence) k = mid + 1;
    else hi = mid;
  }
  for (; k < history.length && history[k]!.verbStart < stop; k++) {
    const e = history[k]!;
    if (!e.speaker) continue;
    if (e.speaker.kind === 'mention' || e.speaker.sourceKind !== 'document') return e.speaker;
  }
  for (let j = lastAtOrBefore(ctx.mentions, start - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < sentence) break;
    if (m.type === 'Place' || isPossessive(ctx, m) || insideQuote(ctx, m.start) || !isSentenceSubject(ctx, j)) continue;
    // "The United States and Iraq … issuing a statement": two subjects, no single issuer.
    return /^\s+and\s/u.test(ctx.text.slice(m.end, m.end + 6)) ? null : { kind: 'mention', mention: j };
  }
  return null;
}

/**
 * "Stoltenberg told reporters at NATO headquarters … The NATO chief said": the last person a sentence within two
 * paragraphs opens with who has the organization or the role word near the name.
 */
function organizationRoleHolder(ctx: QuoteContext, org: number, head: string, pos: number): number | undefined {
  const name = ctx.mentions[org]!.text.toLowerCase();
  const from = windowStart(ctx, pos, 2);
  for (let j = lastAtOrBefore(ctx.mentions, pos - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.start < from) break;
    if (m.type !== 'Person' || m.end > pos || isPossessive(ctx, m) || insideQuote(ctx, m.start) || !isSentenceSubject(ctx, j)) continue;
    const around = ctx.text.slice(Math.max(0, m.start - 60), Math.min(pos, m.end + 120)).toLowerCase();
    if (around.includes(name) || new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'u').test(around)) return j;
  }
  // "Coalition spokesperson Col. X told Rudaw … ¶ … explained the Coalition spokesperson": further back, the one person
  // the article introduced with both the organization and the role word right before the name.
  let found: number | undefined;
  // "Pentagon spokesman X" … "the Pentagon spokesperson added": the spokes- words are one role.
  const role = new RegExp(`(?<![\\p{L}])${/^spokes/.test(head) ? 'spokes(?:man|woman|person)' : head}(?![\\p{L}])`, 'u');
  for (let j = lastAtOrBefore(ctx.mentions, from - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.type !== 'Person' || insideQuote(ctx, m.start)) continue;
    const before = ctx.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    if (!before.includes(name) || !role.test(before)) continue;
    if (found !== undefined && ctx.mentions[found]!.text !== m.text) return undefined;
    found = j;
  }
  return found;
}

/**
 * The person named before `pos` who alone holds `office` in the article ("governor": "Governor of Zamfara State"; not
 * "Deputy Governor"); undefined when none or two do. The mention returned is the holder's last before `pos`.
 */
function soleOfficeHolder(ctx: QuoteContext, office: string, pos: number): number | undefined {
  const wanted = office.toLowerCase();
  const holders = new Set<string>();
  let last: number | undefined;
  const surname = (j: number): string => (ctx.mentions[j]!.canonical ?? ctx.mentions[j]!.text).split(' ').pop()!;
  for (const o of ctx.offices) {
    // The very office: "Deputy Governor", "Vice President", "former Governor" are other ones.
    const role = o.role.toLowerCase().split(/,| of | for | at | in /)[0]!.trim();
    if (role !== wanted) continue;
    if (ctx.mentions[o.person]!.start > pos) continue;
    holders.add(surname(o.person));
  }
  if (holders.size !== 1) return undefined;
  const [name] = holders;
  for (let j = lastAtOrBefore(ctx.mentions, pos - 1); j >= 0; j--) {
    const m = ctx.mentions[j]!;
    if (m.type === 'Person' && m.end <= pos && !insideQuote(ctx, m.start) && surname(j) === name) { last = j; break; }
  }
  // "The governor of neighbouring Sokoto State has offered troops": another holder, unnamed, since the named one.
  const since = last === undefined ? '' : ctx.text.slice(ctx.mentions[last]!.end, pos);
  if (new RegExp(`(?<![\\p{L}])the\\s+(?:\\p{Ll}+\\s+)?${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+of\\s`, 'iu').test(since)) return undefined;
  return last;
}

function resolveDefinite(
  ctx: QuoteContext,
  written: { text: string; sourceKind: SourceKind; head: string; pos: number; how: string; org?: number },
  history: readonly Attribution[],
): Resolved {
  // "According to the PM, …": an office written short is read as written out ("the prime minister").
  const long = ABBREVIATED_HEADS.get(written.head.toLowerCase());
  const s = long && written.text.toLowerCase().endsWith(written.head.toLowerCase())
    ? { ...written, text: written.text.slice(0, written.text.length - written.head.length) + long, head: long.split(' ').pop()! }
    : written;
  if (s.org !== undefined) {
    const holder = organizationRoleHolder(ctx, s.org, s.head, s.pos);
    return holder !== undefined
      ? { speaker: { kind: 'mention', mention: holder }, rule: `${s.how}-to-organization-role-holder` }
      : { speaker: { kind: 'mention', mention: s.org }, rule: `${s.how}-to-organization` };
  }
  const from = windowStart(ctx, s.pos, 5);
  const head = singular(s.head);
  for (let k = history.length - 1; k >= 0; k--) {
    const e = history[k]!;
    if (e.verbStart >= s.pos) continue;
    if (e.verbStart < from) break;
    // "according to a Malian government statement … the statement added": the later document, already given its issuer.
    if (s.sourceKind === 'document' && e.speaker?.kind === 'mention' && e.rule?.includes('document-from-issuer')) {
      return { speaker: e.speaker, rule: `${s.how}-to-earlier-document-issuer` };
    }
    if (e.speaker?.kind !== 'unnamed') continue;
    // "the senator said" after "two senators who attended": one of them, not both.
    if (singular(e.speaker.head) === head && e.speaker.head !== head && s.head === head && e.speaker.text.endsWith(e.speaker.head)) {
      return { speaker: oneOf(e.speaker), rule: `${s.how}-one-of-earlier-source` };
    }
    if (singular(e.speaker.head) === head || (s.sourceKind === 'document' && e.speaker.sourceKind === 'document')) {
      // "Bulgarian president demands …" (headline), "Bulgarian President Roumen Radev on Saturday called …", "The
      // president is a critic …": a person named with that title after the unnamed source is the one meant.
      const named = s.sourceKind === 'unnamed-person' ? titledPerson(ctx, s.text.replace(/^(?:the|this|that)\s+/i, ''), s.pos) : undefined;
      if (named !== undefined && ctx.mentions[named]!.start > e.verbEnd) return { speaker: { kind: 'mention', mention: named }, rule: `${s.how}-to-titled-person` };
      return { speaker: e.speaker, rule: `${s.how}-to-earlier-source` };
    }
  }
  if (s.sourceKind === 'document') {
    const region = ctx.text.slice(from, s.pos);
    let last: { text: string; start: number } | null = null;
    INDEFINITE_DOC.lastIndex = 0;
    for (let m = INDEFINITE_DOC.exec(region); m; m = INDEFINITE_DOC.exec(region)) {
      if (!insideQuote(ctx, from + m.index)) last = { text: m[0].replace(/\s+/g, ' '), start: from + m.index };
    }
    if (last) {
      const issuer = issuerOf(ctx, last.start, last.start + last.text.length, history);
      if (issuer) return { speaker: issuer, rule: `${s.how}-to-document-issuer` };
      const text = last.text[0]!.toLowerCase() + last.text.slice(1);
      const words = text.split(' ');
      return { speaker: { kind: 'unnamed', text, sourceKind: 'document', head: words[words.length - 1]! }, rule: `${s.how}-to-earlier-document` };
    }
    // "On Monday, the High Court upheld … ¶ “…,” the judgement said": a court's judgement speaks for the court last named.
    if (COURT_DOCUMENTS.has(head)) {
      for (let j = lastAtOrBefore(ctx.mentions, s.pos - 1); j >= 0 && ctx.mentions[j]!.start >= from; j--) {
        const m = ctx.mentions[j]!;
        if (m.type === 'Organization' && /\b(?:Court|Tribunal)\b/.test(m.canonical ?? m.text) && !insideQuote(ctx, m.start)) return { speaker: { kind: 'mention', mention: j }, rule: `${s.how}-to-court` };
      }
    }
    // "The Kurdistan Democratic Party (KDP) said on Sunday that … ¶ “…,” the statement said": with no document named
    // before, the statement is that of the body that spoke last, in this paragraph or the one before.
    if (!COURT_DOCUMENTS.has(head)) {
      const near = windowStart(ctx, s.pos, 1);
      let last: Speaker | null = null;
      for (let k = history.length - 1; k >= 0 && !last; k--) {
        const e = history[k]!;
        if (e.verbStart < near) break;
        if (e.verbStart < s.pos) last = e.speaker;
      }
      if (last?.kind === 'mention' && ctx.mentions[last.mention]!.type === 'Organization') return { speaker: last, rule: `${s.how}-to-body-that-spoke` };
    }
  }
  // "“…,” the new President said" after "X … has been sworn in as Ghana's new president" and "incumbent President Y": a
  // word that sets one holder apart names the one person the roles pass gave that very office.
  if (s.sourceKind === 'unnamed-person' && DISTINGUISHING.test(s.text)) {
    const holder = soleOfficeHolder(ctx, s.text.replace(/^the\s+/i, ''), s.pos);
    if (holder !== undefined) return { speaker: { kind: 'mention', mention: holder }, rule: `${s.how}-to-sole-office-holder` };
  }
  const wanted = ORG_HEADS.has(head) || ORG_HEADS.has(s.head) ? 'Organization' : PERSON_HEADS.has(head) ? 'Person' : null;
  // "The Secretary-General said" after "NATO Secretary General Jens Stoltenberg": the person who bears that very title.
  // Only a capitalized title ("the Secretary-General", "the President"), not "the official", names one bearer.
  // "The Prime Minister added" ten paragraphs after "Prime Minister X": first within four paragraphs, then the whole story
  // back to twelve (the nearest bearer wins either way).
  if (wanted === 'Person' && /\s\p{Lu}/u.test(s.text)) {
    const title = s.text.replace(/^(?:the|this|that)\s+/i, '');
    const titled = titledPerson(ctx, title, s.pos) ?? titledPerson(ctx, title, s.pos, 12);
    if (titled !== undefined) return { speaker: { kind: 'mention', mention: titled }, rule: `${s.how}-to-titled-person` };
  }
  if (wanted) {
    // "the deputy PM": an office written short must be found written out ("Deputy Prime Minister X", not "Defence Minister").
    const sought = long ? s.text.replace(/^(?:the|this|that)\s+/i, '') : s.head;
    const word = new RegExp(`(?<![\\p{L}])${sought.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+')}`, 'iu');
    // The words around a person stop at the phrase itself: "… Najib Mikati. ¶ The special envoy said" names no envoy Mikati.
    for (let j = lastAtOrBefore(ctx.mentions, s.pos - 1); j >= 0; j--) {
      const m = ctx.mentions[j]!;
      if (m.start < from) break;
      if (m.type !== wanted || m.end > s.pos) continue;
      // "Prince Faisal's agenda as he met Mr Horvat": the words before a person stop at the person named before.
      let left = Math.max(0, m.start - 50);
      for (let k = j - 1; k >= 0 && ctx.mentions[k]!.end > left; k--) if (ctx.mentions[k]!.type === 'Person' && ctx.mentions[k]!.end <= m.start) { left = ctx.mentions[k]!.end; break; }
      const around = wanted === 'Organization' ? m.text : ctx.text.slice(left, Math.min(s.pos, m.end + 80));
      if (word.test(around)) return { speaker: { kind: 'mention', mention: j }, rule: `${s.how}-to-named-antecedent` };
    }
    // So does a lower-case office that is no generic source ("the special envoy" after "US special envoy Amos
    // Hochstein"), when no one nearer was called so: a title written out before a name counts back over the whole story.
    if (s.sourceKind === 'unnamed-person' && !GENERIC_SOURCE_HEADS.has(head) && !/\s\p{Lu}/u.test(s.text)) {
      const titled = titledPerson(ctx, s.text.replace(/^(?:the|this|that)\s+/i, ''), s.pos, 12);
      if (titled !== undefined) return { speaker: { kind: 'mention', mention: titled }, rule: `${s.how}-to-titled-person` };
    }
    // "Hamas said … ¶ “…,” the terror group said": a group noun names the organization a recent sentence was about.
    if (wanted === 'Organization' && GENERIC_GROUPS.has(head)) {
      const near = windowStart(ctx, s.pos, 1);
      for (let j = lastAtOrBefore(ctx.mentions, s.pos - 1); j >= 0; j--) {
        const m = ctx.mentions[j]!;
        if (m.start < near) break;
        if (m.type === 'Organization' && m.end <= s.pos && !isPossessive(ctx, m) && !insideQuote(ctx, m.start) && isSentenceSubject(ctx, j)) {
          return { speaker: { kind: 'mention', mention: j }, rule: `${s.how}-to-subject-organization` };
        }
      }
    }
  }
  // "the diocese said" after "the Kosovo Diocese of the Serbian Orthodox Church": the organization whose name is
  // headed by that very word, named in the last few paragraphs.
  if (!wanted && /^the\s+\p{Ll}[\p{Ll}-]*$/u.test(s.text)) {
    const far = windowStart(ctx, s.pos, 6);
    for (let j = lastAtOrBefore(ctx.mentions, s.pos - 1); j >= 0; j--) {
      const m = ctx.mentions[j]!;
      if (m.start < far) break;
      if (m.type === 'Organization' && m.end <= s.pos && [m.text, m.canonical ?? m.text].some((name) => headWord(name) === head)) {
        return { speaker: { kind: 'mention', mention: j }, rule: `${s.how}-to-organization-named-by-head` };
      }
    }
  }
  // "said the 50-year-old": an age names the person last named in this paragraph or the three before.
  if (AGE.test(s.head)) {
    const near = windowStart(ctx, s.pos, 3);
    for (let j = lastAtOrBefore(ctx.mentions, s.pos - 1); j >= 0; j--) {
      const m = ctx.mentions[j]!;
      if (m.start < near) break;
      if (m.type === 'Person' && m.end <= s.pos && !insideQuote(ctx, m.start)) return { speaker: { kind: 'mention', mention: j }, rule: `${s.how}-age-of-person` };
    }
  }
  // "the official said" after "a senior diplomat on the call said": the most recent unnamed person nearby.
  if (s.sourceKind === 'unnamed-person' && PERSON_HEADS.has(head)) {
    const near = windowStart(ctx, s.pos, 2);
    for (let k = history.length - 1; k >= 0; k--) {
      const e = history[k]!;
      if (e.verbStart >= s.pos) continue;
      if (e.verbStart < near) break;
      if (e.speaker?.kind === 'unnamed' && e.speaker.sourceKind === 'unnamed-person') return { speaker: e.speaker, rule: `${s.how}-to-earlier-unnamed-person` };
    }
  }
  // "Randrianirina said … ¶ “…,” the army colonel told": an epithet of rank or office names the person who spoke
  // last, in this or the paragraph before; generic sources ("the official", "the witness") do not.
  // "the top Filipino diplomat", "the high representative": a generic head ranked to one post is an epithet too.
  const ranked = /^the\s/i.test(s.text) && RANKED.test(s.text);
  if (s.sourceKind === 'unnamed-person' && (PERSON_HEADS.has(head) || lexicons().roleNouns.has(head)) && (!GENERIC_SOURCE_HEADS.has(head) || ranked)) {
    const last = lastPersonSpeaker(ctx, s.pos, history);
    if (last) return { speaker: last, rule: `${s.how}-epithet-of-last-speaker` };
    // "X, the former minister, told his supporters … ¶ The new leader of the council added:": with no one quoted
    // before, the epithet names the person the sentence before opened with (a definite epithet only).
    // Not an office written short ("the deputy PM"), which must be found written out.
    if (/^the\s/i.test(s.text) && !long) {
      const opened = subjectOfSentenceBefore(ctx, s.pos);
      if (opened !== undefined) return { speaker: { kind: 'mention', mention: opened }, rule: `${s.how}-epithet-of-subject-before` };
    }
  }
  // "“…,” the Socialist said" after "Prime Minister X resigned": one capitalized word of a party or creed after "the",
  // naming no body or place, is an epithet of the person who spoke last, or else of the person the sentence before
  // opened with.
  // The word has the ending of a party member ("Socialist", "Communist", "Democrat") or is a role noun ("Republican"); a
  // nationality ("the Iranian") or a creed ("the Shiite") names no one person.
  const word = THE_CAPITALIZED_WORD.exec(s.text)?.[1];
  const epithet = word && (/(?:ist|crat)$/.test(word) || lexicons().roleNouns.has(word.toLowerCase())) ? word : undefined;
  // "The Framework condemned" after "the Coordination Framework": the last word of a body's name is the body.
  const bodyWord = (word: string): boolean => ctx.mentions.some((m) => m.type !== 'Person' && [m.text, m.canonical ?? m.text].some((name) => name.split(' ').pop() === word));
  if (epithet && !wanted && !lexicons().orgs.has(epithet) && !lexicons().places.has(epithet) && !bodyWord(epithet)) {
    const last = lastPersonSpeaker(ctx, s.pos, history);
    if (last) return { speaker: last, rule: `${s.how}-epithet-of-last-speaker` };
    const near = windowStart(ctx, s.pos, 1);
    for (let j = lastAtOrBefore(ctx.mentions, s.pos - 1); j >= 0; j--) {
      const m = ctx.mentions[j]!;
      if (m.start < near) break;
      if (m.type === 'Person' && m.end <= s.pos && !insideQuote(ctx, m.start) && isSentenceSubject(ctx, j)) return { speaker: { kind: 'mention', mention: j }, rule: `${s.how}-epithet-of-subject` };
    }
  }
  // "“…,” the governor said" pages after "The Governor of Zamfara State, Bello Matawalle": the one person the article
  // gives that office.
  if (s.sourceKind === 'unnamed-person' && /^the\s/i.test(s.text) && !GENERIC_SOURCE_HEADS.has(head)) {
    const holder = soleOfficeHolder(ctx, s.text.replace(/^the\s+/i, ''), s.pos);
    if (holder !== undefined) return { speaker: { kind: 'mention', mention: holder }, rule: `${s.how}-to-sole-office-holder` };
  }
  // Unresolved, the source keeps the words the article used ("the PM").
  return { speaker: { kind: 'unnamed', text: written.text, sourceKind: written.sourceKind ?? kindOfHead(written.head), head: written.head }, rule: `${s.how}-unresolved` };
}
