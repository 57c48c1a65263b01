// General patterns from the misses of the real batches 231-234, written in the nineteenth session before the first
// contacts of batches 235-238 were recorded. Sentences are invented; the places are real because the rules read the
// gazetteer.
import { mentionsOf, rolesOf, rolesOfArticle, speakersOf } from './helpers.js';

describe('a day or a month before "the" is no part of the name after it', () => {
  test('"said Thursday the Harbor Ministry of Defence"', () => {
    const found = mentionsOf('The militants were identified, said Thursday the Harbor Ministry of Defence in a communiqué.');
    expect(found).toContain('Organization:Harbor Ministry of Defence');
    expect(found.filter((m) => m.includes('Thursday'))).toEqual([]);
  });

  test('"On Monday the Ministry of Finance said"', () => {
    expect(mentionsOf('On Monday the Ministry of Finance said the budget was ready.')).toContain('Organization:Ministry of Finance');
  });

  test('a name that has "the" inside it keeps it ("Organization of the Harbor States")', () => {
    expect(mentionsOf('Kellan Marsh spoke to the Organization of the Harbor States on Monday.')).toContain('Organization:Organization of the Harbor States');
  });
});

describe('a party named after a word of political leaning', () => {
  test('"the far-right Brothers of Harbor": the whole name, not the place inside it', () => {
    expect(mentionsOf('Kellan Marsh, backed by the far-right Brothers of Italy, will be elected governor.')).toContain('Organization:Brothers of Italy');
  });

  test('one word: "the left-wing Zorvek lost", "the opposition Tarsk gained"', () => {
    const found = mentionsOf('Kellan Marsh spoke on Monday. The left-wing Zorvek lost seats while the opposition Tarsk gained.');
    expect(found).toContain('Organization:Zorvek');
    expect(found).toContain('Organization:Tarsk');
  });

  test('not a word of the language ("the opposition Government")', () => {
    expect(mentionsOf('Kellan Marsh spoke on Monday about the conservative Plans of the cabinet.')).not.toContain('Organization:Plans');
  });

  test('not an adjective before a noun ("the conservative Saharan desert nation")', () => {
    expect(mentionsOf('Kellan Marsh visited the conservative Saharan desert nation on Monday.')).not.toContain('Organization:Saharan');
  });

  test('not a person in apposition to a person\'s noun ("his predecessor, the conservative X,")', () => {
    const found = mentionsOf('Kellan Marsh shook hands, something his predecessor, the conservative Andonis Varkaris, did not do.');
    expect(found).not.toContain('Organization:Andonis Varkaris');
  });

  test('a name the other passes know keeps their reading ("the ruling Harbor Party")', () => {
    expect(mentionsOf('Kellan Marsh spoke for the centre-right Harbor Party on Monday.')).toContain('Organization:Harbor Party');
  });
});

describe('a list of names after a noun of bodies, one of them a body the text names', () => {
  test('"A coalition of Zorvan, PSOE and Tarsk"', () => {
    const found = mentionsOf('A coalition of Zorvan, PSOE and Tarsk is not going to give Murcia stability.');
    expect(found).toContain('Organization:Zorvan');
    expect(found).toContain('Organization:Tarsk');
  });

  test('not without a noun of bodies ("Zorvan, PSOE and Tarsk met")', () => {
    expect(mentionsOf('On Monday Zorvan, PSOE and Tarsk met in Murcia.')).not.toContain('Organization:Zorvan');
  });

  test('not with a place among them ("a coalition of Hamas, Gaza and Zorvan")', () => {
    expect(mentionsOf('He spoke of a coalition of Hamas, Gaza and Zorvan on Monday.')).not.toContain('Organization:Zorvan');
  });

  test('not with no known body among them', () => {
    expect(mentionsOf('He spoke of a coalition of Zorvan, Tarsk and Velmar on Monday.')).not.toContain('Organization:Zorvan');
  });
});

describe('a town of the gazetteer before a part of a town', () => {
  test('"set alight in a Piet Retief township"', () => {
    expect(mentionsOf('Several properties were set alight in a Piet Retief township, police said on Tuesday.')).toContain('Place:Piet Retief');
  });

  test('not a word of the language ("a Golden township")', () => {
    expect(mentionsOf('Several properties were set alight in a Golden township, police said on Tuesday.')).not.toContain('Place:Golden');
  });
});

