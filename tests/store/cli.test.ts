// `kg load` and `kg query` as a user runs them, against a real Neo4j.
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toGraphJSON } from '../../src/export/index.js';
import { assignGraphData, buildGraph } from '../../src/graph/index.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/index.js';
import { TEST_PASSWORD, useNeo4j, type TestNeo4j } from '../helpers/neo4j.js';
import { corpusA, corpusB } from './fixtures.js';

jest.setTimeout(240_000);
let server: TestNeo4j;
let store: Neo4jStore;
let dir: string;

function kg(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync('node', ['bin/kg.js', ...args], {
    encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: server.config.neo4j.password, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  server = await useNeo4j();
  store = await openNeo4jStore(server.config);
  await store.clear();
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-store-'));
  writeFileSync(join(dir, 'graph.json'), toGraphJSON(buildGraph(corpusA)));
});
afterAll(async () => {
  await store?.clear();
  await store?.close();
  await server?.release();
  rmSync(dir, { recursive: true, force: true });
});

test('kg load creates, a second kg load only updates, and --replace starts over', async () => {
  const first = kg(['load', dir]);
  expect(first.code).toBe(0);
  expect(first.stderr).toContain(`loaded into ${server.uri}`);
  expect(first.stderr).toMatch(/nodes\s*│\s*6\s*│\s*0/);
  expect(first.stderr).toMatch(/relationships\s*│\s*9\s*│\s*0/);
  const second = kg(['load', dir, '--batch-size', '2']);
  expect(second.code).toBe(0);
  expect(second.stderr).toMatch(/nodes\s*│\s*0\s*│\s*6/);
  expect(await store.counts()).toEqual({ nodes: 6, relationships: 9 });

  const other = mkdtempSync(join(dir, 'b-'));
  writeFileSync(join(other, 'graph.json'), toGraphJSON(assignGraphData(buildGraph(corpusB), { nodes: [], relationships: [] })));
  const replaced = kg(['load', other, '--replace']);
  expect(replaced.code).toBe(0);
  expect(replaced.stderr).toContain('removed 6 nodes of the previous graph first (--replace)');
  expect(await store.counts()).toEqual({ nodes: 5, relationships: 5 });
  expect(kg(['load', dir, '--quiet']).code).toBe(0);
});

test('a wrong password: exit code 5, STORE_AUTH, and the password is never printed', () => {
  const run = kg(['load', dir, '--password', 'Wrong-Password-91']);
  expect(run.code).toBe(5);
  expect(run.stderr).toContain('STORE_AUTH');
  expect(run.stderr).toContain(server.uri);
  expect(run.stderr).not.toContain('Wrong-Password-91');
  expect(run.stderr).not.toContain(TEST_PASSWORD);
  expect(run.stdout).toBe('');
});

test('kg load of a directory without graph.json says how to make one', () => {
  const run = kg(['load', join(dir, 'nowhere')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('kg build');
});

test('kg query: a named query as JSON and as a table, the list, and ad-hoc Cypher that may not write', async () => {
  expect(kg(['load', dir, '--quiet']).code).toBe(0);
  const json = kg(['query', 'person-statements', '--param', 'name=gen. frank mckenzie', '--json']);
  expect(json.code).toBe(0);
  // both corpora are loaded by now: the quote of each, oldest (a bare year sorts first) to newest
  expect(JSON.parse(json.stdout)).toEqual([
    { speaker: 'Frank McKenzie', statement: 'the mission is not over.', date: '2020', article: 'Mission not over, general says' },
    { speaker: 'Frank McKenzie', statement: 'We will stay as long as we are welcome.', date: '2020-01-12', article: 'General says troops stay' },
  ]);
  const table = kg(['query', 'person-statements', '-p', 'name=Frank McKenzie']);
  expect(table.code).toBe(0);
  expect(table.stdout).toContain('We will stay as long as we are welcome.');
  expect(table.stdout).toContain('2 rows');

  const list = kg(['query', '--list']);
  expect(list.stdout).toContain('person-statements');
  expect(list.stdout).toContain('--param name=');

  const count = kg(['query', '--cypher', 'MATCH (p:Person) RETURN count(p) AS people', '--json']);
  expect(JSON.parse(count.stdout)).toEqual([{ people: 1 }]);
  const before = await store.counts();
  const write = kg(['query', '--cypher', 'CREATE (:Person {id: "person:intruder", name: "x", aliases: []})']);
  expect(write.code).toBe(5);
  expect(write.stderr).toContain('STORE_READ_ONLY');
  expect(await store.counts()).toEqual(before);
  // Issue #12: "read-only" held for writes only; a read may not reach files, settings, users or transactions either.
  for (const outside of ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1", 'CALL dbms.listConfig() YIELD name RETURN name LIMIT 1', 'SHOW USERS', 'TERMINATE TRANSACTIONS "neo4j-transaction-1"']) {
    const refused = kg(['query', '--cypher', outside]);
    expect([outside, refused.code]).toEqual([outside, 5]);
    expect(refused.stderr).toContain('STORE_READ_ONLY');
    expect(refused.stderr).not.toContain('root:');
  }
  const labels = kg(['query', '--cypher', 'CALL db.labels() YIELD label RETURN label ORDER BY label', '--json']);
  expect(labels.code).toBe(0);
  expect(JSON.parse(labels.stdout).map((r: { label: string }) => r.label)).toContain('Person');
  const typo = kg(['query', '--cypher', 'MATCH (p:Person RETURN p']);
  expect(typo.stderr).toContain('STORE_QUERY_INVALID');

  const missing = kg(['query', 'person-statements']);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('--param name=');
});
