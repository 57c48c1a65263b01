// The extraction worker bundle runs on its own (no tsx in the thread) and extracts exactly what the sources do.
import { Worker } from 'node:worker_threads';
import { extractArticle } from '../../src/extract/index.js';
import type { ChunkReply, ChunkRequest } from '../../src/pipeline/extract-worker.js';
import { workerBundle } from '../../src/pipeline/worker-bundle.js';

const input = {
  id: 'article:0000000000000001', path: 'report.txt', date: '2024-03-02', title: 'Report',
  text: 'Report\n\nBASRA — Gen. Nadia Korvath, commander of the Northern Task Force, said Monday that “we will stay,” and the Halabja Medical Center (HMC) agreed.',
};

test('a worker started from the bundle extracts what the sources extract, word lists included', async () => {
  const source = await workerBundle();
  expect(source).not.toContain('import.meta.url');
  const worker = new Worker(source, { eval: true });
  try {
    const reply = await new Promise<ChunkReply>((resolve, reject) => {
      // The worker says when it begins the chunk, then sends the chunk's extractions.
      worker.on('message', (message: ChunkReply) => { if (message.kind === 'done') resolve(message); });
      worker.once('error', reject);
      worker.postMessage({ start: 0, inputs: [input], findings: true } satisfies ChunkRequest);
    });
    const expected = extractArticle(input);
    expect(expected.mentions.length).toBeGreaterThan(2);
    expect(reply.kind === 'done' ? reply.extractions : null).toEqual([expected]);
  } finally {
    await worker.terminate();
  }
}, 60_000);
