// Shared by the held-out regression guards (tests/eval/heldout*.test.ts): scores one set of tests/fixtures once
// and declares the floors every set keeps. Call inside the set's describe(); the set's own tests read `entity(type)`.
import { join } from 'node:path';
import { loadGold, scoreGraph, type EvalReport } from '../../src/eval/index.js';
import { readArticles } from '../../src/ingest/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';

export interface Floors {
  /** Folder under tests/fixtures holding articles/ and gold/. */
  set: string;
  articles: number;
  f1: { Person: number; Organization: number; Place: number };
  /** Share of quotations attributed to the right speaker; every one must be found. */
  attributed: number;
  affiliations: number;
}

export type EntityReport = EvalReport['entities'][number];

export function heldOutFloors(floors: Floors): { entity(type: string): EntityReport } {
  const root = join(process.cwd(), 'tests/fixtures', floors.set);
  let scored: EvalReport;

  beforeAll(async () => {
    const { articles, rejected } = await readArticles([join(root, 'articles')], { maxBytes: 10_000_000 });
    expect(rejected).toEqual([]);
    expect(articles).toHaveLength(floors.articles);
    scored = scoreGraph(buildFromArticles(articles).data, loadGold([join(root, 'gold')]));
  });

  const entity = (type: string): EntityReport => scored.entities.find((e) => e.type === type)!;

  test.each(Object.entries(floors.f1))('%s F1 stays at or above %d', (type, floor) => {
    expect(entity(type).f1).toBeGreaterThanOrEqual(floor);
  });

  test(`every quotation is found and at least ${Math.round(floors.attributed * 100)}% are attributed to the right speaker`, () => {
    expect(scored.quotes.found).toBe(scored.quotes.total);
    expect(scored.quotes.attributed / scored.quotes.total).toBeGreaterThanOrEqual(floors.attributed);
  });

  test(`affiliation recall stays at or above ${floors.affiliations}`, () => {
    expect(scored.affiliations.recall).toBeGreaterThanOrEqual(floors.affiliations);
  });

  return { entity };
}
