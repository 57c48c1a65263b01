// data/articles: the five seed articles with headers; every body is the seed text, unchanged.
import { createHash } from 'node:crypto';
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
  // sha256 of each seed file in shared/seeds as delivered, so the check needs no copy of the seeds.
  const seedSha256: Record<string, string> = {
    '000_4de6c415b655a544.txt': '0565238f6c6c5ba8d73f331501e322739c0e81fc3da63f8200e26980978876d3',
    '001_67851c602219a600.txt': '07ff61b00a2ea0773768c96e5186aab180f3087e70f4ca5363eb2e28b5ea9b8c',
    '002_5d9fcba85c3d5cb5.txt': 'fceebfa756a3cbe2394ff0e323fd3e9c40515bd434269d19ce4d80e48572893c',
    '003_0e5b8b2c2de05b78.txt': '7e197bf1ed705bbf3b2d449be18e8132eb89aa57e563cc5c878a08bebf608ee2',
    '004_f0e440e835b86b37.txt': '436505609d847455a02ef0633211b2d92b411685b0c388a6f55124caffcbc511',
  };
  for (const article of articles) {
    expect(createHash('sha256').update(article.text).digest('hex')).toBe(seedSha256[basename(article.path)]);
    expect(article.title).toBe(article.text.split('\n')[0]);
  }
  expect(articles[2]!.url).toBe('https://www.washingtonpost.com/national-security/2024/01/25/iraq-syria-pentagon-military/');
});
