// Real headless Chromium (Debian's /usr/bin/chromium) against a real `kg serve` of a fixture graph.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { GraphData } from '../../graph-schema/index.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { writeOutDir } from '../serve/fixture.js';

export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Session {
  browser: Browser;
  server: RunningServer;
  outDir: string;
  /** A page at the viewer (plus `hash`), after the graph is drawn; page errors are collected in `errors`. */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function session(data: GraphData): Promise<Session> {
  const outDir = writeOutDir(data);
  const server = await startServer({ outDir, port: 0 });
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    browser,
    server,
    outDir,
    async open(hash = '', viewport = { width: 1400, height: 860 }) {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      await page.goto(`${server.url}${hash}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
