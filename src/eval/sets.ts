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

const Found = z.object({ total: z.number().int(), found: z.number().int() });
const Right = z.object({ total: z.number().int(), right: z.number().int() });
/** Event and stance figures of a set (shared/eval/README.md); scored since events were annotated. */
export const EventFigures = z.object({
  gold: z.number().int(), found: z.number().int(),
  nodes: z.number().int(), unmatched: z.number().int(), optionalOnly: z.number().int(), duplicates: z.number().int(), falseMerges: z.number().int(),
  main: Found, date: Right, place: Right, participants: Found, modality: Right, multiReport: z.object({ total: z.number().int(), oneNode: z.number().int() }),
  stance: z.object({ total: z.number().int(), right: z.number().int(), sided: z.number().int(), sidedRight: z.number().int() }),
});
export type EventFigures = z.infer<typeof EventFigures>;

/** A set's record of its first contact: the figures before any rule was written from it. */
export const FirstContact = z.object({
  date: z.string(),
  commit: z.string(),
  note: z.string().optional(),
  figures: SetFigures,
  /** Events and stances were first scored later than the entities: their own first contact. */
  events: z.object({ date: z.string(), commit: z.string(), note: z.string().optional(), figures: EventFigures }).optional(),
});
export type FirstContact = z.infer<typeof FirstContact>;

export interface SetRow { name: string; figures: SetFigures; events: EventFigures; firstContact: FirstContact | null }

export function eventFiguresOf(report: EvalReport): EventFigures {
  const e = report.events;
  return {
    gold: e.gold, found: e.found, nodes: e.nodes, unmatched: e.unmatched, optionalOnly: e.optionalOnly, duplicates: e.duplicates, falseMerges: e.falseMerges,
    main: { total: e.main.total, found: e.main.found }, date: { total: e.date.total, right: e.date.right }, place: { total: e.place.total, right: e.place.right },
    participants: { total: e.participants.total, found: e.participants.found }, modality: { total: e.modality.total, right: e.modality.right },
    multiReport: { total: e.multiReport.total, oneNode: e.multiReport.oneNode },
    stance: { total: report.stance.total, right: report.stance.right, sided: report.stance.sided, sidedRight: report.stance.sidedRight },
  };
}

export function sumEventFigures(all: EventFigures[]): EventFigures {
  const keys = ['gold', 'found', 'nodes', 'unmatched', 'optionalOnly', 'duplicates', 'falseMerges'] as const;
  const out = JSON.parse(JSON.stringify(all[0] ?? null)) as EventFigures | null;
  if (!out) return { gold: 0, found: 0, nodes: 0, unmatched: 0, optionalOnly: 0, duplicates: 0, falseMerges: 0, main: { total: 0, found: 0 }, date: { total: 0, right: 0 }, place: { total: 0, right: 0 }, participants: { total: 0, found: 0 }, modality: { total: 0, right: 0 }, multiReport: { total: 0, oneNode: 0 }, stance: { total: 0, right: 0, sided: 0, sidedRight: 0 } };
  for (const f of all.slice(1)) {
    for (const k of keys) out[k] += f[k];
    for (const k of ['main', 'date', 'place', 'participants', 'modality', 'multiReport', 'stance'] as const) {
      const a = out[k] as Record<string, number>;
      const b = f[k] as Record<string, number>;
      for (const field of Object.keys(a)) a[field]! += b[field]!;
    }
  }
  return out;
}

/** Event F1 from summed counts: a node is right when it matches a gold event and is not an extra node of its group. */
export function eventF1(f: EventFigures): { precision: number; recall: number; f1: number } {
  const considered = f.nodes - f.optionalOnly;
  const precision = considered ? (f.nodes - f.unmatched - f.optionalOnly - f.duplicates) / considered : 0;
  const recall = f.gold ? f.found / f.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

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
  return `${table.map(line).join('\n')}\n\nF1 from entity counts summed over the sets; speakers right = quotes whose Statement has the gold speaker.\n\n${renderEventSets(rows)}`;
}

function eventCells(f: EventFigures): string[] {
  const { f1: ef1 } = eventF1(f);
  const share = (a: number, b: number) => `${a}/${b} ${ratio(a, b)}`;
  return [
    ef1.toFixed(3), share(f.main.found, f.main.total), share(f.date.right, f.date.total), share(f.place.right, f.place.total),
    share(f.participants.found, f.participants.total), share(f.multiReport.oneNode, f.multiReport.total), String(f.falseMerges),
    share(f.stance.right, f.stance.total), share(f.stance.sidedRight, f.stance.sided),
  ];
}

/** Events and stance, set by set, beside each set's event first contact. */
function renderEventSets(rows: SetRow[]): string {
  const header = ['set', 'when', 'event F1', 'main found', 'date right', 'place right', 'participants', 'one node', 'false merges', 'stance right', 'sided right'];
  const table: string[][] = [header];
  for (const row of rows) {
    table.push([row.name, 'now', ...eventCells(row.events)]);
    const fc = row.firstContact?.events;
    if (fc) table.push(['', `first contact ${fc.date} ${fc.commit.slice(0, 7)}`, ...eventCells(fc.figures)]);
  }
  table.push(['all sets', 'now', ...eventCells(sumEventFigures(rows.map((r) => r.events)))]);
  const recorded = rows.filter((r) => r.firstContact?.events);
  if (recorded.length) table.push(['', `first contact (${recorded.length} sets)`, ...eventCells(sumEventFigures(recorded.map((r) => r.firstContact!.events!.figures)))]);
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return `${table.map(line).join('\n')}\n\nEvents as shared/eval/README.md scores them: F1 from summed node counts (extra nodes of one happening count against precision); one node = happenings found in two or more articles whose reports sit on one node.\n`;
}
