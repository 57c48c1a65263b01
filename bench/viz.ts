// `npm run bench:viz`: generated graphs of about 1,000, 5,000 and 20,000 elements served by `kg serve` and
// opened in headless Chromium; prints time to first render and frame times while panning and zooming.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { toGraphJSON } from '../src/export/json.js';
import { buildGraph } from '../src/graph/build.js';
import { startServer } from '../src/serve/index.js';
import { generatedGraph } from './viz-graph.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SIZES: Array<[number, number]> = [[250, 750], [1250, 3750], [5000, 15000]];
const RENDERERS = (process.env.KG_BENCH_RENDERERS ?? 'canvas,webgl').split(',');
const FRAMES = 120;

/**
 * Runs in the page: pans for 20 frames, zooms in for 10 and out for 10, repeated, each step in a
 * requestAnimationFrame callback, and records the time between frames. A string, because tsx would
 * wrap a function in helpers the page does not have.
 */
const IN_PAGE = `async (frames) => {
  const kg = window.__kg;
  const cy = kg.cy;
  const times = [];
  await new Promise((done) => {
    let last = performance.now();
    let i = 0;
    const step = () => {
      const now = performance.now();
      if (i > 0) times.push(now - last);
      last = now;
      if (i >= frames) { done(); return; }
      if (i % 40 < 20) cy.panBy({ x: 7, y: 4 });
      else cy.zoom({ level: cy.zoom() * (i % 40 < 30 ? 1.03 : 0.97), renderedPosition: { x: 500, y: 400 } });
      i += 1;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const data = performance.getEntriesByName('kg:data')[0]?.startTime ?? 0;
  return { firstRenderMs: kg.firstRenderMs, dataMs: data, meanFrameMs: mean, p95FrameMs: times[Math.floor(times.length * 0.95)], fps: 1000 / mean, webgl: kg.webgl };
}`;

interface Measure { firstRenderMs: number; dataMs: number; meanFrameMs: number; p95FrameMs: number; fps: number; webgl: boolean }

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: string[] = [];
  try {
    for (const [n, m] of SIZES) {
      const dir = join('bench', '.corpus', `viz-${n}`);
      mkdirSync(dir, { recursive: true });
      const data = generatedGraph(n, m);
      writeFileSync(join(dir, 'graph.json'), toGraphJSON(buildGraph(data)));
      const started = performance.now();
      const server = await startServer({ outDir: dir, port: 0 });
      const startMs = performance.now() - started;
      const elements = data.nodes.length + data.relationships.length;
      const sizeMb = statSync(join(dir, 'graph.json')).size / 1e6;
      try {
        for (const renderer of RENDERERS) {
          const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
          await page.goto(`${server.url}?renderer=${renderer}`);
          await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
          const measure = await page.evaluate(`(${IN_PAGE})(${FRAMES})`) as Measure;
          await page.close();
          rows.push([
            `${data.nodes.length} nodes + ${data.relationships.length} edges (${elements})`.padEnd(38),
            `${renderer}${measure.webgl ? '' : ''}`.padEnd(7),
            `server start ${Math.round(startMs)} ms`.padEnd(20),
            `json ${sizeMb.toFixed(1)} MB`.padEnd(12),
            `data ${Math.round(measure.dataMs)} ms`.padEnd(13),
            `first render ${Math.round(measure.firstRenderMs)} ms`.padEnd(22),
            `frame mean ${measure.meanFrameMs.toFixed(1)} ms p95 ${measure.p95FrameMs.toFixed(1)} ms`.padEnd(32),
            `${measure.fps.toFixed(0)} fps`,
          ].join(' '));
          process.stdout.write(`${rows[rows.length - 1]}\n`);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
