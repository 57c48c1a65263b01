// One timed run in a fresh process, so the peak RSS it reports is its own:
// ingest + extract + resolve + graph over one folder, serial (workers = 0) or in worker threads.
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../src/config/index.js';
import { readArticles } from '../src/ingest/index.js';
import { buildFromArticles } from '../src/pipeline/index.js';
import { buildFromArticlesParallel } from '../src/pipeline/parallel.js';

export interface Measurement {
  articles: number;
  rejected: number;
  firstIssue: string | null;
  textBytes: number;
  ingestSeconds: number;
  buildSeconds: number;
  nodes: number;
  edges: number;
  baseRssBytes: number;
  peakRssBytes: number;
}

const { values } = parseArgs({ options: { dir: { type: 'string' }, workers: { type: 'string', default: '0' } } });
const workers = Number(values.workers);
const baseRssBytes = process.memoryUsage().rss;

const t0 = performance.now();
const ingest = await readArticles([values.dir!], { maxBytes: DEFAULTS.ingest.maxBytes });
const t1 = performance.now();
const result = workers === 0 ? buildFromArticles(ingest.articles, { findings: false }) : await buildFromArticlesParallel(ingest.articles, { workers });
const t2 = performance.now();

const measurement: Measurement = {
  articles: ingest.articles.length,
  rejected: ingest.rejected.length,
  firstIssue: ingest.rejected[0]?.message ?? null,
  textBytes: ingest.articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0),
  ingestSeconds: (t1 - t0) / 1000,
  buildSeconds: (t2 - t1) / 1000,
  nodes: result.graph.order,
  edges: result.graph.size,
  baseRssBytes,
  // maxRSS is in kilobytes and covers every thread of the process, workers included.
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
