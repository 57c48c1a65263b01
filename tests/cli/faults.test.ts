// Issue #12 (faults end cleanly): a clear message with its exit code, no stack trace, no password; each test fails
// on the code before the fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
