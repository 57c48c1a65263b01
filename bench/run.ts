// `npm run bench`: the `kg build` command as a user runs it (start-up, ingest, extract, resolve, graph, both exports),
// single-threaded and with worker threads, on generated corpora (5 and 50 MB by default; `--sizes 5,50,200`), each
// beside compromise's people/organizations/places finder on the same articles in the same run: the ratio holds on a
// busy machine where seconds do not.
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { ensureCorpus, type CorpusInfo } from './corpus/cache.js';
import type { Measurement } from './measure.js';

const TARGET_MB_PER_CORE = 1;
const TARGET_RSS_PER_MB = 60;
const TARGET_OUTPUT_PER_MB = 4;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,50' },
    workers: { type: 'string', default: String(availableParallelism()) },
    seed: { type: 'string', default: '1' },
    'no-compromise': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const workers = Number(values.workers);
const root = fileURLToPath(new URL('./.corpus/', import.meta.url));
const measureScript = fileURLToPath(new URL('./measure.ts', import.meta.url));

interface Row { corpus: CorpusInfo; mode: string; m: Measurement }

/** `kg` runs as bin/kg.js does (its own tsx loader); compromise needs tsx only to read the articles with kg's ingest. */
function measure(corpus: CorpusInfo, kind: 'kg' | 'compromise', threads: number): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', measureScript, '--dir', corpus.dir, '--kind', kind, '--workers', String(threads)], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20,
  });
  const m = JSON.parse(out.trim().split('\n').at(-1)!) as Measurement;
  if (m.exitCode !== 0 || (kind === 'kg' && m.outputBytes === 0)) throw new Error(`bench: ${kind} on ${corpus.dir} exited ${m.exitCode} and wrote ${m.outputBytes} bytes`);
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
  const runs: [string, 'kg' | 'compromise', number][] = [['kg build', 'kg', 1], [`kg build -w ${workers}`, 'kg', workers]];
  if (!values['no-compromise']) runs.push(['compromise', 'compromise', 1]);
  for (const [mode, kind, threads] of runs) {
    const m = measure(corpus, kind, threads);
    rows.push({ corpus, mode, m });
    console.log(`  ${mode}: ${fixed(m.seconds, 2)} s`);
  }
}

const table = new Table({
  style: { head: [], border: [] },
  head: ['corpus MB', 'articles', 'run', 'seconds', 'MB/s', 'MB/s per core', '× compromise', 'peak RSS MB', 'RSS / input MB', 'output MB', 'output / input'],
});
for (const { corpus, mode, m } of rows) {
  const rate = mb(m.inputBytes) / m.seconds;
  const baseline = rows.find((r) => r.corpus === corpus && r.m.kind === 'compromise');
  const ratio = baseline && m.kind === 'kg' ? rate / (mb(baseline.m.inputBytes) / baseline.m.seconds) : null;
  table.push([
    fixed(mb(m.inputBytes)), corpus.files, mode, fixed(m.seconds, 2), fixed(rate, 2), fixed(rate / Math.max(1, m.workers), 2),
    ratio === null ? '' : `×${fixed(ratio, 2)}`, fixed(mb(m.peakRssBytes), 0), fixed(m.peakRssBytes / m.inputBytes, 0),
    m.kind === 'kg' ? fixed(mb(m.outputBytes), 1) : '', m.kind === 'kg' ? fixed(m.outputBytes / m.inputBytes, 1) : '',
  ]);
}
console.log(`\nkg build as the CLI runs it, start-up and both exports included; compromise: nlp(text).people(), .organizations(), .places();`);
console.log(`${availableParallelism()} cores; MB = 10^6 bytes of article files`);
console.log(table.toString());

const kgRuns = rows.filter((r) => r.m.kind === 'kg');
for (const mode of new Set(kgRuns.map((r) => r.mode))) {
  const runs = kgRuns.filter((r) => r.mode === mode);
  const [small, large] = [runs[0]!, runs.at(-1)!];
  if (small === large) continue;
  const corpusGrowth = large.m.inputBytes / small.m.inputBytes;
  console.log(`${mode}: from ${fixed(mb(small.m.inputBytes))} to ${fixed(mb(large.m.inputBytes))} MB (×${fixed(corpusGrowth, 1)}), time ×${fixed(large.m.seconds / small.m.seconds, 2)}, peak RSS ×${fixed(large.m.peakRssBytes / small.m.peakRssBytes, 2)}`);
}
for (const { m, mode } of kgRuns) {
  const perCore = mb(m.inputBytes) / m.seconds / Math.max(1, m.workers);
  const checks = [
    `${fixed(perCore, 2)} MB/s per core (target ≥ ${TARGET_MB_PER_CORE}: ${perCore >= TARGET_MB_PER_CORE ? 'meets' : 'BELOW'})`,
    `RSS ×${fixed(m.peakRssBytes / m.inputBytes, 0)} the input (target < ${TARGET_RSS_PER_MB}: ${m.peakRssBytes / m.inputBytes < TARGET_RSS_PER_MB ? 'meets' : 'ABOVE'})`,
    `exports ×${fixed(m.outputBytes / m.inputBytes, 1)} the input (target < ${TARGET_OUTPUT_PER_MB}: ${m.outputBytes / m.inputBytes < TARGET_OUTPUT_PER_MB ? 'meets' : 'ABOVE'})`,
  ];
  console.log(`${fixed(mb(m.inputBytes))} MB, ${mode}: ${checks.join('; ')}`);
}
