// General patterns from the affiliation and place misses of the real batches found in the fifteenth session (after the
// first contacts of batches 163-164 were recorded). The sentences are written here with invented names and bodies.
import { extract, mentionsOf, rolesOf, ruleRolesOf } from './helpers.js';

describe('a body that a verb of leading takes as its object is led by the subject', () => {
  test.each([
    ['Tomas Ferrer, 64, has led the main opposition Harbor Rescue Party (HRP) since his predecessor resigned.', 'Tomas Ferrer | leader | Harbor Rescue Party'],
    ['Amina Said led the Coastal Justice Party to victory in the election.', 'Amina Said | leader | Coastal Justice Party'],
    ['General Oren Vale commanded the Northern Defence Force for a decade.', 'Oren Vale | commander | Northern Defence Force'],
    ['Lena Moreau founded the Green Valley Movement in 2004.', 'Lena Moreau | founder | Green Valley Movement'],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toContain(expected);
  });

  test.each([
    // the name is the object of a preposition, not the verb's subject
    ['A letter from Tomas Ferrer led the Harbor Rescue Party to change course.', 'Tomas Ferrer | leader | Harbor Rescue Party'],
    // a protest is no body
    ['Amina Said led the protest against the Coastal Justice Party.', 'Amina Said | leader | Coastal Justice Party'],
  ])('not: %s', (sentence, wrong) => {
    expect(rolesOf(sentence)).not.toContain(wrong);
  });
});

describe('a copula after a titled name, or before a bare role noun and its "of"', () => {
  test('"Dr X was the vice chairman of …": a title before the name that opens the sentence', () => {
    expect(rolesOf('Dr Halvard Pine was the vice chairman of the parliamentary Committee on Coastal Reform.'))
      .toContain('Halvard Pine | vice chairman of the parliamentary Committee on Coastal Reform | Committee on Coastal Reform');
  });

  test('"X is head of the … alliance": a role noun with no article', () => {
    expect(rolesOf('Samir Haddad is head of the political Dawn alliance and the armed Cedar Organization.'))
      .toContain('Samir Haddad | head of the political Dawn alliance | Dawn alliance');
  });

  test('"X is also leader of …": an adverb after the copula', () => {
    expect(rolesOf('Samir Haddad is also leader of the Cedar Organization.')).toContain('Samir Haddad | leader of the Cedar Organization | Cedar Organization');
  });

  test('a capitalized word after the copula is no bare role', () => {
    expect(rolesOf('Samir Haddad is Head of State Security of the Cedar Organization.').some((r) => r.startsWith('Samir Haddad | Head of State'))).toBe(false);
  });
});

describe('a body owned by a country or a person after adjectives', () => {
  test.each([
    ['Marek Dorn, a candidate from Poland’s ruling centrist Civic Union Party, trailed him by 370,000 votes.', 'Marek Dorn | candidate from Poland’s ruling centrist Civic Union Party | Civic Union Party'],
    ['Ali Bayan, a member of Iraq’s semi-official High Commission for Human Rights, said the figure was rising.', 'Ali Bayan | member of Iraq’s semi-official High Commission for Human Rights | High Commission for Human Rights'],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toContain(expected);
  });

  test('"a commander of Iran’s elite Quds Brigade": the body, not the country', () => {
    const roles = rolesOf('Karim Nouri, a commander of Iran’s elite Dawn Brigade, was killed.');
    expect(roles).toContain('Karim Nouri | commander of Iran’s elite Dawn Brigade | Dawn Brigade');
    expect(roles.some((r) => r.endsWith('| Iran'))).toBe(false);
  });
});

describe('a party "of" a person, and a person\'s party named with its "of"', () => {
  test.each([
    ['The appointment came after the ruling Harbor People’s Party (HPP) of Tomas Ferrer won a landslide victory.', 'Tomas Ferrer | leader | Harbor People’s Party'],
    ['Lawmakers from the CDU, the party of former Iraqi President Otto Brandl, boycotted the session.', 'Otto Brandl | leader | CDU'],
    ['The militia used to be affiliated with Samir Haddad’s Supreme Council of Ruritania.', 'Samir Haddad | leader | Supreme Council of Ruritania'],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toContain(expected);
  });

  test('"the Ministry of X": of a plain name, only a party or an armed group', () => {
    expect(rolesOf('The plan came from the Ministry of Foreign Affairs of Tomas Ferrer.').some((r) => r.startsWith('Tomas Ferrer | leader'))).toBe(false);
  });
});

