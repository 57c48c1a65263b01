// Every named query of graph-schema/queries, run on the five-article corpus in a real Neo4j and checked
// against the same facts read from the graphology graph the pipeline built.
import { jest } from '@jest/globals';
import type { KnowledgeGraph } from '../../src/graph/index.js';
import { readArticles } from '../../src/ingest/index.js';
import { buildFromArticles } from '../../src/pipeline/index.js';
import { listQueries, openNeo4jStore, runNamedQuery, type Neo4jStore } from '../../src/store/index.js';
import type { Article } from '../../src/ingest/types.js';
import { useNeo4j, type TestNeo4j } from '../helpers/neo4j.js';

jest.setTimeout(240_000);

let server: TestNeo4j;
let store: Neo4jStore;
let graph: KnowledgeGraph;
let articles: Article[];

function nodeByName(name: string): string {
  const id = graph.findNode((_id, a) => a.name === name);
  if (!id) throw new Error(`the pipeline found no node named ${name}`);
  return id;
}

const run = (name: string, params: Record<string, string>) => runNamedQuery(store.connection, name, params);

beforeAll(async () => {
  ({ articles } = await readArticles(['data/articles'], { maxBytes: 5_000_000 }));
  graph = buildFromArticles(articles).graph;
  server = await useNeo4j();
  store = await openNeo4jStore(server.config);
  await store.clear();
  await store.load(graph);
});

afterAll(async () => {
  await store?.clear();
  await store?.close();
  await server?.release();
});

test('the pack has the nine documented queries, each with a description and declared parameters', () => {
  const queries = listQueries();
  expect(queries.map((q) => q.name)).toEqual([
    'articles-mentioning', 'co-mentioned', 'events-in-range', 'organization-roles', 'person-statements', 'role-holders-at', 'roles-at-statement',
    'shortest-path', 'statements-about',
  ]);
  for (const query of queries) {
    expect(query.description.length).toBeGreaterThan(20);
    expect(query.params.length).toBeGreaterThan(0);
    for (const param of query.params) expect(query.cypher).toContain(`$${param.name}`);
  }
});

test("person-statements: Frank McKenzie's quotes, all from the 2020 article, by name or by alias", async () => {
  const article = articles.find((a) => a.date === '2020-07-08')!;
  const result = await run('person-statements', { name: 'Frank McKenzie' });
  const expected = graph.outEdges(nodeByName('Frank McKenzie')).filter((e) => graph.getEdgeAttribute(e, 'type') === 'SAID').length;
  expect(expected).toBeGreaterThanOrEqual(3);
  expect(result.rows).toHaveLength(expected);
  expect(result.columns).toEqual(['speaker', 'statement', 'date', 'article']);
  for (const row of result.rows) {
    expect(row).toMatchObject({ speaker: 'Frank McKenzie', date: '2020-07-08', article: article.title });
    expect(article.text).toContain(row.statement);
  }
  const byAlias = await run('person-statements', { name: 'MCKENZIE' });
  expect(byAlias.rows).toEqual(result.rows);
});

test('statements-about: who said what about Iraq', async () => {
  const iraq = nodeByName('Iraq');
  const expected = graph.inEdges(iraq).filter((e) => graph.getEdgeAttribute(e, 'type') === 'ABOUT').length;
  const result = await run('statements-about', { name: 'iraq' });
  expect(result.rows).toHaveLength(expected);
  expect(expected).toBeGreaterThan(0);
  for (const row of result.rows) {
    expect(row.about).toBe('Iraq');
    expect(typeof row.speaker).toBe('string');
    expect(articles.some((a) => a.text.includes(row.statement as string))).toBe(true);
  }
});

test('organization-roles: the people with a role at the Pentagon', async () => {
  const pentagon = nodeByName('Pentagon');
  const expected = [...new Set(graph.inEdges(pentagon).filter((e) => graph.getEdgeAttribute(e, 'type') === 'HOLDS_ROLE')
    .map((e) => graph.getNodeAttribute(graph.source(e), 'name') as string))].sort();
  const result = await run('organization-roles', { name: 'Pentagon' });
  expect(result.rows.map((row) => row.person)).toEqual(expected);
  expect(expected).toEqual(expect.arrayContaining(['Lloyd Austin', 'Pat Ryder']));
  for (const row of result.rows) expect((row.roles as string[]).length).toBeGreaterThan(0);
});

