// The acceptance question on the repository's own articles, answered by clicking in Chromium:
// "what did Sudani say about the coalition, and when?"
import { join } from 'node:path';
import { readArticles } from '../../src/ingest/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { session, shot, type Session } from './harness.js';

let s: Session;

beforeAll(async () => {
  const { articles } = await readArticles([join(process.cwd(), 'data', 'articles')], { maxBytes: 5 * 1024 * 1024 });
  s = await session(buildFromArticles(articles).data);
}, 60_000);
afterAll(async () => { await s?.close(); });

test('searching "Sudani" and clicking the suggestion lists his dated statements on the coalition', async () => {
  const { page, errors } = await s.open();
  await page.fill('#search', 'Sudani');
  await page.waitForSelector('#suggestions li.suggestion');
  const suggestion = page.locator('#suggestions li.suggestion').first();
  expect(await suggestion.textContent()).toContain('Mohammed Shia al-Sudani');
  await suggestion.click();
  await page.waitForFunction(() => document.querySelector('#panel .panel-title')?.textContent === 'Mohammed Shia al-Sudani', null, { timeout: 5_000 });
  // His own statements come first in the panel; the coalition quote carries its article's date and title.
  const coalition = page.locator('#panel ol.statements').first().locator('li.statement')
    .filter({ hasText: 'the justifications for the international coalition have ended' });
  expect(await coalition.count()).toBe(1);
  expect(await coalition.locator('blockquote').textContent()).toBe('We believe the justifications for the international coalition have ended');
  expect(await coalition.locator('time').textContent()).toMatch(/^2024-\d\d-\d\d$/);
  expect(await coalition.locator('cite').textContent()).toContain('Coalition');
  await shot(page, 'viewer-corpus-sudani');
  expect(errors).toEqual([]);
  await page.context().close();
});
