// A graph big enough for the viewer's large mode (over 3,000 elements): its edges drawn by the edge layer
// under Cytoscape's nodes, then added to Cytoscape's model; complete, clickable and filterable once ready.
import { generatedGraph } from '../../bench/viz-graph.js';
import { session, shot, type Session } from './harness.js';

const data = generatedGraph(1000, 3000);
let s: Session;

// Opening Chromium on 4,000 elements takes 20-40 s alone and more on a busy shared machine (a CI run timed out at 60 s).
beforeAll(async () => { s = await session(data); }, 180_000);
afterAll(async () => { await s?.close(); });

interface LargeKg {
  large: boolean;
  firstRenderMs: number;
  interactiveMs: number;
  visible(): { nodes: number; edges: number };
  layer: { shownCount(): number; frames: number; canvas: HTMLCanvasElement };
  cy: { pan(): { x: number; y: number } };
}
const kg = <T>(page: import('playwright-core').Page, fn: (k: LargeKg) => T) =>
  page.evaluate(`(${fn.toString()})(window.__kg)`) as Promise<T>;

/** How many pixels of the edge layer's canvas have anything drawn on them. */
const inkedPixels = (page: import('playwright-core').Page) => kg(page, (k) => {
  const { canvas } = k.layer;
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked += 1;
  return inked;
});

