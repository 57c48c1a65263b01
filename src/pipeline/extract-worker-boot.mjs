// Entry of each extraction worker thread: loads tsx's hooks in this thread, then the TypeScript worker.
// Node 20 applies neither the parent's hooks nor `--import` in a worker's execArgv to its entry module.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
