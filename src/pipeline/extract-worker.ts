// Worker thread for buildFromArticlesParallel: extracts each chunk it is sent and posts the findings back.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import type { ArticleExtraction, ExtractInput } from '../extract/types.js';

export interface ChunkRequest {
  start: number;
  inputs: ExtractInput[];
  /** Send the findings back too (for --explain); otherwise they are left out of the reply. */
  findings: boolean;
}

export type ChunkReply =
  | { start: number; extractions: ArticleExtraction[] }
  | { start: number; error: { message: string; stack?: string; articleId: string } };

parentPort?.on('message', ({ start, inputs, findings }: ChunkRequest) => {
  const extractions: ArticleExtraction[] = [];
  for (const input of inputs) {
    try {
      extractions.push(extractArticle(input, { explain: findings }));
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      parentPort!.postMessage({ start, error: { message: err.message, stack: err.stack, articleId: input.id } } satisfies ChunkReply);
      return;
    }
  }
  parentPort!.postMessage({ start, extractions } satisfies ChunkReply);
});