test('every node and every edge is on the canvas once ready, the edges drawn by the edge layer', async () => {
  const { page, errors } = await s.open();
  expect(await kg(page, (k) => k.large)).toBe(true);
  expect(await kg(page, (k) => k.visible())).toEqual({ nodes: data.nodes.length, edges: data.relationships.length });
  expect(await kg(page, (k) => k.layer.shownCount())).toBe(data.relationships.length);
  // Lines cover a good part of the graph area, not a handful of pixels.
  expect(await inkedPixels(page)).toBeGreaterThan(50_000);
  expect(await kg(page, (k) => k.interactiveMs >= k.firstRenderMs)).toBe(true);
  expect(await page.locator('#status').textContent()).toContain(`${data.nodes.length} of ${data.nodes.length} nodes, ${data.relationships.length} of ${data.relationships.length} edges shown`);
  await shot(page, 'large-graph');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a shared view of a large graph opens already filtered, its lines too', async () => {
  const { page, errors } = await s.open('#types=Person');
  const persons = new Set(data.nodes.filter((n) => n.type === 'Person').map((n) => n.id));
  expect((await kg(page, (k) => k.visible())).nodes).toBe(persons.size);
  const between = data.relationships.filter((r) => persons.has(r.source) && persons.has(r.target)).length;
  expect(await kg(page, (k) => k.layer.shownCount())).toBe(between);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('selecting a node in a large graph opens its panel and draws its edges stronger without fading the rest', async () => {
  const { page, errors } = await s.open();
  const hub = 'person:g3';
  const point = await page.evaluate(`(() => { const cy = window.__kg.cy; const n = cy.getElementById('${hub}'); cy.zoom({ level: 1, position: n.position() }); cy.center(n); return n.renderedPosition(); })()`) as { x: number; y: number };
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForFunction((id) => location.hash.includes(`sel=${id}`) && !!document.querySelector('#panel .panel-title'), hub, { timeout: 10_000 });
  const classes = await page.evaluate(`(() => { const cy = window.__kg.cy; const n = cy.getElementById('${hub}');
    return { faded: cy.elements('.faded').length, nearEdges: n.connectedEdges('.near').length, edges: n.connectedEdges().length }; })()`) as { faded: number; nearEdges: number; edges: number };
  expect(classes.faded).toBe(0);
  expect(classes.edges).toBeGreaterThan(0);
  expect(classes.nearEdges).toBe(classes.edges);
  await shot(page, 'large-graph-selected');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('clicking a line of a large graph shows that edge\'s evidence', async () => {
  const { page, errors } = await s.open();
  // Zoom in on the middle of an edge with no node and no other line near it, then click there.
  const target = await page.evaluate(`(() => {
    const { cy, layer } = window.__kg;
    for (const e of cy.edges().toArray()) {
      const a = e.source().position(); const b = e.target().position();
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (Math.hypot(a.x - b.x, a.y - b.y) < 120) continue;
      cy.zoom(2);
      cy.pan({ x: cy.width() / 2 - mid.x * 2, y: cy.height() / 2 - mid.y * 2 });
      const clear = cy.nodes().every((n) => { const p = n.position(); return Math.hypot(p.x - mid.x, p.y - mid.y) > 30; });
      if (clear && layer.nearest(mid, 4) === e.id() && layer.nearest(mid, 12) === e.id()) return { id: e.id(), point: { x: cy.width() / 2, y: cy.height() / 2 } };
    }
    return null;
  })()`) as { id: string; point: { x: number; y: number } } | null;
  expect(target).not.toBeNull();
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + target!.point.x, box.y + target!.point.y);
  await page.waitForFunction((id) => location.hash.includes(`sel=${encodeURIComponent(id)}`) || location.hash.includes(`sel=${id}`), target!.id, { timeout: 10_000 });
  const edge = data.relationships.find((r) => r.id === target!.id)!;
  await page.waitForFunction((type) => document.querySelector('#panel .panel-title')?.textContent === type, edge.type, { timeout: 10_000 });
  // Cytoscape now draws the selected edge itself, over the layer's line.
  expect(await page.evaluate(`window.__kg.cy.getElementById(${JSON.stringify(target!.id)}).visible()`)).toBe(true);
  await shot(page, 'large-graph-edge');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a click on the background away from every line clears the selection', async () => {
  const { page, errors } = await s.open('#sel=person:g3');
  await page.waitForFunction(() => !!document.querySelector('#panel .panel-title'), null, { timeout: 10_000 });
  const point = await page.evaluate(`(() => { const cy = window.__kg.cy; cy.zoom(0.05); cy.center(); return { x: 20, y: 20 }; })()`) as { x: number; y: number };
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForFunction(() => !location.hash.includes('sel='), null, { timeout: 10_000 });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the PNG export of a large graph has its lines under its nodes', async () => {
  const { page, errors } = await s.open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  const png = (await import('node:fs')).readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  const cy = (await page.locator('#cy').boundingBox())!;
  expect(size).toEqual({ width: Math.round(cy.width * 2), height: Math.round(cy.height * 2) });
  // Lines make the picture much busier (larger) than one of the nodes alone.
  const nodesOnly = await page.evaluate(`window.__kg.cy.png({ output: 'base64', bg: '#ffffff', full: false, scale: 2 }).length * 3 / 4`) as number;
  expect(png.length).toBeGreaterThan(nodesOnly * 1.5);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the lines go with the view when it is dragged', async () => {
  const { page, errors } = await s.open();
  const before = await inkedPixels(page);
  // Drag from the left edge of the canvas (no node there) most of the way across it.
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) await page.mouse.move(box.x + 5 + i * (box.width - 60) / 20, box.y + box.height / 2);
  await page.mouse.up();
  await page.waitForFunction(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`);
  expect(await kg(page, (k) => k.cy.pan().x)).toBeGreaterThan(box.width / 2);
  expect(await inkedPixels(page)).toBeLessThan(before / 3);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('with the WebGL renderer the lines are drawn again when the view pans', async () => {
  const { page, errors } = await s.open('?renderer=webgl');
  expect(await page.locator('#status').textContent()).toContain('WebGL');
  expect(await kg(page, (k) => k.layer.shownCount())).toBe(data.relationships.length);
  const frames = await kg(page, (k) => k.layer.frames);
  // A short pan: software WebGL here takes many seconds over a long one.
  await page.evaluate(`window.__kg.cy.panBy({ x: 100, y: 0 })`);
  await page.waitForFunction(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`);
  expect(await kg(page, (k) => k.layer.frames)).toBeGreaterThan(frames);
  expect(errors.filter((e) => !/GL Driver Message/.test(e))).toEqual([]);
  await page.context().close();
}, 90_000); // software WebGL here: the first frames after the pan take some 20 s
