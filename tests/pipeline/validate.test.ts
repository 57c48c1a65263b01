// Schema validation of the built graph: on under tests (so every graph a test builds is checked), opt-in otherwise.
import type { GraphData } from '../../graph-schema/index.js';
import { validateByDefault } from '../../src/config/index.js';
import { KgError } from '../../src/errors.js';
import { assertValidGraphData, buildFromArticles } from '../../src/pipeline/index.js';
import type { Article } from '../../src/ingest/types.js';

const article: Article = {
  id: 'article:0000000000000001', path: 'a.txt', title: 'Report', date: '2024-01-01', source: null, url: null,
  text: 'Report\n\nGen. Nadia Korvath, commander of the Northern Task Force, met officials in Basra.',
};

test('validation is on by default under a test runner and with KG_VALIDATE=1, off otherwise', () => {
  expect(validateByDefault()).toBe(true);
  expect(validateByDefault({ NODE_ENV: 'test' })).toBe(true);
  expect(validateByDefault({ KG_VALIDATE: '1' })).toBe(true);
  expect(validateByDefault({})).toBe(false);
  expect(validateByDefault({ NODE_ENV: 'production' })).toBe(false);
});

test('a graph that breaks the schema stops the build with GRAPH_INVALID naming the place', () => {
  const { data } = buildFromArticles([article], { validate: true });
  const person = data.nodes.find((n) => n.type === 'Person')!;
  const broken: GraphData = {
    nodes: data.nodes,
    relationships: [...data.relationships, { id: 'said:x--y', type: 'SAID', source: 'place:basra', target: person.id, articleId: article.id, sentence: 's', start: 0, end: 1, rule: 'test' } as never],
  };
  expect(() => assertValidGraphData(data)).not.toThrow();
  let error: unknown;
  try { assertValidGraphData(broken); } catch (e) { error = e; }
  expect(error).toBeInstanceOf(KgError);
  expect((error as KgError).code).toBe('GRAPH_INVALID');
  expect((error as KgError).message).toContain('SAID may not start at Place');
});
