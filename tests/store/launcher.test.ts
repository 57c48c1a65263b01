// The local server's launcher: a clear error when java or mvn is missing, and a port already taken.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, startServer } from '../../src/store/neo4j/server/launcher.js';

test('without java on PATH the build stops with STORE_TOOL_MISSING naming java and the fix', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kg-launcher-'));
  const path = process.env.PATH;
  process.env.PATH = cacheDir;
  try {
    const error = await buildServer({ cacheDir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_TOOL_MISSING', stage: 'store' });
    expect((error as Error).message).toMatch(/java was not found on PATH.*NEO4J_URI/);
  } finally {
    process.env.PATH = path;
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a port that is already taken is reported, not waited on', async () => {
  const blocker = createServer();
  await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
  const port = (blocker.address() as { port: number }).port;
  const home = mkdtempSync(join(tmpdir(), 'kg-launcher-port-'));
  try {
    const error = await startServer({ home, port, password: 'port-test-password' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORE_SERVER_START' });
    expect((error as Error).message).toContain(`port ${port}`);
  } finally {
    blocker.close();
    rmSync(home, { recursive: true, force: true });
  }
}, 120_000);