describe('role nouns, modifiers and the progressive of leaving', () => {
  test('"a senior Harbor Front figure": figure is a role noun', () => {
    expect(rolesOf('Nadia Kerr, a senior Harbor Front figure, was arrested.')).toContain('Nadia Kerr | senior Harbor Front figure | Harbor Front');
  });

  test('"a senior operative in …"', () => {
    expect(rolesOf('Omar Basri was a senior operative in the Dawn Brigades, the statement said.')).toContain('Omar Basri | senior operative in the Dawn Brigades | Dawn Brigades');
  });

  test('"the Communist Party led by veteran president X": a modifier of long service before the title', () => {
    expect(rolesOf('Thousands massed after the Harbor Party led by veteran president Ivo Marin won the vote.')).toContain('Ivo Marin | leader | Harbor Party');
  });

  test('"X is stepping down as leader of …"', () => {
    expect(rolesOf('Ewan Laird is stepping down as leader of the Highland Party.')).toContain('Ewan Laird | leader of the Highland Party | Highland Party');
  });
});

describe('an office holder\'s own visit abroad leaves the office at home', () => {
  test('"Prime Minister X’s visit to the US": the prime minister of the story\'s country', () => {
    const story = [
      'BAGHDAD: The Iraqi parliament has passed a bill on Saturday.',
      'Rights groups say the law is a black mark on Iraq’s record.',
      'The vote had been postponed until after Prime Minister Karim Nouri’s visit to the US earlier this month.',
    ].join('\n\n');
    expect(rolesOf(story)).toContain('Karim Nouri | Prime Minister | Iraq');
  });

  test('a visit to the story\'s own country is no trip from home', () => {
    const story = [
      'BAGHDAD: The Iraqi parliament has passed a bill on Saturday.',
      'Rights groups in Iraq say the law is a black mark on Iraq’s record, and the United States and the United States Congress criticised it.',
      'The vote came after President Dan Hollis’s visit to Iraq earlier this month.',
    ].join('\n\n');
    expect(rolesOf(story)).not.toContain('Dan Hollis | President | Iraq');
  });
});

describe('a country named alone in the headline and lead is the home of bare offices', () => {
  test('two adjectives of another country do not outweigh the story\'s own', () => {
    const story = [
      'Ruritania’s election row deepens',
      '',
      'All discussion of Ruritania’s elections remains inconclusive.',
      'The parties in Ruritania disagree on the date.',
      'The French envoy met the parties, and a French diplomat said the vote must be held.',
      'The parliament has yet to convene.',
      'In Lebanon, observers urge Prime Minister Ilse Varga to settle the matter in the cabinet.',
    ].join('\n');
    // "Ruritania" is no country: the test uses a real one.
    const real = story.replace(/Ruritania/g, 'Lebanon');
    expect(rolesOf(real, true)).toContain('Ilse Varga | Prime Minister | Lebanon');
    // with two more French words, France is named as often as Lebanon: no home
    expect(ruleRolesOf(real.replace('The parliament has', 'The French parliament and French ministers have'), true)).not.toContain('Ilse Varga | Prime Minister | Lebanon');
  });
});

describe('places named by a given name and another word', () => {
  test('"X, the last city before the border": a place each time the text names it', () => {
    const found = mentionsOf('Gunmen attacked barracks at Ben Harrouda, the last city before the border. Troops secured the entrances to Ben Harrouda.');
    expect(found.filter((m) => m === 'Place:Ben Harrouda')).toHaveLength(2);
    expect(found).not.toContain('Person:Ben Harrouda');
  });

  test('a person described by a village noun stays a person', () => {
    expect(mentionsOf('Maria Lopez, a village teacher, said no.')).toContain('Person:Maria Lopez');
  });

  test('"Said Karim district": a given name before a district\'s head', () => {
    const found = mentionsOf('A vehicle was hit near the village of Tapara, Said Karim district, on Friday.');
    expect(found).toContain('Place:Said Karim');
    expect(found).not.toContain('Person:Said Karim');
  });

  test('"his hometown of X"', () => {
    expect(mentionsOf('In his hometown of Arrabat, his son led a protest.')).toContain('Place:Arrabat');
  });

  test('"Nitzan jail" is a place; "a Miami jail" is Miami', () => {
    expect(mentionsOf('He was found in his cell in Nitzan jail on Tuesday.')).toContain('Place:Nitzan jail');
    const miami = mentionsOf('He spent a night in a Miami jail before the hearing.');
    expect(miami).toContain('Place:Miami');
    expect(miami).not.toContain('Place:Miami jail');
  });
});

