// The spellings the news gives places of Arabic-speaking countries, from the misses of real batches 1-386
// (twenty-sixth session). Sentences are invented; the towns are real, the invented package data is marked as such.
import { mentionsOf, noHandLists, rolesOf, speakersOf } from './helpers.js';

describe('GeoNames names of Arabic-speaking countries under the spellings of the news', () => {
  test.each([
    // "Al Ḩawījah", "Al Miqdādīyah", "As Samawah", "Al Muḩarraq": no article, no diacritics, no final "h" after a vowel.
    ['Clashes in Hawija killed five soldiers on Friday.', 'Place:Hawija'],
    ['A bomb exploded in Miqdadiyah on Friday.', 'Place:Miqdadiyah'],
    ['Protesters gathered in Samawa on Friday.', 'Place:Samawa'],
    ['Police fired tear gas in Muharraq on Friday.', 'Place:Muharraq'],
    // country-state-city's "Al-Awamiyah".
    ['He opened fire on the authorities in Awamiya on Saturday.', 'Place:Awamiya'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('a large city\'s spelling without the final "h" is a place wherever it is capitalized ("Ad Diwaniya" for "Ad Dīwānīyah")', () => {
    expect(mentionsOf('Ad Diwaniya has seen many protests this year.')).toContain('Place:Ad Diwaniya');
  });

  test('on invented package data: the article dropped only for towns, only in a country whose official language is Arabic, never to a given name', async () => {
    const { deriveGazetteer } = await import('../../src/extract/gazetteer/derive-core.js');
    const data = {
      countries: [
        { name: { common: 'Qarnia', official: 'Qarnia' }, altSpellings: [], cca2: 'QQ', languages: { ara: 'Arabic' } },
        { name: { common: 'Verdania', official: 'Verdania' }, altSpellings: [], cca2: 'VV', languages: { spa: 'Spanish' } },
      ],
      cities: [
        { name: 'Az Zarwānah', altName: '', country: 'QQ', population: 200_000 },
        { name: 'Al Ḩadīr', altName: '', country: 'QQ', population: 5_000 },
        { name: 'Al Marwen', altName: '', country: 'QQ', population: 5_000 },
        { name: 'El Pardillo', altName: '', country: 'VV', population: 5_000 },
      ],
      cscCities: [{ name: 'Al-Qurnawiyah', countryCode: 'QQ' }, { name: 'As Sadk', countryCode: 'QQ' }],
      cscStates: [],
      givenNames: ['marwen', 'marwen', 'marwen'],
      words: [],
    };
    const hand = noHandLists();
    const { gazetteer } = deriveGazetteer(data as never, hand);
    const towns = gazetteer.towns.split('\n');
    expect(gazetteer.cities.map((c) => c.split('|')[0])).toEqual(expect.arrayContaining(['Az Zarwanah', 'Az Zarwana']));
    expect(gazetteer.cities.filter((c) => c.startsWith('Zarwana'))).toEqual([]);
    expect(towns).toEqual(expect.arrayContaining(['zarwanah', 'zarwana', 'hadir', 'al hadir', 'qurnawiyah', 'qurnawiya']));
    // Without the article, four letters are too often a surname ("As Sadr": "Sadr").
    expect(towns).not.toContain('sadk');
    expect(towns).not.toContain('marwen');
    expect(towns).not.toContain('pardillo');
  });
});

describe('an outlet that reports a quote inside someone\'s sentence relays it', () => {
  test.each([
    ['At a meeting, King Ivo praised the police and said the raid showed the resolve "to deter anyone who would harm the nation," the Harbor Press Agency reported.', ['Ivo']],
    ['However, an army spokesman said the military "supports the elected government of the day," Harbor News reported.', ['an army spokesman']],
    ['The new president Ivo Horvat said his mission is to "restructure the state", reports Harbor News agency.', ['Ivo Horvat']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('an outlet that reports a quote nobody else in the sentence says stays its speaker', () => {
    expect(speakersOf('“The attack happened on the road,” the Harbor Press Agency reported.')).toEqual(['Harbor Press Agency']);
  });
});

describe('an office in the plural lists the names after it', () => {
  test.each([
    ['Deputy prime ministers Ziad Halawi and Hossam Farag were set to step down.', ['Ziad Halawi | Deputy Prime Minister | ', 'Hossam Farag | Deputy Prime Minister | ']],
    ['The vote was witnessed by former presidents Fidel Ramirez and Joseph Estevan.', ['Fidel Ramirez | former President | ', 'Joseph Estevan | former President | ']],
  ])('%s', (text, expected) => {
    expect(rolesOf(`Talks began.\n\n${text}`)).toEqual(expected);
  });

  test('not before a word that is no given name, nor inside a body\'s name', () => {
    expect(mentionsOf('Officials got an unwanted present for Kings Day this year.').filter((m) => m.startsWith('Person:'))).toEqual([]);
    expect(mentionsOf('Paolo Rondelli is one of two Captains Regent elected by the legislature.')).not.toContain('Person:Regent');
    expect(mentionsOf('The deputy speaker of the Iraqi Council of Representatives Haider Abadi spoke.')).toContain('Organization:Iraqi Council of Representatives');
  });
});
