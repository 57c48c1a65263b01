// Issue #12 (faults end cleanly): a clear message with its exit code, no stack trace, no password; each test fails
// on the code before the fix.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function kg(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NEO4J_URI: '' } });
  return { code: run.status, stderr: run.stderr };
}

test('--out under a file is refused before the build, named, without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-faults-'));
  writeFileSync(join(dir, 'plain'), 'x');
  const run = kg('build', join(ROOT, 'data/articles'), '--out', join(dir, 'plain', 'out'));
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('OUT_UNWRITABLE');
  expect(run.stderr).toContain(join(dir, 'plain', 'out'));
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test('an http:// address for Neo4j is a configuration error that names the fix, not a driver stack trace', () => {
  const run = kg('query', '--uri', 'http://127.0.0.1:7474', '--cypher', 'MATCH (n) RETURN n');
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('bolt://');
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test('a password written into --uri is never printed', () => {
  const run = kg('query', '--uri', 'bolt://neo4j:s3cret-pw-42@127.0.0.1:1', '--cypher', 'MATCH (n) RETURN n');
  expect(run.code).toBe(5);
  expect(run.stderr).toContain('STORE_UNREACHABLE');
  expect(run.stderr).not.toContain('s3cret-pw-42');
});

test('an article over --article-timeout is left out and named; the graph holds every other article, as built without it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-timeout-'));
  const corpus = join(dir, 'in');
  mkdirSync(corpus);
  for (const name of readdirSync(join(ROOT, 'data/articles'))) copyFileSync(join(ROOT, 'data/articles', name), join(corpus, name));
  // About 1.5 MB of one article's text, repeated: some ten seconds of extraction, far over a two-second budget.
  const sample = readFileSync(join(ROOT, 'data/articles', readdirSync(join(ROOT, 'data/articles'))[0]!), 'utf8').split('---').slice(2).join('---');
  writeFileSync(join(corpus, 'zz-long.txt'), `---\ntitle: "Long"\ndate: "2024-01-01"\n---\n${sample.repeat(Math.ceil(1_500_000 / sample.length))}`);
  const started = Date.now();
  const run = kg('build', corpus, '--out', join(dir, 'out'), '--workers', '2', '--article-timeout', '2', '--max-bytes', '5000000', '--quiet');
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain(`${join(corpus, 'zz-long.txt')}: extracting this article took longer than 2 s`);
  // The other articles: the same graph as a build of them alone.
  const alone = kg('build', join(ROOT, 'data/articles'), '--out', join(dir, 'alone'), '--quiet');
  expect(alone.code).toBe(0);
  const ids = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ labels?: string[]; id: string }> }).nodes.map((n) => n.id).sort();
  expect(ids(join(dir, 'out', 'graph.json'))).toEqual(ids(join(dir, 'alone', 'graph.json')));
}, 90_000);

test('--article-timeout takes seconds above 0 and refuses anything else', () => {
  const run = kg('build', join(ROOT, 'data/articles'), '--out', mkdtempSync(join(tmpdir(), 'kg-timeout-')), '--article-timeout', '5s');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('no number of seconds above 0');
});

test('a server that takes the connection and never answers ends kg query with STORE_FAILED in seconds, not a hang', async () => {
  const silent = createServer(() => {});
  await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
  const port = (silent.address() as AddressInfo).port;
  try {
    const started = Date.now();
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/kg.js'), 'query', '--uri', `bolt://127.0.0.1:${port}`, '--cypher', 'MATCH (n) RETURN count(n)'], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '' } });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('exit', (code) => { clearTimeout(guard); done({ code, stderr }); });
    });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('[STORE_');
    expect(Date.now() - started).toBeLessThan(40_000);
  } finally {
    silent.close();
  }
}, 90_000);
