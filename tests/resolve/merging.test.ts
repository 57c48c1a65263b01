// What resolution merges and what it keeps apart, across and within articles. Invented names throughout.
import { validateGraphData, type GraphData } from '../../graph-schema/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import { aliasesOf, build, given, names, type MentionSpec } from './helpers.js';

const resolveGiven = (articles: [string, MentionSpec[]][]): GraphData => {
  const data = resolveCorpus(articles.map(([text, specs], i) => given(i, text, specs)));
  expect(validateGraphData(data)).toEqual([]);
  return data;
};

describe('people: forms that are one person (extracted articles)', () => {
  const rows: [string, string[], string[]][] = [
    ['a surname after the full name', ['Prime Minister Karim Jaber al-Tamimi met envoys. Tamimi said the talks went well.'], ['Karim Jaber al-Tamimi']],
    ['the name without its middle name, in another article', ['Prime Minister Karim Jaber al-Tamimi met envoys.', 'Karim al-Tamimi spoke again.'], ['Karim Jaber al-Tamimi']],
    ['transliterations of first and last name', ['Cleric Haidar al-Obaidi preached.', 'Haider al-Ubaidi agreed.'], ['Haidar al-Obaidi']],
    ['Yahya and Yehia, a y written as a vowel', ['Spokesman Yahya Nadeem spoke.', 'Spokesman Yehia Nadim spoke.'], ['Yahya Nadeem']],
    ['al- and Al- before the surname', ['Haidar al-Obaidi preached. Al-Obaidi’s followers marched.'], ['Haidar al-Obaidi']],
    ['a family name written first, then alone', ['Spokesman Zhao Weiming spoke. Zhao said the drills would go on.'], ['Zhao Weiming']],
    ['the first of two surnames alone', ['Analyst Lucía Fernanda Quiroga Ortega spoke. “It is late,” Quiroga said.'], ['Lucía Fernanda Quiroga Ortega']],
    ['an English given name before the full name', ['Leader Victor Kuo Ming-hsien spoke. Kuo Ming-hsien said so.'], ['Victor Kuo Ming-hsien']],
    ['the Mandarin name, family name first, of the one person of that surname', ['Defence Minister Stanley Hsu spoke on Monday. Hsu Wei-chen, as he is known in Mandarin, added that the drills went on.'], ['Hsu Wei-chen']],
    ['a spaced particle inside the name', ['Foreign Minister Rami Al Qaderi spoke.', 'Rami Nabil al-Qaderi said so.', 'Minister Rami al-Qadiri agreed.'], ['Rami Nabil al-Qaderi']],
  ];
  test.each(rows)('%s', (_, texts, expected) => {
    expect(names(build(texts), 'Person')).toEqual(expected);
  });

  test('a family name written first joins the one bearer of that surname only where the text gives it as another name', () => {
    expect(names(build(['Senator Andy Kim met officials in Seoul on Monday. Her sister Kim Yo-jong warned Washington on Sunday.']), 'Person')).toEqual(['Andy Kim', 'Kim Yo-jong']);
  });

  test('every surface form stays on the node as an alias', () => {
    const data = build(['Cleric Haidar al-Obaidi preached. Al-Obaidi’s followers marched.', 'Haider al-Ubaidi agreed.']);
    expect(aliasesOf(data, 'Haidar al-Obaidi')).toEqual(['Al-Obaidi', 'Haider al-Ubaidi']);
  });
});

describe('people: forms that are one person (given mentions)', () => {
  const rows: [string, [string, MentionSpec[]][], string[]][] = [
    ['a surname alone in another article joins the only person of that surname',
      [['Haidar al-Obaidi preached.', [['Person', 'Haidar al-Obaidi']]], ['Later, Obaidi said he agreed.', [['Person', 'Obaidi']]]],
      ['Haidar al-Obaidi']],
    ['a surname with its article written on, when the first name agrees',
      [['Badr Alnuaimi spoke.', [['Person', 'Badr Alnuaimi']]], ['Badr bin Salem Al Nuaimi said so.', [['Person', 'Badr bin Salem Al Nuaimi']]]],
      ['Badr bin Salem Al Nuaimi']],
    ['a surname with a spaced particle is that surname',
      [['Ahmed Al Rawa spoke. Mr Al Rawa left.', [['Person', 'Ahmed Al Rawa'], ['Person', 'Al Rawa']]]],
      ['Ahmed Al Rawa']],
    // real batch 24: an official list writes the family name first; the node keeps the form whose end the article uses alone
    ['a name of two words written the other way round',
      [['The council proclaimed the candidate Varga Tomas. Tomas Varga won. Varga thanked voters.', [['Person', 'Varga Tomas'], ['Person', 'Tomas Varga'], ['Person', 'Varga']]]],
      ['Tomas Varga']],
    ['two people whose names are each other reversed, neither named by one word alone',
      [['Ali Hassan met Hassan Ali in Cairo. Ali Hassan is a trader; Hassan Ali is a lawyer.', [['Person', 'Ali Hassan'], ['Person', 'Hassan Ali'], ['Person', 'Ali Hassan'], ['Person', 'Hassan Ali']]]],
      ['Ali Hassan', 'Hassan Ali']],
  ];
  test.each(rows)('%s', (_, articles, expected) => {
    expect(names(resolveGiven(articles), 'Person')).toEqual(expected);
  });
});

