// Role, organization and speaker patterns from the misses of real batches 1-342 (twenty-third session). Sentences and
// names are invented.
import { extract, rolesOf, speakersOf, ruleRolesOf } from './helpers.js';

/** The organization mentions of a text, as written. */
function orgs(text: string): string[] {
  return extract(text).mentions.filter((m) => m.type === 'Organization').map((m) => m.text);
}

describe('roles the misses asked for', () => {
  test.each([
    // An age between commas before the apposition.
    ['Tamar Qoruz, 51, the current education minister of Tonga, has won the vote.', ['Tamar Qoruz | current education minister of Tonga | Tonga']],
    // ... but not before a predicate the copula reads (one role, not two).
    ['Ivo Horvat, 64, was China’s justice minister from 2020 to 2023.', ['Ivo Horvat | justice minister | China']],
    // A high commissioner is a state's envoy: the nationality before the title names the state.
    ['British High Commissioner Ana Ruiz met the president on Monday.', ['Ana Ruiz | High Commissioner | United Kingdom']],
    ['The meeting was attended by Indian high commissioner Ana Ruiz, the report said.', ['Ana Ruiz | high commissioner | India']],
    // "X replaced Y as …": the subject takes the office the object held.
    ['On Monday John Tamar replaced Peter Qoruz as prime minister of Fiji.', ['John Tamar | prime minister of Fiji | Fiji', 'Peter Qoruz | prime minister of Fiji | Fiji']],
    // "has become": the perfect of "become".
    ['Ana Ruiz has become Australia’s first female prime minister.', ['Ana Ruiz | first female prime minister | Australia']],
    // A capitalized portfolio between the body and the title.
    ['EU Enlargement Commissioner Ivo Horvat described the arrests as worrying.', ['Ivo Horvat | Enlargement Commissioner | EU']],
    // A past verb before a title set off by a comma opens the phrase; the verb and its subject are no part of the role.
    ['He defeated incumbent President, Ivo Horvat in the vote.', ['Ivo Horvat | incumbent President | ']],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toEqual(expected);
  });

  test('"leaders including A of Zimbabwe and B of Botswana": each listed name is the country\'s, with the plural\'s role', () => {
    expect(rolesOf('It was attended by regional leaders including Ivo Horvat of Zimbabwe and Tamar Qoruz of Botswana.'))
      .toEqual(['Ivo Horvat | leader | Zimbabwe', 'Tamar Qoruz | leader | Botswana']);
    expect(rolesOf('Fifteen heads of state, including Ana Ruiz of Cuba, attended the summit.')).toEqual(['Ana Ruiz | head of state | Cuba']);
    // With no plural role noun to say what the listed are, nothing.
    // The rule's guard (the learned roles pass, as retrained in the forty-sixth session, ties him to Canada).
    expect(ruleRolesOf('A letter from John Tamar of Canada arrived on Monday.')).toEqual([]);
  });

  test('"X, of the Y Institute, said": an apposition the comma after the body closes makes X a member', () => {
    expect(rolesOf('John Tamar, of the Middle East Institute, said the attack took place on Saturday.')).toEqual(['John Tamar | member | Middle East Institute']);
    // Not after a preposition: the person is an object there.
    expect(ruleRolesOf('Criticism of John Tamar, of the Middle East Institute, grew.')).toEqual([]);
  });

  test('"X who defeated President Y in last month\'s election, has been sworn in as …": the relative clause\'s subject is sworn in', () => {
    expect(rolesOf('Nana Qoruz who defeated incumbent President, John Tamar in last month’s election, has been sworn in as Ghana’s new president.'))
      .toEqual(['Nana Qoruz | new president | Ghana', 'John Tamar | incumbent President | Ghana']);
  });
});

describe('a person the article names is no part of a body\'s name before "and"', () => {
  test('"Both Horvat and National Assembly speaker X": "National Assembly", not "Horvat and National Assembly"', () => {
    const text = 'Prime Minister Emmanuel Ivo Horvat resigned. Both Horvat and National Assembly speaker Tamar Qoruz accepted the decision.';
    expect(orgs(text)).toEqual(['National Assembly']);
    expect(rolesOf(text)).toContain('Tamar Qoruz | speaker | National Assembly');
  });

  test('a body whose first word is no one\'s name keeps its "and"', () => {
    expect(orgs('The Trade and Industry Ministry said exports rose.')).toEqual(['Trade and Industry Ministry']);
  });
});

