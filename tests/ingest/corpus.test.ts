// data/articles: the five seed articles with headers; every body is the seed text, unchanged.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readArticles } from '../../src/ingest/index.js';

test('the corpus reads without issues and each body equals its seed', async () => {
  const { articles, rejected } = await readArticles(['data/articles'], { maxBytes: 5 * 1024 * 1024 });
  expect(rejected).toEqual([]);
  expect(articles.map((a) => [basename(a.path), a.date, a.source])).toEqual([
    ['000_4de6c415b655a544.txt', '2018-05', null],
    ['001_67851c602219a600.txt', '2020-07-08', 'The Arab Weekly'],
    ['002_5d9fcba85c3d5cb5.txt', '2024-01-25', 'The Washington Post'],
    ['003_0e5b8b2c2de05b78.txt', '2024-01-17', 'The Wall Street Journal'],
    ['004_f0e440e835b86b37.txt', '2021-04-07', 'The Washington Post'],
  ]);
  for (const article of articles) {
    const seed = readFileSync(`/work/shared/seeds/${basename(article.path)}`, 'utf8');
    expect(article.text).toBe(seed);
    expect(article.title).toBe(seed.split('\n')[0]);
  }
  expect(articles[2]!.url).toBe('https://www.washingtonpost.com/national-security/2024/01/25/iraq-syria-pentagon-military/');
});
