#!/usr/bin/env node
// Entry point of the `kg` command. It runs the compiled JavaScript in dist/ (bin/compile.js: `npm run build`, run by
// `npm install`) while src/ and graph-schema/ are as they were when it was compiled (bin/source-signature.js), with
// no TypeScript compiler to load; otherwise, or with KG_FROM_SOURCES=1, it loads the TypeScript sources through tsx.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceSignature } from './source-signature.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.built');

function compiledIsCurrent() {
  if (process.env.KG_FROM_SOURCES === '1' || !existsSync(stamp)) return false;
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).signature === sourceSignature(root);
  } catch {
    return false;
  }
}

let main;
if (compiledIsCurrent()) {
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
// The command is done (`kg serve` returns only once stopped). A socket the Neo4j driver could not close, to a server
// that took the connection and never answered, must not hold the terminal: leave after a short grace. The timer is
// unref'd, so a process with nothing left to do exits at once, as before.
setTimeout(() => process.exit(), 2000).unref();
