// What Neo4j holds after a load: dates as strings at their precision with dateStart/dateEnd typed as `date`, integers as INTEGER, lists as lists,
// and --replace removing only this project's labels.
import { jest } from '@jest/globals';
import { openNeo4jStore, type Neo4jStore } from '../../src/store/index.js';
import { useNeo4j, type TestNeo4j } from '../helpers/neo4j.js';
import { corpusA, corpusB, ids } from './fixtures.js';

jest.setTimeout(180_000);
let server: TestNeo4j;
let store: Neo4jStore;

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const session = store.connection.driver.session();
  try {
    return (await session.run(query, params)).records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  server = await useNeo4j();
  store = await openNeo4jStore(server.config);
});
beforeEach(async () => { await store.clear(); });
afterAll(async () => {
  await cypher('MATCH (n:KeepMe) DELETE n');
  await store?.clear();
  await store?.close();
  await server?.release();
});

test('a date is a string at its precision with its first and last day as Neo4j dates; offsets and counts are integers; aliases are lists', async () => {
  await store.load(corpusA);
  await store.load(corpusB);
  const [types] = await cypher(`
    MATCH (a:Article {id: $a}), (b:Article {id: $b}), (e:Event), (s:Statement {articleId: $a}), (p:Person {id: $p}), ()-[m:MENTIONS]->(p)
    RETURN valueType(a.date) AS complete, valueType(b.date) AS year, valueType(e.date) AS month,
           valueType(a.dateStart) AS start1, valueType(e.dateEnd) AS end1, toString(e.dateStart) AS monthStart, toString(e.dateEnd) AS monthEnd,
           toString(b.dateEnd) AS yearEnd, b.datePrecision AS precision,
           valueType(s.start) AS start, valueType(m.count) AS count, valueType(p.aliases) AS aliases LIMIT 1`, { a: ids.A, b: ids.B, p: ids.MCKENZIE });
  expect(types).toMatchObject({
    complete: 'STRING NOT NULL', year: 'STRING NOT NULL', month: 'STRING NOT NULL',
    start1: 'DATE NOT NULL', end1: 'DATE NOT NULL', monthStart: '2020-01-01', monthEnd: '2020-01-31', yearEnd: '2020-12-31', precision: 'year',
    start: 'INTEGER NOT NULL', count: 'INTEGER NOT NULL', aliases: 'LIST<STRING NOT NULL> NOT NULL',
  });
  // A range query finds the month-precision event, which a comparison of `date` strings with a date() would drop.
  const [range] = await cypher(`MATCH (e:Event) WHERE e.dateEnd >= date('2020-01-15') AND e.dateStart <= date('2020-01-20') RETURN count(e) AS n`);
  expect(range!.n.toNumber()).toBe(1);
  const graph = await store.readGraph();
  expect(graph.getNodeAttribute(ids.A, 'date')).toBe('2020-01-12');
  expect(graph.getNodeAttribute(ids.B, 'date')).toBe('2020');
  expect(graph.getNodeAttribute(ids.A, 'source')).toBe('AP');
  expect(graph.getNodeAttribute(ids.B, 'source')).toBeNull();
});

test('the id constraints exist, so a second node with the same id cannot be created', async () => {
  await store.load(corpusA);
  const constraints = (await cypher('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'))[0]!.names as string[];
  expect(constraints).toEqual(expect.arrayContaining(['person_id', 'article_id', 'statement_id']));
  await expect(cypher('CREATE (:Person {id: $id, name: "again"})', { id: ids.MCKENZIE })).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
});

test("replace removes this project's nodes only", async () => {
  await cypher('MERGE (:KeepMe {id: "not-ours"})');
  await store.load(corpusA);
  await store.load(corpusB, { replace: true });
  expect(await cypher('MATCH (n:KeepMe) RETURN count(n) AS n')).toEqual([{ n: expect.objectContaining({ low: 1 }) }]);
  expect(await store.counts()).toEqual({ nodes: 5, relationships: 5 });
});