describe('an outlet\'s tag before a dateline', () => {
  test('"(ANSAmed) - TUNIS, MARCH 7 -": the city is the dateline', () => {
    const x = extract('(Medwire) - TUNIS, MARCH 7 - The danger is more serious than ever in Tunisia.', true);
    const tunis = x.mentions.find((m) => m.text === 'TUNIS');
    expect(tunis?.type).toBe('Place');
    expect(tunis?.rule).toBe('20-boilerplate/dateline');
    expect(x.mentions.find((m) => m.text === 'Medwire')?.type).toBe('Organization');
  });

  test('a word in capitals that is no known city is no dateline', () => {
    const x = extract('(Medwire) - UPDATE - The danger is more serious than ever in Tunisia.', true);
    expect(x.mentions.filter((m) => m.rule === '20-boilerplate/dateline')).toHaveLength(0);
  });
});

describe('a one-word known body after capitalized words of a longer name', () => {
  test.each([
    ['Kambo Lesa, leader of the National Democratic Congress (NDC), defended his comments.', 'National Democratic Congress'],
    ['Voters backed the All Progressives Congress (APC) in the north.', 'All Progressives Congress'],
  ])('%s', (sentence, name) => {
    const found = mentionsOf(sentence);
    expect(found).toContain(`Organization:${name}`);
    expect(found).not.toContain('Organization:Congress');
  });

  test('the acronym after it is that party, not the US Congress', () => {
    const x = extract('Kambo Lesa, leader of the National Democratic Congress (NDC), spoke. The NDC said it would appeal.');
    expect(x.mentions.filter((m) => m.text === 'NDC').map((m) => m.canonical ?? m.text)).toEqual(['National Democratic Congress', 'National Democratic Congress']);
    expect(rolesOf('Kambo Lesa, leader of the National Democratic Congress (NDC), defended his comments.')).toContain('Kambo Lesa | leader of the National Democratic Congress (NDC) | National Democratic Congress');
  });

  test.each([
    ['The US Congress voted on Monday.', 'Organization:US Congress'],
    ['Lawmakers in Congress voted on Monday.', 'Organization:Congress'],
  ])('the known body stays: %s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
  });
});

describe('"the party NOW": the kind of body before its name', () => {
  const story = 'The UP Party has led the island for four years. On Monday, parliamentarian Kevin Marlow of the party NOW announced that he would leave the coalition.';

  test('no reference back to the party named before', () => {
    const x = extract(story);
    expect(x.mentions.filter((m) => m.text === 'party')).toHaveLength(0);
  });

  test('the member belongs to the party named after its kind', () => {
    const roles = rolesOf(story);
    expect(roles).toContain('Kevin Marlow | member | NOW');
    expect(roles).not.toContain('Kevin Marlow | member | UP Party');
  });
});

describe('a page that prints both quotation marks as closing ones', () => {
  test('”…” after a space opens the quotation', () => {
    const x = extract('The army blamed him, said spokesman Zamir Indo. ”He was one of the main people responsible for the death of the general,” Indo said.');
    expect(x.quotes!.map((q) => q.text)).toContain('He was one of the main people responsible for the death of the general');
  });

  test('a closing mark after a word still closes', () => {
    const x = extract('“We will win this election and keep every promise,” Indo said, and “we will stay” was his reply.');
    expect(x.quotes!.map((q) => q.text)).toContain('We will win this election and keep every promise');
  });
});

describe('a one-word territory before a title', () => {
  test.each([
    ['Aruba Prime Minister Mike Eman is on a hunger strike.', 'Mike Eman | Prime Minister | Aruba'],
    ['Bermuda Premier David Burt spoke to reporters.', 'David Burt | Premier | Bermuda'],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toContain(expected);
    expect(mentionsOf(sentence)[0]).toMatch(/^Place:/);
  });

  test('a region before another capitalized word that is no title still names something else', () => {
    expect(mentionsOf('Analysts at Gulf Keystone said output rose.')).not.toContain('Place:Gulf');
  });
});

describe('a plural title before a list of names, and members of the one legislature named', () => {
  const story = 'The House of Representatives voted on Wednesday. Those who voted for it were Reps. Ana Cruz, Ben Lopez, Carla Diaz and Dan Reyes.';

  test('each name of the list holds the title, in the legislature the article named', () => {
    const roles = rolesOf(story);
    for (const name of ['Ana Cruz', 'Ben Lopez', 'Carla Diaz', 'Dan Reyes']) expect(roles).toContain(`${name} | Rep. | House of Representatives`);
  });

  test('the list ends at its "and"', () => {
    const roles = rolesOf('Reps. Ana Cruz and Ben Lopez spoke, and Carla Diaz listened.');
    expect(roles).toContain('Ben Lopez | Rep. | ');
    expect(roles.some((r) => r.startsWith('Carla Diaz'))).toBe(false);
  });

  test('"MP X" in a story about the Kuwaiti National Assembly', () => {
    expect(rolesOf('The National Assembly met on Sunday. MP Dawud Marafi said the session was adjourned.')).toContain('Dawud Marafi | MP | National Assembly');
  });

  test('two legislatures named: no guess', () => {
    const roles = rolesOf('The Senate and the National Assembly met on Sunday. MP Dawud Marafi said the session was adjourned.');
    expect(roles.some((r) => r.startsWith('Dawud Marafi | MP | ') && !r.endsWith('| '))).toBe(false);
  });
});

