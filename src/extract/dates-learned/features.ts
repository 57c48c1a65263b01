// Candidate dates for the learned event dates pass: each date expression of an event's sentence (normalised against
// the article's date, as the patterns do), the article's own date and the date the story last gave. Each is described
// by its form, its precision, how it stands to the article's date, and the words between it and the trigger, names
// collapsed to their kind (PER, ORG, LOC). No date or name is ever a feature itself.
import type { Mention, Sentence } from '../types.js';
import type { EventFinding } from '../events/index.js';
import { findDateExpressions, type DateExpression } from '../events/10-dates.js';
import { normalizeDate } from '../events/normalize-date.js';
import { bucket, marksBefore, quoteMarks, words } from '../learned-context/words.js';

export type DateSource = 'text' | 'article' | 'day-before' | 'month' | 'year' | 'context' | 'none';

export interface DateCandidate {
  /** Index of the event among the article's events. */
  event: number;
  /** The ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the candidate gives the event; null for no date at all. */
  date: string | null;
  /** The date words, for a date the sentence tells; null for the article's date and the story's. */
  text: string | null;
  source: DateSource;
  features: string[];
}

/** How far (characters) from its trigger a date may stand to be a candidate. */
const REACH = 300;

/** "later", "earlier", "before", "after": counted from the date the story last gave, not from the article's ("earlier today" is the article's). */
const relative = (t: string): boolean => /\b(?:later|earlier|before|after)\b/i.test(t) && !/\b(?:today|tonight|night|morning|afternoon|evening)\b/i.test(t);
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY = /(?:sun|mon|tues|wednes|thurs|fri|satur)day/i;

/** The form of a date expression: a count of units, a weekday, a month and day, a year, "yesterday", … */
function formOf(raw: string): string {
  const t = raw.toLowerCase();
  if (/\b(?:ago|later|earlier|before|after)$/.test(t)) return /\bago$/.test(t) ? 'ago' : 'count';
  if (/\b(?:today|tonight|yesterday|overnight|night|morning|afternoon|evening)\b/.test(t)) return /yesterday|last\s+night/.test(t) ? 'yesterday' : 'today';
  if (/\b(?:last|this|next)\s+year$/.test(t) && MONTH.test(t)) return 'month-rel';
  if (/\b(?:last|this|next)\s+(?:week|month|year)$/.test(t)) return 'unit';
  if (WEEKDAY.test(t)) return 'weekday';
  if (MONTH.test(t) && /\d{4}/.test(t) && /\b\d{1,2}\b/.test(t.replace(/\d{4}/, ''))) return 'day-year';
  if (MONTH.test(t) && /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(t)) return 'day';
  if (MONTH.test(t) && /\d{4}/.test(t)) return 'month-year';
  if (MONTH.test(t)) return 'month';
  return 'year';
}

/** How a candidate date stands to the article's: the same day, before it by a week, a month, a year or more, after it. */
function relation(date: string, article: string | null): string {
  if (!article) return 'noarticle';
  if (date === article) return 'same';
  if (article.startsWith(date)) return 'coarser';
  if (date.startsWith(article)) return 'finer';
  const a = middleOf(article);
  const d = middleOf(date);
  if (Number.isNaN(a) || Number.isNaN(d)) return 'other';
  const days = (a - d) / 86_400_000;
  if (days < 0) return days > -45 ? 'after-month' : 'after';
  return days <= 8 ? 'week' : days <= 45 ? 'month' : days <= 400 ? 'year' : days <= 3 * 365 ? 'years' : 'long';
}

/** The time of an ISO date, a month or a year at its middle. */
const middleOf = (date: string): number => Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date);

/** The first word of the expression when it is a preposition ("in", "on", "since", "by"), else none. */
function prepositionOf(raw: string): string {
  return /^(in|since|during|by|on|of|until|through|early|late|mid)\b/i.exec(raw)?.[1]?.toLowerCase() ?? 'none';
}

