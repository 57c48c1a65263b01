// The viewer in a real headless Chromium: rendering, search, panel, filters, focus, path, shared links, exports.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { A2018, A2024, DUNFORD, newsGraph, SADR, VANNACCI } from '../serve/fixture.js';
import { ARTIFACTS, session, shot, type Session } from './harness.js';

const data = newsGraph();
let s: Session;

beforeAll(async () => { s = await session(data); }, 60_000);
afterAll(async () => { await s?.close(); });

type Kg = { cy: { nodes(): { length: number }; getElementById(id: string): { renderedMidpoint(): { x: number; y: number }; renderedPosition(): { x: number; y: number } } } };
const visible = (page: Page) => page.evaluate(() => (window as unknown as { __kg: { visible(): { nodes: number; edges: number } } }).__kg.visible());
const isVisible = (page: Page, id: string) => page.evaluate((n) => (window as unknown as { __kg: { nodeVisible(id: string): boolean } }).__kg.nodeVisible(n), id);
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** Clicks the canvas where Cytoscape draws the node (or the middle of the edge), as a user would. */
async function clickElement(page: Page, id: string, edge = false): Promise<void> {
  const point = await page.evaluate(([elId, isEdge]) => {
    const el = (window as unknown as { __kg: Kg }).__kg.cy.getElementById(elId as string);
    return isEdge ? el.renderedMidpoint() : el.renderedPosition();
  }, [id, edge] as const);
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

async function search(page: Page, text: string): Promise<void> {
  await page.fill('#search', text);
  await page.waitForSelector('#suggestions li.suggestion');
}

/** The panel renders after its API call: wait until it shows `title`. */
async function panelTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#panel .panel-title')?.textContent === t, title, { timeout: 5_000 });
}

async function pick(page: Page, query: string, label: string): Promise<void> {
  await search(page, query);
  await page.locator('#suggestions li.suggestion').first().click();
  await panelTitle(page, label);
}

test('the page draws every node of the graph at its precomputed position, with no errors', async () => {
  const { page, errors } = await s.open();
  expect(await page.evaluate(() => (window as unknown as { __kg: Kg }).__kg.cy.nodes().length)).toBe(data.nodes.length);
  expect(await visible(page)).toEqual({ nodes: data.nodes.length, edges: data.relationships.length });
  expect(await page.textContent('#status')).toContain(`${data.nodes.length} of ${data.nodes.length} nodes`);
  // The canvas is not blank: the screenshot of the graph area has many distinct colours.
  const png = await page.locator('#cy').screenshot();
  expect(png.length).toBeGreaterThan(20_000);
  await shot(page, 'viewer-loaded');
  expect(errors).toEqual([]);
});

test('searching "Sadr" and choosing the suggestion shows his statements with date and article in the panel', async () => {
  const { page } = await s.open();
  await search(page, 'Sadr');
  const first = page.locator('#suggestions li.suggestion').first();
  await expect(first.textContent()).resolves.toContain('Muqtada al-Sadr');
  await first.click();
  await panelTitle(page, 'Muqtada al-Sadr');
  const panel = page.locator('#panel');
  const statements = panel.locator('ol.statements').first().locator('li.statement');
  await expect(statements.count()).resolves.toBe(2);
  const text = await panel.textContent();
  expect(text).toContain('the new government must be formed by Iraqis alone');
  expect(text).toContain('the occupation forces must leave our land');
  expect(text).toContain('2024-01-17');
  expect(text).toContain('Iraq and US begin talks on ending the coalition mission');
  expect(text).toContain('al-Sadr'); // aliases
  expect(text).toContain('leader'); // role from HOLDS_ROLE
  expect(text).toContain('cleric'); // role without organization
  expect(await hash(page)).toContain(`sel=${SADR}`);
  await shot(page, 'viewer-search-sadr');
});

test('names in the panel open their node from the keyboard: Tab reaches them, Enter follows them', async () => {
  const { page } = await s.open();
  await pick(page, 'Sadr', 'Muqtada al-Sadr');
  const link = page.locator('#panel .node-link').first();
  const label = (await link.textContent())!;
  expect(label).not.toBe('Muqtada al-Sadr');
  // Tab from the panel's first control until the name has the focus, as a keyboard user would.
  await page.locator('#panel .panel-actions button').first().focus();
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await panelTitle(page, label);
});

test('a misspelt name still finds the person: "Moqtada" suggests Muqtada al-Sadr', async () => {
  const { page } = await s.open();
  await search(page, 'Moqtada');
  await expect(page.locator('#suggestions li.suggestion').first().textContent()).resolves.toContain('Muqtada al-Sadr');
});

test('clicking a node on the canvas opens it; clicking an edge shows its evidence sentence', async () => {
  const { page } = await s.open();
  await clickElement(page, DUNFORD);
  await panelTitle(page, 'Joseph Dunford');
  const edge = data.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === DUNFORD)!;
  await clickElement(page, edge.id, true);
  await panelTitle(page, 'HOLDS_ROLE');
  await expect(page.locator('#panel .sentence').textContent()).resolves.toContain('chairman of the Joint Chiefs of Staff');
  await shot(page, 'viewer-edge-evidence');
});

