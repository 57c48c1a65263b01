// The build of src/pipeline/index.ts with extraction spread over worker threads; resolve and graph stay
// on this thread, over the same id-ordered articles, so the graph is identical to the serial build.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KgError, silentLogger, type Logger } from '../errors.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Article } from '../ingest/types.js';
import type { ChunkReply, ChunkRequest } from './extract-worker.js';
import { workerBundle } from './worker-bundle.js';
import type { ExtractFailure } from './extract-one.js';
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

function extractInWorkers(articles: Article[], workers: number, chunkSize: number, start: StartWorker, options: ParallelOptions): Promise<Array<ArticleExtraction | ExtractFailure>> {
  const extractions = new Array<ArticleExtraction | ExtractFailure>(articles.length);
  const pool = Array.from({ length: workers }, start);
  let next = 0;
  let done = 0;
  return new Promise<Array<ArticleExtraction | ExtractFailure>>((resolve, reject) => {
    const fail = (error: KgError) => reject(error);
    const send = (worker: Worker): void => {
      if (next >= articles.length) return;
      const start = next;
      next = Math.min(articles.length, next + chunkSize);
      worker.postMessage({ start, inputs: articles.slice(start, next).map((a) => ({ ...extractInput(a), path: a.path })), findings: options.findings === true } satisfies ChunkRequest);
    };
    for (const worker of pool) {
      worker.on('message', (reply: ChunkReply) => {
        reply.extractions.forEach((extraction, k) => { extractions[reply.start + k] = extraction; });
        done += reply.extractions.length;
        options.onProgress?.(done, articles.length);
        if (done === articles.length) resolve(extractions);
        else send(worker);
      });
      worker.on('error', (cause) => fail(new KgError('extract', 'WORKER_FAILED', `a worker thread stopped: ${cause.message}`, { cause })));
      worker.on('exit', (code) => {
        if (done < articles.length) fail(new KgError('extract', 'WORKER_FAILED', `a worker thread exited with code ${code} before its chunk was done`));
      });
      // Two chunks in flight, so a worker starts its next chunk while this thread takes in the last one.
      send(worker);
      send(worker);
    }
  }).finally(() => Promise.all(pool.map((worker) => worker.terminate())));
}

/** Same result as buildFromArticles; extraction runs in `workers` threads, chunks handed out as workers free up. */
export async function buildFromArticlesParallel(input: Article[], options: ParallelOptions = {}): Promise<PipelineResult> {
  const articles = sortById(input);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), articles.length));
  const chunkSize = options.chunkSize ?? Math.max(1, Math.min(64, Math.ceil(articles.length / (workers * 8))));
  const outcomes = articles.length === 0 ? [] : await extractInWorkers(articles, workers, chunkSize, await workerStarter(options.logger ?? silentLogger), options);
  const isFailure = (o: ArticleExtraction | ExtractFailure): o is ExtractFailure => (o as ExtractFailure).code === 'EXTRACT_FAILED';
  const kept = articles.filter((_, i) => !isFailure(outcomes[i]!));
  return assembleResult(kept, outcomes.filter((o): o is ArticleExtraction => !isFailure(o)), options, outcomes.filter(isFailure));
}