test('events-in-range: January 2020 at any precision, with participants, places and reports, and nothing outside the range', async () => {
  const result = await run('events-in-range', { from: '2020-01-01', to: '2020-01-31' });
  expect(result.rows.length).toBeGreaterThan(0);
  for (const row of result.rows) expect(String(row.date)).toMatch(/^2020(-01(-\d\d)?)?$/);
  expect(result.rows.some((row) => (row.participants as string[]).length > 0)).toBe(true);
  const expected = graph.filterNodes((_id, a) => a.type === 'Event' && typeof a.date === 'string' && /^2020(-01(-\d\d)?)?$/.test(a.date as string)).length;
  expect(result.rows).toHaveLength(expected);
  // A month-precision event and a day-precision one are both there, and a partial range reads as its whole span.
  expect(result.rows.some((row) => /^2020-01$/.test(String(row.date)))).toBe(true);
  expect(result.rows.some((row) => /^2020-01-\d\d$/.test(String(row.date)))).toBe(true);
  expect((await run('events-in-range', { from: '2020-01', to: '2020-01' })).rows).toHaveLength(expected);
  for (const row of result.rows) expect(Number(row.reports)).toBeGreaterThanOrEqual(1);
  const none = await run('events-in-range', { from: '1990-01-01', to: '1990-12-31' });
  expect(none.rows).toEqual([]);
});

test("role-holders-at: Iraq's prime minister when a 2020 statement was made, and in 2024", async () => {
  const statement = graph.findNode((_id, a) => a.type === 'Statement' && String(a.date ?? '').startsWith('2020-07'));
  expect(statement).toBeDefined();
  const then = await run('role-holders-at', { name: 'Iraq', role: 'prime minister', at: statement! });
  expect(then.rows[0]).toMatchObject({ person: 'Mustafa al-Kadhimi', reportedBefore: true });
  const later = await run('role-holders-at', { name: 'Iraq', role: 'prime minister', at: '2024-01' });
  expect(later.rows[0]).toMatchObject({ person: 'Mohammed Shia al-Sudani', reportedBefore: true });
  // "then-Prime Minister Nouri al-Maliki" is a past role: never the holder at any time.
  expect([...then.rows, ...later.rows].map((row) => row.person)).not.toContain('Nouri al-Maliki');
});

test('roles-at-statement: what a speaker was when they said it', async () => {
  const said = graph.filterEdges((_e, a) => a.type === 'SAID').map((e) => ({ speaker: graph.getNodeAttribute(graph.source(e), 'name'), statement: graph.target(e) }));
  const austin = said.find((s) => s.speaker === 'Lloyd Austin')!;
  const result = await run('roles-at-statement', { statement: austin.statement });
  expect(result.rows.length).toBeGreaterThan(0);
  expect(result.rows[0]).toMatchObject({ speaker: 'Lloyd Austin', current: true });
  expect(result.rows.map((row) => String(row.role))).toEqual(expect.arrayContaining([expect.stringMatching(/Defense Secretary/i)]));
});

test('shortest-path: from Frank McKenzie to Muqtada al-Sadr', async () => {
  const result = await run('shortest-path', { from: 'Frank McKenzie', to: 'Muqtada al-Sadr' });
  expect(result.rows).toHaveLength(1);
  const [row] = result.rows;
  const nodes = row!.nodes as string[];
  expect(nodes[0]).toBe('Frank McKenzie');
  expect(nodes.at(-1)).toMatch(/al-Sadr/);
  expect(row!.hops).toBe(nodes.length - 1);
  expect((row!.relationships as string[]).length).toBe(row!.hops);
});

test('co-mentioned: the actors most often in the same articles as the Pentagon, best first', async () => {
  const pentagon = nodeByName('Pentagon');
  const counts = new Map<string, number>();
  for (const edge of graph.inEdges(pentagon)) {
    if (graph.getEdgeAttribute(edge, 'type') !== 'MENTIONS') continue;
    for (const other of graph.outNeighbors(graph.source(edge))) {
      const type = graph.getNodeAttribute(other, 'type');
      if (other !== pentagon && (type === 'Person' || type === 'Organization')) {
        const name = graph.getNodeAttribute(other, 'name') as string;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  const expected = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
  const result = await run('co-mentioned', { name: 'Pentagon', limit: '5' });
  expect(result.rows.map((row) => [row.actor, row.articles])).toEqual(expected);
  expect((await run('co-mentioned', { name: 'Pentagon' })).rows.length).toBe(Math.min(10, counts.size));
});

test('articles-mentioning: every article that mentions the Islamic State, newest first', async () => {
  const isis = nodeByName('Islamic State');
  const expected = graph.inEdges(isis).filter((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONS').map((e) => graph.getNodeAttribute(graph.source(e), 'date') as string).sort().reverse();
  const result = await run('articles-mentioning', { name: 'ISIS' });
  expect(result.rows.map((row) => row.date)).toEqual(expected);
  for (const row of result.rows) expect(row.mentions).toBeGreaterThan(0);
});

test('a missing parameter is reported with the parameter to add', async () => {
  await expect(run('person-statements', {})).rejects.toMatchObject({ code: 'QUERY_PARAM_MISSING' });
  await expect(run('no-such-query', {})).rejects.toMatchObject({ code: 'QUERY_UNKNOWN' });
});