/** For each event of the article, its candidate dates (the patterns' choice among them when it is one). */
export function dateCandidates(text: string, sentences: Sentence[], mentions: Mention[], events: EventFinding[], articleDate: string | null): DateCandidate[] {
  // The names of each sentence, in text order, for the words between a date and its trigger.
  const namesIn = new Map<number, Mention[]>();
  for (const m of mentions) if (m.type === 'Person' || m.type === 'Organization' || m.type === 'Place') (namesIn.get(m.sentence) ?? namesIn.set(m.sentence, []).get(m.sentence)!).push(m);
  const datesOf = new Map<number, DateExpression[]>();
  const marks = new Map<number, number[]>();
  const out: DateCandidate[] = [];
  let lastDated: string | null = null;
  // Every date the article tells, by sentence: a date told in other sentences too is likely the story's day.
  const toldIn = new Map<string, Set<number>>();
  if (events.length) sentences.forEach((s, si) => {
    const found = findDateExpressions(text, s.start, s.end);
    datesOf.set(si, found);
    for (const d of found) {
      const date = normalizeDate(d.text, articleDate, false);
      if (date) (toldIn.get(date) ?? toldIn.set(date, new Set()).get(date)!).add(si);
    }
  });
  const inSentence = new Map<number, EventFinding[]>();
  for (const e of events) (inSentence.get(e.sentence) ?? inSentence.set(e.sentence, []).get(e.sentence)!).push(e);
  for (const list of inSentence.values()) list.sort((a, b) => a.start - b.start);
  // "Two days later": counted, as the patterns count it, from the last date told before the sentence.
  let sentence = -1;
  let told: string | null = null;
  events.forEach((e, ei) => {
    const s = sentences[e.sentence];
    if (e.sentence !== sentence) { sentence = e.sentence; told = lastDated; }
    if (e.date) lastDated = e.date;
    if (!s) return;
    const names = namesIn.get(e.sentence) ?? [];
    const all = datesOf.get(e.sentence) ?? [];
    // The dates within reach of the trigger (found by binary search, so a long sentence costs no more per event), and
    // a sentence's only date, which the patterns may take from afar.
    const dates = all.length === 1 ? all : within(all, e);
    // What the patterns give the event: its own date, else the article's for news in the lead told with no date words
    // (as the resolver dates it), else the story's.
    const chosen = e.date ?? (e.lead && e.modality === 'occurred' && !e.dateText && articleDate ? articleDate : null) ?? e.contextDate ?? null;
    const trigger = text.slice(e.start, e.end).toLowerCase().split(/\s+/).pop()!;
    const others = near(inSentence.get(e.sentence) ?? [], e);
    const lead = bucket(e.sentence, [0, 1, 2, 4]);
    const future = e.modality === 'planned';
    // What all of an event's candidates share tells nothing in a softmax over them, except beside the candidate's source.
    const common = [`ev:${e.eventType}`, `trig:${trigger}`, `mod:${e.modality}`, `lead:${lead}`, `nd:${bucket(dates.length, [0, 1, 2, 3])}`,
      chosen === null ? 'rulenone' : 'ruled', `aprec:${articleDate ? articleDate.length : 'none'}`];
    const before = words(text, Math.max(s.start, e.start - 30), e.start, names).slice(-2);
    const tense = `tense:${before.join('|') || '^'}`;
    const seen = new Set<string>();
    const add = (date: string | null, raw: string | null, source: DateSource, f: string[]): void => {
      if (!date) return;
      const key = `${date}|${source}`;
      if (seen.has(key)) return;
      seen.add(key);
      const toldAt = toldIn.get(date);
      const others = toldAt ? toldAt.size - (toldAt.has(e.sentence) ? 1 : 0) : 0;
      const all = [...common.map((c) => `${source}|${c}`), ...f, `told:${source}:${bucket(others, [0, 1, 2])}`, `src:${source}`,
        `prec:${source}:${date.length}`, `rel:${source}:${relation(date, articleDate)}`];
      if (date === chosen) all.push('rule', `rule:${source}`);
      out.push({ event: ei, date, text: raw, source, features: [...new Set(all)].sort() });
    };
    const byDistance = [...dates].sort((a, b) => gap(a, e) - gap(b, e));
    const quotes = quoteMarks(text, s, marks);
    // Nearest first: of two mentions of one date, the nearer describes it.
    for (const d of byDistance) {
      // A date on the other side of a quotation mark from the trigger tells another time, as for the patterns.
      if (marksBefore(quotes, d.start) % 2 !== marksBefore(quotes, e.start) % 2 && d.text !== e.dateText) continue;
      // The patterns' own date words keep the date they read (their tense test is finer than the event's modality).
      const date = d.text === e.dateText && e.date ? e.date : normalizeDate(d.text, relative(d.text) ? told ?? articleDate : articleDate, future);
      const form = formOf(d.text);
      const after = d.start >= e.end;
      const ord = after ? 'A' : 'B';
      const [from, to] = after ? [e.end, d.start] : [d.end, e.start];
      const between = d.start < e.end && d.end > e.start ? [] : words(text, from, to, names);
      const prev = words(text, Math.max(s.start, d.start - 30), d.start, names).slice(-2);
      const next = words(text, d.end, Math.min(s.end, d.end + 30), names).slice(0, 2);
      const triggersBetween = others.filter((o) => (after ? o.start >= e.end && o.end <= d.start : o.start >= d.end && o.end <= e.start)).length;
      const f = [`form:${form}`, `form:${ord}:${form}`, `ev:form:${e.eventType}:${form}`, `prep:${prepositionOf(d.text)}`, `prep:${ord}:${prepositionOf(d.text)}`,
        `ord:${ord}`, `gap:${ord}:${bucket(between.length, [0, 1, 2, 3, 5, 8, 12, 20])}`, `rank:${bucket(byDistance.indexOf(d), [0, 1, 2])}`,
        `xprev:${prev[prev.length - 1] ?? '^'}`, `xprev2:${prev.join('|') || '^'}`, `xnext:${next[0] ?? '$'}`, `trigs:${bucket(triggersBetween, [0, 1, 2])}`,
        `mod:form:${e.modality}:${form}`];
      if (between.includes(',')) f.push(`comma:${ord}`);
      if (between.length <= 5) f.push(`btw:${ord}:${between.join(' ')}`);
      for (const w of new Set(between.slice(0, 12))) f.push(`bw:${ord}:${w}`);
      if (marksBefore(quotes, d.start) % 2 === 1) f.push('quoted');
      add(date, d.text, 'text', f);
    }
    // The article's time only where the patterns gave a date or let the story's date the event: not background, not
    // a sentence that tells another time ("Peter Otieno, who had been arrested in Kisumu, spoke").
    const undated = chosen === null;
    if (!undated) add(articleDate, null, 'article', [tense, `trig:article:${trigger}`]);
    // News told without a date is often of the day before the article's, or only of its month or year.
    if (articleDate?.length === 10 && !undated) {
      add(normalizeDate('yesterday', articleDate, false), null, 'day-before', [tense, `trig:day-before:${trigger}`]);
      add(articleDate.slice(0, 7), null, 'month', [tense]);
    }
    if (articleDate && articleDate.length > 4 && !undated) add(articleDate.slice(0, 4), null, 'year', [tense]);
    // The story's last date only where the patterns let it date the event (no background, no other time told).
    add(e.contextDate ?? null, null, 'context', [tense, e.contextDate === articleDate ? 'told:article' : 'told:other']);
    // No date at all: background, plans, a year told elsewhere in the sentence. Chosen, it leaves the patterns' choice.
    const none = [...common, tense, 'src:none', `src:ev:none:${e.eventType}`, `src:mod:none:${e.modality}`, `trig:none:${trigger}`];
    if (chosen === null) none.push('rule', 'rule:none');
    out.push({ event: ei, date: null, text: null, source: 'none', features: [...new Set(none)].sort() });
  });
  return out;
}

/**
 * The items of a sentence (sorted by start, `lowEdge` rising with it) within reach of the event's trigger: those whose
 * `lowEdge` is not before the reach's start (binary search), up to the first that starts past its end.
 */
function inReach<T extends { start: number }>(sorted: T[], e: EventFinding, lowEdge: (x: T) => number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (lowEdge(sorted[mid]!) < e.start - REACH) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start <= e.end + REACH; k++) out.push(sorted[k]!);
  return out;
}

/** The other events of the sentence (sorted by trigger) whose trigger starts within reach of this one's. */
const near = (list: EventFinding[], e: EventFinding): EventFinding[] => inReach(list, e, (o) => o.start).filter((o) => o !== e);

/** The dates of the sentence (in text order) within reach of the event's trigger. */
const within = (dates: DateExpression[], e: EventFinding): DateExpression[] => inReach(dates, e, (d) => d.end);

function gap(d: DateExpression, e: EventFinding): number {
  return d.start >= e.end ? d.start - e.end : d.end <= e.start ? e.start - d.end : 0;
}