test('unticking a type hides its nodes and the choice is written to the URL', async () => {
  const { page } = await s.open();
  const statements = data.nodes.filter((n) => n.type === 'Statement').length;
  await page.locator('#legend input[value="Statement"]').uncheck();
  expect((await visible(page)).nodes).toBe(data.nodes.length - statements);
  expect(await hash(page)).toMatch(/types=[A-Za-z,]+/);
  expect(await hash(page)).not.toContain('Statement');
  await shot(page, 'viewer-filter-type');
});

test('the time axis is linear: a bar for every month from May 2018 to January 2024, empty ones included, and a tick per year', async () => {
  const { page } = await s.open();
  // 2018-05 … 2024-01 is 69 months; only two of them hold anything.
  await expect(page.locator('#timeline .timeline-bar').count()).resolves.toBe(69);
  await expect(page.locator('#timeline .timeline-bar:not(.empty)').count()).resolves.toBe(2);
  const years = await page.locator('#timeline .timeline-tick').evaluateAll((ticks) => ticks.map((t) => (t as HTMLElement).dataset.year));
  expect(years).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  // Labels that would run into each other are left off: 2018 (May) and 2019 are 8 months apart.
  const labels = (await page.locator('#timeline .timeline-tick').allTextContents()).filter(Boolean);
  expect(labels).toEqual(expect.arrayContaining(['2018', '2021']));
  expect(labels).not.toContain('2019');
  // A tick stands where its year starts on the axis: 2021 is 32 of 69 months in.
  const left = await page.locator('#timeline .timeline-tick', { hasText: '2021' }).evaluate((el) => (el as HTMLElement).style.left);
  expect(parseFloat(left)).toBeCloseTo((32 / 69) * 100, 1);
  await page.locator('#timeline').screenshot({ path: join(ARTIFACTS, 'viewer-time-axis.png') });
});

test('the event list shows the events in the range by date, with participants, place and report count; a name opens the event', async () => {
  const { page } = await s.open();
  const rows = page.locator('#event-list .event-row');
  await expect(rows.count()).resolves.toBe(2);
  await expect(rows.nth(0).textContent()).resolves.toMatch(/^2018-05Iraqi elections.*Muqtada al-Sadr.*in Iraq · 1 report$/);
  await expect(rows.nth(1).textContent()).resolves.toMatch(/^2024-01talks on the coalition mission \(planned\).*in Baghdad · 2 reports$/);
  await expect(page.textContent('#event-count')).resolves.toBe('2');
  await page.locator('#event-list').screenshot({ path: join(ARTIFACTS, 'viewer-event-list.png') });
  await page.focus('input[name="from date"]');
  await page.keyboard.press('End');
  await expect(rows.count()).resolves.toBe(1);
  await rows.nth(0).locator('button').click();
  await panelTitle(page, 'talks on the coalition mission');
  // A date from the event's own words is shown as it is; one read from the article's context says so.
  await expect(page.locator('#panel dl.facts').textContent()).resolves.toMatch(/date2024-01$/);
  await page.focus('input[name="from date"]');
  await page.keyboard.press('Home');
  await rows.nth(0).locator('button').click();
  await panelTitle(page, 'Iraqi elections');
  await expect(page.locator('#panel dl.facts').textContent()).resolves.toContain('2018-05 (the time the article last gave)');
});

test('narrowing the date range to 2024 hides what only the 2018 article holds', async () => {
  const { page } = await s.open();
  expect(await isVisible(page, VANNACCI)).toBe(true);
  await page.focus('input[name="from date"]');
  await page.keyboard.press('End');
  await expect(page.locator('.timeline-label').textContent()).resolves.toBe('2024-01 – 2024-01');
  expect(await isVisible(page, VANNACCI)).toBe(false);
  expect(await isVisible(page, A2018)).toBe(false);
  expect(await isVisible(page, A2024)).toBe(true);
  expect(await isVisible(page, SADR)).toBe(true); // also in the 2024 article
  expect((await visible(page)).nodes).toBeLessThan(data.nodes.length);
  expect(await hash(page)).toContain('from=2024-01');
  await shot(page, 'viewer-filter-date');
});

test('the article filter and the degree filter each narrow the view', async () => {
  const { page } = await s.open();
  await page.selectOption('#article', A2024);
  expect(await isVisible(page, DUNFORD)).toBe(false);
  expect(await isVisible(page, SADR)).toBe(true);
  await page.selectOption('#article', '');
  await page.focus('#degree');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  // The view follows the slider once its last step is applied (the URL then says so): on a busy machine reading the
  // canvas right after the sixth key press could see the fifth step's view.
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('deg=6'));
  const degrees = await page.evaluate(() => {
    const cy = (window as unknown as { __kg: { cy: { nodes(sel: string): { map(f: (n: { data(k: string): number }) => number): number[] } } } }).__kg.cy;
    return cy.nodes(':visible').map((n) => n.data('degree'));
  });
  expect(degrees.length).toBeGreaterThan(0);
  expect(Math.min(...degrees)).toBeGreaterThanOrEqual(6);
  expect(await hash(page)).toContain('deg=6');
});

