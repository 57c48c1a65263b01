// The learned dates pass (src/extract/event-dates-learned.ts) changes the date an event shows, never which reports are
// one event nor the event's id: the patterns' date is what merges and names it (src/resolve/events.ts). Over the
// development articles, five reports of the same happenings, the pass on and off give the same events with the same
// reports, and where the pass dated an event the node shows its date with `dateBasis: model`.
import type { EventNode, GraphData } from '../../graph-schema/index.js';
import { extractArticle, type ExtractOptions } from '../../src/extract/index.js';
import { readArticles, type Article } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

let on: GraphData;
let off: GraphData;
beforeAll(async () => {
  const articles: Article[] = (await readArticles(['data/articles'], { maxBytes: 5 * 1024 * 1024 })).articles;
  const graph = (options: ExtractOptions): GraphData =>
    resolveCorpus(articles.map((a) => ({ article: a, extraction: extractArticle({ id: a.id, text: a.text, date: a.date, title: a.title }, { ...options, explain: false }) })));
  on = graph({});
  off = graph({ dateModel: null });
});

const events = (data: GraphData): EventNode[] => data.nodes.filter((n): n is EventNode => n.type === 'Event');
/** Every report of every event: the REPORTED_IN ids, which hold the event's id and the report's article and offset. */
const reports = (data: GraphData): string[] => data.relationships.filter((r) => r.type === 'REPORTED_IN').map((r) => r.id).sort();

test('the same events, by id, with the same reports, with the learned dates on and off', () => {
  expect(events(on).length).toBeGreaterThan(10);
  expect(events(on).map((e) => e.id).sort()).toEqual(events(off).map((e) => e.id).sort());
  expect(reports(on)).toEqual(reports(off));
});

test('an event the pass dated shows another date than the patterns gave it, as `model`', () => {
  const before = new Map(events(off).map((e) => [e.id, e.date]));
  const changed = events(on).filter((e) => e.date !== before.get(e.id));
  expect(changed.length).toBeGreaterThan(0);
  for (const e of changed) expect(e.dateBasis).toBe('model');
});