describe('a speaker described by a possessor before the name', () => {
  test('"the Harbor Rights Commission\'s Kellan Marsh said": the person', () => {
    expect(speakersOf('"The deployment is not justifiable," the Harbor Rights Commission\'s Kellan Marsh said.')).toEqual(['Kellan Marsh']);
  });

  test('"the island\'s Financial Crimes Commission said": the body, not another commission named before', () => {
    const text = 'The Harbor Rights Commission met on Monday.\n"A case of money-laundering," the island\'s Financial Crimes Commission said.';
    expect(speakersOf(text)).toEqual(['Financial Crimes Commission']);
  });

  test('"the rebels\' health ministry spokesman Kellan Marsh said"', () => {
    expect(speakersOf('"Four killed and 13 wounded," the rebels\' health ministry spokesman Kellan Marsh said.')).toEqual(['Kellan Marsh']);
  });

  test('an adverb after the name: "the FMLN\'s Kellan Marsh promptly said"', () => {
    expect(speakersOf('"We are democrats," the FMLN\'s Kellan Marsh promptly said.')).toEqual(['Kellan Marsh']);
  });

  test('not a noun in -ly ("the Marsh family said")', () => {
    expect(speakersOf('"We want justice," the Marsh family said.')).not.toEqual(['Marsh']);
  });
});

describe('a role that names the parliament in a word of its own', () => {
  const body = 'Iraq\'s government faces a crisis. Officials met on Monday in Baghdad, Iraq.\nDeputy speaker of parliament Kellan Marsh said the vote would come.';

  test('"Deputy speaker of parliament X" in a story about Iraq: the Iraqi parliament', () => {
    expect(rolesOfArticle('Crisis in Baghdad', body)).toContain('Kellan Marsh | Deputy speaker of parliament | parliament');
    expect(mentionsOf(body, true)).toContain('Organization:parliament');
  });

  test('not with no country of the story', () => {
    const none = 'Officials met on Monday.\nDeputy speaker of parliament Kellan Marsh said the vote would come.';
    expect(rolesOfArticle('Crisis', none)).not.toContain('Kellan Marsh | Deputy speaker of parliament | parliament');
  });
});

// From the misses of batches 235-238 (first contacts recorded before these were written), judged by 239-242.
describe('local and police titles before a name are the role, not part of the name', () => {
  test('"Mayor of Savanna-la-Mar, Councillor X, says"', () => {
    const found = mentionsOf('Mayor of Savanna-la-Mar, Councillor Kellan Marsh, says the measure is welcome.');
    expect(found).toContain('Person:Kellan Marsh');
    expect(found).not.toContain('Person:Councillor Kellan Marsh');
  });

  test('"Chief Superintendent X revealed"', () => {
    expect(mentionsOf('The police commander, Chief Superintendent Kellan Marsh, revealed that ten people had been shot.')).toContain('Person:Kellan Marsh');
  });
});

describe('a country\'s ministry in lower case in a story about one country', () => {
  const body = 'A young protester died in Tunisia on Monday at El Kamour in southern Tunisia.\nThe health ministry said 50 people were hospitalised.\nInterior ministry spokesman Kellan Marsh said the guard had acted in self-defence.';

  test('"The health ministry said" and "Interior ministry spokesman X": the story country\'s ministries', () => {
    expect(mentionsOf(body, true)).toEqual(expect.arrayContaining(['Organization:health ministry', 'Organization:Interior ministry']));
    expect(rolesOfArticle('Protester dies in Tunisia', body)).toContain('Kellan Marsh | spokesman | Interior ministry');
  });

  test('not in a story about no one country', () => {
    const two = 'Protesters died in Tunisia and Libya on Monday, and more in Tunisia and Libya on Tuesday.\nThe health ministry said 50 people were hospitalised.';
    expect(mentionsOf(two, true)).not.toContain('Organization:health ministry');
  });

  test('not where the sentence names another country ("the health ministry in Libya")', () => {
    const other = 'A young protester died in Tunisia on Monday at El Kamour in southern Tunisia.\nIn Libya the health ministry said 50 people were hospitalised.';
    expect(mentionsOf(other, true)).not.toContain('Organization:health ministry');
  });
});

