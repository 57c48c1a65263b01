// Entry of each extraction worker thread: loads tsx's hooks in this thread, then the TypeScript worker, or the
// compiled one beside this file when it runs from dist/ (bin/compile.js copies this file there).
// Node 20 applies neither the parent's hooks nor `--import` in a worker's execArgv to its entry module.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const source = new URL('./extract-worker.ts', import.meta.url);
register();
await import(existsSync(fileURLToPath(source)) ? source.href : new URL('./extract-worker.js', import.meta.url).href);
