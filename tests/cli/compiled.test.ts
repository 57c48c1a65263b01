// The compiled `kg` (bin/compile.js, what `npm run build` and `npm install` run): the same graph as the TypeScript
// sources, byte for byte, and a start-up without a TypeScript compiler, timed against the sources in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
// Inside the project, so the compiled files find node_modules as dist/ does.
const COMPILED = join(ROOT, '.cache', `compiled-test-${process.pid}`);

/** `kg` from the compiled tree: the same call bin/kg.js makes when dist/ is current (run.mjs, written below). */
function compiledKg(...args: string[]) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(COMPILED, 'run.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, seconds: (performance.now() - started) / 1000 };
}

function sourceKg(...args: string[]) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '', KG_FROM_SOURCES: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, seconds: (performance.now() - started) / 1000 };
}

/** bin/source-signature.js as bin/kg.js runs it (plain JavaScript, so in its own process). */
function sourceSignature(root: string): string {
  const script = `import { sourceSignature } from ${JSON.stringify(`file://${join(ROOT, 'bin/source-signature.js')}`)}; process.stdout.write(sourceSignature(${JSON.stringify(root)}));`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('compiled kg', () => {
  beforeAll(() => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/compile.js'), '--out', COMPILED], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    writeFileSync(join(COMPILED, 'run.mjs'), "const { main } = await import('./src/cli/main.js');\nprocess.exitCode = await main(process.argv);\n");
  }, 60_000);
  afterAll(() => rmSync(COMPILED, { recursive: true, force: true }));

  test('builds the same graph.json and graph.graphml as the TypeScript sources', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'kg-compiled-')), mkdtempSync(join(tmpdir(), 'kg-sources-'))];
    const compiled = compiledKg('build', 'data/articles', '--out', a, '--quiet', '--workers', '2');
    const sources = sourceKg('build', 'data/articles', '--out', b, '--quiet');
    expect([compiled.code, sources.code, compiled.stderr]).toEqual([0, 0, '']);
    for (const file of ['graph.json', 'graph.graphml']) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
  }, 120_000);

  test('answers --help in under 0.6 of the time the sources take, with the same text', () => {
    const compiled: number[] = [];
    const sources: number[] = [];
    let help = '';
    for (let i = 0; i < 3; i++) {
      const c = compiledKg('--help');
      const s = sourceKg('--help');
      expect(c.stdout).toBe(s.stdout);
      help = c.stdout;
      compiled.push(c.seconds);
      sources.push(s.seconds);
    }
    expect(help).toContain('Usage: kg');
    expect(median(compiled)).toBeLessThan(median(sources) * 0.6);
  }, 60_000);

  test('the sources\' signature changes with an edit, a file moved in with an old date, an added and a deleted file', () => {
    const root = mkdtempSync(join(tmpdir(), 'kg-signature-'));
    for (const dir of ['src', 'graph-schema']) mkdirSync(join(root, dir));
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'graph-schema', 'b.json'), '{}\n');
    const built = sourceSignature(root);
    expect(built).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceSignature(root)).toBe(built);
    // Replaced by a file of the same size whose modification time is older than the build (mv, cp -p, tar x).
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 2;\n');
    utimesSync(join(root, 'src', 'a.ts'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const moved = sourceSignature(root);
    expect(moved).not.toBe(built);
    writeFileSync(join(root, 'src', 'c.ts'), '');
    const added = sourceSignature(root);
    expect(added).not.toBe(moved);
    unlinkSync(join(root, 'graph-schema', 'b.json'));
    expect(sourceSignature(root)).not.toBe(added);
  });
});
