// The read-only API of `kg serve` over a graph.json written by the real export.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { makeId } from '../../graph-schema/index.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { KgError } from '../../src/errors.js';
import { A2024, DUNFORD, newsGraph, SADR, writeGraph, writeOutDir } from './fixture.js';

const data = newsGraph();
let outDir: string;
let server: RunningServer;

beforeAll(async () => {
  outDir = writeOutDir(data);
  server = await startServer({ outDir, port: 0 });
});
afterAll(async () => { await server?.close(); });

const get = async (path: string) => {
  const res = await fetch(new URL(path, server.url));
  return { status: res.status, headers: res.headers, body: await res.json() as any };
};

test('binds to 127.0.0.1 by default and reports its address', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('GET /api/graph: every node and edge, each node with a position, article list sorted by date', async () => {
  const { status, body } = await get('/api/graph');
  expect(status).toBe(200);
  expect(body.elements.nodes).toHaveLength(data.nodes.length);
  expect(body.elements.edges).toHaveLength(data.relationships.length);
  const positions = body.elements.nodes.map((n: any) => n.position);
  expect(positions.every((p: any) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  expect(new Set(positions.map((p: any) => `${p.x},${p.y}`)).size).toBe(data.nodes.length);
  const sadr = body.elements.nodes.find((n: any) => n.data.id === SADR);
  expect(sadr.data).toMatchObject({ type: 'Person', label: 'Muqtada al-Sadr', degree: expect.any(Number) });
  expect(sadr.data.articleIds).toHaveLength(2);
  expect(body.articles.map((a: any) => a.date)).toEqual(['2018-05', '2024-01-17']);
  // Lean: names' aliases and evidence sentences come from /api/node and /api/edge, or with ?full=1.
  expect(sadr.data.aliases).toBeUndefined();
  const full = (await get('/api/graph?full=1')).body;
  expect(full.elements.nodes.find((n: any) => n.data.id === SADR).data.aliases).toEqual(['Sadr', 'al-Sadr']);
  expect(full.elements.edges.every((e: any) => e.data.type === 'MENTIONS' || typeof e.data.sentence === 'string')).toBe(true);
});

test('GET /api/node/:id: aliases, roles, statements with quote, date, article title and sentence', async () => {
  const { status, body } = await get(`/api/node/${encodeURIComponent(SADR)}`);
  expect(status).toBe(200);
  expect(body.aliases).toEqual(['Sadr', 'al-Sadr']);
  expect(body.roles.map((r: any) => [r.role, r.of?.label ?? null])).toEqual([['cleric', null], ['leader', 'Mahdi Army']]);
  expect(body.statements.map((s: any) => [s.date, s.article.title, s.text])).toEqual([
    ['2018-05', 'Iraqi elections cast doubt on future of US troop presence', 'Fixture quote: the new government must be formed by Iraqis alone'],
    ['2024-01-17', 'Iraq and US begin talks on ending the coalition mission', 'Fixture quote: the occupation forces must leave our land'],
  ]);
  expect(body.statements[0].sentence).toContain('the speaker said');
  expect(body.statementsAbout.map((s: any) => s.speaker.label)).toEqual(['a reporter']);
  expect(body.relations.find((r: any) => r.type === 'HOLDS_ROLE').evidence.sentence).toContain('Mahdi Army');
});

test('GET /api/edge/:id: the evidence sentence with its article', async () => {
  const edge = data.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === DUNFORD)!;
  const { body } = await get(`/api/edge/${encodeURIComponent(edge.id)}`);
  expect(body.source.label).toBe('Joseph Dunford');
  expect(body.target.label).toBe('Joint Chiefs of Staff');
  expect(body.evidence.sentence).toContain('chairman of the Joint Chiefs of Staff');
  expect(body.evidence.article.date).toBe('2018-05');
});

test.each([
  ['Sadr', SADR],
  ['Moqtada', SADR], // a spelling the articles also use
  ['muqtada al-sadr', SADR],
  ['dunf', DUNFORD], // prefix
  ['joint chiefs', makeId('organization', 'Joint Chiefs of Staff')],
  ['baghdad', makeId('place', 'Baghdad')],
])('GET /api/search?q=%s suggests %s first', async (q, id) => {
  const { body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(body.results[0].id).toBe(id);
});

test('search reports the alias that matched and finds nothing for nonsense', async () => {
  expect((await get('/api/search?q=al-Sadr')).body.results[0].matched).toBe('al-Sadr');
  expect((await get('/api/search?q=zzzzqqq')).body.results).toEqual([]);
  expect((await get('/api/search?q=')).body.results).toEqual([]);
});

test('GET /api/path: a connection through statements, not through the article that mentions both', async () => {
  const { body } = await get(`/api/path?from=${DUNFORD}&to=${SADR}`);
  expect(body.found).toBe(true);
  expect(body.viaArticles).toBe(false);
  expect(body.nodes[0]).toBe(DUNFORD);
  expect(body.nodes[body.nodes.length - 1]).toBe(SADR);
  expect(body.edges).toHaveLength(body.nodes.length - 1);
  expect(body.nodes.some((n: string) => n.startsWith('article:'))).toBe(false);
  expect((await get(`/api/path?from=${DUNFORD}`)).body.error.code).toBe('PATH_ENDS_MISSING');
  expect((await get(`/api/path?from=${DUNFORD}&to=person:nobody`)).status).toBe(404);
});

test('GET /api/neighbourhood/:id: the node, its neighbours and the edges among them', async () => {
  const { body } = await get(`/api/neighbourhood/${encodeURIComponent(A2024)}?depth=1`);
  const ids = body.elements.nodes.map((n: any) => n.data.id);
  const expected = new Set([A2024, ...data.relationships.filter((r) => r.source === A2024 || r.target === A2024).map((r) => (r.source === A2024 ? r.target : r.source))]);
  expect(new Set(ids)).toEqual(expected);
  expect(body.elements.edges.every((e: any) => expected.has(e.data.source) && expected.has(e.data.target))).toBe(true);
});

test('GET /api/neighbourhood/:id?limit=: at most that many nodes, the nearest first, and the answer says it was cut', async () => {
  const whole = (await get(`/api/neighbourhood/${encodeURIComponent(A2024)}?depth=3`)).body;
  expect(whole.truncated).toBe(false);
  expect(whole.limit).toBe(1000);
  expect(whole.elements.nodes.length).toBeGreaterThan(3);
  const { body } = await get(`/api/neighbourhood/${encodeURIComponent(A2024)}?depth=3&limit=3`);
  expect(body.truncated).toBe(true);
  expect(body.elements.nodes).toHaveLength(3);
  const ids = new Set(body.elements.nodes.map((n: any) => n.data.id));
  expect(ids.has(A2024)).toBe(true);
  // the nearest first: both others are the centre's own neighbours
  const direct = new Set(data.relationships.filter((r) => r.source === A2024 || r.target === A2024).map((r) => (r.source === A2024 ? r.target : r.source)));
  expect([...ids].filter((id) => id !== A2024).every((id) => direct.has(id as string))).toBe(true);
  expect(body.elements.edges.every((e: any) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
  // a limit above the cap is held to it
  expect((await get(`/api/neighbourhood/${encodeURIComponent(A2024)}?limit=999999`)).body.limit).toBe(5000);
});

test('unknown ids and endpoints answer 404 with a stable code', async () => {
  expect((await get('/api/node/person:nobody')).body.error.code).toBe('NODE_NOT_FOUND');
  expect((await get('/api/edge/said:x')).body.error.code).toBe('EDGE_NOT_FOUND');
  expect((await get('/api/nothing')).body.error.code).toBe('NO_SUCH_ENDPOINT');
});

test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s is refused with 405: the API accepts no writes', async (method) => {
  const res = await fetch(new URL('/api/graph', server.url), { method, body: method === 'DELETE' ? undefined : '{}' });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('GET, HEAD');
  expect((await res.json() as any).error.code).toBe('METHOD_NOT_ALLOWED');
  expect((await get('/api/graph')).body.elements.nodes).toHaveLength(data.nodes.length);
});

// "[::1]evil.example" passed the check before (issue #12): the whole header must be a loopback name and a port.
test.each(['evil.example:80', '[::1]evil.example', '[::1]:80.evil.example', 'localhost.evil.example', '127.0.0.1:80x'])('a request addressed to another host name (%s) is refused (DNS rebinding)', async (host) => {
  const status = await new Promise<number>((resolve, reject) => {
    const url = new URL('/api/graph', server.url);
    request({ host: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } }, (res) => { res.resume(); resolve(res.statusCode!); })
      .on('error', reject).end();
  });
  expect(status).toBe(403);
});

test.each(['localhost', '127.0.0.1:8080', '[::1]:3000', 'LOCALHOST:1'])('a loopback host header (%s) is served', async (host) => {
  const status = await new Promise<number>((resolve, reject) => {
    const url = new URL('/api/graph', server.url);
    request({ host: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } }, (res) => { res.resume(); resolve(res.statusCode!); })
      .on('error', reject).end();
  });
  expect(status).toBe(200);
});

test('the viewer page is served with a policy that forbids inline script; nothing outside viz/ is reachable', async () => {
  const res = await fetch(server.url);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('<div id="cy"');
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect((await fetch(new URL('/app.js', server.url))).headers.get('content-type')).toContain('javascript');
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/main.ts', '/.gitignore']) {
    expect((await fetch(new URL(path, server.url))).status).toBe(404);
  }
});

test('a rebuilt graph.json is picked up without a restart', async () => {
  const dir = writeOutDir(data);
  const own = await startServer({ outDir: dir, port: 0 });
  try {
    const more = newsGraph();
    more.nodes.push({ id: 'place:najaf', type: 'Place', name: 'Najaf', aliases: [] });
    writeGraph(dir, more);
    const res = await fetch(new URL('/api/search?q=najaf', own.url));
    expect(((await res.json()) as any).results[0].id).toBe('place:najaf');
  } finally {
    await own.close();
  }
});

test('a missing or broken graph file fails the start with a code that says what to do', async () => {
  await expect(startServer({ outDir: join(outDir, 'nowhere'), port: 0 })).rejects.toMatchObject({ code: 'GRAPH_NOT_FOUND', stage: 'serve' });
  const dir = writeOutDir(data);
  writeFileSync(join(dir, 'graph.json'), '{"nodes": ');
  const error = await startServer({ outDir: dir, port: 0 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KgError);
  expect((error as KgError).code).toBe('GRAPH_UNREADABLE');
});
