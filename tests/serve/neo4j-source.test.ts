// `kg serve` over the graph stored in a real Neo4j: the same answers as over graph.json, new data seen
// on the next page load, 503 on /api/graph while the server is unreachable (a real TCP proxy is cut).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { makeEdgeId, makeId } from '../../graph-schema/index.js';
import { NEO4J_LAYOUT_CACHE_FILE } from '../../src/serve/layout-cache.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { neo4jSource } from '../../src/serve/source-neo4j.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/index.js';
import { freePort } from '../../src/store/neo4j/server/launcher.js';
import { TEST_PASSWORD, useNeo4j, type TestNeo4j } from '../helpers/neo4j.js';
import { launchChromium } from '../viz/harness.js';
import { A2024, DUNFORD, newsGraph, SADR, VANNACCI, writeOutDir } from './fixture.js';

jest.setTimeout(180_000);

const data = newsGraph();
let neo: TestNeo4j;
let store: Neo4jStore;
let fromFile: RunningServer;
let fromNeo4j: RunningServer;
let layoutDir: string;

beforeAll(async () => {
  neo = await useNeo4j();
  store = await openNeo4jStore(neo.config);
  await store.clear();
  await store.load(data);
  fromFile = await startServer({ outDir: writeOutDir(data), port: 0 });
  layoutDir = join(mkdtempSync(join(tmpdir(), 'kg-serve-neo4j-')), 'not', 'yet');
  fromNeo4j = await startServer({ source: neo4jSource({ config: neo.config, outDir: layoutDir }), port: 0 });
});

afterAll(async () => {
  await fromNeo4j?.close();
  await fromFile?.close();
  await store?.clear();
  await store?.close();
  await neo?.release();
});

const get = async (server: RunningServer, path: string) => {
  const res = await fetch(new URL(path, server.url));
  return { status: res.status, body: await res.json() as any };
};

const byId = (a: { data: { id: string } }, b: { data: { id: string } }) => (a.data.id < b.data.id ? -1 : 1);

test('the graph from Neo4j is the graph from graph.json: same elements, positions and articles', async () => {
  const file = (await get(fromFile, '/api/graph')).body;
  const { status, body } = await get(fromNeo4j, '/api/graph');
  expect(status).toBe(200);
  expect(body.meta.nodes).toBe(data.nodes.length);
  expect(body.meta.edges).toBe(data.relationships.length);
  expect(body.elements.nodes.length).toBe(file.elements.nodes.length);
  expect(body.elements.edges.length).toBe(file.elements.edges.length);
  expect([...body.elements.nodes].sort(byId)).toEqual([...file.elements.nodes].sort(byId));
  expect([...body.elements.edges].sort(byId)).toEqual([...file.elements.edges].sort(byId));
  expect(body.articles).toEqual(file.articles);
  expect(fromNeo4j.origin).toBe(`Neo4j at ${neo.uri}`);
});

test('node, edge, search and path answers are the same as from graph.json', async () => {
  const edge = data.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === SADR)!.id;
  for (const path of [`/api/node/${encodeURIComponent(SADR)}`, `/api/node/${encodeURIComponent(A2024)}`, `/api/edge/${encodeURIComponent(edge)}`,
    '/api/search?q=Moqtada', `/api/neighbourhood/${encodeURIComponent(DUNFORD)}?depth=2`]) {
    const [file, neo4j] = [await get(fromFile, path), await get(fromNeo4j, path)];
    expect({ path, status: neo4j.status }).toEqual({ path, status: 200 });
    expect(neo4j.body).toEqual(file.body);
  }
  const search = (await get(fromNeo4j, '/api/search?q=Moqtada')).body;
  expect(search.results[0].id).toBe(SADR);

  const path = await get(fromNeo4j, `/api/path?from=${encodeURIComponent(VANNACCI)}&to=${encodeURIComponent(DUNFORD)}`);
  expect(path.status).toBe(200);
  expect(path.body.found).toBe(true);
  expect(path.body.nodes[0]).toBe(VANNACCI);
  expect(path.body.nodes.at(-1)).toBe(DUNFORD);
  expect(path.body).toEqual((await get(fromFile, `/api/path?from=${encodeURIComponent(VANNACCI)}&to=${encodeURIComponent(DUNFORD)}`)).body);
});

