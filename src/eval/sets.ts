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

type Counts = { [key: string]: number | Counts };

/** Field-by-field sum of records of the same shape (all counts). */
function addCounts<T extends Counts>(a: T, b: T): T {
  const out: Counts = {};
  for (const [key, value] of Object.entries(a)) out[key] = typeof value === 'number' ? value + (b[key] as number) : addCounts(value, b[key] as Counts);
  return out as T;
}

const ZERO_EVENTS: EventFigures = {
  gold: 0, found: 0, nodes: 0, unmatched: 0, optionalOnly: 0, duplicates: 0, falseMerges: 0, main: { total: 0, found: 0 }, date: { total: 0, right: 0 },
  place: { total: 0, right: 0 }, participants: { total: 0, found: 0 }, modality: { total: 0, right: 0 }, multiReport: { total: 0, oneNode: 0 },
  stance: { total: 0, right: 0, sided: 0, sidedRight: 0 },
};

export function sumEventFigures(all: EventFigures[]): EventFigures {
  return all.reduce((sum, f) => addCounts(sum as unknown as Counts, f as unknown as Counts) as unknown as EventFigures, ZERO_EVENTS);
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

const ZERO_SET: SetFigures = {
  articles: 0, Person: { tp: 0, fp: 0, fn: 0 }, Organization: { tp: 0, fp: 0, fn: 0 }, Place: { tp: 0, fp: 0, fn: 0 },
  quotes: { total: 0, found: 0, attributed: 0 }, affiliations: { total: 0, found: 0 },
};

export function sumFigures(all: SetFigures[]): SetFigures {
  return all.reduce((sum, f) => addCounts(sum as unknown as Counts, f as unknown as Counts) as unknown as SetFigures, ZERO_SET);
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

interface Recorded<F> { date: string; commit: string; figures: F }

/**
 * One row per set (now), one under it for its first contact when recorded, and the sums of both over the sets;
 * the first two columns left-aligned, the figures right-aligned.
 */
function setTable<F>(header: string[], rows: { name: string; now: F; first: Recorded<F> | null | undefined }[], cellsOf: (f: F) => string[], sum: (all: F[]) => F): string {
  const table: string[][] = [header];
  for (const row of rows) {
    table.push([row.name, 'now', ...cellsOf(row.now)]);
    if (row.first) table.push(['', `first contact ${row.first.date} ${row.first.commit.slice(0, 7)}`, ...cellsOf(row.first.figures)]);
  }
  table.push(['all sets', 'now', ...cellsOf(sum(rows.map((r) => r.now)))]);
  const recorded = rows.flatMap((r) => (r.first ? [r.first.figures] : []));
  if (recorded.length) table.push(['', `first contact (${recorded.length} sets)`, ...cellsOf(sum(recorded))]);
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return table.map(line).join('\n');
}

/** The entity, speaker and affiliation table, then the event and stance table, each beside the first contacts. */
export function renderSets(rows: SetRow[]): string {
  const entities = setTable(['set', 'when', 'articles', 'Person F1', 'Org F1', 'Place F1', 'speakers right', 'affiliations'],
    rows.map((r) => ({ name: r.name, now: r.figures, first: r.firstContact })), cells, sumFigures);
  const events = setTable(['set', 'when', 'event F1', 'main found', 'date right', 'place right', 'participants', 'one node', 'false merges', 'stance right', 'sided right'],
    rows.map((r) => ({ name: r.name, now: r.events, first: r.firstContact?.events })), eventCells, sumEventFigures);
  return `${entities}\n\nF1 from entity counts summed over the sets; speakers right = quotes whose Statement has the gold speaker.\n\n`
    + `${events}\n\nEvents as shared/eval/README.md scores them: F1 from summed node counts (extra nodes of one happening count against precision); one node = happenings found in two or more articles whose reports sit on one node.\n`;
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
