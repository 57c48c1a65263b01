// Pass 10: where the quoted text is. Curly and straight double marks, quotes left open at a
// paragraph end (continued in the next paragraph), and single-mark quotes nested inside them.
import { firstAtOrAfter, type Range } from './00-text.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  markStart: number;
  /** The quoted text, between the marks. */
  start: number;
  end: number;
  /** Just after the closing mark (the paragraph end when none). */
  closeEnd: number;
  closed: boolean;
  paragraph: number;
  /** Spans of one quotation continued across paragraphs share the index of the first. */
  group: number;
  /** Index of the enclosing span for a nested ‘…’ quote, else -1. */
  parent: number;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const BEFORE_STRAIGHT_OPEN = /[\s(\[{—–\-:;,/]/;
const LETTER = /[\p{L}\p{N}]/u;
/** `ruling."From`: a straight mark glued after a sentence's end and before a capital opens the next quote. */
const GLUED_OPEN = /^[.!?]"\p{Lu}/u;
const MARKS = /[“«„”»"]/g;
const SINGLE_MARKS = /[‘’']/g;

/** Offsets of every match of a one-character pattern. */
function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

const SENTENCE_THEN_SPACE = /[.!?][’']?\s+$/;
const SAID_INLINE = /,(?=\s+(?:(?:said|says)\s+\S|(?:he|she|they)\s+(?:said|says)\b))/u;
/** A quotation that opens a paragraph, a sentence or a colon's speech ("said: “…"), not a fragment inside a clause. */
const OPENS_SPEECH = /(?:^|[:.!?]["”’]?\s*)$/u;

export function findQuoteSpans(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousOpenAtEnd = -1;
  const marks = positions(text, MARKS);
  let next = 0;
  paragraphs.forEach((p, pi) => {
    const first = spans.length;
    let open = -1;
    let straight = false;
    let innerStraight = false;
    let lastStraight = -1;
    // The span a quotation continues ("“A. “B.”": paragraphs of one speech run together on one line), or -1.
    let continues = -1;
    const emit = (mark: number, end: number, closed: boolean, until = p.end): void => {
      const start = mark + 1;
      let e = end;
      if (!closed) while (e > start && /\s/.test(text[e - 1]!)) e--;
      if (e <= start || text.slice(start, e).trim() === '') return;
      const idx = spans.length;
      const group = continues >= 0 ? spans[continues]!.group : idx;
      continues = -1;
      spans.push({ markStart: mark, start, end: e, closeEnd: closed ? end + 1 : until, closed, paragraph: pi, group, parent: -1 });
    };
    // Only the quote marks matter: jump from one to the next.
    while (next < marks.length && marks[next]! < p.start) next++;
    const firstMark = next;
    for (; next < marks.length && marks[next]! < p.end; next++) {
      const i = marks[next]!;
      const c = text[i]!;
      // “Thanks to … exchanges," Kihara said.”: a paragraph's first mark closes a sentence (punctuation before it, a
      // space after) with no opener: the copy lost its opening mark, and the quotation runs from the paragraph's start.
      if (next === firstMark && open < 0 && p.start > 0 && (CLOSERS.has(c) || c === '"') && /[,.!?]/.test(text[i - 1]!) && /\s/.test(text[i + 1] ?? '') && /^[\p{Lu}“"]/u.test(text[p.start] ?? '')) {
        emit(p.start - 1, i, true);
        continue;
      }
      // “I have ordered it investigated,“ he said: an opening mark after punctuation and before a space, with a
      // quotation open, is the copy's closing mark.
      if (OPENERS.has(c) && open >= 0 && !straight && /[,.!?]/.test(text[i - 1]!) && /\s/.test(text[i + 1] ?? ' ')) {
        emit(open, i, true);
        open = -1;
      } else if (OPENERS.has(c)) {
        // “Today begins the reconstruction. “The model has come to an end.”: a new opening mark after a finished
        // sentence, with a quotation open, starts the speech's next paragraph (the page joined them on one line).
        // “blatant, criminal and terrorist" in comments … “It is …: a lone straight mark inside was the copy's close.
        if (open >= 0 && !straight && innerStraight && lastStraight > open) emit(open, lastStraight, true);
        else if (open >= 0 && !straight && SENTENCE_THEN_SPACE.test(text.slice(Math.max(open + 1, i - 3), i)) && OPENS_SPEECH.test(text.slice(Math.max(p.start, open - 3), open))) {
          // “We know …, said Col. X, a spokesperson. “This raid …: the copy lost the close before an inline "said X".
          const said = SAID_INLINE.exec(text.slice(open + 1, i));
          if (said) { emit(open, open + 1 + said.index, true); open = i; straight = false; innerStraight = false; continue; }
          const before = spans.length;
          emit(open, i, false, i);
          if (spans.length > before) continues = spans.length - 1;
        }
        open = i;
        straight = false;
        innerStraight = false;
      } else if (CLOSERS.has(c) && open < 0 && (i === p.start || /[\s(\[—–]/.test(text[i - 1]!)) && LETTER.test(text[i + 1] ?? '')) {
        // ”taken down by bullets fired by these soldiers”: a page that prints both marks as closing ones opens the
        // quotation with one, after a space and before a word.
        open = i;
        straight = false;
        innerStraight = false;
      } else if (CLOSERS.has(c)) {
        if (open >= 0) emit(open, i, true);
        open = -1;
      } else if (c === '"') {
        if (open >= 0 && straight) {
          emit(open, i, true);
          open = -1;
        } else if (open >= 0 && !innerStraight && /[,.!?]/.test(text[i - 1]!) && /[\s,]/.test(text[i + 1] ?? ' ') && !curlyCloseBefore(text, marks, next + 1, p.end)) {
          // “You will have to … about pressure," the prince said: a curly quote the copy closed with a straight mark.
          emit(open, i, true);
          open = -1;
        } else if (open >= 0 && !straight) {
          // “The soldiers shouted "leave now," and …: a straight pair inside the curly quote is a quote within it.
          innerStraight = !innerStraight;
          lastStraight = i;
        } else if (open < 0 && (i === p.start || BEFORE_STRAIGHT_OPEN.test(text[i - 1]!) || GLUED_OPEN.test(text.slice(i - 1, i + 2)))) {
          open = i;
          straight = true;
        }
      }
    }
    if (open >= 0) emit(open, p.end, false);
    // “… (no close) ¶ “… : the second paragraph continues the same quotation.
    const head = spans[first];
    if (previousOpenAtEnd >= 0 && head && head.markStart === p.start) head.group = spans[previousOpenAtEnd]!.group;
    const last = spans[spans.length - 1];
    // "In pictures", "1/28": a short line of page furniture (no quote mark, no full stop) between the paragraphs of one
    // quotation does not end it.
    const line = text.slice(p.start, p.end).trim();
    const furniture = spans.length === first && line.split(/\s+/).length <= 10 && !/[.!?"”’]$/u.test(line) && !/[“«„”»"]/u.test(line);
    if (!furniture) previousOpenAtEnd = last && spans.length > first && !last.closed ? spans.length - 1 : -1;
  });
  if (marks.length === 0) for (const u of unmarkedSpeech(text, paragraphs)) spans.push({ ...u, group: spans.length });
  return withNested(text, withSingleQuotes(text, paragraphs, spans));
}

/** ", says Støre at a press conference." / ", she says to NTB." / ", he said.": a paragraph's closing speech tag. */
const SPEECH_TAG = /,\s+(?:(?:he|she|they|[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})\s+says|says\s+[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){0,3})(?:\s+(?:to|at|in|on|according|during|after|about)\b[^.!?]{0,120})?(?:,[^.!?]{0,120})?[.!?]\s*$/u;

/**
 * Copy that prints speech with no quotation marks at all ("We will not give up more power to the EU, says Vedum to
 * VG."): in an article with no mark anywhere, a paragraph that ends in a speech tag is a quotation up to the tag. Read
 * only where the page has no marks, so a paraphrase in marked copy ("The army will leave by March, he said.") stays one.
 */
function unmarkedSpeech(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // The style is the page's: two paragraphs at least end in "…, says X" (present tense, as such copy prints it); a
  // single "…, Ruto said." is a paraphrase.
  if (paragraphs.filter((p) => SPEECH_TAG.test(text.slice(p.start, p.end))).length < 2) return out;
  paragraphs.forEach((p, pi) => {
    if (p.start === 0) return;
    const body = text.slice(p.start, p.end);
    const tag = SPEECH_TAG.exec(body);
    if (!tag || tag.index < 15) return;
    const end = p.start + tag.index + 1;
    // "X could continue to govern, according to NTB. The Centre Party believes …, says Y": a sentence that itself
    // reports something is the writer's; the quotation starts after it.
    let start = p.start;
    const reported = /\b(?:according to|reported|reports)\b[^.!?]*[.!?]\s+(?=\p{Lu})/gu;
    for (let m = reported.exec(body); m && m.index + m[0].length < tag.index; m = reported.exec(body)) start = p.start + m.index + m[0].length;
    out.push({ markStart: start - 1, start, end, closeEnd: end, closed: true, paragraph: pi, group: -1, parent: -1 });
  });
  return out;
}

/** A curly closing mark among marks[from…] before offset `end`. */
function curlyCloseBefore(text: string, marks: readonly number[], from: number, end: number): boolean {
  for (let k = from; k < marks.length && marks[k]! < end; k++) if (CLOSERS.has(text[marks[k]!]!)) return true;
  return false;
}

/** An opening ‘ or ` not glued to a word before it; a closing ’, ` or ' not glued to a word after it (no apostrophe). */
const SINGLE_OPEN = /[‘`']/g;
const SINGLE_CLOSE = /[’`']/g;

/**
 * ‘This blatant attack …,’ he said; `The first order of business …,` the minister said: quotations set off by single
 * marks (British and South Asian copy) or backticks, where no double mark encloses them. One per opener, within its
 * paragraph; an apostrophe inside ("Rwanda`s", "don’t") closes nothing.
 */
function withSingleQuotes(text: string, paragraphs: readonly Range[], spans: QuoteSpan[]): QuoteSpan[] {
  const openers = positions(text, SINGLE_OPEN);
  if (openers.length === 0) return spans;
  const closers = positions(text, SINGLE_CLOSE);
  const inside = (i: number): boolean => spans.some((s) => s.markStart <= i && i < s.closeEnd);
  const extra: QuoteSpan[] = [];
  let pi = 0;
  let after = -1;
  for (const o of openers) {
    if (o < after || inside(o) || LETTER.test(text[o - 1] ?? ' ') || /\s/.test(text[o + 1] ?? ' ')) continue;
    // "'Dear compatriots, …,' the presenter said": a straight mark opens a quotation only before a letter and after a
    // space, a line's start or an opening bracket (not "'80s", "rock 'n' roll").
    if (text[o] === "'" && (!/\p{L}/u.test(text[o + 1] ?? ' ') || !/^[\s(“"—–-]?$/.test(text[o - 1] ?? '') || /^'n'/.test(text.slice(o, o + 3)))) continue;
    while (pi < paragraphs.length && paragraphs[pi]!.end <= o) pi++;
    const p = paragraphs[pi];
    if (!p || o < p.start) continue;
    // The first mark that can close; a plural's apostrophe ("the soldiers’ families") only when no mark after
    // punctuation (",’", ".’") closes the quotation later in the paragraph.
    let close = -1;
    for (let k = firstAtOrAfter(closers, o + 2); k < closers.length && closers[k]! < p.end; k++) {
      const c = closers[k]!;
      if (/\s/.test(text[c - 1]!) || LETTER.test(text[c + 1] ?? ' ') || inside(c)) continue;
      if (close < 0) close = c;
      if (/[,.!?;:…]/.test(text[c - 1]!)) { close = c; break; }
    }
    if (close < 0) continue;
    // A straight mark's quotation is a statement of some length, not a headline's 'Grave injustice' or 'A CLEAR THREAT'.
    if (text[o] === "'" && (text.slice(o + 1, close).trim().split(/\s+/).length < 4 || !/\p{Ll}/u.test(text.slice(o + 1, close)))) continue;
    extra.push({ markStart: o, start: o + 1, end: close, closeEnd: close + 1, closed: true, paragraph: pi, group: -1, parent: -1 });
    after = close + 1;
  }
  if (extra.length === 0) return spans;
  const all = [...spans, ...extra].sort((a, b) => a.markStart - b.markStart);
  const index = new Map<QuoteSpan, number>(all.map((s, i) => [s, i]));
  // Group ids pointed at indexes of `spans`; a single-mark quotation is a group of its own.
  return all.map((s) => ({ ...s, group: s.group < 0 ? index.get(s)! : index.get(spans[s.group]!)! }));
}

/** ‘we are going to…’ inside “Ruiz said ‘we are going to…’ but…”. Apostrophes (don’t, Iraq’s) are skipped. */
function withNested(text: string, outer: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const singles = outer.length > 0 ? positions(text, SINGLE_MARKS) : [];
  for (const span of outer) {
    const parent = out.length;
    out.push(span);
    let open = -1;
    for (let k = firstAtOrAfter(singles, span.start); k < singles.length && singles[k]! < span.end; k++) {
      const i = singles[k]!;
      const c = text[i]!;
      const before = i > span.start ? text[i - 1]! : ' ';
      const after = i + 1 < span.end ? text[i + 1]! : ' ';
      const opens = c !== '’' && !LETTER.test(before) && !/\s/.test(after);
      const closes = c !== '‘' && !/\s/.test(before) && !LETTER.test(after);
      if (open < 0 && opens) open = i;
      else if (open >= 0 && closes && i > open + 1) {
        out.push({ markStart: open, start: open + 1, end: i, closeEnd: i + 1, closed: true, paragraph: span.paragraph, group: -1, parent });
        open = -1;
      }
    }
  }
  out.forEach((s, i) => {
    if (s.parent >= 0) s.group = i;
  });
  // Group ids pointed at indexes of the list before nested spans were inserted; re-point them.
  const remap = new Map<QuoteSpan, number>();
  out.forEach((s, i) => remap.set(s, i));
  for (const s of out) if (s.parent < 0) s.group = remap.get(outer[s.group]!)!;
  return out;
}
