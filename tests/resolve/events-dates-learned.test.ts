// The learned dates pass (src/extract/event-dates-learned.ts) changes the date an event shows, never which reports are
// one event: the patterns' date is what merges (src/resolve/events.ts). Over the development articles, five reports
// of the same happenings, the reports are grouped the same way with the pass on and off, and where it dated a report
// the node shows its date with `dateBasis: model`.
import type { EventNode, GraphData } from '../../graph-schema/index.js';
import { extractArticle, type ExtractOptions } from '../../src/extract/index.js';
import { readArticles, type Article } from '../../src/ingest/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

let articles: Article[] = [];
beforeAll(async () => {
  articles = (await readArticles(['data/articles'], { maxBytes: 5 * 1024 * 1024 })).articles;
});

function graph(options: ExtractOptions): GraphData {
  return resolveCorpus(articles.map((a) => ({ article: a, extraction: extractArticle({ id: a.id, text: a.text, date: a.date, title: a.title }, { ...options, explain: false }) })));
}

/** Each event's reports (article and offset), one sorted line per event. */
function groups(data: GraphData): string[] {
  const byEvent = new Map<string, string[]>();
  for (const r of data.relationships) {
    if (r.type !== 'REPORTED_IN') continue;
    (byEvent.get(r.source) ?? byEvent.set(r.source, []).get(r.source)!).push(`${r.target}@${String('start' in r ? r.start : '')}`);
  }
  return [...byEvent.values()].map((reports) => reports.sort().join(' ')).sort();
}

test('the same reports make the same events with the learned dates on and off', () => {
  const on = graph({});
  const off = graph({ dateModel: null });
  expect(groups(on).length).toBeGreaterThan(10);
  expect(groups(on)).toEqual(groups(off));
});

test('an event one of whose reports the pass dated shows that date, as `model`', () => {
  const on = graph({});
  const dated = articles.flatMap((a) => extractArticle({ id: a.id, text: a.text, date: a.date, title: a.title }, { explain: false }).events ?? []).filter((e) => e.dateRule);
  expect(dated.length).toBeGreaterThan(0);
  const shown = on.nodes.filter((n): n is EventNode => n.type === 'Event' && n.dateBasis === 'model');
  expect(shown.length).toBeGreaterThan(0);
  for (const n of shown) expect(dated.map((e) => e.date)).toContain(n.date);
});
