// Rules from the misses of real batches 435-442 (thirty-seventh session): a legislator's abbreviated title that
// precedes the name (MK), places listed after or before a plural noun of their kind, and where an unnamed source is
// kept in its description. Sentences are invented; the kinds of phrase are real.
import { mentionsOf, rolesOf, speakersOf } from './helpers.js';
import { graphRolesOf } from '../resolve/helpers.js';

describe('"MK" before a name: a member of the Knesset', () => {
  test('"MK X of the Y party" is a person, a member of the Knesset the article names', () => {
    const text = 'MK Dana Levy of the opposition Harbor Union party criticized the bill in the Knesset on Monday.';
    expect(mentionsOf(text)).toContain('Person:Dana Levy');
    expect(mentionsOf(text)).not.toContain('Organization:MK');
    expect(graphRolesOf(text)).toContainEqual(expect.stringMatching(/^Dana Levy \| (?:.*; )?MK(?:; .*)? \| Knesset$/));
  });

  test('a party named before the title: "Harbor Union MK X"', () => {
    expect(mentionsOf('The Harbor Union MK Dana Levy voted against the bill.')).toContain('Organization:Harbor Union');
  });

  test('initials after a title stay initials: "Chief Minister MK Rajan"', () => {
    const text = 'Tamil Nadu Chief Minister MK Rajan met the envoy on Monday.';
    expect(rolesOf(text).filter((r) => r.includes('| MK |'))).toEqual([]);
    expect(mentionsOf(text).filter((m) => m.startsWith('Organization:'))).toEqual([]);
  });

  test('"the MK Party" is a party, not a title', () => {
    expect(mentionsOf('The MK Party won 14 seats in the provincial vote.')).toContain('Organization:MK Party');
  });
});

describe('places listed after or before a plural noun of their kind', () => {
  test('"the areas of X, Y and Z"', () => {
    const found = mentionsOf('Fighting raged in the areas of Jama\'a, Jesr Madar and Jesr Al-Khanaq on Sunday.');
    expect(found).toEqual(expect.arrayContaining(["Place:Jama'a", 'Place:Jesr Madar', 'Place:Jesr Al-Khanaq']));
  });

  test('"three neighborhoods, namely X, Y and Z"', () => {
    const found = mentionsOf('Police began operations in three neighborhoods, namely Tekel, Konak and Mescit.');
    expect(found).toEqual(expect.arrayContaining(['Place:Tekel', 'Place:Konak', 'Place:Mescit']));
  });

  test('"both X and Y areas"', () => {
    const found = mentionsOf('Troops are preparing to raid both Haidan and Matra areas, officials said.');
    expect(found).toEqual(expect.arrayContaining(['Place:Haidan', 'Place:Matra']));
  });

  test('"the X, Y and Z upazilas"', () => {
    const found = mentionsOf('Militants hide in the forests of the Ruma, Rowangchhari and Thanchi upazilas.');
    expect(found).toEqual(expect.arrayContaining(['Place:Ruma', 'Place:Rowangchhari', 'Place:Thanchi']));
  });

  test('not a people or a faith before "areas"', () => {
    expect(mentionsOf('Shelling hit both Sunni and Shiite areas of the city.').filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});

describe('where an unnamed source is, kept in its description', () => {
  test('"a source in the security committee"', () => {
    expect(speakersOf('“The talks failed,” said a source in the security committee.')).toEqual(['a source in the security committee']);
  });

  test('"an official at state-owned Harbor Oil Co": a participle inside the place', () => {
    expect(speakersOf('“The tanker did not load,” said an official at state-owned Harbor Oil Co.')).toEqual(['an official at state-owned Harbor Oil Co']);
  });

  test('two places in a row: "a source in the health office in Aden"', () => {
    expect(speakersOf('“Nine were killed,” said a source in the health office in Aden.')).toEqual(['a source in the health office in Aden']);
  });

  test('not the occasion, the document or the time of speaking', () => {
    expect(speakersOf('“It is over,” a senior official said in a statement.')).toEqual(['a senior official']);
    expect(speakersOf('“It is over,” a correspondent at the scene said.')).toEqual(['a correspondent']);
    expect(speakersOf('“It is over,” said an official in March.')).toEqual(['an official']);
  });

  test('a country named as the subject keeps its whole name, not "the United"', () => {
    expect(speakersOf('The United States said it condemned the attack “in the strongest terms.”')).toEqual(['the United States']);
  });
});