describe('speakers', () => {
  test('"he received the sash and baton from outgoing president X. “…,” he said": an "and" between two nouns opens no clause', () => {
    const text = 'Tamar Qoruz was sworn in as president on Sunday. Aged 53, he received the sash and baton from the hands of outgoing president Ivo Horvat. '
      + '“There is no alternative to reform,” he said in his speech.';
    expect(speakersOf(text)).toEqual(['Tamar Qoruz']);
  });

  test('"the new President said" names the holder the roles pass gave that very office, not the incumbent named last', () => {
    const text = 'Nana Qoruz, who defeated incumbent President, John Tamar in last month’s election, has been sworn in as Ghana’s new president.\n\n'
      + 'The new President has vowed to revive the economy, saying that “there are brighter days ahead”.';
    expect(speakersOf(text)).toEqual(['Nana Qoruz']);
  });
});

describe('second round: from the misses of batches 343-346', () => {
  const places = (text: string): string[] => extract(text).mentions.filter((m) => m.type === 'Place').map((m) => m.text);
  const people = (text: string): string[] => extract(text).mentions.filter((m) => m.type === 'Person').map((m) => m.text);

  test('a named site\'s lower-case head after a name no gazetteer holds ("Rukban camp"), not after a known place or a creed', () => {
    expect(places('Families were moved to Rukban camp near the border.')).toEqual(['Rukban camp']);
    expect(places('He was taken to a Beirut hospital on Monday.')).toEqual(['Beirut']);
    expect(places('Fighters of the Shia camp met on Monday.')).toEqual([]);
  });

  test('"Other African presidents, including Kenya\'s A and Rwanda\'s B": a country\'s possessive before a listed name', () => {
    expect(rolesOf('Other African presidents, including Kenya’s Ivo Horvat and Rwanda’s Tamar Qoruz, were present.'))
      .toEqual(['Ivo Horvat | president | Kenya', 'Tamar Qoruz | president | Rwanda']);
    // With no plural role noun before it, the possessive gives no role.
    expect(rolesOf('Kenya’s Ivo Horvat said the leaders would meet.')).toEqual([]);
  });

  test('"A, Minister of X, B, Minister of Y": each office is the name\'s before it, not the next one\'s', () => {
    const roles = rolesOf('The meeting was attended by Sayyid Badr bin Qoruz al Zadi, Minister of the Royal Office, Gen Salim bin Tamar al Harthi, Minister of Finance, and others.');
    expect(roles).toContain('Salim bin Tamar al Harthi | Minister of Finance | ');
    expect(roles.filter((r) => r.startsWith('Salim bin Tamar al Harthi | Minister of the Royal Office'))).toEqual([]);
  });

  test('"Minister Responsible for Foreign Affairs" is a title, and its complement is no person', () => {
    expect(rolesOf('Minister Responsible for Foreign Affairs Badr bin Qoruz spoke on Monday.')).toEqual(['Badr bin Qoruz | Minister Responsible for Foreign Affairs | ']);
    expect(people('It was attended by Badr bin Qoruz al Zadi, Minister Responsible for Foreign Affairs and Salim bin Tamar al Harthi, Minister Responsible for Financial Affairs.'))
      .toEqual(['Badr bin Qoruz al Zadi', 'Salim bin Tamar al Harthi']);
  });

  test('an oath that opens with "I" and a name is that person\'s, the paragraph after it too', () => {
    const text = 'Tamar Qoruz won 56% of the vote, defeating Vice President Ivo Horvat, who secured 41%.\n\n'
      + 'He took the oath of office at the square.\n\n'
      + '“I Tamar Qoruz, do, in the name of the almighty God swear that I will bear true faith to the Republic,” he said.\n\n'
      + '“And that I will preserve the constitution of the Republic, so help me God.”';
    expect(speakersOf(text)).toEqual(['Tamar Qoruz', 'Tamar Qoruz']);
  });

  test('"He took the oath … ¶ “…,” he said": sentences whose subject is the same pronoun carry an older subject on', () => {
    const text = 'Tamar Qoruz won 56% of the vote, defeating Vice President Ivo Horvat, who secured 41%.\n\n'
      + 'Qoruz’s term is his second in the top job.\n\n'
      + 'He took the oath of office at the square.\n\n'
      + '“We will bear true faith to the Republic,” he said.';
    expect(speakersOf(text)).toEqual(['Tamar Qoruz']);
  });
});

