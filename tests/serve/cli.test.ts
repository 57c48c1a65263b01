// `kg serve` as a user runs it: prints its address, answers on 127.0.0.1, stops on SIGTERM.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { newsGraph, writeOutDir } from './fixture.js';

test('kg serve --out <dir> --port 0 prints a 127.0.0.1 address that serves the graph', async () => {
  const outDir = writeOutDir(newsGraph());
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'kg.js'), 'serve', '--out', outDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/[^\s]+\//.exec(out);
        if (match) resolve(match[0]);
      });
      child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(new URL('/api/graph', url));
    expect(((await res.json()) as { meta: { nodes: number } }).meta.nodes).toBe(newsGraph().nodes.length);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
}, 30_000);

test('kg serve on a directory without graph.json exits non-zero and says to run kg build', async () => {
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'kg.js'), 'serve', '--out', '/nonexistent-kg-out', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).toBe(1);
  expect(err).toContain('kg build');
  expect(err).toContain('[GRAPH_NOT_FOUND]');
}, 30_000);