// From the misses of batches 239-242 (first contacts recorded before these were written), judged by 243-246.
describe('a party after "his" or "her" is the party of the person the pronoun stands for', () => {
  test('"Marsh said the coalition of his Harbor Democratic Party will aim for a majority"', () => {
    const text = 'Prime Minister Kellan Marsh dissolved the lower house on Thursday.\nMarsh said Monday that the coalition of his Harbor Democratic Party will aim for a majority.';
    expect(rolesOf(text)).toContain('Marsh | member | Harbor Democratic Party');
  });

  test('"X and his party": the person the pronoun is joined to', () => {
    expect(rolesOf('Kellan Marsh blamed the defeat on Ivo Horvat and his Harbor Labour Party.')).toContain('Ivo Horvat | member | Harbor Labour Party');
  });

  test('no guess between two people before the pronoun ("X accused Y of betraying his party")', () => {
    const roles = rolesOf('Ana Ruiz accused Ivo Horvat of betraying his Harbor Labour Party on Monday.');
    expect(roles.filter((r) => r.includes('Harbor Labour Party'))).toEqual([]);
  });

  test('not a membership the verb ends ("quit his party")', () => {
    expect(rolesOf('Kellan Marsh quit his Harbor Labour Party on Monday.')).not.toContain('Kellan Marsh | member | Harbor Labour Party');
  });

  test('not a party that qualifies someone else ("his Harbor Labour Party opponent")', () => {
    const text = 'Kellan Marsh conceded defeat on Saturday and congratulated his Harbor Labour Party opponent.';
    expect(rolesOf(text)).not.toContain('Kellan Marsh | member | Harbor Labour Party');
  });

  test('not a former or rival party ("his former Harbor Labour Party")', () => {
    expect(rolesOf('Kellan Marsh criticised his former Harbor Labour Party on Monday.')).not.toContain('Kellan Marsh | member | Harbor Labour Party');
  });
});

describe('a list of names with their portfolios in parentheses is prose, not a run-in headline', () => {
  test('"The Newcomers are Mohamed Bach (Minister of Industry), Mohamed Arkab (Energy and Mines), …"', () => {
    const found = mentionsOf('The Newcomers are Mohamed Bach (Minister of Industry), Mohamed Arkab (Energy and Mines), Kamel Nasri (Transport and Public Works) and Hocine Charhabil (Statistics and Digitization).');
    expect(found).toEqual(expect.arrayContaining(['Person:Mohamed Bach', 'Person:Mohamed Arkab', 'Person:Kamel Nasri', 'Person:Hocine Charhabil']));
  });

  test('a title-case run-in headline is still one ("… Result: Reformist X Wins Runoff Election, Defeats Hard-Liner Y")', () => {
    const text = 'The vote ended with 271 votes. Harbor Presidential Election 2024 Result: Reformist Kellan Marsh Wins Runoff Election, Defeats Hard-Liner Ivo Horvat.';
    expect(mentionsOf(text)).not.toContain('Person:Kellan Marsh');
  });
});

// From the misses of batches 243-246 (first contacts recorded before these were written), judged by 247-250.
describe('"Governor-General" before a name is the role', () => {
  test('"Governor-General Quentin Bryce"', () => {
    const found = mentionsOf('The oath was administered by Governor-General Kellan Marsh at Government House on Thursday.');
    expect(found).toContain('Person:Kellan Marsh');
    expect(rolesOf('The oath was administered by Governor-General Kellan Marsh on Thursday.')).toContain('Kellan Marsh | Governor-General | ');
  });
});

describe('"DC" after Washington is no organization', () => {
  test('"Washington, DC (February 3, 2015) – Ambassador X issued a statement": the quotes after are X\'s', () => {
    const text = 'Washington, DC (February 3, 2015) – Ambassador Kellan Marsh today issued a statement on the cabinet\'s approval of draft laws.\n\n“The cabinet’s approval of the draft law fulfills one of the key promises of the government.';
    expect(mentionsOf(text)).not.toContain('Organization:DC');
    expect(speakersOf(text)).toEqual(['Kellan Marsh']);
  });
});

