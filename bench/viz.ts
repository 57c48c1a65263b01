// `npm run bench:viz`: generated graphs of about 1,000, 5,000 and 20,000 elements served by `kg serve` and
// opened in headless Chromium; prints server start (fresh layout and cached), time to first render and until
// every edge is clickable, frame times while the view moves, both as a user moves it (mouse drag and wheel)
// and through Cytoscape's API, and the time from a click on a node to its panel.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { toGraphJSON } from '../src/export/json.js';
import { buildGraph } from '../src/graph/build.js';
import { startServer, type RunningServer } from '../src/serve/index.js';
import { LAYOUT_CACHE_FILE } from '../src/serve/layout-cache.js';
import { generatedGraph } from './viz-graph.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** KG_BENCH_SIZES=5000 runs only the largest graph (node counts, comma-separated). */
const SIZES: Array<[number, number]> = ([[250, 750], [1250, 3750], [5000, 15000]] as Array<[number, number]>)
  .filter(([n]) => !process.env.KG_BENCH_SIZES || process.env.KG_BENCH_SIZES.split(',').includes(String(n)));
const RENDERERS = (process.env.KG_BENCH_RENDERERS ?? 'canvas,webgl').split(',');
/** Page loads per size and renderer; the median of each figure is printed. */
const RUNS = Math.max(1, Number(process.env.KG_BENCH_RUNS ?? 3));
const FRAMES = 120;

/** Starts recording the time between animation frames; `__kgFrames()` stops and returns them. */
const RECORD_FRAMES = `(() => {
  const times = [];
  let stop = false;
  let last = performance.now();
  const step = (now) => { times.push(now - last); last = now; if (!stop) requestAnimationFrame(step); };
  requestAnimationFrame(step);
  window.__kgFrames = () => { stop = true; return times.slice(1); };
})()`;

/**
 * Runs in the page: pans for 20 frames, zooms in for 10 and out for 10, repeated, each step in a
 * requestAnimationFrame callback. Programmatic moves do not count as a gesture, so Cytoscape's
 * texture-on-viewport and hide-edges-on-viewport never apply: the worst case. A string, because tsx
 * would wrap a function in helpers the page does not have.
 */
const PROGRAMMATIC = `async (frames) => {
  const cy = window.__kg.cy;
  await new Promise((done) => {
    let i = 0;
    const step = () => {
      if (i >= frames) { done(); return; }
      if (i % 40 < 20) cy.panBy({ x: 7, y: 4 });
      else cy.zoom({ level: cy.zoom() * (i % 40 < 30 ? 1.03 : 0.97), renderedPosition: { x: 500, y: 400 } });
      i += 1;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}`;

interface Frames { mean: number; p95: number; fps: number }

function frameStats(times: number[]): Frames {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { mean, p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, fps: 1000 / mean };
}

/**
 * A point of the canvas (relative to it) with no node under it, nearest the centre: pressing on a node
 * drags that node instead of panning the view. Runs in the page.
 */
const EMPTY_SPOT = `(() => {
  const cy = window.__kg.cy;
  const boxes = cy.nodes().map((n) => n.renderedBoundingBox());
  const w = cy.width(); const h = cy.height();
  for (let r = 0; r < Math.max(w, h) / 2; r += 5) {
    for (let a = 0; a < 24; a += 1) {
      const x = w / 2 + r * Math.cos(a * Math.PI / 12); const y = h / 2 + r * Math.sin(a * Math.PI / 12);
      if (x < 20 || y < 20 || x > w - 300 || y > h - 200) continue;
      if (!boxes.some((b) => x > b.x1 - 6 && x < b.x2 + 6 && y > b.y1 - 6 && y < b.y2 + 6)) return { x, y };
    }
  }
  return null;
})()`;

/** What a user does to pan: press on the background and drag the graph across the canvas. */
async function userPan(page: Page): Promise<Frames> {
  const box = (await page.locator('#cy').boundingBox())!;
  const spot = await page.evaluate(EMPTY_SPOT) as { x: number; y: number } | null;
  if (!spot) throw new Error('no empty spot to start a pan from');
  const x = box.x + spot.x;
  const y = box.y + spot.y;
  const before = await page.evaluate('window.__kg.cy.pan()') as { x: number; y: number };
  await page.mouse.move(x, y);
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.down();
  for (let i = 1; i <= 60; i += 1) await page.mouse.move(x + 4 * i, y + 2 * i);
  await page.mouse.up();
  const frames = frameStats(await page.evaluate('window.__kgFrames()') as number[]);
  const after = await page.evaluate('window.__kg.cy.pan()') as { x: number; y: number };
  if (Math.abs(after.x - before.x) < 100) throw new Error(`the drag did not pan the view (pan.x ${before.x} → ${after.x})`);
  return frames;
}

/** What a user does to zoom: wheel in and out over the graph. */
async function userZoom(page: Page): Promise<Frames> {
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(RECORD_FRAMES);
  for (let i = 0; i < 10; i += 1) { await page.mouse.wheel(0, -120); await page.waitForTimeout(25); }
  for (let i = 0; i < 10; i += 1) { await page.mouse.wheel(0, 120); await page.waitForTimeout(25); }
  return frameStats(await page.evaluate('window.__kgFrames()') as number[]);
}

async function programmatic(page: Page): Promise<Frames> {
  await page.evaluate(RECORD_FRAMES);
  await page.evaluate(`(${PROGRAMMATIC})(${FRAMES})`);
  return frameStats(await page.evaluate('window.__kgFrames()') as number[]);
}