describe('people: forms that must stay apart', () => {
  test.each([
    ['same surname, different first names, one article', ['Ammar al-Hakim and Baqir al-Hakim met.'], ['Ammar al-Hakim', 'Baqir al-Hakim']],
    ['same first name, different surnames', ['Karim Haddad spoke.', 'Karim al-Tamimi spoke.'], ['Karim Haddad', 'Karim al-Tamimi']],
    ['short first names must match exactly', ['Ali Nouri spoke.', 'Eli Nouri spoke.'], ['Ali Nouri', 'Eli Nouri']],
  ])('%s', (_, texts, expected) => {
    expect(names(build(texts as string[]), 'Person')).toEqual(expected);
  });

  test('a surname goes to the nearest person of that surname before it, not the first', () => {
    const data = build(['Sami Darwish arrived. Nabil Darwish left. Darwish said nothing.']);
    expect(names(data, 'Person')).toEqual(['Nabil Darwish', 'Sami Darwish']);
    expect(aliasesOf(data, 'Nabil Darwish')).toEqual(['Darwish']);
    expect(aliasesOf(data, 'Sami Darwish')).toEqual([]);
  });

  test('two people of one surname in one article: each surname goes to the nearer one', () => {
    const data = resolveGiven([[
      'Ammar al-Hakim spoke. Al-Hakim left. Later Baqir al-Hakim came. Al-Hakim stayed.',
      [['Person', 'Ammar al-Hakim'], ['Person', 'Al-Hakim'], ['Person', 'Baqir al-Hakim'], ['Person', 'Al-Hakim']],
    ]]);
    expect(names(data, 'Person')).toEqual(['Ammar al-Hakim', 'Baqir al-Hakim']);
    const said = data.relationships.filter((r) => r.type === 'MENTIONS').map((r) => `${r.target}=${'count' in r ? r.count : ''}`).sort();
    expect(said).toEqual(['person:ammar-al-hakim=2', 'person:baqir-al-hakim=2']);
  });

  test('a surname alone is not glued to one of two people of that surname elsewhere in the corpus', () => {
    const data = resolveGiven([
      ['Sami Darwish arrived.', [['Person', 'Sami Darwish']]],
      ['Nabil Darwish left.', [['Person', 'Nabil Darwish']]],
      ['Darwish resigned.', [['Person', 'Darwish']]],
    ]);
    expect(names(data, 'Person')).toEqual(['Darwish', 'Nabil Darwish', 'Sami Darwish']);
  });

  test('a name without a middle name between two people who have different ones stays apart', () => {
    const data = resolveGiven([
      ['Ali Hadi Karam spoke.', [['Person', 'Ali Hadi Karam']]],
      ['Ali Sami Karam spoke.', [['Person', 'Ali Sami Karam']]],
      ['Ali Karam spoke.', [['Person', 'Ali Karam']]],
    ]);
    expect(names(data, 'Person')).toEqual(['Ali Hadi Karam', 'Ali Karam', 'Ali Sami Karam']);
  });

  test('a written-on article does not join a surname alone', () => {
    const data = resolveGiven([
      ['Omar Alnuaimi spoke.', [['Person', 'Omar Alnuaimi']]],
      ['Nuaimi resigned.', [['Person', 'Nuaimi']]],
    ]);
    expect(names(data, 'Person')).toEqual(['Nuaimi', 'Omar Alnuaimi']);
  });
});

