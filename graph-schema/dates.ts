// One representation of time: a date as printed at its precision (YYYY, YYYY-MM, YYYY-MM-DD) and the days it spans,
// so a range query finds "2020-01" as well as "2020-01-08".

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateRange {
  datePrecision: DatePrecision;
  /** First and last day the date covers, YYYY-MM-DD. */
  dateStart: string;
  dateEnd: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The span of a partial ISO date; null for anything else. */
export function dateRange(date: string | null | undefined): DateRange | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return { datePrecision: 'day', dateStart: date, dateEnd: date };
  if (m[2]) {
    const month = Number(m[2]);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { datePrecision: 'month', dateStart: `${m[1]}-${m[2]}-01`, dateEnd: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  return { datePrecision: 'year', dateStart: `${m[1]}-01-01`, dateEnd: `${m[1]}-12-31` };
}
