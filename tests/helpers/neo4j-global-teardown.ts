// Jest globalTeardown: stops the shared Neo4j server if a test file started one, and removes its data.
// Jest loads global hooks outside its module mapper, so this file imports only node built-ins.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function neo4jGlobalTeardown(): Promise<void> {
  const dir = process.env.KG_TEST_NEO4J_DIR;
  if (!dir) return;
  const state = join(dir, 'server.json');
  if (existsSync(state)) {
    const { pid } = JSON.parse(readFileSync(state, 'utf8')) as { pid: number };
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
    const until = Date.now() + 30_000;
    while (isAlive(pid) && Date.now() < until) await new Promise((done) => setTimeout(done, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
}
