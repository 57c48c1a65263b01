// A graph big enough for the viewer's large mode (over 3,000 elements): drawn in two passes, nodes then
// edges, and still complete, pannable and filterable once ready.
import { generatedGraph } from '../../bench/viz-graph.js';
import { session, shot, type Session } from './harness.js';

const data = generatedGraph(1000, 3000);
let s: Session;

beforeAll(async () => { s = await session(data); }, 60_000);
afterAll(async () => { await s?.close(); });

interface LargeKg {
  large: boolean;
  firstPaintMs: number;
  firstRenderMs: number;
  visible(): { nodes: number; edges: number };
  cy: { pan(): { x: number; y: number } };
}
const kg = <T>(page: import('playwright-core').Page, fn: (k: LargeKg) => T) =>
  page.evaluate(`(${fn.toString()})(window.__kg)`) as Promise<T>;

test('every node and every edge is on the canvas once ready, the nodes shown first', async () => {
  const { page, errors } = await s.open();
  expect(await kg(page, (k) => k.large)).toBe(true);
  expect(await kg(page, (k) => k.visible())).toEqual({ nodes: data.nodes.length, edges: data.relationships.length });
  const paint = await kg(page, (k) => k.firstPaintMs);
  const all = await kg(page, (k) => k.firstRenderMs);
  expect(paint).toBeLessThan(all);
  expect(await page.locator('#status').textContent()).toContain(`${data.nodes.length} of ${data.nodes.length} nodes, ${data.relationships.length} of ${data.relationships.length} edges shown`);
  await shot(page, 'large-graph');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a shared view of a large graph opens already filtered', async () => {
  const { page, errors } = await s.open('#types=Person');
  const persons = data.nodes.filter((n) => n.type === 'Person').length;
  expect((await kg(page, (k) => k.visible())).nodes).toBe(persons);
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
