// One timed run in a fresh process, so the time and peak RSS it reports are its own. Two kinds:
// - `--kg`: the `kg build` command as a user runs it (bin/kg.js: start-up and TypeScript loading, ingest, extract,
//   resolve, graph, both exports written), timed from the process's own start;
// - `--compromise`: compromise's people, organizations and places finder over the same articles, as read by kg's
//   ingest (the baseline run in the same bench, so a busy machine shows in both).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface Measurement {
  kind: 'kg' | 'compromise';
  workers: number;
  /** Wall seconds of the whole process, start-up included (kg), or of the finder over the texts (compromise). */
  seconds: number;
  /** Bytes of the article files the run read. */
  inputBytes: number;
  /** Bytes `kg build` wrote (graph.graphml + graph.json); 0 for compromise. */
  outputBytes: number;
  exitCode: number;
  /** Entities compromise found, or files kg wrote: a sanity check that work was done. */
  found: number;
  peakRssBytes: number;
}

const { values } = parseArgs({
  options: { dir: { type: 'string' }, workers: { type: 'string', default: '1' }, kind: { type: 'string', default: 'kg' } },
});
const dir = values.dir!;
const workers = Number(values.workers);

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name));
}

const inputBytes = filesUnder(dir).reduce((sum, f) => sum + statSync(f).size, 0);
let measurement: Measurement;

if (values.kind === 'compromise') {
  const { readArticles } = await import('../src/ingest/index.js');
  const { default: nlp } = await import('compromise');
  const { articles } = await readArticles([dir], { maxBytes: 50 * 1024 * 1024 });
  const t0 = performance.now();
  let found = 0;
  for (const a of articles) {
    const doc = nlp(a.text);
    found += doc.people().length + doc.organizations().length + doc.places().length;
  }
  measurement = {
    kind: 'compromise', workers: 1, seconds: (performance.now() - t0) / 1000, inputBytes, outputBytes: 0, exitCode: 0, found,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
} else {
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  // bin/kg.js reads process.argv and sets process.exitCode: this process is `kg build <dir> --out <out> --quiet`.
  process.argv = [process.argv[0]!, 'kg', 'build', dir, '--out', out, '--quiet', '--workers', String(workers)];
  await import(new URL('../bin/kg.js', import.meta.url).href);
  // performance.now() counts from this process's start: Node's start-up and module loading are in.
  const seconds = performance.now() / 1000;
  // maxRSS is in kilobytes and covers every thread of the process, workers included.
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const outputs = filesUnder(out);
  const outputBytes = outputs.reduce((sum, f) => sum + statSync(f).size, 0);
  rmSync(out, { recursive: true, force: true });
  measurement = { kind: 'kg', workers, seconds, inputBytes, outputBytes, exitCode: Number(process.exitCode ?? 0), found: outputs.length, peakRssBytes };
}
process.stdout.write(`${JSON.stringify(measurement)}\n`);
process.exitCode = measurement.exitCode;
