// A country the learned countries pass gives an office is a guess, as the story-country rule's is: in the graph it
// yields to the same office that another article states, in its own words, for another country. Names are invented.
import { extractArticle, type ExtractOptions } from '../../src/extract/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import type { GraphData } from '../../graph-schema/index.js';
import type { Article } from '../../src/ingest/types.js';

/** A model that ranks the first country of any office holder above "none", whatever the story. */
const SURE = { batches: 'test', trainedOn: 'test', threshold: 0, bias: 0, weights: { 'kind:bare&c': 50, 'rank:1': 5 } };

const visit: Article = {
  id: 'article:00000000000000a1', path: 'a1.txt', title: 'Aid talks', date: '2024-02-01', source: null, url: null,
  text: 'Aid talks\n\nGermany will send more aid. President Taras Kovalenko spoke of Germany and Poland on Monday. Germany and Poland will meet again.',
};
const stated: Article = {
  id: 'article:00000000000000a2', path: 'a2.txt', title: 'Talks in Kyiv', date: '2024-02-02', source: null, url: null,
  text: 'Talks in Kyiv\n\nUkrainian President Taras Kovalenko met envoys on Tuesday.',
};

function graph(articles: Article[], options: ExtractOptions): GraphData {
  return resolveCorpus(articles.map((article) => ({ article, extraction: extractArticle(article, options) })));
}

const countriesOf = (g: GraphData, person: string): string[] =>
  g.relationships.filter((r) => r.type === 'HOLDS_ROLE' && r.source === person && r.target.startsWith('place:')).map((r) => r.target).sort();

test('the learned country of an office is given, and dropped where another article states that office elsewhere', () => {
  // The story-country rule declines (two countries in the office's sentence); the pass gives the country.
  const roles = extractArticle(visit, { countryModel: SURE }).roles ?? [];
  expect(roles.filter((r) => r.rule.endsWith('+learned-country')).map((r) => r.country)).toEqual(['Germany']);
  expect(countriesOf(graph([visit], { countryModel: null }), 'person:taras-kovalenko')).toEqual([]);
  expect(countriesOf(graph([visit], { countryModel: SURE }), 'person:taras-kovalenko')).toEqual(['place:germany']);
  expect(countriesOf(graph([visit, stated], { countryModel: SURE }), 'person:taras-kovalenko')).toEqual(['place:ukraine']);
});
