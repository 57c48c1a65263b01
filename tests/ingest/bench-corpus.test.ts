// The bench's generated corpus: distinct articles that ingest reads back without rejecting any.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from '../../bench/corpus/cache.js';
import { readArticles } from '../../src/ingest/index.js';

test('a generated corpus is read back whole: no duplicates, no bad headers', async () => {
  const corpus = ensureCorpus(mkdtempSync(join(tmpdir(), 'kg-bench-')), 0.3, 7);
  expect(corpus.files).toBeGreaterThan(50);
  const { articles, rejected } = await readArticles([corpus.dir], { maxBytes: 1_000_000 });
  expect(rejected).toEqual([]);
  expect(articles).toHaveLength(corpus.files);
  expect(new Set(articles.map((a) => a.title)).size).toBeGreaterThan(corpus.files * 0.9);
  for (const article of articles) expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the same seed writes the same files; a second call reuses them', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'kg-bench-')), mkdtempSync(join(tmpdir(), 'kg-bench-'))];
  const first = ensureCorpus(a, 0.05, 3);
  const second = ensureCorpus(b, 0.05, 3);
  expect(second.bytes).toBe(first.bytes);
  const file = '000/000007.txt';
  expect(readFileSync(join(second.dir, file), 'utf8')).toBe(readFileSync(join(first.dir, file), 'utf8'));
  expect(ensureCorpus(a, 0.05, 3)).toEqual({ ...first, generated: false });
});
