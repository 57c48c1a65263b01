// A real Neo4j for tests: NEO4J_URI if set, otherwise one throwaway server per jest run, started by the
// first test file that asks and used by one test file at a time (the store tests share one database).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig, type Config } from '../../src/config/index.js';
import { freePort, isAlive, startServer } from '../../src/store/neo4j/server/launcher.js';

export const TEST_PASSWORD = 'kg-test-password-7d1f';

export interface TestNeo4j {
  uri: string;
  config: Readonly<Config>;
  /** Lets the next test file use the server; call in afterAll. */
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function stopServerPid(pid: number, timeoutMs = 30_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < until) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** mkdir is atomic: whoever creates the directory holds the lock; a dead holder's lock is taken over. */
async function acquire(lock: string, timeoutMs: number): Promise<() => void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      const owner = Number(existsSync(join(lock, 'pid')) ? readFileSync(join(lock, 'pid'), 'utf8') : NaN);
      if (Number.isFinite(owner) && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`timed out waiting for ${lock}`);
      await sleep(200);
    }
  }
}

function configFor(uri: string, password: string): Readonly<Config> {
  return resolveConfig({ neo4j: { uri, password, user: 'neo4j' } }, { env: {}, file: '/nonexistent/kg.config.json' });
}

async function ensureShared(dir: string): Promise<{ uri: string }> {
  const state = join(dir, 'server.json');
  const release = await acquire(join(dir, 'start.lock'), 300_000);
  try {
    if (existsSync(state)) {
      const running = JSON.parse(readFileSync(state, 'utf8')) as { uri: string; pid: number };
      if (isAlive(running.pid)) return running;
    }
    const server = await startServer({
      home: join(dir, 'data'), port: await freePort(), password: TEST_PASSWORD, detachedLogFile: join(dir, 'server.log'),
    });
    writeFileSync(state, JSON.stringify({ uri: server.uri, pid: server.pid }));
    return server;
  } finally {
    release();
  }
}

/** Call in beforeAll; the returned `release` in afterAll. */
export async function useNeo4j(): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    const config = resolveConfig({}, { env: process.env, file: '/nonexistent/kg.config.json' });
    return { uri: process.env.NEO4J_URI, config, release: async () => {} };
  }
  const shared = process.env.KG_TEST_NEO4J_DIR;
  if (!shared) {
    // No globalSetup (a single file run by another config): a private server for this file.
    const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-file-'));
    const server = await startServer({ home: join(dir, 'data'), port: await freePort(), password: TEST_PASSWORD, stopOnStdinClose: true });
    return {
      uri: server.uri,
      config: configFor(server.uri, TEST_PASSWORD),
      release: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }); },
    };
  }
  const { uri } = await ensureShared(shared);
  const unlock = await acquire(join(shared, 'use.lock'), 600_000);
  return { uri, config: configFor(uri, TEST_PASSWORD), release: async () => unlock() };
}
