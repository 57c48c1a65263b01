#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm install` runs it): src/ and graph-schema/ compiled file by file to JavaScript
// under dist/ with esbuild, the word lists and other files beside them copied, and dist/.built (the sources'
// signature) written last. bin/kg.js then starts from dist/ without loading a TypeScript compiler, while the sources
// still match that signature.
// `--out <dir>` writes elsewhere (inside the project, so node_modules is found).
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { SOURCE_DIRS, sourceSignature } from './source-signature.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'dist');

/** Every file under `dir`, as paths relative to the project. */
function filesUnder(dir) {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));
}

const started = performance.now();
// Taken before compiling: a file changed meanwhile makes dist/ stale, never the other way round.
const signature = sourceSignature(root);
rmSync(out, { recursive: true, force: true });
const files = SOURCE_DIRS.flatMap(filesUnder);
const typescript = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
buildSync({
  entryPoints: typescript.map((f) => join(root, f)),
  outdir: out,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // `import x from './words.json' with { type: 'json' }` stays as written: Node 20.10+ reads it.
  supported: { 'import-attributes': true },
  bundle: false,
  logLevel: 'warning',
});
const assets = files.filter((f) => !f.endsWith('.ts'));
for (const f of assets) {
  mkdirSync(dirname(join(out, f)), { recursive: true });
  copyFileSync(join(root, f), join(out, f));
}
writeFileSync(join(out, '.built'), `${JSON.stringify({ signature, builtAt: new Date().toISOString() })}\n`);
const ms = Math.round(performance.now() - started);
console.log(`compiled ${typescript.length} TypeScript files and copied ${assets.length} others to ${relative(root, out) || out} in ${ms} ms`);