describe('a patronymic particle before a known given name', () => {
  test.each([
    ['Minister of the Interior, Hamood Bin Faisal Al Bu Saidi, said the process developed.', 'Person:Hamood Bin Faisal Al Bu Saidi'],
    ['Officials said Hamood bin Faisal Al Bu Saidi would attend.', 'Person:Hamood bin Faisal Al Bu Saidi'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
  });

  test('not at the start of a sentence, where the word before may be no name', () => {
    expect(mentionsOf('Bin Faisal Al Bu Saidi said the process developed.')).not.toContain('Person:Bin Faisal Al Bu Saidi');
  });
});

describe('the adversarial review of the session\'s rules: what must not fire', () => {
  test.each([
    ['Troops detained Omar Zeidan, a resident of the village, on Friday. Omar Zeidan was later freed.', 'Person:Omar Zeidan'],
    ['Soldiers shot Rami Khalil, a shepherd from the village, near the fence.', 'Person:Rami Khalil'],
  ])('a person described by a village stays a person: %s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test.each([
    ['Amina Said headed the UN mission in Mali until 2021.', 'Amina Said | head | UN'],
    ['Karim Nouri chaired the Arab League summit in Manama last year.', 'Karim Nouri | chair | Arab League'],
    ['Nkosi Dlamini led the NATO summit\'s closing session.', 'Nkosi Dlamini | leader | NATO'],
    ['Lena Moreau is author of the Harbor Party manifesto that was published on Monday.', 'Lena Moreau | author of the Harbor Party | Harbor Party'],
    ['Delegates praised the Republican Party, the party of Abraham Lincoln, at the convention.', 'Abraham Lincoln | leader | Republican Party'],
    ['The Coastal Army of Tomas Ferrer’s grandfather fought the British.', 'Tomas Ferrer | leader | Coastal Army'],
    ['Otto Brandl’s speech to the Council of Europe was cut short by protesters.', 'Otto Brandl | leader | Council of Europe'],
  ])('no leadership: %s', (text, wrong) => {
    expect(rolesOf(text)).not.toContain(wrong);
  });

  test('a name with its own apposition leaves the plural title\'s list', () => {
    const roles = rolesOf('The letter was signed by Sens. Ana Cruz, Ben Lopez, Carla Diaz, a county commissioner, and Dan Reyes, a pastor.');
    expect(roles).toContain('Ben Lopez | Sen. | ');
    expect(roles).not.toContain('Carla Diaz | Sen. | ');
  });

  test.each([
    'The Senate passed the bill on Tuesday. Rep. Ana Cruz said the House would take it up next month.',
    'Ukraine’s parliament voted on Monday. In Washington, Rep. Ana Cruz (R-Texas) said aid would continue.',
    'Lawmakers in the Knesset debated the bill. Rep. Ana Cruz of Florida, visiting Jerusalem, said the US backed Israel.',
  ])('no member of a legislature not hers: %s', (text) => {
    expect(rolesOf(text).filter((r) => r.startsWith('Ana Cruz | Rep. | ') && !r.endsWith('| '))).toEqual([]);
  });

  test('"Congress" after two capitalized words stays alone without the longer name\'s initials', () => {
    expect(mentionsOf('Since the Great Recession Congress has cut spending on roads.')).not.toContain('Organization:Great Recession Congress');
  });

  test('"the party HQ" is no body called HQ', () => {
    expect(mentionsOf('The Harbor Party met on Monday. Police raided the party HQ in Port Lina on Friday.')).not.toContain('Organization:HQ');
  });
});

describe('six-letter acronyms and a party named by its adjective', () => {
  test('"UNESCO head X"', () => {
    expect(rolesOf('Putin also talked to UNESCO head Irina Bokova on Sunday.')).toContain('Irina Bokova | head | UNESCO');
  });

  test('"the Labour leader, X" after "the Labour party"', () => {
    // The role's organization is the Labour party (its own mention, or "Labour" keyed as the party).
    const x = extract('The Labour party was quitting the coalition. "A plan was agreed," said the Labour leader, Wouter Bos.');
    const role = x.roles!.find((r) => x.mentions[r.person]!.text === 'Wouter Bos' && r.role === 'Labour leader');
    const party = x.mentions.find((m) => m.text === 'Labour party');
    expect(role?.org != null && x.mentions[role.org]!.key).toBe(party!.key);
  });
});
