// Names, aliases, titles, roles and quotes that are markup show as characters and never run.
import { hostileGraph, PAYLOAD_IMG, PAYLOAD_SCRIPT } from '../serve/fixture.js';
import { session, shot, type Session } from './harness.js';

const data = hostileGraph();
const person = data.nodes.find((n) => n.type === 'Person')!;
const edge = data.relationships.find((r) => r.type === 'HOLDS_ROLE')!;
let s: Session;

beforeAll(async () => { s = await session(data); }, 60_000);
afterAll(async () => { await s?.close(); });

test('hostile text appears literally in suggestions, panel and edge evidence, and no script or handler runs', async () => {
  const { page, errors } = await s.open();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });

  await page.fill('#search', 'Evil');
  await page.waitForSelector('#suggestions li.suggestion');
  const suggestion = await page.locator('#suggestions li.suggestion').first().textContent();
  expect(suggestion).toContain(`Evil ${PAYLOAD_IMG}`);
  await page.fill('#search', 'window');
  await page.waitForFunction(() => document.querySelector('#suggestions')?.textContent?.includes('Org <'));
  const list = await page.locator('#suggestions').textContent();
  expect(list).toContain(`Org ${PAYLOAD_SCRIPT}`);
  expect(list).toContain(`Title ${PAYLOAD_SCRIPT}`);
  expect(list).toContain(`(${PAYLOAD_SCRIPT})`); // the alias that matched
  await shot(page, 'markup-suggestions');
  await page.locator('#suggestions li.suggestion', { hasText: 'Evil' }).first().click();
  await page.waitForFunction((name) => document.querySelector('#panel .panel-title')?.textContent === name, person.type === 'Person' ? person.name : '');

  const panel = page.locator('#panel');
  const text = (await panel.textContent()) ?? '';
  expect(text).toContain(`Quote ${PAYLOAD_IMG} and ${PAYLOAD_SCRIPT}`);
  expect(text).toContain(PAYLOAD_SCRIPT); // alias
  expect(text).toContain(`boss ${PAYLOAD_IMG}`); // role
  expect(text).toContain(`Title ${PAYLOAD_SCRIPT}`); // article title
  expect(await panel.locator('img, script').count()).toBe(0);
  await page.click('#panel details.evidence summary');
  await shot(page, 'markup-panel');

  // The article's javascript: URL is shown as text, never as a link.
  await page.locator('#panel .articles .node-link').first().click();
  await page.waitForFunction(() => document.querySelector('#panel .badge')?.textContent === 'Article');
  expect(await panel.textContent()).toContain('javascript:window.__pwned=99');
  expect(await page.locator('#panel a[href^="javascript"]').count()).toBe(0);

  await page.evaluate((id) => { location.hash = `#sel=${id}`; }, edge.id);
  await page.waitForFunction(() => document.querySelector('#panel .panel-title')?.textContent === 'HOLDS_ROLE');
  expect(await page.locator('#panel .sentence').textContent()).toBe(`Sentence ${PAYLOAD_IMG} ${PAYLOAD_SCRIPT}`);

  // Labels on the canvas are canvas text: the data holds the characters as they are.
  const label = await page.evaluate((id) => (window as unknown as { __kg: { cy: { getElementById(i: string): { data(k: string): string } } } }).__kg.cy.getElementById(id).data('label'), person.id);
  expect(label).toBe(person.type === 'Person' ? person.name : '');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('body img, body script:not([src])').count()).toBe(0);
  expect(errors).toEqual([]);
});
