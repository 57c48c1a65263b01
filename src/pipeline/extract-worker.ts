// Worker thread for buildFromArticlesParallel: extracts each chunk it is sent and posts the findings back.
import { parentPort } from 'node:worker_threads';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';
import { extractOrFail, type ExtractFailure } from './extract-one.js';

export interface ChunkRequest {
  start: number;
  inputs: Array<ExtractInput & { path: string }>;
  /** Send the findings back too (for --explain); otherwise they are left out of the reply. */
  findings: boolean;
}

/** One entry per input: its extraction, or why the extractor failed on it. */
export interface ChunkReply {
  start: number;
  extractions: Array<ArticleExtraction | ExtractFailure>;
}

parentPort?.on('message', ({ start, inputs, findings }: ChunkRequest) => {
  const extractions = inputs.map((input) => {
    const outcome = extractOrFail(input, findings);
    return 'failure' in outcome ? outcome.failure : outcome.extraction;
  });
  parentPort!.postMessage({ start, extractions } satisfies ChunkReply);
});
