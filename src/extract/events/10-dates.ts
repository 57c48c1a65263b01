// Pass 10: date expressions and their normalisation against the article's own date.
// chrono-node reads calendar dates ("Jan. 8", "January 2020", "two months later"); weekdays, bare years
// and "last year" are done here so that reporting in the past tense never lands in the future.
import * as chrono from 'chrono-node';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)';

/** Date expressions, longest forms first. */
const LEAD = '(?:(?:in|since|during|by|on|of|until|through|early|late|mid-?)\\s+)?';

/** Date expressions, longest forms first, with a leading preposition kept ("in March 2003"). */
const DATE_EXPRESSION = new RegExp(
  [
    `${LEAD}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?![\\d])`,
    `${LEAD}\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`,
    `${LEAD}(?:early\\s+|late\\s+|mid-)?${MONTH}\\s+\\d{4}`,
    `(?:last|this|next)\\s+(?:week|month|year|${WEEKDAYS.join('|')})`,
    `${NUMBER}\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|earlier|ago|before|after)`,
    `(?:${WEEKDAYS.join('|')})(?=\\W)`,
    `${LEAD}(?:early\\s+|late\\s+)?(?<![\\d$,.-])(?:19|20)\\d{2}(?![\\d%-]|\\s*(?:troops|soldiers|people|times|American))`,
    `(?:in|since|during|by|last|this|next)\\s+${MONTH}(?![\\w])`,
  ].join('|'),
  'giu',
);

export interface DateExpression {
  text: string;
  start: number;
  end: number;
}

export function findDateExpressions(text: string, start: number, end: number): DateExpression[] {
  const out: DateExpression[] = [];
  const slice = text.slice(start, end);
  DATE_EXPRESSION.lastIndex = 0;
  for (let m = DATE_EXPRESSION.exec(slice); m; m = DATE_EXPRESSION.exec(slice)) {
    const raw = m[0];
    // Capitalised weekday or month only: "may" and "march" are verbs, "Tuesday" is a day.
    if (/^(?:may|march)$/i.test(raw.trim()) || (/^[a-z]/.test(raw) && new RegExp(`^${MONTH}$`, 'i').test(raw.trim()))) continue;
    if (WEEKDAYS.includes(raw.toLowerCase()) && !/^[A-Z]/.test(raw)) continue;
    out.push({ text: raw.trim(), start: start + m.index, end: start + m.index + raw.length });
  }
  return out;
}

interface Ymd {
  y: number;
  m: number | null;
  d: number | null;
}

function parseIso(date: string | null): Ymd | null {
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

/**
 * "Tuesday" → the last Tuesday on or before the article date; "last month" → YYYY-MM; "in 2011" → "2011";
 * "Jan. 8" → the Jan. 8 on or before the article date; "January 2020" → "2020-01". A partial date stays partial.
 * Relative phrases ("two months later") count from `reference` (the article date or an earlier event's date).
 */
export function normalizeDate(dateText: string, reference: string | null): string | null {
  const t = dateText.trim().toLowerCase().replace(/\s+/g, ' ');
  const ref = parseIso(reference);
  const year = /^(?:(?:in|since|during|by|of|early|late|mid-?)\s+)?(?:(?:early|late)\s+)?((?:19|20)\d{2})$/.exec(t);
  if (year) return year[1]!;
  const rel = /^(last|this|next) (week|month|year)$/.exec(t);
  if (rel) {
    if (!ref) return null;
    const by = rel[1] === 'last' ? -1 : rel[1] === 'next' ? 1 : 0;
    if (rel[2] === 'year') return String(ref.y + by);
    if (ref.m === null) return null;
    if (rel[2] === 'month') return format(...shiftMonth(ref.y, ref.m, by), null);
    if (ref.d === null) return by === 0 ? format(ref.y, ref.m, null) : null;
    const day = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + 7 * by));
    return format(day.getUTCFullYear(), day.getUTCMonth() + 1, null);
  }
  const weekday = /^(?:(last|this|next) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(t);
  if (weekday) {
    if (!ref || ref.m === null || ref.d === null) return null;
    const base = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
    let back = (base.getUTCDay() - WEEKDAYS.indexOf(weekday[2]!) + 7) % 7;
    if (weekday[1] === 'last' && back === 0) back = 7;
    const offset = weekday[1] === 'next' ? (7 - back) % 7 || 7 : -back;
    const day = new Date(base.getTime() + offset * 86_400_000);
    return format(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  const instant = ref ? new Date(Date.UTC(ref.y, (ref.m ?? 7) - 1, ref.d ?? 15, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const parsed = chrono.parse(dateText, { instant, timezone: 0 }, { forwardDate: false })[0];
  if (!parsed) return null;
  const c = parsed.start;
  const relative = /\b(?:later|earlier|ago|before|after|last|next|this)\b/.test(t);
  if (!ref && !c.isCertain('year')) return null;
  // Precision: what the words state, never more than the reference knows for relative phrases.
  const hasDay = c.isCertain('day') && (!relative || (ref?.d ?? null) !== null) && !/\b(?:months?|years?)\b/.test(t);
  const hasMonth = c.isCertain('month') || (relative && !/\byears?\b/.test(t) && ref?.m !== null);
  let y = c.get('year')!;
  const m = c.get('month')!;
  const d = c.get('day')!;
  // "Oct. 7" in a January article is last October.
  if (!c.isCertain('year') && ref && !relative) {
    const refKey = ref.y * 10000 + (ref.m ?? 12) * 100 + (ref.d ?? 31);
    if (y * 10000 + m * 100 + (hasDay ? d : 1) > refKey) y -= 1;
  }
  return format(y, hasMonth ? m : null, hasMonth && hasDay ? d : null);
}
