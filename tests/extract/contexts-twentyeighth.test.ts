// Countries named only by their people's word, from the Place misses of real batches 1-394 (twenty-eighth session).
// Sentences are invented; the countries are real.
import { build, names } from '../resolve/helpers.js';
import { extract, mentionsOf } from './helpers.js';

const countries = (text: string): string[] => (extract(text).nationalities ?? []).map((n) => `${n.text} → ${n.country}`);

describe('a country named only by its people\'s word is a place of the story', () => {
  test.each([
    ['Somali soldiers retook the base on Monday.', ['Somali → Somalia']],
    ['Turkish-backed fighters shelled the town, Egyptian officials said.', ['Turkish → Turkey', 'Egyptian → Egypt']],
    ['Yemeni forces retook the port after an Omani-brokered truce.', ['Yemeni → Yemen', 'Omani → Oman']],
  ])('%s', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  test('the graph has the country as a place, linked to the article, and only once', () => {
    const data = build(['Somali soldiers retook the base. Somali officials said five died.', 'Somalia held elections on Monday.']);
    expect(names(data, 'Place')).toEqual(['Somalia']);
    const somalia = data.nodes.find((n) => n.type === 'Place')!;
    const mentions = data.relationships.filter((r) => r.type === 'MENTIONS' && r.target === somalia.id);
    expect(mentions.map((r) => [r.source, 'count' in r ? r.count : 0])).toEqual([['article:0000000000000000', 2], ['article:0000000000000001', 1]]);
  });
});

describe('a people\'s word that names no country of the story', () => {
  test.each([
    ['a word inside a name', 'The Iraqi Army said the Turkish Airlines flight landed.'],
    ['a language', 'The group is known by its Spanish acronym. Most people there speak French, and he spoke in Arabic.'],
    ['two languages joined', 'The ministers took the oath in both Dutch and French.'],
    ['a language by its noun after it', 'The Mongolian language will be phased out, and French-speaking parties objected.'],
    ['a ship\'s flag or a person\'s schooling', 'The Liberian-flagged tanker was seized; its Canadian-educated owner protested.'],
    ['part of a longer name', 'Unrest spread across the South American country, said German Juarez.'],
    ['a people across states', 'Palestinian refugees and Turkmen families fled the town.'],
    ['an ethnic people', 'He became the first ethnic Albanian speaker of the assembly.'],
    ['one person\'s nationality', 'The question was posed to an Italian general at the briefing.'],
  ])('%s', (_, text) => {
    expect(countries(text)).toEqual([]);
  });

  test('another country\'s two words name that country, not Guinea (since the thirty-eighth session: before, none)', () => {
    expect(countries('Equatorial Guinean authorities said they foiled a coup.')).toEqual(['Equatorial Guinean → Equatorial Guinea']);
  });

  test('a country printed by name is read by the places pass, not again here', () => {
    expect(countries('US forces left Iraq on Monday.')).toEqual([]);
  });
});

// From the first contact of batches 395-398.
describe('a dateline in parentheses after the date', () => {
  test('"October 15, 2012 (KHARTOUM/NAIROBI) –": each city a place', () => {
    const text = 'October 15, 2012 (KHARTOUM/NAIROBI) – Government forces clashed with rebels on Monday.';
    expect(mentionsOf(text).filter((m) => m.startsWith('Place:'))).toEqual(['Place:KHARTOUM', 'Place:NAIROBI']);
  });

  test('not a word in parentheses that no list of places holds', () => {
    expect(mentionsOf('October 15, 2012 (UPDATE) – Government forces clashed with rebels on Monday.').filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});
