// The YAML front matter of a .txt/.md article, validated with zod; a bad header rejects only its file.
import { z } from 'zod';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** YAML turns `2020` into a number and `2020-07-08` into a Date; both mean the same as the quoted string. */
const dateValue = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string({ error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' }).trim().regex(DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, 'is no day of the calendar'),
);

/** "2024-02-30" has the shape of a date but names no day; a year or a month alone always does. */
function isCalendarDate(value: string): boolean {
  if (value.length < 10) return true;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** An article's link: http or https only ("javascript:", "file:" and the like are dropped, not followed or shown). */
const webUrl = z.preprocess((value) => (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && !/^https?:/i.test(value.trim()) ? null : value), z.url('must be an absolute URL').nullish());

const textValue = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'));

export const Header = z.looseObject({
  title: textValue.optional(),
  date: dateValue.nullish(),
  source: textValue.nullish(),
  url: webUrl,
}, { error: 'must be `field: value` lines' });
export type Header = z.infer<typeof Header>;

export function isArticleDate(value: string): boolean {
  return DATE.test(value);
}

/** Header fields, or every problem as `field: problem` joined for one message. */
export function parseHeader(data: unknown): { ok: true; header: Header } | { ok: false; problems: string } {
  const parsed = Header.safeParse(data ?? {});
  if (parsed.success) return { ok: true, header: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'header'} ${issue.message}`).join(', ');
  return { ok: false, problems };
}
