// The learned countries pass (src/extract/70-roles-countries-learned.ts): a person whose office no rule ties to a
// country takes the country the article is about when a model learned on annotated real articles ranks it above the
// other countries named and above "none". Names are invented; the model sees only how the article names each country
// and the person's role words.
import { extractArticle } from '../../src/extract/index.js';
import type { ExtractOptions } from '../../src/extract/index.js';
import { learnCountryModel } from '../../src/extract/countries-learned/train.js';
import { bundledCountryModel } from '../../src/extract/countries-learned/model.js';
import { countryCandidates } from '../../src/extract/countries-learned/features.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import type { GraphData } from '../../graph-schema/index.js';
import { modelTexts } from './helpers.js';

const TITLE = "Chile's army chief quits";
const TEXT = [
  TITLE,
  "The head of Chile's army resigned on Tuesday, a day after the president replaced the defence minister in a cabinet shake-up.",
  'Six ministers left the government, including Foreign Minister Tomas Urrutia, a China hawk whose departure followed mounting pressure from lawmakers. Rosa Quintana, who runs a bakery in Valparaiso, said prices had doubled.',
  "The shake-up is the largest in Chile since the president took office. Chile's senate must approve the new ministers.",
].join('\n');

function countries(options: ExtractOptions = {}): string[] {
  const x = extractArticle({ id: 'article:0000000000000000', text: TEXT, date: '2024-01-17', title: TITLE }, options);
  return (x.roles ?? []).filter((r) => r.rule === '70-roles-countries-learned/model').map((r) => `${x.mentions[r.person]!.text} | ${r.role} | ${r.country}`);
}

const story = (sentence: string): string => 'Malta’s government falls\n\nMalta’s government fell on Tuesday. The parliament of Malta '
  + `voted against it. Malta will hold an election. ${sentence} Malta’s opposition welcomed the vote.`;

describe('countries no rule gives, from the learned model', () => {
  test('a visitor to the story’s country is ranked, but never given that country', () => {
    const seen: ReturnType<typeof countryCandidates> = [];
    const text = story('Visiting President Lena Vidmar met Oskar Brandt.');
    const x = extractArticle({ id: 'article:0000000000000000', text, date: '2024-01-17', title: '' }, { onCountryCandidates: (cs) => seen.push(...cs) });
    expect(seen.filter((c) => c.personKey === 'lena vidmar').map((c) => `${c.country}:${c.barred}`)).toEqual(['null:false', 'Malta:true']);
    expect((x.roles ?? []).filter((r) => r.country === 'Malta').map((r) => x.mentions[r.person]!.text)).toEqual([]);
  });

  test('a minister in a story about one country, another country beside his name, is that story country’s', () => {
    expect(countries()).toEqual(['Tomas Urrutia | Foreign Minister | Chile']);
  });

  test('a person with no office (a baker quoted in the story) is given no country', () => {
    expect(countries().some((r) => r.startsWith('Rosa Quintana'))).toBe(false);
  });

  test('each person is ranked among the countries the article names in two sentences or its headline, and "none"', () => {
    const seen: ReturnType<typeof countryCandidates> = [];
    const x = extractArticle({ id: 'article:0000000000000000', text: TEXT, date: '2024-01-17', title: TITLE }, { countryModel: null, onCountryCandidates: (cs) => seen.push(...cs) });
    expect(x.roles?.some((r) => r.rule === '70-roles-countries-learned/model')).toBe(false);
    const urrutia = seen.filter((c) => c.personKey === 'tomas urrutia').map((c) => c.country);
    // China, named once beside his name, is no country of the story.
    expect(urrutia).toEqual([null, 'Chile']);
    // No feature is a name: the model cannot learn a person or a country.
    expect(seen.flatMap((c) => c.features).some((f) => /chile|china|urrutia|quintana/i.test(f))).toBe(false);
  });

  test('the graph holds the role as a HOLDS_ROLE edge to the country, with its sentence', () => {
    const build = (options: ExtractOptions): GraphData => {
      const article = { id: 'article:0000000000000000', path: 'a.txt', title: TITLE, date: '2024-01-17', source: null, url: null, text: TEXT };
      return resolveCorpus([{ article, extraction: extractArticle(article, options) }]);
    };
    const on = build({});
    const off = build({ countryModel: null });
    const edge = (g: GraphData) => g.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === 'person:tomas-urrutia' && r.target === 'place:chile');
    expect(edge(on)).toMatchObject({ role: 'Foreign Minister' });
    expect((edge(on) as { sentence?: string }).sentence).toContain('Foreign Minister Tomas Urrutia');
    expect(edge(off)).toBeUndefined();
  });
});

test('the bundled countries model is what training on its batches gives, byte for byte', () => {
  const { file, retrained } = modelTexts('src/extract/countries-learned/model.json', bundledCountryModel(), (batches) => learnCountryModel(batches));
  expect(retrained).toBe(file);
}, 300_000);
