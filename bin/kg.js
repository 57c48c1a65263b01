#!/usr/bin/env node
// Entry point of the `kg` command. It runs the compiled JavaScript in dist/ (bin/compile.js: `npm run build`, run by
// `npm install`) when dist/ was built after the last change to src/ and graph-schema/, with no TypeScript compiler to
// load; otherwise, or with KG_FROM_SOURCES=1, it loads the TypeScript sources through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.built');

/** The newest modification time of a file under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

function compiledIsCurrent() {
  if (process.env.KG_FROM_SOURCES === '1' || !existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return ['src', 'graph-schema'].every((dir) => newest(join(root, dir)) <= built);
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
