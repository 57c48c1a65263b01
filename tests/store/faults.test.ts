// Store faults against real servers: nothing listening, and a server killed in the middle of a load.
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticGraph } from '../../bench/neo4j-graph.js';
import { resolveConfig } from '../../src/config/index.js';
import { toGraphJSON } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { KgError } from '../../src/errors.js';
import { loadGraph, openNeo4jStore } from '../../src/store/index.js';
import { freePort, startServer, type RunningServer } from '../../src/store/neo4j/server/launcher.js';
import { corpusA } from './fixtures.js';

jest.setTimeout(300_000);
const PASSWORD = 'fault-test-password';
const configFor = (uri: string, batchSize = 5000) =>
  resolveConfig({ neo4j: { uri, password: PASSWORD, user: 'neo4j', batchSize } }, { env: {}, file: '/nonexistent/kg.config.json' });

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'kg-store-faults-')); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

test('nothing listening: STORE_UNREACHABLE naming the URI within a few seconds', async () => {
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const started = Date.now();
  const error = await openNeo4jStore(configFor(uri)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KgError);
  expect(error).toMatchObject({ code: 'STORE_UNREACHABLE', stage: 'store', retriable: true });
  expect((error as Error).message).toContain(uri);
  expect(Date.now() - started).toBeLessThan(6000);
});

test('kg load against nothing: exit code 5 and a message naming the URI, not the password', async () => {
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'graph.json'), toGraphJSON(buildGraph(corpusA)));
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const run = spawnSync('node', ['bin/kg.js', 'load', out, '--uri', uri, '--password', 'Secret-Not-To-Print-42'], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(5);
  expect(run.stderr).toContain(uri);
  expect(run.stderr).toContain('STORE_UNREACHABLE');
  expect(run.stderr).not.toContain('Secret-Not-To-Print-42');
});

describe('a server killed in the middle of a load', () => {
  let server: RunningServer | undefined;
  let port: number;
  const home = () => join(dir, 'neo4j-data');
  afterAll(async () => { await server?.stop(); });

  test('fails with a clear store error; after a restart, loading again gives exactly the right counts', async () => {
    port = await freePort();
    server = await startServer({ home: home(), port, password: PASSWORD, stopOnStdinClose: true });
    const data = syntheticGraph(20_000, 7);
    const config = configFor(server.uri, 1000);
    let killedAt = -1;
    const started = Date.now();
    const error = await loadGraph(data, config, {
      onProgress: (progress) => {
        if (progress.phase === 'relationships' && progress.done >= 12_000 && killedAt < 0) {
          killedAt = progress.done;
          process.kill(server!.pid, 'SIGKILL');
        }
      },
    }).catch((e: unknown) => e);
    expect(killedAt).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(KgError);
    expect(['STORE_UNREACHABLE', 'STORE_CONNECTION_LOST']).toContain((error as KgError).code);
    expect((error as KgError).stage).toBe('store');
    expect((error as Error).message).toContain(server.uri);
    expect((error as Error).message).toMatch(/loading relationships \(\d+ of 60000 written\)/);
    expect(Date.now() - started).toBeLessThan(120_000);
    await server.stop();

    // Same data directory: what was committed survived; the reload merges the rest without duplicates.
    server = await startServer({ home: home(), port, password: PASSWORD, stopOnStdinClose: true });
    const store = await openNeo4jStore(configFor(server.uri));
    try {
      const before = await store.counts();
      expect(before.nodes).toBe(20_000);
      expect(before.relationships).toBeGreaterThanOrEqual(killedAt - 1000);
      expect(before.relationships).toBeLessThan(60_000);
      const summary = await store.load(data);
      expect(summary.nodesCreated).toBe(0);
      expect(summary.relationshipsCreated + summary.relationshipsUpdated).toBe(60_000);
      expect(summary.relationshipsCreated).toBe(60_000 - before.relationships);
      expect(await store.counts()).toEqual({ nodes: 20_000, relationships: 60_000 });
      const session = store.connection.driver.session({ defaultAccessMode: 'READ' });
      try {
        const dupNodes = await session.run('MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS d');
        const dupRels = await session.run('MATCH ()-[r]->() WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS d');
        expect(dupNodes.records[0]!.get('d').toNumber()).toBe(0);
        expect(dupRels.records[0]!.get('d').toNumber()).toBe(0);
      } finally {
        await session.close();
      }
    } finally {
      await store.close();
    }
  });
});
