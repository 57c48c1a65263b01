// Roles and region spellings from the misses of real batches 1-390, datelines and a capital's other spelling from the
// first contact of batches 391-394 (twenty-seventh session). Sentences are invented; the places are real, the invented
// package data is marked as such.
import { extract, mentionsOf, noHandLists, rolesOf } from './helpers.js';

describe('a body\'s "minister" in lower case before a name is a title', () => {
  test.each([
    ['Production has not been affected, Kurdistan Regional Government (KRG) minister Ahmed Mufti said.', ['Ahmed Mufti | minister | Kurdistan Regional Government']],
    ['Hamas minister Ziad Halawi said the crossing would open.', ['Ziad Halawi | minister | Hamas']],
  ])('%s', (text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  test('a verb "minister" is still no title', () => {
    expect(rolesOf('Nurses will minister Aid Halawi and others at the camp.')).toEqual([]);
  });
});

describe('an office set off by commas after "with" or "by", or ending in an organization\'s "of the …"', () => {
  test.each([
    ['He met with Director of the Central Intelligence Agency, William Burns, on Monday.', ['William Burns | Director of the Central Intelligence Agency | Central Intelligence Agency']],
    ['The letter was received by Chairman of the Harbor Electoral Commission, Ivo Horvat, on Monday.', ['Ivo Horvat | Chairman of the Harbor Electoral Commission | Harbor Electoral Commission']],
    ['The president met the Director of the Foreign Intelligence Service of the Russian Federation, Sergei Naryshkin, and his delegation.',
      ['Sergei Naryshkin | Director of the Foreign Intelligence Service of the Russian Federation | Foreign Intelligence Service of the Russian Federation']],
  ])('%s', (text, expected) => {
    expect(rolesOf(text).filter((r) => !r.startsWith('He ') && !r.startsWith('The president'))).toEqual(expected);
  });
});

describe('"X said he will step down as …": the subject\'s own office through the pronoun', () => {
  test.each([
    ['Alex Salmond said he will be stepping down as leader of the Scottish National Party.', ['Alex Salmond | leader of the Scottish National Party | Scottish National Party']],
    ['Mary Jones announced that she would stay on as chairwoman of the Harbor Electoral Commission.', ['Mary Jones | chairwoman of the Harbor Electoral Commission | Harbor Electoral Commission']],
  ])('%s', (text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  test('not a pronoun after someone else\'s speech verb, nor without a verb of office', () => {
    expect(rolesOf('Alex Salmond said it will be led as a campaign of the Scottish National Party.')).toEqual([]);
    expect(rolesOf('Mary Jones said he was seen as leader of the Harbor Party.')).toEqual([]);
  });
});

describe('regions of Arabic-speaking countries under the spellings of the news', () => {
  test.each([
    // country-state-city's "Shabwah", "Ma'rib" (a city of the same spelling keeps the region out), "Al Mahrah".
    ['An official in Shabwa said a drone killed six militants.', 'Place:Shabwa'],
    ['Clashes broke out in Mahra on Friday.', 'Place:Mahra'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('on invented package data: only a country whose official language is Arabic, never a city\'s or a town\'s name', async () => {
    const { deriveGazetteer } = await import('../../src/extract/gazetteer/derive-core.js');
    const data = {
      countries: [
        { name: { common: 'Qarnia', official: 'Qarnia' }, altSpellings: [], cca2: 'QQ', languages: { ara: 'Arabic' } },
        { name: { common: 'Verdania', official: 'Verdania' }, altSpellings: [], cca2: 'VV', languages: { spa: 'Spanish' } },
      ],
      cities: [{ name: 'Zarwanah', altName: '', country: 'QQ', population: 5_000 }],
      cscCities: [],
      cscStates: [
        { name: 'Al Qāsimah Governorate', countryCode: 'QQ' },
        { name: 'Ta‘dīrah', countryCode: 'QQ' },
        { name: 'Zarwanah Governorate', countryCode: 'QQ' },
        { name: 'Ruedah Province', countryCode: 'VV' },
      ],
      givenNames: [],
      words: [],
    };
    const hand = noHandLists();
    const { gazetteer } = deriveGazetteer(data as never, hand);
    const forms = (name: string): string[] => { const r = gazetteer.regions.find((x) => x.startsWith(`${name}|`)); return r ? r.split('|')[1]!.split(',') : []; };
    expect(forms('Al Qāsimah')).toEqual(expect.arrayContaining(['Qāsimah', 'Al Qasimah', 'Al Qasima', 'Qasimah', 'Qasima']));
    expect(forms('Ta‘dīrah')).toEqual(expect.arrayContaining(['Tadirah', 'Tadira']));
    expect(forms('Ruedah')).not.toContain('Rueda');
    expect(gazetteer.regions.some((x) => x.split('|')[1]?.split(',').includes('Zarwana'))).toBe(false);
  });
});

describe('a capital\'s other spelling is the city, not its country', () => {
  test('"Kiev" and "KIEV" are Kyiv, and still stand for Ukraine\'s government in a role', () => {
    const x = extract('KIEV (Reuters) - Ukrainian lawmakers met on Tuesday. Officials in Kiev said the vote was delayed.', true);
    expect(x.mentions.filter((m) => m.type === 'Place').map((m) => `${m.text}=${m.canonical ?? m.text}`)).toEqual(['KIEV=Kyiv', 'Kiev=Kyiv']);
    expect(rolesOf('Kiev’s Foreign Minister Ivo Horvat said the vote was delayed.')).toEqual(['Ivo Horvat | Foreign Minister | Ukraine']);
  });
});

describe('datelines', () => {
  test.each([
    // A colon's dateline of one word in capitals: a town of the gazetteer (GeoNames' Bannu, Pakistan).
    ['Army kills militants\n\nBANNU: Pakistani military helicopters shelled hideouts on Friday.', 'Place:BANNU'],
    // "BEIRUT // Syrian rebels …": two slashes end a dateline as a dash does.
    ['Rebels attack\n\nBEIRUT // Syrian rebels have begun a major operation.', 'Place:BEIRUT'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text, true)).toContain(expected);
  });

  test('a label before a colon is no dateline', () => {
    expect(mentionsOf('Army kills militants\n\nUPDATE: The army said more on Friday.', true)).toEqual([]);
  });
});
