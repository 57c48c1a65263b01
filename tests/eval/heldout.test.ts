// Regression guard on the held-out set (tests/fixtures/heldout): articles no extractor rule was written from.
// Floors sit a little under the figures reached; a drop below one means a change overfits the development set.
import { join } from 'node:path';
import { loadGold, scoreGraph, type EvalReport } from '../../src/eval/index.js';
import { readArticles } from '../../src/ingest/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';

const root = join(process.cwd(), 'tests/fixtures/heldout');
let report: EvalReport;

beforeAll(async () => {
  const { articles, rejected } = await readArticles([join(root, 'articles')], { maxBytes: 10_000_000 });
  expect(rejected).toEqual([]);
  expect(articles).toHaveLength(7);
  report = scoreGraph(buildFromArticles(articles).data, loadGold([join(root, 'gold')]));
});

const f1 = (type: string) => report.entities.find((e) => e.type === type)!.f1;

describe('held-out articles', () => {
  test.each([
    ['Person', 0.98],
    ['Organization', 0.97],
    ['Place', 0.98],
  ])('%s F1 stays at or above %d', (type, floor) => {
    expect(f1(type)).toBeGreaterThanOrEqual(floor);
  });

  test('every quotation is found and at least 98% are attributed to the right speaker', () => {
    expect(report.quotes.found).toBe(report.quotes.total);
    expect(report.quotes.attributed / report.quotes.total).toBeGreaterThanOrEqual(0.98);
  });

  test('affiliation recall stays at or above 0.96', () => {
    expect(report.affiliations.recall).toBeGreaterThanOrEqual(0.96);
  });

  test('people who share a surname are each found', () => {
    const person = report.entities.find((e) => e.type === 'Person')!;
    const missed = new Set(person.misses);
    for (const name of ['Joseph Aoun', 'Michel Aoun', 'Rand Paul', 'Ron Paul', 'Hussein al-Houthi', 'Abdul-Malik al-Houthi', 'Bashar al-Assad', 'Maher al-Assad', 'Hafez al-Assad']) expect(missed.has(name)).toBe(false);
  });
});