test('positions are cached in <out>/neo4j.layout.json (the folder is created), so a restart lays out nothing', async () => {
  expect(existsSync(join(layoutDir, NEO4J_LAYOUT_CACHE_FILE))).toBe(true);
  const lines: string[] = [];
  const logger = { info: (m: string) => lines.push(m), warn() {}, debug() {} };
  const again = await startServer({ source: neo4jSource({ config: neo.config, outDir: layoutDir }), port: 0, logger });
  await again.close();
  expect(lines.join('\n')).toMatch(new RegExp(`from Neo4j at ${neo.uri.replace(/[.]/g, '\\.')} \\(layout from cache`));
});

test('POST is refused with 405 and changes nothing', async () => {
  const res = await fetch(new URL('/api/graph', fromNeo4j.url), { method: 'POST', body: '{}' });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('GET, HEAD');
  expect(await store.counts()).toEqual({ nodes: data.nodes.length, relationships: data.relationships.length });
});

test('data loaded into Neo4j while the server runs shows on the next GET /api/graph', async () => {
  const najaf = makeId('place', 'Najaf');
  const mention = makeEdgeId('MENTIONS', A2024, najaf);
  // Before the page reloads, the other endpoints answer from the snapshot they have.
  await store.load({ nodes: [{ id: najaf, type: 'Place', name: 'Najaf', aliases: [] }], relationships: [{ id: mention, type: 'MENTIONS', source: A2024, target: najaf, count: 1 }] });
  expect((await get(fromNeo4j, `/api/node/${encodeURIComponent(najaf)}`)).status).toBe(404);

  const { body } = await get(fromNeo4j, '/api/graph');
  expect(body.meta).toMatchObject({ nodes: data.nodes.length + 1, edges: data.relationships.length + 1 });
  const node = body.elements.nodes.find((n: any) => n.data.id === najaf);
  expect(node.data.articleIds).toEqual([A2024]);
  expect(body.elements.edges.map((e: any) => e.data.id)).toContain(mention);
  expect((await get(fromNeo4j, '/api/search?q=najaf')).body.results[0].id).toBe(najaf);
  expect((await get(fromNeo4j, `/api/node/${encodeURIComponent(najaf)}`)).body.node.label).toBe('Najaf');
});

test('an unreachable Neo4j fails the start with STORE_UNREACHABLE naming the URI, never the password', async () => {
  const port = await freePort();
  const config = { neo4j: { ...neo.config.neo4j, uri: `bolt://neo4j:uri-secret@127.0.0.1:${port}` } };
  const error = await startServer({ source: neo4jSource({ config, outDir: layoutDir }), port: 0 }).catch((e: unknown) => e) as Error & { code: string; stage: string };
  expect(error).toMatchObject({ code: 'STORE_UNREACHABLE', stage: 'store' });
  expect(error.message).toContain(`bolt://127.0.0.1:${port}`);
  expect(error.message).not.toContain('uri-secret');
  expect(error.message).not.toContain(TEST_PASSWORD);
});

/** A TCP proxy in front of the test server, to take Neo4j away from a running `kg serve` and give it back. */
async function proxyTo(target: URL, port?: number): Promise<{ uri: string; port: number; cut(): Promise<void>; hang(): void }> {
  const sockets = new Set<Socket>();
  /** Once set, bytes are swallowed: connections stay open and nothing answers, as with a hung server. */
  let hung = false;
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
    client.on('data', (chunk) => { if (!hung) upstream.write(chunk); });
    upstream.on('data', (chunk) => { if (!hung) client.write(chunk); });
  });
  await new Promise<void>((done) => server.listen(port ?? 0, '127.0.0.1', done));
  const bound = (server.address() as { port: number }).port;
  return {
    uri: `bolt://127.0.0.1:${bound}`,
    port: bound,
    cut: () => new Promise<void>((done) => { for (const s of sockets) s.destroy(); server.close(() => done()); }),
    hang: () => { hung = true; },
  };
}