describe('organizations: one node per organization', () => {
  test.each([
    ['an acronym defined in parentheses', ['The Northern Defense Council (NDC) met on Monday. The NDC said it would act.'], ['Northern Defense Council']],
    ['an acronym whose initials spell a name in the same article', ['The Northern Defense Council met on Monday. Later the NDC said it would act.'], ['Northern Defense Council']],
    ['an acronym defined in one article, used alone in another', ['The Northern Defense Council (NDC) met.', 'The NDC issued a warning.'], ['Northern Defense Council']],
    ['a country’s government written three ways', ['The Jordanian government spoke.', 'The Government of Jordan agreed.', 'Jordan’s government left.'], ['Jordanian government']],
    ['ISIS and the Islamic State', ['ISIS fighters attacked.', 'The Islamic State lost ground. The Islamic State group retreated.'], ['Islamic State']],
  ])('%s', (_, texts, expected) => {
    expect(names(build(texts as string[]), 'Organization')).toEqual(expected);
  });

  test('an acronym in brackets and its name are one node with both forms as aliases', () => {
    const data = build(['ISF [Iraq Security Forces] troops deployed.']);
    const org = data.nodes.filter((n) => n.type === 'Organization');
    expect(org).toHaveLength(1);
    expect(aliasesOf(data, String('name' in org[0]! ? org[0].name : ''))).toEqual(expect.arrayContaining(['ISF', 'Iraq Security Forces']));
  });

  test('U.S., US, United States and America are one place', () => {
    const data = build(['The U.S. and the US agreed.', 'The United States and America left.']);
    expect(names(data, 'Place')).toEqual(['United States']);
    expect(aliasesOf(data, 'United States')).toEqual(['America', 'U.S.', 'US']);
  });

  test('a name the lexicon does not know joins the known acronym it spells in its article', () => {
    const data = resolveGiven([[
      'The Organization of Gas Exporting States (OGES) met.',
      [['Organization', 'Organization of Gas Exporting States'], ['Organization', 'OGES', 'org:OGES']],
    ]]);
    expect(names(data, 'Organization')).toEqual(['Organization of Gas Exporting States']);
    expect(aliasesOf(data, 'Organization of Gas Exporting States')).toEqual(['OGES']);
  });
});

describe('organizations: transliterations of one name', () => {
  const org = (text: string): [string, MentionSpec[]] => [`${text} claimed it.`, [['Organization', text]]];
  test.each([
    ['vowels and doubled letters', ['Saraya al-Salam', 'Saraya al-Salaam'], ['Saraya al-Salaam']],
    ['an apostrophe inside a word', ['Asa’ib Ahl al-Nur', 'Asaib Ahl al-Nur'], ['Asa’ib Ahl al-Nur']],
    ['names that differ by more than spelling stay apart', ['Hassan Brigade', 'Hussein Brigade'], ['Hassan Brigade', 'Hussein Brigade']],
    ['a short word must match exactly', ['Ali Brigade', 'Eli Brigade'], ['Ali Brigade', 'Eli Brigade']],
  ])('%s', (_, forms, expected) => {
    expect(names(resolveGiven(forms.map(org)), 'Organization')).toEqual(expected);
  });
});

describe('organizations: forms that must stay apart', () => {
  test('an acronym defined two ways in the corpus stays on its own where it is not defined', () => {
    const data = build(['The Northern Defense Council (NDC) met.', 'The National Dairy Council (NDC) met.', 'The NDC issued a warning.']);
    expect(names(data, 'Organization')).toEqual(['NDC', 'National Dairy Council', 'Northern Defense Council']);
  });

  test('an acronym whose initials spell two names in its article joins neither', () => {
    const data = resolveGiven([[
      'The Northern Defense Council and the National Dairy Council met. The NDC said so.',
      [['Organization', 'Northern Defense Council'], ['Organization', 'National Dairy Council'], ['Organization', 'NDC']],
    ]]);
    expect(names(data, 'Organization')).toEqual(['NDC', 'National Dairy Council', 'Northern Defense Council']);
  });

  test('"the Supreme Court" of a Kenyan story and of a Pakistani one are two courts', () => {
    const data = build([
      'The Kenyan Supreme Court annulled the vote on Friday. The Supreme Court ordered a new poll.',
      'Pakistan’s Supreme Court disqualified the prime minister. The Supreme Court gave its ruling on Friday.',
    ]);
    expect(names(data, 'Organization')).toEqual(['Kenyan Supreme Court', 'Pakistani Supreme Court']);
  });
});

describe('places: the name a node carries', () => {
  test('"Kurdistan" and "the Kurdistan Region" are one node named "Kurdistan Region", the region’s own name', () => {
    expect(names(build(['Fighters fled to Kurdistan on Monday.', 'Officials in the Kurdistan Region said so.']), 'Place')).toEqual(['Kurdistan Region']);
  });
});
