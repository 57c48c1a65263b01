// Worker thread for buildFromArticlesParallel: extracts each chunk it is sent and posts the findings back.
import { parentPort } from 'node:worker_threads';
import { lexicons } from '../extract/lexicon.js';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';
import { extractOrFail, type ExtractFailure } from './extract-one.js';

export interface ChunkRequest {
  start: number;
  inputs: Array<ExtractInput & { path: string }>;
  /** Send the findings back too (for --explain); otherwise they are left out of the reply. */
  findings: boolean;
}

/** `begin` when the worker starts a chunk (its time budget runs from then); `done` with one entry per input. */
export type ChunkReply =
  | { kind: 'begin'; start: number }
  | { kind: 'done'; start: number; extractions: Array<ArticleExtraction | ExtractFailure> };

// The lexicons load before the first chunk, so their loading counts against no article's time budget.
lexicons();

parentPort?.on('message', ({ start, inputs, findings }: ChunkRequest) => {
  parentPort!.postMessage({ kind: 'begin', start } satisfies ChunkReply);
  const extractions = inputs.map((input) => {
    const outcome = extractOrFail(input, findings);
    return 'failure' in outcome ? outcome.failure : outcome.extraction;
  });
  parentPort!.postMessage({ kind: 'done', start, extractions } satisfies ChunkReply);
});
