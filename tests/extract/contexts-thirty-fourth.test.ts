// Courtesy titles of Commonwealth and Pacific parliaments, ages that make a lone word a person, everyday nouns before a
// speaker's name and a country's title without a name, from the quote-speaker misses of real batches 1-418
// (thirty-fourth session). Sentences are invented; the kinds of phrase are real.
import { mentionsOf, speakersOf } from './helpers.js';

describe('"Hon." and "Rt Hon" are courtesy titles, no name', () => {
  test.each([
    ['The Deputy Prime Minister Hon. Tomas Ruarai removed him from office on Monday.', 'Person:Tomas Ruarai'],
    ['The Rt. Hon. Tomas Ruarai met the Honourable Lina Tabi in Port Vila.', 'Person:Lina Tabi'],
    ['Others are Hon. Justice Dr Smokin Kibet, Hon. Lady Justice Njoki Susanna Wanjiru and Hon. Justice Isaac Mwangi.', 'Person:Njoki Susanna Wanjiru'],
  ])('%s', (text, expected) => {
    const found = mentionsOf(text);
    expect(found).toContain(expected);
    expect(found.filter((m) => /^Person:(?:Hon|Rt|Lady)$/.test(m))).toEqual([]);
  });

  test('the speaker after "Hon." is the person\'s surname, not the title', () => {
    expect(speakersOf('The Deputy Prime Minister Hon. Tomas Ruarai was removed in Port Vila.\n\n“We will continue to serve the people,” Hon. Ruarai said.')).toEqual(['Ruarai']);
  });
});

describe('an age after a lone capitalized word makes it a person', () => {
  test('"said Serdar, 37, who …"', () => {
    expect(speakersOf('“I heard one big explosion first,” said Serdar, 37, who was working at a newspaper stand in Ankara.')).toEqual(['Serdar']);
  });

  test('"said Ayoub (18)," and "Karim (18), said"', () => {
    expect(speakersOf('“The police have to admit what they did,” said Ayoub (18), in a suburb of Paris.')).toEqual(['Ayoub']);
    expect(speakersOf('“It has become a competition,” Karim (18), said of the riots in Lyon.')).toEqual(['Karim']);
  });

  test('a known body stays a body', () => {
    expect(mentionsOf('“It has become a competition,” said Reuters, 12, of the riots in Lyon.')).not.toContain('Person:Reuters');
  });
});

describe('nouns of everyday people and of a contest before the speaker\'s name', () => {
  test('"said 30-year-old protestor X"', () => {
    expect(speakersOf('“I came here because my country belongs to Europe”, said 30-year-old protestor Davit Beridze.')).toEqual(['Davit Beridze']);
  });

  test('"Syrian National Coalition member and veteran opponent X told": the person, not the body', () => {
    expect(speakersOf('“Negotiations are taking place,” Syrian National Coalition member and veteran opponent Samir Haddad told AFP.')).toEqual(['Samir Haddad']);
  });
});

describe('a country\'s title with no name after it', () => {
  test('"Iran\'s Supreme Leader said" is the person the article gave that title', () => {
    const text = 'Iran\'s Supreme Leader, Ayatollah Reza Karimi, met the visitors and Foreign Minister Hossein Rahimi in Tehran.\n\n“We consider revenge our duty,” Iran\'s Supreme Leader said.';
    expect(speakersOf(text)).toEqual(['Reza Karimi']);
    expect(mentionsOf(text)).not.toContain('Person:Supreme Leader');
  });
});

describe('plain words before the name that opens a sentence', () => {
  test('"opposition leader X celebrated the outcome: “…”": the sentence\'s subject speaks', () => {
    expect(speakersOf('Meanwhile, opposition leader Juan Ortega celebrated the outcome in Caracas: “Where it started, it ends.”')).toEqual(['Juan Ortega']);
  });

  test('"Elected anti-Islamist X said:"', () => {
    expect(speakersOf('Elected anti-Islamist Amira Ben Salah said: “We will not give our confidence to this government.”')).toEqual(['Amira Ben Salah']);
  });

  test('"He congratulated his rival X on “…”": the rival is the object, not the speaker', () => {
    const text = 'Ivo Horvat of the Democratic Party told a press conference in Zagreb that it was a common victory.\n\nHe congratulated his rival Petar Kovac on “a very difficult and fair fight.”';
    expect(speakersOf(text)).toEqual(['Ivo Horvat']);
  });
});

describe('a service of two words between titles', () => {
  test('"press secretary Air Force Brig. Gen. X" names X, not "Air"', () => {
    const found = mentionsOf('Pentagon press secretary Air Force Brig. Gen. Tom Hale said the strike hit a depot near Qaim.');
    expect(found).toContain('Person:Tom Hale');
    expect(found).not.toContain('Person:Air');
  });
});

describe('words of creed and numbers in the names of bodies', () => {
  test.each([
    ['Members of the Shi\'ite Sadrist bloc walked out of the session in Baghdad.', 'Organization:Sadrist bloc', 'Organization:Shi\'ite Sadrist bloc'],
    ['Khaled Hamadi of the Shiite Dawa party spoke in Baghdad.', 'Organization:Dawa party', 'Organization:Shiite Dawa party'],
  ])('%s', (text, wanted, unwanted) => {
    const found = mentionsOf(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(unwanted);
  });

  test('"the anti-establishment 5-Star Movement"', () => {
    expect(mentionsOf('The League walked out of government with the anti-establishment 5-Star Movement in August.')).toContain('Organization:5-Star Movement');
  });
});
