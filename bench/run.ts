// `npm run bench`: end-to-end throughput (ingest + extract + resolve + graph) and peak memory on
// generated corpora of about 10 and 50 MB, single-threaded and with worker threads across cores.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { ensureCorpus, type CorpusInfo } from './corpus/cache.js';
import type { Measurement } from './measure.js';

const TARGET_MB_PER_CORE = 1;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,50' },
    workers: { type: 'string', default: String(availableParallelism()) },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const workers = Number(values.workers);
const root = fileURLToPath(new URL('./.corpus/', import.meta.url));
const measureScript = fileURLToPath(new URL('./measure.ts', import.meta.url));

interface Row { size: number; corpus: CorpusInfo; mode: string; threads: number; m: Measurement }

function measure(corpus: CorpusInfo, threads: number): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', measureScript, '--dir', corpus.dir, '--workers', String(threads)], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20,
  });
  const m = JSON.parse(out.trim().split('\n').at(-1)!) as Measurement;
  if (m.rejected > 0 || m.articles !== corpus.files) {
    throw new Error(`bench: ingest kept ${m.articles} of ${corpus.files} files in ${corpus.dir} (${m.rejected} rejected, first: ${m.firstIssue}); delete the folder to regenerate it`);
  }
  return m;
}

const mb = (bytes: number) => bytes / 1e6;
const fixed = (n: number, digits = 1) => n.toFixed(digits);

const rows: Row[] = [];
for (const size of sizes) {
  const started = performance.now();
  const corpus = ensureCorpus(root, size, Number(values.seed));
  const how = corpus.generated ? `generated in ${fixed((performance.now() - started) / 1000)} s` : 'cached';
  console.log(`corpus ${size} MB: ${corpus.files} articles, ${fixed(mb(corpus.bytes), 2)} MB in ${corpus.dir} (${how})`);
  for (const threads of [0, workers]) {
    const m = measure(corpus, threads);
    rows.push({ size, corpus, mode: threads === 0 ? 'single thread' : `${threads} workers`, threads, m });
    console.log(`  ${rows.at(-1)!.mode}: ${fixed(m.ingestSeconds + m.buildSeconds, 2)} s`);
  }
}

const table = new Table({
  style: { head: [], border: [] },
  head: ['corpus MB', 'articles', 'mode', 'ingest s', 'build s', 'total s', 'MB/s', 'articles/s', 'MB/s per core', 'peak RSS MB', 'RSS / corpus MB', 'nodes', 'edges'],
});
for (const { corpus, mode, threads, m } of rows) {
  const seconds = m.ingestSeconds + m.buildSeconds;
  const rate = mb(corpus.bytes) / seconds;
  table.push([
    fixed(mb(corpus.bytes)), corpus.files, mode, fixed(m.ingestSeconds, 2), fixed(m.buildSeconds, 2), fixed(seconds, 2), fixed(rate, 2),
    Math.round(corpus.files / seconds), fixed(rate / Math.max(1, threads), 2), fixed(mb(m.peakRssBytes), 0),
    fixed(mb(m.peakRssBytes - m.baseRssBytes) / mb(corpus.bytes), 1), m.nodes, m.edges,
  ]);
}
console.log(`\nend to end: ingest + extract + resolve + graph; ${availableParallelism()} cores; MB = 10^6 bytes of article files`);
console.log(table.toString());

// Memory: the growth of (peak − start) RSS from the smallest to the largest corpus, against the corpus growth.
for (const mode of new Set(rows.map((r) => r.mode))) {
  const runs = rows.filter((r) => r.mode === mode);
  const [small, large] = [runs[0]!, runs.at(-1)!];
  if (small === large) continue;
  const corpusGrowth = large.corpus.bytes / small.corpus.bytes;
  const memoryGrowth = (large.m.peakRssBytes - large.m.baseRssBytes) / (small.m.peakRssBytes - small.m.baseRssBytes);
  const verdict = memoryGrowth <= corpusGrowth * 1.1 ? 'no faster than the corpus' : 'FASTER than the corpus';
  console.log(`memory, ${mode}: grows ×${fixed(memoryGrowth, 2)} while the corpus grows ×${fixed(corpusGrowth, 2)}: ${verdict}`);
}
for (const row of rows.filter((r) => r.threads === 0)) {
  const perCore = mb(row.corpus.bytes) / (row.m.ingestSeconds + row.m.buildSeconds);
  const verdict = perCore >= TARGET_MB_PER_CORE ? 'meets' : 'BELOW';
  console.log(`target ≥ ${TARGET_MB_PER_CORE} MB/s per core, ${fixed(mb(row.corpus.bytes))} MB single thread: ${fixed(perCore, 2)} MB/s, ${verdict}`);
}
