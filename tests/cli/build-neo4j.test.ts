// `kg build … --neo4j` against a real Neo4j: the files and the database hold the same graph, and a rebuild changes nothing.
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/index.js';
import { useNeo4j, type TestNeo4j } from '../helpers/neo4j.js';

jest.setTimeout(240_000);
const ROOT = resolve(import.meta.dirname, '../..');
let server: TestNeo4j;
let store: Neo4jStore;

function kg(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/kg.js'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 180_000,
    env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: server.config.neo4j.password },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  server = await useNeo4j();
  store = await openNeo4jStore(server.config);
  await store.clear();
});
afterAll(async () => {
  await store?.clear();
  await store?.close();
  await server?.release();
});

test('kg build --neo4j writes the files and loads the same graph; building again only updates', async () => {
  const out = mkdtempSync(join(tmpdir(), 'kg-build-neo4j-'));
  const first = kg('build', 'data/articles', '--out', out, '--neo4j');
  expect(first.stderr).toContain(`loaded into ${server.uri}`);
  expect(first.code).toBe(0);
  const json = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  expect(await store.counts()).toEqual({ nodes: json.nodes.length, relationships: json.edges.length });

  const again = kg('build', 'data/articles', '--out', out, '--neo4j');
  expect(again.code).toBe(0);
  expect(again.stderr).toMatch(/nodes\s*│\s*0\s*│\s*\d+/);
  expect(await store.counts()).toEqual({ nodes: json.nodes.length, relationships: json.edges.length });
});

test('kg build --neo4j with a wrong password fails with exit code 5 and never prints the password', () => {
  const out = mkdtempSync(join(tmpdir(), 'kg-build-neo4j-'));
  const run = kg('build', 'data/articles', '--out', out, '--neo4j', '--password', 'not-the-password-42', '-q');
  expect(run.code).toBe(5);
  expect(run.stderr + run.stdout).not.toContain('not-the-password-42');
});