describe('a document of a body no name stands for speaks as that body', () => {
  test('"said a statement by the coup leadership": the coup leadership', () => {
    expect(speakersOf('The army took power on Wednesday.\n“The military have decided to put an end to the regime,” said a statement by the coup leadership.')).toEqual(['the coup leadership']);
  });

  test('"a statement from the opposition coalition said"', () => {
    expect(speakersOf('“We reject the result,” a statement from the opposition coalition said.')).toEqual(['the opposition coalition']);
  });

  test('a named issuer is still the mention ("a statement from the Harbor Party")', () => {
    expect(speakersOf('“We will win,” a statement from the Harbor Party said.')).toEqual(['Harbor Party']);
  });
});

// From the misses of batches 247-250 (first contacts recorded before these were written), judged by 251-254.
describe('an apostrophe after a name is its possessive, not a plural inside a body\'s name', () => {
  test('"Marsters\' Socialist Party": the party, and Marsters its leader', () => {
    const text = 'Prime Minister Kellan Marsters resigned on Monday. The only party to back the package was Marsters\' Socialist Party, which has 97 seats.';
    expect(mentionsOf(text)).toContain('Organization:Socialist Party');
    expect(rolesOf(text)).toContain('Marsters | leader | Socialist Party');
  });

  test('"Belarus\' Ministry of Foreign Affairs": the country and its ministry', () => {
    expect(mentionsOf('Belarus\' Ministry of Foreign Affairs summoned the envoy on Monday.')).toEqual(expect.arrayContaining(['Place:Belarus', 'Organization:Ministry of Foreign Affairs']));
  });

  test('a plural of the language stays in the name ("Workers\' Party of Korea", "Farmers\' Union")', () => {
    const found = mentionsOf('The Workers\' Party of Korea and the Farmers\' Union held talks about wages on Monday.');
    expect(found).toEqual(expect.arrayContaining(['Organization:Workers\' Party of Korea', 'Organization:Farmers\' Union']));
  });
});

// Guards from the adversarial review of the session's rules (/tmp/review19/report.md, 347 invented probes).
describe('guards of the session\'s rules', () => {
  test('a leaning word before a leader\'s surname makes no party ("the opposition Navalny team", "The conservative Horvat, who leads …")', () => {
    const found = mentionsOf('The opposition Navalny team protested on Monday. The conservative Horvat, who leads the party, spoke.');
    expect(found).not.toContain('Organization:Navalny');
    expect(found).not.toContain('Organization:Horvat');
  });

  test('a list of names after "loyal to" is no list of bodies', () => {
    expect(mentionsOf('He spoke of factions loyal to Hamas, Dahlan and Abbas in Gaza on Monday.')).not.toContain('Organization:Dahlan');
  });

  test('a title-case headline with parentheses stays a headline ("X Wins (Again) As Y Concedes (Full Results)")', () => {
    expect(mentionsOf('The count ended on Monday. READ MORE: Kellan Marsh Wins (Again) As Ivo Horvat Concedes (Full Results)')).not.toContain('Person:Kellan Marsh Wins');
  });

  test('"the Tehran daily said": the newspaper, not the city', () => {
    expect(speakersOf('Iran held talks on Monday.\n“It is over,” the Tehran daily said.')).toEqual(['the Tehran daily']);
  });

  test('"a report from the scene" is no body', () => {
    expect(speakersOf('“It is over,” a report from the scene said.')).not.toEqual(['the scene']);
  });

  test('"member of parliament for Bradford West" in a story about another country is not that country\'s', () => {
    const body = 'Pakistan\'s government faces a crisis. Officials met on Monday in Islamabad, Pakistan.\nKellan Marsh, the member of parliament for Bradford West, criticised the trip.';
    expect(rolesOfArticle('Crisis in Islamabad', body).filter((r) => r.startsWith('Kellan Marsh') && r.endsWith('parliament'))).toEqual([]);
  });

  test('"The health ministry in Hamas-run Gaza" is not the story country\'s', () => {
    const body = 'Israeli troops entered Rafah on Monday, Israel said. Israel struck again in Israel\'s south.\nThe health ministry in Hamas-run Gaza said 30 people died.';
    expect(mentionsOf(body, true)).not.toContain('Organization:health ministry');
  });
});
