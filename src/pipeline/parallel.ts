// The build of src/pipeline/index.ts with extraction spread over worker threads; resolve and graph stay
// on this thread, over the same id-ordered articles, so the graph is identical to the serial build.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KgError, silentLogger, type Logger } from '../errors.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../ingest/types.js';
import type { ChunkReply, ChunkRequest } from './extract-worker.js';
import { workerBundle } from './worker-bundle.js';
import { isExtractFailure, timeoutFailure, type ExtractFailure } from './extract-one.js';
import { assembleResult, extractInput, sortById, type PipelineOptions, type PipelineResult } from './index.js';

export interface ParallelOptions extends PipelineOptions {
  /** Worker threads; defaults to the number of cores. */
  workers?: number;
  /** Articles per message; defaults to a size that gives each worker about eight chunks. */
  chunkSize?: number;
  /**
   * Bring back each extraction's findings (what `kg build --explain` prints). Off by default: they are about half of
   * what would cross the threads, and nothing else reads them; without them `extractions[i].findings` is empty.
   */
  findings?: boolean;
  /**
   * Seconds one article may take; an article over it is left out (EXTRACT_TIMEOUT) and the build goes on. Its worker
   * is stopped and replaced, and the rest of its chunk is extracted again one article at a time. 0 or absent: no limit.
   */
  articleTimeout?: number;
}

/** A plain-JS entry that registers tsx in the thread and then imports ./extract-worker.ts: the fallback. */
const TSX_WORKER_URL = new URL('./extract-worker-boot.mjs', import.meta.url);

type StartWorker = () => Worker;

/** Workers from the bundle when esbuild can make it, else from the TypeScript sources through tsx. */
async function workerStarter(logger: Logger): Promise<StartWorker> {
  try {
    const source = await workerBundle();
    return () => new Worker(source, { eval: true });
  } catch (cause) {
    logger.debug(`extract: bundling the worker failed (${(cause as Error).message.split('\n')[0]}); workers load the sources through tsx`);
    return () => new Worker(TSX_WORKER_URL);
  }
}

/** A chunk of articles [start, start + count) sent to a worker. */
interface InFlight {
  start: number;
  count: number;
}

/** How often the time budget is checked, in milliseconds. */
const WATCH_EVERY_MS = 100;

function extractInWorkers(articles: Article[], workers: number, chunkSize: number, start: StartWorker, options: ParallelOptions): Promise<Array<ArticleExtraction | ExtractFailure>> {
  const extractions = new Array<ArticleExtraction | ExtractFailure>(articles.length);
  const budgetMs = (options.articleTimeout ?? 0) * 1000;
  const pool: Worker[] = [];
  const inFlight = new Map<Worker, { chunks: InFlight[]; since: number | null }>();
  const stopped = new Set<Worker>();
  // Chunks to do again one article at a time, after a worker ran out of time on them; they go before new chunks.
  const retry: InFlight[] = [];
  let next = 0;
  let done = 0;
  let timer: NodeJS.Timeout | null = null;
  return new Promise<Array<ArticleExtraction | ExtractFailure>>((resolve, reject) => {
    const fail = (error: KgError) => reject(error);
    const record = (index: number, outcome: ArticleExtraction | ExtractFailure): void => {
      extractions[index] = outcome;
      done++;
      options.onProgress?.(done, articles.length);
    };
    const send = (worker: Worker): void => {
      let chunk = retry.shift();
      if (!chunk) {
        if (next >= articles.length) return;
        chunk = { start: next, count: Math.min(chunkSize, articles.length - next) };
        next += chunk.count;
      }
      inFlight.get(worker)!.chunks.push(chunk);
      const inputs = articles.slice(chunk.start, chunk.start + chunk.count).map((a) => ({ ...extractInput(a), path: a.path }));
      worker.postMessage({ start: chunk.start, inputs, findings: options.findings === true } satisfies ChunkRequest);
    };
    const finish = (): void => { if (done === articles.length) resolve(extractions); };
    const add = (): Worker => {
      const worker = start();
      pool.push(worker);
      inFlight.set(worker, { chunks: [], since: null });
      worker.on('message', (reply: ChunkReply) => {
        const state = inFlight.get(worker);
        // The budget of a chunk runs from when the worker begins it, not from when it was sent.
        if (reply.kind === 'begin') { if (state) state.since = performance.now(); return; }
        if (state) { state.chunks.shift(); state.since = null; }
        reply.extractions.forEach((extraction, k) => record(reply.start + k, extraction));
        if (done === articles.length) finish();
        else send(worker);
      });
      worker.on('error', (cause) => fail(new KgError('extract', 'WORKER_FAILED', `a worker thread stopped: ${cause.message}`, { cause })));
      worker.on('exit', (code) => {
        if (!stopped.has(worker) && done < articles.length) fail(new KgError('extract', 'WORKER_FAILED', `a worker thread exited with code ${code} before its chunk was done`));
      });
      // Two chunks in flight, so a worker starts its next chunk while this thread takes in the last one.
      send(worker);
      send(worker);
      return worker;
    };
    // A worker past the budget of the chunk it is on: the chunk's one article failed, or its articles go back one by
    // one; the worker is replaced.
    const watch = (): void => {
      const now = performance.now();
      for (const [worker, state] of inFlight) {
        const head = state.chunks[0];
        if (!head || state.since === null || stopped.has(worker) || now - state.since <= budgetMs * head.count) continue;
        stopped.add(worker);
        inFlight.delete(worker);
        void worker.terminate();
        const [first, ...rest] = state.chunks;
        if (first!.count === 1) record(first!.start, timeoutFailure(articles[first!.start]!.path, options.articleTimeout!));
        else for (let k = first!.start; k < first!.start + first!.count; k++) retry.push({ start: k, count: 1 });
        retry.push(...rest);
        if (done === articles.length) { finish(); return; }
        add();
      }
    };
    for (let w = 0; w < workers; w++) add();
    if (budgetMs > 0) timer = setInterval(watch, WATCH_EVERY_MS);
  }).finally(() => {
    if (timer) clearInterval(timer);
    return Promise.all(pool.map((worker) => worker.terminate()));
  });
}

/** Same result as buildFromArticles; extraction runs in `workers` threads, chunks handed out as workers free up. */
export async function buildFromArticlesParallel(input: Article[], options: ParallelOptions = {}): Promise<PipelineResult> {
  const articles = sortById(input);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), articles.length));
  const chunkSize = options.chunkSize ?? Math.max(1, Math.min(64, Math.ceil(articles.length / (workers * 8))));
  const outcomes = articles.length === 0 ? [] : await extractInWorkers(articles, workers, chunkSize, await workerStarter(options.logger ?? silentLogger), options);
  const isFailure = (o: ArticleExtraction | ExtractFailure): o is ExtractFailure => isExtractFailure(o);
  const kept = articles.filter((_, i) => !isFailure(outcomes[i]!));
  return assembleResult(kept, outcomes.filter((o): o is ArticleExtraction => !isFailure(o)), options, outcomes.filter(isFailure));
}
