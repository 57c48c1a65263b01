// Date words → ISO date (YYYY, YYYY-MM or YYYY-MM-DD) against the article's own date, by tense.
// Every form the date pass finds is read here by hand; chrono-node is only the fallback for other phrasings.
import * as chrono from 'chrono-node';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const MONTH_WORD = '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
const LEAD = /^(?:(?:in|since|during|by|on|of|until|through|from)\s+)?(?:the\s+)?(?:(?:early|late|mid-?)\s*)?/;

const YEAR = /^((?:19|20)\d{2})$/;
const MONTH_DAY = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`);
const DAY_MONTH = new RegExp(`^(\\d{1,2})\\s+${MONTH_WORD}(?:\\s+(\\d{4}))?$`);
const MONTH_YEAR = new RegExp(`^${MONTH_WORD}\\s+(\\d{4})$`);
const MONTH_ONLY = new RegExp(`^(?:(last|this|next)\\s+)?${MONTH_WORD}$`);
const RELATIVE_UNIT = /^(last|this|next) (week|month|year)$/;
const WEEKDAY = /^(?:(last|this|next) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;
const COUNT = /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|weeks?|months?|years?) (later|earlier|ago|before|after)$/;

export interface Ymd {
  y: number;
  m: number | null;
  d: number | null;
}

export function parseIso(date: string | null): Ymd | null {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function format(y: number, m: number | null, d: number | null): string {
  if (m === null) return String(y);
  return d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const total = y * 12 + (m - 1) + by;
  return [Math.floor(total / 12), (total % 12) + 1];
}

function shiftDays(y: number, m: number, d: number, by: number): [number, number, number] {
  const day = new Date(Date.UTC(y, m - 1, d + by));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3)) + 1;
const MONTH_NAMED_YEAR = /^([a-z]+)\.?\s+(last|this|next)\s+year$/;

/** Days after the reference within which a day with no year is still the reference's year: "a meeting on Aug 4" in a
 * July 28 article is next week's, not last year's. */
const NEAR_AHEAD_DAYS = 45;

/**
 * A month (and day) with no year: the one on or before the reference, or on or after it when the text speaks of the
 * future; a day just after a full reference date is that year's whatever the tense.
 */
function placeInYear(ref: Ymd, m: number, d: number | null, future: boolean): number {
  const key = m * 100 + (d ?? 0);
  const refKey = (ref.m ?? (future ? 1 : 12)) * 100 + (d === null ? 0 : ref.d ?? (future ? 0 : 31));
  if (future) return key < refKey ? ref.y + 1 : ref.y;
  if (d !== null && ref.m !== null && ref.d !== null) {
    // "on Jan 5" in a December 30 article is six days ahead, not a year back.
    const year = key > refKey ? ref.y : ref.y + 1;
    const ahead = (Date.UTC(year, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86_400_000;
    if (ahead > 0 && ahead <= NEAR_AHEAD_DAYS) return year;
  }
  return key > refKey ? ref.y - 1 : ref.y;
}

function weekday(ref: Ymd, which: string | undefined, name: string, future: boolean): string | null {
  if (ref.m === null) return null;
  // "on Tuesday" in an article dated only by its month: a day of that month, as far as the reference tells.
  if (ref.d === null) return format(ref.y, ref.m, null);
  const base = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const back = (base.getUTCDay() - WEEKDAYS.indexOf(name) + 7) % 7;
  let offset: number;
  if (which === 'next') offset = (7 - back) % 7 || 7;
  else if (which === 'last') offset = -(back || 7);
  else offset = future ? (7 - back) % 7 : -back;
  return format(...shiftDays(ref.y, ref.m, ref.d, offset));
}

function count(ref: Ymd | null, n: number, unit: string, direction: string): string | null {
  if (!ref) return null;
  const by = direction === 'later' || direction === 'after' ? n : -n;
  if (unit.startsWith('year')) return String(ref.y + by);
  if (ref.m === null) return null;
  if (unit.startsWith('month')) return format(...shiftMonth(ref.y, ref.m, by), null);
  if (ref.d === null) return format(ref.y, ref.m, null);
  const [y, m, d] = shiftDays(ref.y, ref.m, ref.d, unit.startsWith('week') ? 7 * by : by);
  // "Two weeks later" names a time of the month, not a day.
  return unit.startsWith('week') ? format(y, m, null) : format(y, m, d);
}

const DAY_WORD = /^(?:(?:earlier|later) )?(today|tonight|yesterday|overnight|last night|this (?:morning|afternoon|evening))$/;

/** The forms the date pass finds; undefined when the words are none of them. */
function byHand(t: string, ref: Ymd | null, future: boolean): string | null | undefined {
  // "yesterday", "last night": the day before the article's; "today", "this morning", "overnight": its day.
  const day = DAY_WORD.exec(t);
  if (day) {
    if (!ref || ref.m === null) return null;
    // "was killed yesterday" in an article dated only by its month: that month, as far as the reference tells (as
    // "on Tuesday" is).
    if (ref.d === null) return format(ref.y, ref.m, null);
    const [y, m, d] = /^(?:yesterday|last night)$/.test(day[1]!) ? shiftDays(ref.y, ref.m, ref.d, -1) : [ref.y, ref.m, ref.d];
    return format(y, m, d);
  }
  const year = YEAR.exec(t);
  if (year) return year[1]!;
  // "December last year", "March this year", "June next year": the year is said, whatever the tense.
  const named = MONTH_NAMED_YEAR.exec(t);
  if (named && monthOf(named[1]!) > 0) return ref ? format(ref.y + (named[2] === 'last' ? -1 : named[2] === 'next' ? 1 : 0), monthOf(named[1]!), null) : null;
  const unit = RELATIVE_UNIT.exec(t);
  if (unit) {
    if (!ref) return null;
    const by = unit[1] === 'last' ? -1 : unit[1] === 'next' ? 1 : 0;
    if (unit[2] === 'year') return String(ref.y + by);
    if (ref.m === null) return null;
    if (unit[2] === 'month') return format(...shiftMonth(ref.y, ref.m, by), null);
    if (ref.d === null) return by === 0 ? format(ref.y, ref.m, null) : null;
    const [y, m] = shiftDays(ref.y, ref.m, ref.d, 7 * by);
    return format(y, m, null);
  }
  const wd = WEEKDAY.exec(t);
  if (wd) return ref ? weekday(ref, wd[1], wd[2]!, future) : null;
  const md = MONTH_DAY.exec(t) ?? DAY_MONTH.exec(t);
  if (md) {
    const dayFirst = /^\d/.test(md[1]!);
    const m = monthOf(dayFirst ? md[2]! : md[1]!);
    const d = Number(dayFirst ? md[1] : md[2]);
    if (d < 1 || d > 31) return null;
    if (md[3]) return format(Number(md[3]), m, d);
    return ref ? format(placeInYear(ref, m, d, future), m, d) : null;
  }
  const my = MONTH_YEAR.exec(t);
  if (my) return format(Number(my[2]), monthOf(my[1]!), null);
  const mo = MONTH_ONLY.exec(t);
  if (mo) {
    if (!ref) return null;
    const m = monthOf(mo[2]!);
    const forward = mo[1] === 'next' || (mo[1] !== 'last' && future);
    let y = placeInYear(ref, m, null, forward);
    // "last August" in August means a year ago; "next May" in May a year ahead.
    if (mo[1] === 'last' && ref.m === m) y -= 1;
    if (mo[1] === 'next' && ref.m === m) y += 1;
    return format(y, m, null);
  }
  const c = COUNT.exec(t);
  if (c) {
    const n = /^\d+$/.test(c[1]!) ? Number(c[1]) : NUMBERS[c[1]!]!;
    return count(ref, n, c[2]!, c[3]!);
  }
  return undefined;
}

function byChrono(dateText: string, t: string, ref: Ymd | null, future: boolean): string | null {
  const instant = ref ? new Date(Date.UTC(ref.y, (ref.m ?? 7) - 1, ref.d ?? 15, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const parsed = chrono.parse(dateText, { instant, timezone: 0 }, { forwardDate: future })[0];
  if (!parsed) return null;
  const c = parsed.start;
  if (!ref && !c.isCertain('year')) return null;
  const relative = /\b(?:later|earlier|ago|before|after|last|next|this)\b/.test(t);
  const hasDay = c.isCertain('day') && (!relative || (ref?.d ?? null) !== null);
  const hasMonth = c.isCertain('month') || (relative && ref?.m !== null);
  return format(c.get('year')!, hasMonth ? c.get('month')! : null, hasMonth && hasDay ? c.get('day')! : null);
}

/**
 * "Tuesday" → the Tuesday on or before the article date (on or after it when `future`); "last month" → YYYY-MM;
 * "in 2011" → "2011"; "Jan. 8" → the Jan. 8 on or before the article date; "in July" in a sentence about what
 * will happen → the next July. A partial date stays partial. Relative phrases ("two months later") count from
 * `reference` (the article date or an earlier event's date).
 */
export function normalizeDate(dateText: string, reference: string | null, future = false): string | null {
  // "the war that has raged since October 8": a date after "since" lies behind, whatever else the clause says.
  if (/^\s*since\b/i.test(dateText)) future = false;
  const t = dateText.trim().toLowerCase().replace(/\s+/g, ' ').replace(LEAD, '');
  const ref = parseIso(reference);
  const hand = byHand(t, ref, future);
  return hand === undefined ? byChrono(dateText, t, ref, future) : hand;
}
