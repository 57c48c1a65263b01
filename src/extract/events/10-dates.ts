// Pass 10: date expressions in a sentence ("in March 2003", "Tuesday", "two months later"), found by one regex;
// normalize-date.ts turns each into an ISO date.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)';

const LEAD = '(?:(?:in|since|during|by|on|of|until|through|early|late|mid-?)\\s+)?';

/** Date expressions, longest forms first, with a leading preposition kept ("in March 2003"). */
const DATE_EXPRESSION = new RegExp(
  [
    // "in December last year", "March this year": a month and its year said in words.
    `${LEAD}(?:early\\s+|late\\s+|mid-)?${MONTH}\\s+(?:last|this|next)\\s+year`,
    `${LEAD}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?![\\d])`,
    `${LEAD}\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`,
    `${LEAD}(?:early\\s+|late\\s+|mid-)?${MONTH}\\s+\\d{4}`,
    `(?:last|this|next)\\s+(?:week|month|year|${WEEKDAYS.join('|')})`,
    `${NUMBER}\\s+(?:days?|weeks?|months?|years?)\\s+(?:later|earlier|ago|before|after)`,
    `(?:${WEEKDAYS.join('|')})(?=\\W)`,
    `${LEAD}(?:early\\s+|late\\s+)?(?<![\\d$,./-])(?:19|20)\\d{2}(?![\\d%-]|\\s*(?:troops|soldiers|people|times|American))`,
    `(?:in|since|during|by|last|this|next)\\s+${MONTH}(?![\\w])`,
    // "yesterday", "last night", "earlier today", "this morning", "overnight": the article's day, or the day before it.
    `(?<![\\w-])(?:(?:earlier|later)\\s+)?(?:today|tonight|yesterday|overnight|last\\s+night|this\\s+(?:morning|afternoon|evening))(?![\\w-])`,
  ].join('|'),
  'gi',
);

const LOWER_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*(?![\w])/;

export interface DateExpression {
  text: string;
  start: number;
  end: number;
}

/** Every date expression holds a digit, a month, a weekday or a unit: a cheap test that skips most sentences. */
const MAY_HOLD_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|night|tonight|morning|afternoon|evening/i;

export function findDateExpressions(text: string, start: number, end: number): DateExpression[] {
  const out: DateExpression[] = [];
  const slice = text.slice(start, end);
  if (!MAY_HOLD_DATE.test(slice)) return out;
  DATE_EXPRESSION.lastIndex = 0;
  for (let m = DATE_EXPRESSION.exec(slice); m; m = DATE_EXPRESSION.exec(slice)) {
    const raw = m[0];
    // Capitalised weekday or month only: "may" and "march" are verbs, "Tuesday" is a day.
    if (LOWER_MONTH.test(raw)) continue;
    if (WEEKDAYS.includes(raw.toLowerCase()) && !/^[A-Z]/.test(raw)) continue;
    out.push({ text: raw.trim(), start: start + m.index, end: start + m.index + raw.length });
  }
  return out;
}
