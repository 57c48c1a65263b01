// Figures of several scored sets side by side (the real development corpus, batch by batch), each beside the
// figures it had on first contact (its `first-contact.json`), and their sum.
import { z } from 'zod';
import type { EvalReport } from './score.js';

const Counts = z.object({ tp: z.number().int(), fp: z.number().int(), fn: z.number().int() });
export const SetFigures = z.object({
  articles: z.number().int(),
  Person: Counts, Organization: Counts, Place: Counts,
  quotes: z.object({ total: z.number().int(), found: z.number().int(), attributed: z.number().int() }),
  affiliations: z.object({ total: z.number().int(), found: z.number().int() }),
});
export type SetFigures = z.infer<typeof SetFigures>;

/** A set's record of its first contact: the figures before any rule was written from it. */
export const FirstContact = z.object({
  date: z.string(),
  commit: z.string(),
  note: z.string().optional(),
  figures: SetFigures,
});
export type FirstContact = z.infer<typeof FirstContact>;

export interface SetRow { name: string; figures: SetFigures; firstContact: FirstContact | null }

export function figuresOf(report: EvalReport, articles: number): SetFigures {
  const counts = (type: string) => {
    const s = report.entities.find((e) => e.type === type);
    return { tp: s?.tp ?? 0, fp: s?.fp ?? 0, fn: s?.fn ?? 0 };
  };
  return {
    articles,
    Person: counts('Person'), Organization: counts('Organization'), Place: counts('Place'),
    quotes: { total: report.quotes.total, found: report.quotes.found, attributed: report.quotes.attributed },
    affiliations: { total: report.affiliations.total, found: report.affiliations.found },
  };
}

export function sumFigures(all: SetFigures[]): SetFigures {
  const add = (a: { tp: number; fp: number; fn: number }, b: { tp: number; fp: number; fn: number }) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
  const zero = { tp: 0, fp: 0, fn: 0 };
  return all.reduce<SetFigures>((sum, f) => ({
    articles: sum.articles + f.articles,
    Person: add(sum.Person, f.Person), Organization: add(sum.Organization, f.Organization), Place: add(sum.Place, f.Place),
    quotes: { total: sum.quotes.total + f.quotes.total, found: sum.quotes.found + f.quotes.found, attributed: sum.quotes.attributed + f.quotes.attributed },
    affiliations: { total: sum.affiliations.total + f.affiliations.total, found: sum.affiliations.found + f.affiliations.found },
  }), { articles: 0, Person: zero, Organization: zero, Place: zero, quotes: { total: 0, found: 0, attributed: 0 }, affiliations: { total: 0, found: 0 } });
}

export function f1(c: { tp: number; fp: number; fn: number }): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

const ratio = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');

function cells(f: SetFigures): string[] {
  return [
    String(f.articles), f1(f.Person).toFixed(3), f1(f.Organization).toFixed(3), f1(f.Place).toFixed(3),
    `${f.quotes.attributed}/${f.quotes.total} ${ratio(f.quotes.attributed, f.quotes.total)}`,
    `${f.affiliations.found}/${f.affiliations.total} ${ratio(f.affiliations.found, f.affiliations.total)}`,
  ];
}

/** One row per set (now), one under it for its first contact, and the sums of both over the sets. */
export function renderSets(rows: SetRow[]): string {
  const header = ['set', 'when', 'articles', 'Person F1', 'Org F1', 'Place F1', 'speakers right', 'affiliations'];
  const table: string[][] = [header];
  for (const row of rows) {
    table.push([row.name, 'now', ...cells(row.figures)]);
    if (row.firstContact) table.push(['', `first contact ${row.firstContact.date} ${row.firstContact.commit.slice(0, 7)}`, ...cells(row.firstContact.figures)]);
  }
  table.push(['all sets', 'now', ...cells(sumFigures(rows.map((r) => r.figures)))]);
  const recorded = rows.filter((r) => r.firstContact);
  if (recorded.length) table.push(['', `first contact (${recorded.length} sets)`, ...cells(sumFigures(recorded.map((r) => r.firstContact!.figures)))]);
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return `${table.map(line).join('\n')}\n\nF1 from entity counts summed over the sets; speakers right = quotes whose Statement has the gold speaker.\n`;
}
