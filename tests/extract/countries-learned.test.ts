// The learned countries pass (src/extract/70-roles-countries-learned.ts): a person whose office no rule ties to a
// country takes the country the article is about when a model learned on annotated real articles ranks it above the
// other countries named and above "none". Names are invented; the model sees only how the article names each country
// and the person's role words.
import { extractArticle } from '../../src/extract/index.js';
import type { ExtractOptions } from '../../src/extract/index.js';
import { learnCountryModel } from '../../src/extract/countries-learned/train.js';
import { bundledCountryModel } from '../../src/extract/countries-learned/model.js';
import { countryCandidates, roleWords } from '../../src/extract/countries-learned/features.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import type { GraphData } from '../../graph-schema/index.js';
import { modelTexts } from './helpers.js';

const TITLE = "Chile's cabinet falls";
const TEXT = [
  TITLE,
  'Lawmakers in Chile on Friday passed a no-confidence motion on the Cabinet of Prime Minister Tomas Urrutia over a disputed port deal with China. Rosa Quintana, who runs a bakery in Valparaiso, said prices had doubled.',
  "The vote in Chile's senate was 30 to 12. Opposition leaders said new elections in Chile should follow.",
].join('\n');

/** A role whose country the learned pass gave: an office the rules left without one, or a role of its own. */
const byPass = (r: { rule: string }): boolean => r.rule.endsWith('+learned-country') || r.rule === '70-roles-countries-learned/model';

function countries(options: ExtractOptions = {}): string[] {
  const x = extractArticle({ id: 'article:0000000000000000', text: TEXT, date: '2024-01-17', title: TITLE }, options);
  return (x.roles ?? []).filter(byPass).map((r) => `${x.mentions[r.person]!.text} | ${r.role} | ${r.country}`);
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
    // A model that ranks Malta first still gives the visitor nothing.
    const sure = { batches: 'test', trainedOn: 'test', threshold: 0, bias: 0, weights: { 'kind:bare&c': 50 } };
    const forced = extractArticle({ id: 'article:0000000000000000', text, date: '2024-01-17', title: '' }, { countryModel: sure });
    expect((forced.roles ?? []).filter((r) => r.country === 'Malta' && forced.mentions[r.person]!.text.includes('Vidmar'))).toEqual([]);
    // …while one the rule declines but does not bar takes it: an office whose sentence names two countries.
    const host = extractArticle({ id: 'article:0000000000000000', text: story('Prime Minister Lena Vidmar spoke of Malta and Italy on Monday.'), date: '2024-01-17', title: '' }, { countryModel: sure });
    expect((host.roles ?? []).filter((r) => byPass(r) && r.country === 'Malta').map((r) => host.mentions[r.person]!.text)).toEqual(['Lena Vidmar']);
  });

  test('"the Cabinet of Prime Minister X" in a story about one country, another country in his sentence, is that country’s', () => {
    expect(countries()).toEqual(['Tomas Urrutia | Prime Minister | Chile']);
  });

  test('a person with no office (a baker quoted in the story) is given no country', () => {
    expect(countries().some((r) => r.startsWith('Rosa Quintana'))).toBe(false);
  });

  test('each person is ranked among the countries the article names in two sentences or its headline, and "none"', () => {
    const seen: ReturnType<typeof countryCandidates> = [];
    const x = extractArticle({ id: 'article:0000000000000000', text: TEXT, date: '2024-01-17', title: TITLE }, { countryModel: null, onCountryCandidates: (cs) => seen.push(...cs) });
    expect(x.roles?.some(byPass)).toBe(false);
    const urrutia = seen.filter((c) => c.personKey === 'tomas urrutia').map((c) => c.country);
    // China, named once in his sentence, is no country of the story.
    expect(urrutia).toEqual([null, 'Chile']);
  });

  test('no feature is a name, not even one inside a role ("envoy to Yemen", "Hezbollah commander")', () => {
    const text = `${TEXT}\nUN envoy to Yemen Hans Berg said Chile would help. Hezbollah commander Rami Saad met Chile's envoy in Santiago.`;
    const seen: ReturnType<typeof countryCandidates> = [];
    const x = extractArticle({ id: 'article:0000000000000000', text, date: '2024-01-17', title: TITLE }, { countryModel: null, onCountryCandidates: (cs) => seen.push(...cs) });
    expect(seen.some((c) => c.personKey === 'hans berg')).toBe(true);
    const words = new Set(x.mentions.flatMap((m) => (m.canonical ?? m.text).toLowerCase().split(/[\s’'-]+/)).filter((w) => w.length > 3));
    expect(seen.flatMap((c) => c.features).flatMap((f) => f.toLowerCase().split(/[:&\s]+/)).filter((w) => words.has(w))).toEqual([]);
    expect(roleWords('envoy to Yemen')).toEqual(['envoy']);
    expect(roleWords('Hezbollah commander')).toEqual(['NAME', 'commander']);
    expect(roleWords('Saudi Foreign Minister')).toEqual(['NAME', 'foreign', 'minister']);
  });

  test('the graph holds the role as a HOLDS_ROLE edge to the country, with its sentence', () => {
    const build = (options: ExtractOptions): GraphData => {
      const article = { id: 'article:0000000000000000', path: 'a.txt', title: TITLE, date: '2024-01-17', source: null, url: null, text: TEXT };
      return resolveCorpus([{ article, extraction: extractArticle(article, options) }]);
    };
    const on = build({});
    const off = build({ countryModel: null });
    const edge = (g: GraphData) => g.relationships.find((r) => r.type === 'HOLDS_ROLE' && r.source === 'person:tomas-urrutia' && r.target === 'place:chile');
    expect(edge(on)).toMatchObject({ role: 'Prime Minister' });
    expect((edge(on) as { sentence?: string }).sentence).toContain('Prime Minister Tomas Urrutia');
    expect(edge(off)).toBeUndefined();
  });
});

test('the bundled countries model is what training on its batches gives, byte for byte', () => {
  const { file, retrained } = modelTexts('src/extract/countries-learned/model.json', bundledCountryModel(), (batches) => learnCountryModel(batches));
  expect(retrained).toBe(file);
}, 300_000);
