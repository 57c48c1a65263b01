// General patterns from the affiliation misses of the real batches 203-222, written in the eighteenth session before
// the first contacts of batches 223-226 were recorded. Sentences are invented; the places are real because the rules
// read the gazetteer.
import { mentionsOf, rolesOf, rolesOfArticle } from './helpers.js';

describe('a copula after the span of years that opens the sentence', () => {
  test('"From 2007 to 2015 Mr X was a member of Y"', () => {
    const text = 'From 2007 to 2015 Mr Kellan Marsh was a member of the Civic Platform (PO), before he left the party.';
    expect(rolesOf(text)).toContain('Kellan Marsh | member of the Civic Platform (PO) | Civic Platform');
  });

  test('"In 2010, X was the head of Y": with a comma', () => {
    expect(rolesOf('In 2010, Kellan Marsh was the head of the Gdansk Chamber of Commerce.')).toContain('Kellan Marsh | head of the Gdansk Chamber of Commerce | Gdansk Chamber of Commerce');
  });

  test('not after an opening that is no span of years ("In Gdansk X was …")', () => {
    expect(rolesOf('In the end Kellan Marsh was the head of the Gdansk Chamber of Commerce.')).not.toContain('Kellan Marsh | head of the Gdansk Chamber of Commerce | Gdansk Chamber of Commerce');
  });
});

describe('a town\'s office pointed back to by "the city"', () => {
  test('"X (53), mayor of the city for 20 years": an age in parentheses, then the town named last', () => {
    const text = 'The mayor of the northern city of Gdansk has died. Kellan Marsh (53), mayor of the city for 20 years, was attacked.';
    expect(rolesOf(text)).toContain('Kellan Marsh | mayor | Gdansk');
  });

  test('"the city\'s mayor, X"', () => {
    expect(rolesOf('Heavy shelling hit Kharkiv on Monday. The city\'s mayor, Kellan Marsh, said six people died.')).toContain('Kellan Marsh | city\'s mayor | Kharkiv');
  });

  test('not a region or a province ("Buenos Aires province")', () => {
    const text = 'Voters in Buenos Aires province went to the polls. Kellan Marsh, mayor of the city, voted early.';
    expect(rolesOf(text)).not.toContain('Kellan Marsh | mayor | Buenos Aires');
  });

  test('an age in parentheses does not make a role of what is no apposition', () => {
    expect(rolesOf('Kellan Marsh (53), who was hurt, left hospital.').filter((r) => r.startsWith('Kellan Marsh |'))).toEqual([]);
  });
});

describe('a town\'s office in a story about one town is the town\'s', () => {
  const body = 'Russian missiles struck the centre of Sumy on Sunday. Rescuers in Sumy searched the rubble.\nActing Mayor Kellan Marsh said 34 people had died.';

  test('"Acting Mayor X" in a story about Sumy', () => {
    expect(rolesOfArticle('Missiles hit Sumy', body)).toContain('Kellan Marsh | Acting Mayor | Sumy');
  });

  test('not when the holder\'s own sentence names another town', () => {
    const other = 'Russian missiles struck the centre of Sumy on Sunday. Rescuers in Sumy searched the rubble.\nActing Mayor Kellan Marsh said Kharkiv would send help.';
    expect(rolesOfArticle('Missiles hit Sumy', other)).not.toContain('Kellan Marsh | Acting Mayor | Sumy');
  });

  test('not when two towns are named as often', () => {
    const two = 'Missiles struck Sumy and Kharkiv on Sunday. Rescuers in Sumy and Kharkiv searched the rubble.\nActing Mayor Kellan Marsh said 34 people had died.';
    expect(rolesOfArticle('Missiles hit two cities', two)).not.toContain('Kellan Marsh | Acting Mayor | Sumy');
  });

  test('not a region\'s office ("Governor X")', () => {
    const gov = 'Russian missiles struck the centre of Sumy on Sunday. Rescuers in Sumy searched the rubble.\nGovernor Kellan Marsh said 34 people had died.';
    expect(rolesOfArticle('Missiles hit Sumy', gov)).not.toContain('Kellan Marsh | Governor | Sumy');
  });
});

describe('a town before "city Mayor" and the holder\'s name', () => {
  test('"Lanús city Mayor X" opening a sentence', () => {
    const text = 'The coalition came second. Lanús city Mayor Kellan Marsh won the primary.';
    expect(mentionsOf(text)).toContain('Place:Lanús');
    expect(rolesOf(text)).toContain('Kellan Marsh | Mayor | Lanús');
  });

  test('not a surname of a person the article names', () => {
    expect(mentionsOf('Maria Lanús spoke first. Lanús city Mayor Kellan Marsh answered.')).not.toContain('Place:Lanús');
  });
});

describe('a state office held by one of a nationality\'s people', () => {
  test('"Iraqi figures, including Prime Minister X"', () => {
    const text = 'As speculation grew about a strike on Iran, Iraqi figures, including Prime Minister Kellan Marsh, said US forces could not use Iraqi territory.';
    expect(rolesOf(text)).toContain('Kellan Marsh | Prime Minister | Iraq');
  });

  test('"senior Kenyan officials such as Interior Minister X"', () => {
    expect(rolesOf('Senior Kenyan officials such as Interior Minister Kellan Marsh attended the funeral.')).toContain('Kellan Marsh | Interior Minister | Kenya');
  });

  test('not when the nationality qualifies no group of people', () => {
    expect(rolesOf('Iraqi oil exports, including those Prime Minister Kellan Marsh approved, rose.')).not.toContain('Kellan Marsh | Prime Minister | Iraq');
  });
});
