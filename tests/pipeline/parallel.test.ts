// The worker-thread build gives the same graph, byte for byte, as the single-threaded one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from '../../bench/corpus/cache.js';
import { readArticles } from '../../src/ingest/index.js';
import { toGraphData } from '../../src/graph/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { buildFromArticlesParallel } from '../../src/pipeline/parallel.js';

const corpus = async () => (await readArticles(['data/articles'], { maxBytes: 5 * 1024 * 1024 })).articles;

test('data/articles: the parallel graph equals the serial graph', async () => {
  const articles = await corpus();
  expect(articles).toHaveLength(5);
  const serial = buildFromArticles(articles);
  const parallel = await buildFromArticlesParallel([...articles].reverse(), { workers: 2, chunkSize: 1, findings: true });
  expect(JSON.stringify(toGraphData(parallel.graph))).toBe(JSON.stringify(toGraphData(serial.graph)));
  expect(parallel.data).toEqual(serial.data);
  expect(parallel.extractions).toEqual(serial.extractions);
  expect(parallel.graph.order).toBeGreaterThanOrEqual(5);
}, 120_000);

test('findings (for --explain) cross the threads only when asked for; the graph is the same without them', async () => {
  const articles = await corpus();
  const serial = buildFromArticles(articles);
  const lean = await buildFromArticlesParallel(articles, { workers: 2 });
  expect(serial.extractions.every((e) => e.findings.length > 0)).toBe(true);
  expect(lean.extractions.map((e) => e.findings)).toEqual(articles.map(() => []));
  expect(lean.extractions).toEqual(serial.extractions.map((e) => ({ ...e, findings: [] })));
  expect(lean.data).toEqual(serial.data);
}, 120_000);

test('more workers than articles, and progress reaching the total', async () => {
  const articles = await corpus();
  const progress: number[] = [];
  const result = await buildFromArticlesParallel(articles.slice(0, 2), { workers: 4, onProgress: (done) => progress.push(done) });
  expect(progress.at(-1)).toBe(2);
  expect(result.extractions.map((e) => e.articleId)).toEqual(articles.slice(0, 2).map((a) => a.id).sort());
});

test('no articles gives an empty graph without starting workers', async () => {
  const result = await buildFromArticlesParallel([], { workers: 2 });
  expect(result.graph.order).toBe(0);
  expect(result.extractions).toEqual([]);
});

test('a generated corpus of many articles: the parallel graph equals the serial graph', async () => {
  const corpus = ensureCorpus(mkdtempSync(join(tmpdir(), 'kg-par-')), 0.3, 11);
  const { articles } = await readArticles([corpus.dir], { maxBytes: 1_000_000 });
  const serial = buildFromArticles(articles);
  const parallel = await buildFromArticlesParallel(articles, { workers: 2, chunkSize: 7 });
  expect(JSON.stringify(toGraphData(parallel.graph))).toBe(JSON.stringify(toGraphData(serial.graph)));
  expect(parallel.extractions.map((e) => e.articleId)).toEqual(serial.extractions.map((e) => e.articleId));
}, 120_000);

describe('an article the extractor fails on', () => {
  // A text that is not a string stands in for any article the extractor throws on.
  const withBroken = async () => {
    const articles = await corpus();
    return [...articles, { ...articles[0]!, id: 'article:ffffffffffffffff', path: 'broken/article.txt', text: null as unknown as string }];
  };

  test.each([
    ['serial', (a: Awaited<ReturnType<typeof withBroken>>) => Promise.resolve(buildFromArticles(a))],
    ['parallel', (a: Awaited<ReturnType<typeof withBroken>>) => buildFromArticlesParallel(a, { workers: 2, chunkSize: 2 })],
  ])('%s: is named with its file and left out; the graph of the others is the whole-corpus graph', async (_mode, build) => {
    const result = await build(await withBroken());
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ path: 'broken/article.txt', code: 'EXTRACT_FAILED' });
    expect(result.failed[0]!.message).toMatch(/^broken\/article\.txt: the extractor failed on this article \(.+\); it is left out of the graph/);
    const clean = buildFromArticles(await corpus());
    expect(result.data).toEqual(clean.data);
    expect(result.extractions.map((e) => e.articleId)).toEqual(clean.extractions.map((e) => e.articleId));
  }, 120_000);
});
