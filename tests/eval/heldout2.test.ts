// Regression guard on the second held-out set (tests/fixtures/heldout2): six articles measured on first contact,
// then used to find general fixes. Floors sit a little under the figures reached; a drop below one means a change
// broke a rule that generalised.
import { join } from 'node:path';
import { loadGold, scoreGraph, type EvalReport } from '../../src/eval/index.js';
import { readArticles } from '../../src/ingest/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';

const root = join(process.cwd(), 'tests/fixtures/heldout2');
let report: EvalReport;

beforeAll(async () => {
  const { articles, rejected } = await readArticles([join(root, 'articles')], { maxBytes: 10_000_000 });
  expect(rejected).toEqual([]);
  expect(articles).toHaveLength(6);
  report = scoreGraph(buildFromArticles(articles).data, loadGold([join(root, 'gold')]));
});

const f1 = (type: string) => report.entities.find((e) => e.type === type)!.f1;

describe('second held-out articles', () => {
  test.each([
    ['Person', 0.97],
    ['Organization', 0.91],
    ['Place', 0.98],
  ])('%s F1 stays at or above %d', (type, floor) => {
    expect(f1(type)).toBeGreaterThanOrEqual(floor);
  });

  test('every quotation is found and at least 93% are attributed to the right speaker', () => {
    expect(report.quotes.found).toBe(report.quotes.total);
    expect(report.quotes.attributed / report.quotes.total).toBeGreaterThanOrEqual(0.93);
  });

  test('affiliation recall stays at or above 0.78', () => {
    expect(report.affiliations.recall).toBeGreaterThanOrEqual(0.78);
  });

  test('names written family name first, with two surnames or with accents are each one person', () => {
    const person = report.entities.find((e) => e.type === 'Person')!;
    const missed = new Set(person.misses);
    for (const name of ['Tsai Ing-wen', 'Chiu Chui-cheng', 'Lai Ching-te', 'Wang Yuxuan', 'María Fernanda Ospina Restrepo', 'Otty Patiño Hormaza', 'Juan Esteban Lozano Mejía', 'Amadou Abdramane']) expect(missed.has(name)).toBe(false);
    expect(person.fp).toBeLessThanOrEqual(1);
  });
});