/**
 * What a user does to read about a node: click it, and wait for its panel. The best-connected node is
 * centred at zoom 1 first, so the click lands on it and not on a neighbour.
 */
async function clickToPanel(page: Page): Promise<number> {
  const target = await page.evaluate(`(() => {
    const cy = window.__kg.cy;
    const n = cy.nodes().max((x) => x.degree()).ele;
    cy.zoom(1); cy.center(n);
    return { id: n.id(), point: n.renderedPosition() };
  })()`) as { id: string; point: { x: number; y: number } };
  await page.waitForTimeout(300);
  const box = (await page.locator('#cy').boundingBox())!;
  const started = Date.now();
  await page.mouse.click(box.x + target.point.x, box.y + target.point.y);
  await page.waitForFunction((id) => location.hash.includes(`sel=${id}`) && !!document.querySelector('#panel .panel-title'), target.id, { timeout: 30_000 });
  return Date.now() - started;
}

interface Run { dataMs: number; firstRenderMs: number; interactiveMs: number; pan: Frames; zoom: Frames; api: Frames; selectMs: number; transferKb: number }

async function measure(browser: Browser, server: RunningServer, renderer: string): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  try {
    await page.goto(`${server.url}?renderer=${renderer}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const timing = await page.evaluate(`({
      data: performance.getEntriesByName('kg:data')[0]?.startTime ?? 0,
      first: window.__kg.firstRenderMs,
      interactive: window.__kg.interactiveMs,
      transfer: performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/graph')).reduce((a, e) => a + e.transferSize, 0),
    })`) as { data: number; first: number; interactive: number; transfer: number };
    // Let Cytoscape finish the textures it builds after the first frame, as it would before a user reaches for the mouse.
    await page.waitForTimeout(500);
    const pan = await userPan(page);
    const zoom = await userZoom(page);
    const api = await programmatic(page);
    const selectMs = await clickToPanel(page);
    return { selectMs, dataMs: timing.data, firstRenderMs: timing.first, interactiveMs: timing.interactive, pan, zoom, api, transferKb: timing.transfer / 1024 };
  } finally {
    await page.close();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianFrames = (runs: Frames[]): Frames => ({ mean: median(runs.map((f) => f.mean)), p95: median(runs.map((f) => f.p95)), fps: median(runs.map((f) => f.fps)) });

async function timedStart(dir: string): Promise<{ server: RunningServer; ms: number }> {
  const started = performance.now();
  const server = await startServer({ outDir: dir, port: 0 });
  return { server, ms: performance.now() - started };
}

async function main(): Promise<void> {
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} page loads each, medians\n`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const [n, m] of SIZES) {
      const dir = join('bench', '.corpus', `viz-${n}`);
      mkdirSync(dir, { recursive: true });
      const data = generatedGraph(n, m);
      writeFileSync(join(dir, 'graph.json'), toGraphJSON(buildGraph(data)));
      rmSync(join(dir, LAYOUT_CACHE_FILE), { force: true });
      // Fresh processes would not share the in-memory cache; a second startServer in this one reads the file
      // again, since the graph file's cache entry is keyed by path and mtime and is rewritten below.
      const cold = await timedStart(dir);
      await cold.server.close();
      writeFileSync(join(dir, 'graph.json'), toGraphJSON(buildGraph(data)));
      const { server, ms: warmMs } = await timedStart(dir);
      const elements = data.nodes.length + data.relationships.length;
      const sizeMb = statSync(join(dir, 'graph.json')).size / 1e6;
      try {
        for (const renderer of RENDERERS) {
          const runs: Run[] = [];
          for (let i = 0; i < RUNS; i += 1) runs.push(await measure(browser, server, renderer));
          const pan = medianFrames(runs.map((r) => r.pan));
          const zoom = medianFrames(runs.map((r) => r.zoom));
          const api = medianFrames(runs.map((r) => r.api));
          process.stdout.write(`${[
            `${data.nodes.length} nodes + ${data.relationships.length} edges (${elements})`.padEnd(36),
            renderer.padEnd(6),
            `server start ${Math.round(cold.ms)} ms, cached layout ${Math.round(warmMs)} ms`.padEnd(44),
            `json ${sizeMb.toFixed(1)} MB, ${Math.round(median(runs.map((r) => r.transferKb)))} kB sent`.padEnd(26),
            `data ${Math.round(median(runs.map((r) => r.dataMs)))} ms`.padEnd(12),
            `drawn ${Math.round(median(runs.map((r) => r.firstRenderMs)))} ms (${runs.map((r) => Math.round(r.firstRenderMs)).join('/')})`.padEnd(30),
            `all edges clickable ${Math.round(median(runs.map((r) => r.interactiveMs)))} ms`.padEnd(30),
            `drag pan ${pan.mean.toFixed(1)} ms/frame p95 ${pan.p95.toFixed(1)} ${pan.fps.toFixed(0)} fps`.padEnd(44),
            `wheel zoom ${zoom.mean.toFixed(1)} ms/frame p95 ${zoom.p95.toFixed(1)} ${zoom.fps.toFixed(0)} fps`.padEnd(46),
            `api pan+zoom ${api.mean.toFixed(1)} ms/frame p95 ${api.p95.toFixed(1)} ${api.fps.toFixed(0)} fps`.padEnd(48),
            `click to panel ${Math.round(median(runs.map((r) => r.selectMs)))} ms`,
          ].join(' ')}\n`);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
}

await main();