describe('third round: from the misses of batches 347-350', () => {
  test('"the presidents of Costa Rica, A; Colombia, B; …": each holder is the country\'s before them', () => {
    expect(rolesOf('Present at the ceremony were the presidents of Costa Rica, Ana Ruiz; Colombia, Ivo Horvat; and Panama, Tamar Qoruz.'))
      .toEqual(['Ana Ruiz | president | Costa Rica', 'Ivo Horvat | president | Colombia', 'Tamar Qoruz | president | Panama']);
  });

  test('"X, whose People\'s Harbor Party won 34 seats": the body a relative "whose" gives the person', () => {
    expect(rolesOf('Ivo Horvat, whose People’s Harbor Party won 34 of 60 seats last week, pledged to work with the opposition.'))
      .toEqual(['Ivo Horvat | member | People’s Harbor Party']);
  });

  test('"said Hernandez, Honduras\' ninth president" after "Juan Tamar Hernández": the surname without its accents is the person, no town', () => {
    const x = extract('Juan Tamar Hernández was sworn in on Monday. “I promise to be faithful to the Republic,” said Hernandez, Honduras’ ninth president since 1982.');
    expect(x.mentions.filter((m) => m.type !== 'Person' && m.text === 'Hernandez')).toEqual([]);
    expect(x.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Juan Tamar Hernández', 'Hernandez']);
  });
});

describe('fourth round: from the misses of batches 351-354', () => {
  const typed = (text: string, type: string): string[] => extract(text).mentions.filter((m) => m.type === type).map((m) => m.text);

  test('"Albu Qasir, the last major town held by …": a settlement\'s apposition makes no person ("major" is no rank there)', () => {
    expect(typed('Syrian forces have taken Albu Qasir, the last major town held by the group in the country.', 'Person')).toEqual([]);
  });

  test('"a facility at Abu Qasir, Syria, that …": a name set off by a country alone is a town in it', () => {
    expect(typed('Two jets bombed a facility at Abu Qasir, Syria, on Friday.', 'Person')).toEqual([]);
    expect(typed('Two jets bombed a facility at Abu Qasir, Syria, on Friday.', 'Place')).toEqual(['Abu Qasir', 'Syria']);
  });

  test('"in the center of Maaret al-Qasir city": a place\'s head after an Arabic name makes no person', () => {
    expect(typed('An airstrike killed four civilians in the center of Maaret al-Qasir city, the monitor reported.', 'Person')).toEqual([]);
  });

  test('"Air Chief Marshal" is a rank, no person', () => {
    expect(typed('Chief of staff Air Chief Marshal Ivo Horvat says he is confident.', 'Person')).toEqual(['Ivo Horvat']);
  });

  test('"Qoruz said …" makes the word a person wherever it stands, and "the prime minister said" after "Qoruz discussed …" is Qoruz', () => {
    const text = 'The parliament met on Sunday.\n\nQoruz discussed a major offensive launched by the army, and urged unity.\n\n'
      + '“The second phase of the operation will begin today,” the prime minister said.\n\nQoruz said there is complete cooperation between the forces.';
    expect(typed(text, 'Person')).toEqual(['Qoruz', 'Qoruz']);
    expect(speakersOf(text)).toEqual(['Qoruz']);
  });
});

describe('fifth round: from the misses of batches 359-362', () => {
  test('"the Self-Administration said": a compound of common words is no one\'s lone name', () => {
    expect(extract('The Self-Administration said on Monday that aid had arrived.').mentions.filter((m) => m.type === 'Person')).toEqual([]);
    // A hyphenated surname still is: "Ruiz-Tagle said".
    expect(extract('On Monday Ruiz-Tagle said the vote would go ahead.').mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Ruiz-Tagle']);
  });
});

describe('sixth round: from the misses of batches 363-366', () => {
  test('"the town of Zirgan (Abu Qasir)": a name in brackets after a settlement\'s name is no person', () => {
    expect(extract('Turkish-backed factions shelled the town of Zirgan (Abu Qasir) north of Hasakah.').mentions.filter((m) => m.type === 'Person')).toEqual([]);
  });

  test('"wa" joins a Bantu name as "bin" joins an Arabic one ("Ivo wa Horvat")', () => {
    expect(rolesOf('Malawi President Ivo wa Horvat has sacked his cabinet.')).toEqual(['Ivo wa Horvat | President | Malawi']);
  });
});

describe('seventh round: from the misses of batches 367-370', () => {
  const text = 'In addition, the Decree approved the appointment of the following:\n1. Ivo Horvat as Deputy Prime Minister and Minister of Local Administration\n'
    + '2. Tamar Qoruz as Deputy Prime Minister and Minister of Foreign Affairs\n3. Ana Ruiz as Minister of Agriculture';

  test('a numbered list\'s items are prose, not headlines: their names are found', () => {
    expect(extract(text).mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Ivo Horvat', 'Tamar Qoruz', 'Ana Ruiz']);
  });

  test('"Deputy Prime Minister and Minister of Local Administration": two offices, no body of that name', () => {
    expect(extract(text).mentions.filter((m) => m.type === 'Organization').map((m) => m.text)).not.toContain('Deputy Prime Minister and Minister of Local Administration');
  });
});
