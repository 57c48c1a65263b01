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

test('kg serve --neo4j with nothing listening on --uri exits 5 at once, naming the URI on one line', async () => {
  const { freePort } = await import('../../src/store/neo4j/server/launcher.js');
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'kg.js'), 'serve', '--neo4j', '--uri', uri, '--password', 'pw-not-shown', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).toBe(5);
  expect(out).toBe('');
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toContain(`Neo4j at ${uri} is unreachable`);
  expect(err).toContain('[STORE_UNREACHABLE]');
  expect(err).not.toContain('pw-not-shown');
}, 30_000);

test('serve.source "neo4j" in kg.config.json selects Neo4j; --no-neo4j serves graph.json all the same', async () => {
  const { writeFileSync } = await import('node:fs');
  const { freePort } = await import('../../src/store/neo4j/server/launcher.js');
  const outDir = writeOutDir(newsGraph());
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  writeFileSync(join(outDir, 'kg.config.json'), JSON.stringify({ serve: { source: 'neo4j' }, neo4j: { uri } }));
  const env = { ...process.env };
  for (const name of ['KG_SERVE_SOURCE', 'NEO4J_URI']) delete env[name];
  const run = (args: string[]) => spawn(process.execPath, [join(process.cwd(), 'bin', 'kg.js'), 'serve', '--out', outDir, '--port', '0', ...args], { cwd: outDir, env, stdio: ['ignore', 'pipe', 'pipe'] });

  const viaConfig = run([]);
  let err = '';
  viaConfig.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  expect(await new Promise((resolve) => viaConfig.once('exit', resolve))).toBe(5);
  expect(err).toContain(`Neo4j at ${uri} is unreachable`);

  const viaFile = run(['--no-neo4j']);
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      viaFile.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('\n')) resolve(out); });
      viaFile.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)));
    });
    expect(line).toContain(join(outDir, 'graph.json'));
  } finally {
    const exited = new Promise((resolve) => viaFile.once('exit', resolve));
    viaFile.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
}, 30_000);