test('Neo4j gone after the start: /api/graph answers 503 naming the URI, the rest answers from the snapshot; back again, 200', async () => {
  const proxy = await proxyTo(new URL(neo.uri.replace(/^bolt:/, 'http:')));
  const server = await startServer({ source: neo4jSource({ config: { neo4j: { ...neo.config.neo4j, uri: proxy.uri } }, outDir: layoutDir }), port: 0 });
  try {
    expect((await get(server, '/api/graph')).status).toBe(200);
    await proxy.cut();
    const gone = await get(server, '/api/graph');
    expect(gone.status).toBe(503);
    expect(gone.body.error.code).toMatch(/^STORE_/);
    expect(gone.body.error.message).toContain(proxy.uri);
    expect(gone.body.error.message).not.toContain(TEST_PASSWORD);
    const node = await get(server, `/api/node/${encodeURIComponent(SADR)}`);
    expect(node.status).toBe(200);
    expect(node.body.node.id).toBe(SADR);
    expect((await get(server, '/api/search?q=Moqtada')).body.results[0].id).toBe(SADR);

    const back = await proxyTo(new URL(neo.uri.replace(/^bolt:/, 'http:')), proxy.port);
    try {
      expect((await get(server, '/api/graph')).status).toBe(200);
    } finally {
      await back.cut();
    }
  } finally {
    await server.close();
  }
});

test('Neo4j hung after the start (connections open, no answers): /api/graph answers 503 within seconds, not minutes', async () => {
  const proxy = await proxyTo(new URL(neo.uri.replace(/^bolt:/, 'http:')));
  const server = await startServer({ source: neo4jSource({ config: { neo4j: { ...neo.config.neo4j, uri: proxy.uri } }, outDir: layoutDir, checkTimeoutMs: 1500 }), port: 0 });
  try {
    expect((await get(server, '/api/graph')).status).toBe(200);
    proxy.hang();
    const started = Date.now();
    const hung = await get(server, '/api/graph');
    expect(hung.status).toBe(503);
    expect(hung.body.error.message).toContain(`${proxy.uri} did not answer within 1.5 s`);
    expect(Date.now() - started).toBeLessThan(6000);
    expect((await get(server, `/api/node/${encodeURIComponent(SADR)}`)).status).toBe(200);
  } finally {
    await server.close();
    await proxy.cut();
  }
});

test('kg serve with KG_SERVE_SOURCE=neo4j serves the stored graph and names the URI on its startup line', async () => {
  const env = { ...process.env, KG_SERVE_SOURCE: 'neo4j', NEO4J_URI: neo.uri, NEO4J_PASSWORD: TEST_PASSWORD, NEO4J_USER: 'neo4j' };
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'kg.js'), 'serve', '--out', layoutDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
    });
    expect(line).toContain(`over Neo4j at ${neo.uri}`);
    expect(line).not.toContain(TEST_PASSWORD);
    const url = /http:\/\/[^\s]+\//.exec(line)![0];
    const body = (await (await fetch(new URL('/api/graph', url))).json()) as { meta: { nodes: number } };
    expect(body.meta.nodes).toBe((await store.counts()).nodes);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
});

test('in Chromium, the viewer served from Neo4j draws every stored node, and a reload draws one loaded meanwhile', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const drawn = async () => {
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
      return page.evaluate(() => (window as unknown as { __kg: { cy: { nodes(): { length: number } } } }).__kg.cy.nodes().length);
    };
    await page.goto(fromNeo4j.url);
    const before = (await store.counts()).nodes;
    expect(await drawn()).toBe(before);

    const karbala = makeId('place', 'Karbala');
    await store.load({ nodes: [{ id: karbala, type: 'Place', name: 'Karbala', aliases: [] }], relationships: [] });
    await page.reload();
    expect(await drawn()).toBe(before + 1);
    expect(await page.evaluate((id) => (window as unknown as { __kg: { cy: { getElementById(id: string): { length: number } } } }).__kg.cy.getElementById(id).length, karbala)).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
