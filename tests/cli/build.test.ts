// `kg build` end to end, as a user runs it: exit codes, files written, summary, determinism, schema validity.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { validateGraphData } from '../../graph-schema/index.js';
import { toGraphData } from '../../src/graph/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'data/articles');

function kg(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'kg-build-'));

describe('kg build', () => {
  const out = tmp();
  let first: ReturnType<typeof kg>;
  beforeAll(() => { first = kg('build', ARTICLES, '--out', out); }, 120_000);

  test('builds the corpus into graph.graphml and graph.json and exits 0', () => {
    expect(first.stderr).toContain('articles read');
    expect(first.code).toBe(0);
    expect(existsSync(join(out, 'graph.graphml'))).toBe(true);
    expect(existsSync(join(out, 'graph.json'))).toBe(true);
  });

  test('the summary counts nodes per label and relationships per type', () => {
    expect(first.stderr).toMatch(/articles read\s*│\s*5/);
    expect(first.stderr).toMatch(/nodes :Person\s*│\s*\d+/);
    expect(first.stderr).toMatch(/relationships \[:SAID\]\s*│\s*\d+/);
  });

  test('the graph it writes is valid against the schema and loads back into graphology', () => {
    const json = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    const graph = MultiDirectedGraph.from(json);
    expect(graph.order).toBeGreaterThan(5);
    expect(validateGraphData(toGraphData(graph as never))).toEqual([]);
  });

  test('building again, with the files in another order, gives byte-identical files', () => {
    const files = readdirSync(ARTICLES).map((f) => join(ARTICLES, f)).reverse();
    const again = tmp();
    expect(kg('build', ...files, '--out', again).code).toBe(0);
    for (const name of ['graph.graphml', 'graph.json']) {
      expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name)))).toBe(true);
    }
  }, 120_000);

  test('--workers 2 writes the same bytes as one thread, and --explain still prints findings', () => {
    const parallel = tmp();
    const run = kg('build', ARTICLES, '--out', parallel, '--workers', '2', '--explain');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ quote "[^"]+" .*by \S+/);
    for (const name of ['graph.graphml', 'graph.json']) {
      expect(readFileSync(join(parallel, name)).equals(readFileSync(join(out, name)))).toBe(true);
    }
  }, 120_000);

  test('--if-stale skips a build whose inputs and code have not changed', () => {
    const run = kg('build', ARTICLES, '--out', out, '--if-stale');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('up to date');
  });

  test('rejected files are listed, the good ones are still built, and the exit code is 3', () => {
    const input = tmp();
    const out2 = tmp();
    copyFileSync(join(ARTICLES, readdirSync(ARTICLES).sort()[0]!), join(input, 'good.txt'));
    writeFileSync(join(input, 'empty.txt'), '');
    const run = kg('build', input, '--out', out2);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/articles read\s*│\s*1/);
    expect(run.stderr).toContain('empty.txt');
    expect(existsSync(join(out2, 'graph.json'))).toBe(true);
  }, 60_000);

  test('a directory that does not exist is reported and the exit code is 4', () => {
    const run = kg('build', join(tmp(), 'missing'), '--out', tmp());
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('missing');
  });

  test('--explain prints findings with their rule and sentence', () => {
    const run = kg('build', ARTICLES, '--out', tmp(), '--explain', '--quiet');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ mention "[^"]+" .*by \S+/);
    expect(run.stdout).toContain('in: ');
    // Each event with its reports, what found each and why the later ones joined it.
    const events = run.stdout.slice(run.stdout.indexOf('# events'));
    expect(events).toMatch(/^event:\S+ "[^"]+" \S+ \S+ (occurred|planned|hypothetical|negated), \d+ article\(s\)$/m);
    expect(events).toMatch(/found by events\/trigger-\S+, first report$/m);
    expect(events).toMatch(/found by events\/trigger-\S+, joined by resolve\/\S+$/m);
  }, 120_000);

  // Issue #12: "--max-bytes 1e3" meant 1 byte (parseInt); a size is a whole number of bytes or a usage error.
  test('--max-bytes reads 1e3 as 1000 bytes and refuses 1.5 with a usage error naming the option', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Troops stay\n\nThe commander said on Tuesday that the troops would stay in the region.\n');
    const ok = kg('build', dir, '--out', tmp(), '--max-bytes', '1e3', '--quiet');
    expect(ok.code).toBe(0);
    expect(ok.stderr).not.toContain('TOO_LARGE');
    const bad = kg('build', dir, '--out', tmp(), '--max-bytes', '1.5');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--max-bytes');
    expect(bad.stderr).toContain('1.5');
  });

  test('--help documents every option and the exit codes', () => {
    const run = kg('build', '--help');
    for (const option of ['--out', '--max-bytes', '--explain', '--if-stale', '--quiet', '--workers', '--validate', '--neo4j', 'Exit codes']) expect(run.stdout).toContain(option);
  });
});