test('a shared link restores filters and selection', async () => {
  const { page } = await s.open(`#types=Person,Place&sel=${DUNFORD}`);
  await panelTitle(page, 'Joseph Dunford');
  const types = await page.evaluate(() => {
    const cy = (window as unknown as { __kg: { cy: { nodes(sel: string): { map(f: (n: { data(k: string): string }) => string): string[] } } } }).__kg.cy;
    return [...new Set(cy.nodes(':visible').map((n) => n.data('type')))].sort();
  });
  expect(types).toEqual(['Person', 'Place']);
  expect(await page.locator('#legend input[value="Statement"]').isChecked()).toBe(false);
});

test('focus shows the ego network laid out anew; expand and collapse add and remove neighbours', async () => {
  const { page } = await s.open(`#types=Person`);
  expect((await visible(page)).nodes).toBe(3);
  await pick(page, 'Dunford', 'Joseph Dunford');
  await page.click('button[data-action="expand"]');
  await page.waitForSelector('button[data-action="expand"]:text("Collapse neighbours")');
  const expanded = await visible(page);
  expect(expanded.nodes).toBeGreaterThan(3); // his statement, organization, article
  expect(await hash(page)).toContain(`exp=${DUNFORD}`);
  await page.click('button[data-action="expand"]');
  await page.waitForSelector('button[data-action="expand"]:text("Expand neighbours")');
  expect((await visible(page)).nodes).toBe(3);

  await page.click('#reset');
  await pick(page, 'Vannacci', 'Roberto Vannacci');
  const before = await page.evaluate((id) => (window as unknown as { __kg: Kg }).__kg.cy.getElementById(id).renderedPosition(), VANNACCI);
  await page.click('button[data-action="focus"]');
  await page.waitForSelector('button[data-action="focus"]:text("Leave focus")');
  const ego = data.relationships.filter((r) => r.source === VANNACCI || r.target === VANNACCI).length + 1;
  expect((await visible(page)).nodes).toBe(ego);
  expect(await hash(page)).toContain(`focus=${VANNACCI}`);
  const after = await page.evaluate((id) => (window as unknown as { __kg: Kg }).__kg.cy.getElementById(id).renderedPosition(), VANNACCI);
  expect(after).not.toEqual(before);
  await shot(page, 'viewer-focus');
});

test('a path between two actors is found, drawn and listed', async () => {
  const { page } = await s.open();
  await pick(page, 'Dunford', 'Joseph Dunford');
  await page.click('button[data-action="path"]');
  await pick(page, 'Sadr', 'Muqtada al-Sadr');
  await page.click('button[data-action="path"]:text("Path to here")');
  await page.waitForSelector('#panel .path-steps li');
  const steps = await page.locator('#panel .path-steps li').allTextContents();
  expect(steps[0]).toBe('Joseph Dunford');
  expect(steps[steps.length - 1]).toBe('Muqtada al-Sadr');
  const onPath = await page.evaluate(() => (window as unknown as { __kg: { cy: { elements(sel: string): { length: number } } } }).__kg.cy.elements('.on-path').length);
  expect(onPath).toBe(steps.length * 2 - 1);
  expect(await hash(page)).toContain(`path=${DUNFORD},${SADR}`);
  await shot(page, 'viewer-path');
});

test('exports: PNG of the view, GraphML that validates against the XSD, JSON that graphology loads', async () => {
  const { page } = await s.open('#types=Person,Organization,Statement');
  const shown = await visible(page);
  const save = async (button: string, name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = join(ARTIFACTS, name);
    await download.saveAs(path);
    return path;
  };
  const png = readFileSync(await save('#export-png', 'export-view.png'));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);

  const graphml = await save('#export-graphml', 'export-view.graphml');
  execFileSync('xmllint', ['--noout', '--schema', 'tests/fixtures/graphml/graphml.xsd', graphml], { stdio: 'pipe' });
  const xml = readFileSync(graphml, 'utf8');
  expect(xml.match(/<node /g)).toHaveLength(shown.nodes);
  expect(xml.match(/<edge /g)).toHaveLength(shown.edges);
  expect(xml).toContain('Muqtada al-Sadr');

  const json = JSON.parse(readFileSync(await save('#export-json', 'export-view.json'), 'utf8'));
  const graph = MultiDirectedGraph.from(json);
  expect(graph.order).toBe(shown.nodes);
  expect(graph.size).toBe(shown.edges);
  expect(graph.getNodeAttribute(SADR, 'aliases')).toEqual(['Sadr', 'al-Sadr']);
  expect(graph.hasNodeAttribute(SADR, 'degree')).toBe(false);
});
