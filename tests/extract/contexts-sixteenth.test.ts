// General patterns from the name, quote and affiliation misses of the real batches 163-178, written in the sixteenth
// session before the first contacts of batches 179-182 were recorded. Sentences are invented; the countries are real
// because the home-country rules read the country gazetteer.
import { extract, mentionsOf, rolesOf, rolesOfArticle, speakersOf } from './helpers.js';

/** The roles of an article with its own headline (metadata title); the text follows a plain first line, as in `extract`. */
const rolesWithTitle = (title: string, body: string): string[] => rolesOfArticle(title, `Report\n\n${body}`);

describe('a capitalized title and its "of" after a name no list holds make it a person', () => {
  test('"Zerdan Abkil, Commander-in-Chief of the … (NSF)": the person, the role and the body', () => {
    const text = 'Zerdan Abkil, Commander-in-Chief of the Northern Shield Forces (NSF), confirmed the talks.';
    expect(mentionsOf(text)).toContain('Person:Zerdan Abkil');
    expect(rolesOf(text)).toContain('Zerdan Abkil | Commander-in-Chief of the Northern Shield Forces (NSF) | Northern Shield Forces');
  });

  test('"X, Deputy Head of the …"', () => {
    expect(mentionsOf('Zerdan Abkil, Deputy Head of the Northern Shield Forces, said the talks went well.')).toContain('Person:Zerdan Abkil');
  });

  test('not the last words of one title in a list of titles', () => {
    const text = 'Her Excellency Lina Farouk, Minister of Culture and Coastal Renewal, Member of the NSC, said the vote was fair.';
    expect(mentionsOf(text)).not.toContain('Person:Coastal Renewal');
  });
});

describe('a time phrase left without its comma before the speaker', () => {
  test('"After the vote Mr X said the States faced “…”"', () => {
    expect(speakersOf('After the vote Mr Zerdan Abkil said the States faced "the hardest passage of time".')).toEqual(['Zerdan Abkil']);
  });

  test('"Following the meeting Prime Minister X said"', () => {
    expect(speakersOf('Following the meeting Prime Minister Zerdan Abkil said it had been "a good day for the islands".')).toEqual(['Zerdan Abkil']);
  });

  test('not a person named inside the time phrase', () => {
    expect(speakersOf('After the meeting with Zerdan Abkil the council said it had been "a good day for the islands".')).not.toEqual(['Zerdan Abkil']);
  });
});

describe('the one country an article\'s headline names is its home', () => {
  const body = 'Police arrested the leader of a small Zambian opposition party on charges of defaming President Hakan Molu, his lawyer said.';

  test('"Zambian opposition leader arrested": the president of the country in the headline and the lead', () => {
    expect(rolesWithTitle('Zambian opposition leader arrested', body)).toContain('Hakan Molu | President | Zambia');
  });

  test('without the headline, one adjective in the text is not enough', () => {
    expect(rolesWithTitle('Opposition leader arrested', body)).toContain('Hakan Molu | President | ');
  });

  test('a headline naming two countries says nothing of which is home', () => {
    const text = 'Police in the Haitian capital waited for President Hakan Molu to speak.';
    // The rule's guard (the learned countries pass, reading the whole story, gives Haiti here).
    expect(rolesOfArticle('Haitians wait as Kenyan police arrive', `Report\n\n${text}`, undefined, null, { countryModel: null })).toContain('Hakan Molu | President | ');
    expect(rolesWithTitle('Haitians wait as police arrive', text)).toContain('Hakan Molu | President | Haiti');
  });

  test('a headline\'s country the text never names counts for nothing', () => {
    expect(rolesWithTitle('Bahamas votes', 'Police waited for Prime Minister Hakan Molu to speak. The Bahamas voted.')).toContain('Hakan Molu | Prime Minister | Bahamas');
    expect(rolesWithTitle('Bahamas votes', 'Police waited for Prime Minister Hakan Molu to speak. Cuba watched. Cuba had sent observers.'))
      .toContain('Hakan Molu | Prime Minister | Cuba');
  });
});

describe('"X, his lawyer said": the speaker\'s role is no apposition of the name before it', () => {
  test('the lawyer is not the president', () => {
    const roles = rolesOf('Police charged him with defaming President Hakan Molu, his lawyer said.');
    expect(roles).not.toContain('Hakan Molu | lawyer | ');
    expect(roles).toContain('Hakan Molu | President | ');
  });

  test('an apposition closed by its comma still is one', () => {
    expect(rolesOf('Hakan Molu, his lawyer, said the charge was false.')).toContain('Hakan Molu | lawyer | ');
  });
});

// From the misses of batches 179-182, after their first contacts were recorded.

describe('a definite epithet with no one quoted before names the person the sentence before opened with', () => {
  test('"X, the former minister, told his supporters … The new leader of the council added: “…”"', () => {
    const text = 'Half an hour before midnight Zerdan Abkil, the former Minister of Health, told his supporters they had won.\n'
      + 'The new leader of the National Council added: “I want to thank the voters who have given us a very big victory tonight.”';
    expect(speakersOf(text)).toEqual(['Zerdan Abkil']);
  });

  test('not when the sentence before names two people', () => {
    const text = 'Zerdan Abkil met Lena Moreau after the vote.\n'
      + 'The new leader of the National Council added: “I want to thank the voters who have given us a very big victory tonight.”';
    expect(speakersOf(text)).not.toEqual(['Zerdan Abkil']);
  });
});

describe('a state office\'s "of" before a word no list knows and a known given name', () => {
  test('"President of Abkhazia Raul Khajimba": the territory is a place the office governs, the name starts after it', () => {
    const text = 'President of Abkhazia Raul Khajimba has signed his resignation letter.';
    expect(mentionsOf(text)).toEqual(['Place:Abkhazia', 'Person:Raul Khajimba']);
    expect(rolesOf(text)).toContain('Raul Khajimba | President of Abkhazia | Abkhazia');
  });

  test('a portfolio of common words is no territory ("Minister of Defence Mark Smith")', () => {
    expect(mentionsOf('The Minister of Defence Mark Smith resigned.')).toEqual(['Person:Mark Smith']);
  });

  test('a known region after a state office\'s "of" is governed by it ("President of Puntland X")', () => {
    expect(rolesOf('President of Puntland Said Deni resigned.')).toContain('Said Deni | President of Puntland | Puntland');
  });
});

describe('an adjective two countries share is read against the countries the article names', () => {
  test('"Dominican President X" is the Dominican Republic\'s, the country whose name the adjective opens', () => {
    expect(rolesOf('Dominican President Danilo Vargas ruled out a third term.')).toContain('Danilo Vargas | President | Dominican Republic');
  });

  test('in a story that names Dominica, "Dominican" is Dominica\'s', () => {
    expect(rolesOf('Dominican Prime Minister Roland Skeete spoke in Roseau. Dominica will vote in March.')).toContain('Roland Skeete | Prime Minister | Dominica');
  });
});

describe('a lower-case noun after a name that ends in a head of its own describes the body', () => {
  test('"the Seventh Brigade militia" is the Seventh Brigade', () => {
    const x = extract('Clashes broke out between the Seventh Brigade militia and the Harbor Protection Force alliance on Monday.');
    expect(x.mentions.map((m) => m.canonical ?? m.text)).toEqual(['Seventh Brigade', 'Harbor Protection Force']);
  });

  test('"the Border militia": a name of one common word and no head keeps the noun (twenty-second session: other names lose it)', () => {
    const x = extract('The Border militia attacked the town.');
    expect(x.mentions.map((m) => m.canonical ?? m.text)).toEqual(['Border militia']);
  });
});

// From the misses of batches 183-186, after their first contacts were recorded.

describe('"led by" across role nouns and an apposed description of the body', () => {
  test('"the Harbor Alliance, a major bloc led by businessman and politician X"', () => {
    expect(rolesOf('He ran for the Harbor Alliance, a major Sunni bloc led by businessman and politician Khamis Odeh.'))
      .toContain('Khamis Odeh | leader | Harbor Alliance');
  });

  test('a description with no body before its comma leads nothing', () => {
    expect(rolesOf('He joined a delegation led by activist Sara Ruiz.').filter((r) => r.includes('leader'))).toEqual([]);
  });
});

describe('a title of a body, the body\'s parenthesis, then the name', () => {
  test('"The deputy chairman of the … Forces (NSF, also known as …) X said"', () => {
    expect(rolesOf('The deputy chairman of the Northern Shield Forces (NSF, also known as Hashd al-Shamal) Ahmed Hassan said the border was calm.'))
      .toContain('Ahmed Hassan | deputy chairman | Northern Shield Forces');
  });
});

describe('a regional office with no place of its own is the office of the region the article is about', () => {
  const story = (title: string, body: string): string[] => rolesWithTitle(title, body);

  test('"Chief Minister X" in a story whose headline and lead name Balochistan', () => {
    expect(story('Political crisis in Balochistan ends', 'The political crisis in Balochistan has come to an end.\nChief Minister Arif Baloch resigned on Sunday.'))
      .toContain('Arif Baloch | Chief Minister | Balochistan');
  });

  test('not a region named once in passing, nor a national office', () => {
    expect(story('Crisis ends', 'The crisis has come to an end, a Balochistan official said.\nChief Minister Arif Baloch resigned on Sunday.'))
      .toContain('Arif Baloch | Chief Minister | ');
    expect(story('Political crisis in Balochistan ends', 'The political crisis in Balochistan has come to an end.\nPresident Arif Baloch resigned on Sunday.'))
      .not.toContain('Arif Baloch | President | Balochistan');
  });
});

describe('a region the gazetteer holds only as an ambiguous name, after a region\'s office or "state of"', () => {
  test('"Premier of Alberta", "the Mexican state of Guerrero", "First Minister of Wales"', () => {
    expect(mentionsOf('Jason Kenney resigned as Premier of Alberta on Monday.')).toContain('Place:Alberta');
    expect(mentionsOf('The governor of the Mexican state of Guerrero resigned.')).toContain('Place:Guerrero');
    expect(mentionsOf('The First Minister of Wales spoke in the Senedd.')).toContain('Place:Wales');
  });

  test('not a portfolio after "Minister of"', () => {
    expect(mentionsOf('The Minister of Justice spoke in the Senedd.')).not.toContain('Place:Justice');
  });
});

describe('"CM", the short form of a chief minister, is a title and a local office', () => {
  test('"Delhi CM Arvind Kejriwal": the city\'s or region\'s, not the country\'s', () => {
    expect(rolesOf('India votes next month. Delhi CM Arvind Kejriwal is in jail, a BJP leader said.')).toContain('Arvind Kejriwal | CM | Delhi');
  });

  test('"CM" is no body, and "30 cm" no title', () => {
    expect(mentionsOf('After the resignation of CM Balochistan, the speaker spoke.')).not.toContain('Organization:CM');
    expect(mentionsOf('The wall of the Harbor Fort is 30 cm thick.')).not.toContain('Organization:CM');
  });
});

// Guards from an adversarial review of this session's rules (invented cases the first versions got wrong).
describe('the review of the sixteenth session\'s rules', () => {
  test('a headline that names a visitor\'s country and the capital visited names two countries: no home', () => {
    // The story-country rule's guard. The learned countries pass, which ranks by how the article names each country and
    // not by what the sentence says of it, gives Germany here: a known miss of that pass (see its own tests).
    expect(rolesOfArticle('German chancellor in Kyiv', 'Report\n\nChancellor Olaf Scholz arrived by train. President Volodymyr Zelensky thanked Germany for its support.', undefined, null, { countryModel: null }))
      .not.toContain('Volodymyr Zelensky | President | Germany');
  });

  test('a country inside a place\'s name in the headline, or one the text never names, counts for nothing', () => {
    expect(rolesWithTitle('Gulf of Mexico renamed', 'President Donald Trump signed the order. Mexico protested.')).not.toContain('Donald Trump | President | Mexico');
    expect(rolesWithTitle('Palestinian prisoners freed in exchange', 'Israel released 90 prisoners on Sunday. Prime Minister Benjamin Netanyahu approved the list.'))
      .toContain('Benjamin Netanyahu | Prime Minister | Israel');
  });

  test('an epithet does not point to the object of the sentence before, nor to a passive subject', () => {
    expect(speakersOf('The court sentenced Ali Hassan to ten years. The judge added: “This was a cruel and calculated crime.”')).toEqual(['the judge']);
    expect(speakersOf('Tom Reed was sacked on Friday. The chairman of the board said: “We had lost confidence in him.”')).not.toEqual(['Tom Reed']);
  });

  test('a company\'s name before a capitalized title is no person', () => {
    expect(mentionsOf('Kivu Ventures, Partner of the World Bank, financed the project.')).not.toContain('Person:Kivu Ventures');
  });

  test('"talks led by X" in a description of a body: X led the talks, not the body', () => {
    expect(rolesOf('The Sovereignty Alliance, a bloc formed after talks led by lawyer and activist Sara Ahmed, won.').filter((r) => r.includes('leader'))).toEqual([]);
  });

  test('"The deputy head of the … (RSF) X": the deputy, not the head', () => {
    expect(rolesOf('The deputy head of the Rapid Support Forces (RSF) Abdel Rahim Dagalo said the war would end.'))
      .toContain('Abdel Rahim Dagalo | deputy head | Rapid Support Forces');
  });

  test('"Dominican" in a story that names Dominica\'s capital is Dominica\'s', () => {
    expect(rolesOf('Dominican Prime Minister Roosevelt Skerrit announced the budget in Roseau.')).toContain('Roosevelt Skerrit | Prime Minister | Dominica');
  });

  test('a governor of another place, or placed by the full name before, keeps no home region', () => {
    const roles = rolesWithTitle('Texas migrants bused to New York', 'Texas sent 50 buses of migrants to other states. Texas officials defended it.\nGovernor Kathy Hochul said New York could not cope.');
    expect(roles).not.toContain('Kathy Hochul | Governor | Texas');
    expect(rolesWithTitle('Punjab farmers protest', 'Farmers in Punjab blocked highways. Punjab police made arrests. RBI Governor Sanjay Malhotra said food prices were rising.\nGovernor Malhotra said rates would stay.'))
      .not.toContain('Malhotra | Governor | Punjab');
  });

  test('"Premier of Alberta Danielle Smith": a region that is also a given name, between an office\'s "of" and a name', () => {
    expect(mentionsOf('Premier of Alberta Danielle Smith said the province would sue.')).toEqual(['Place:Alberta', 'Person:Danielle Smith']);
  });
});

describe('given names with accents, and styles of address that name no office', () => {
  test('"João Pedro Vieira": a given name the package lists without its accents', () => {
    expect(mentionsOf('João Pedro Vieira, head of the Harbor Socialist Party, spoke on Sunday.')).toContain('Person:João Pedro Vieira');
  });

  test('"Tan Sri", "Datuk Seri", "Sheik" stand before the name, not in it; the Malaysian styles give no role', () => {
    expect(mentionsOf('Tan Sri Muhyiddin Yassin and Datuk Seri Shafie Apdal met Sheik Mohamed Shakir Ali Hassan.'))
      .toEqual(['Person:Muhyiddin Yassin', 'Person:Shafie Apdal', 'Person:Mohamed Shakir Ali Hassan']);
    expect(rolesOf('Tan Sri Muhyiddin Yassin spoke.')).toEqual([]);
  });
});

// From the misses of batches 191-194, after their first contacts were recorded.
describe('people named by their body: its possessive before a name no list knows, "from the" a party', () => {
  test('"The ANC\'s Nontembeko Boyce was elected": a person, and a member of the body', () => {
    expect(mentionsOf('The ANC’s Nontembeko Boyce was elected Speaker.')).toContain('Person:Nontembeko Boyce');
    expect(rolesOf('The ANC’s Nontembeko Boyce was elected Speaker.')).toContain('Nontembeko Boyce | member | ANC');
  });

  test('not a body\'s own body ("the ANC\'s Youth League")', () => {
    expect(mentionsOf('The ANC’s Youth League said no.')).not.toContain('Person:Youth League');
  });

  test('"X from the Democratic Alliance was elected": a member, without the commas too', () => {
    expect(rolesOf('Sara Ruiz from the Democratic Alliance was elected deputy speaker.')).toContain('Sara Ruiz | member | Democratic Alliance');
  });

  test('"Inkosi" is a style before the name', () => {
    expect(mentionsOf('He defeated Inkosi Phathisizwe Chiliza by two votes.')).toContain('Person:Phathisizwe Chiliza');
  });
});

// From the misses of batches 195-198, after their first contacts were recorded.
describe('titles, initials and capitals around names', () => {
  test('"Iraqi Prime Minister (PM) X", "Saudi Arabian Crown Prince X (MBS)": no bodies, and each office its country', () => {
    const text = 'On Thursday, Iraqi Prime Minister (PM) Mustafa Al-Kadhimi met with Saudi Arabian Crown Prince Mohammed bin Salman (MBS) in Riyadh. MBS said the talks went well.';
    expect(mentionsOf(text).filter((m) => m.startsWith('Organization:'))).toEqual([]);
    expect(rolesOf(text)).toEqual(expect.arrayContaining(['Mustafa Al-Kadhimi | Prime Minister | Iraq', 'Mohammed bin Salman | Crown Prince | Saudi Arabia']));
  });

  test('"the Government in Colombo" names the capital too', () => {
    expect(mentionsOf('It sent a strong message to the Government in Colombo.')).toContain('Place:Colombo');
  });

  test('"Seyed", "Seyyed" are styles before Iranian names', () => {
    expect(mentionsOf('Supreme Leader Seyed Ali Khamenei met Seyyed Abbas Araghchi.')).toEqual(['Person:Ali Khamenei', 'Person:Abbas Araghchi']);
  });
});

describe('names listed before a plural place noun are places', () => {
  test('"in the Fungzai and Kubat villages", "the Mahikeng, Mmabatho and Lomanyaneng areas"', () => {
    expect(mentionsOf('The attacks occurred in the Fungzai and Kubat villages on Monday.')).toEqual(['Place:Fungzai', 'Place:Kubat']);
    expect(mentionsOf('Shops were looted in the Mahikeng, Mmabatho and Lomanyaneng areas.')).toEqual(['Place:Mahikeng', 'Place:Mmabatho', 'Place:Lomanyaneng']);
  });

  test('not a list of peoples\' adjectives ("the Sunni and Shiite areas")', () => {
    expect(mentionsOf('The Sunni and Shiite areas voted.').filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});

// From the misses of batches 199-202, after their first contacts were recorded (no pair has judged this yet).
describe('a city\'s name and "State" name the state', () => {
  test('"the Ondo State Governor", "Governor X of Kano State"', () => {
    expect(mentionsOf('The Ondo State Governor spoke on Sunday.')).toContain('Place:Ondo State');
    expect(rolesOf('Governor Ahmed Musa of Kano State spoke on Sunday.')).toContain('Ahmed Musa | Governor | Kano State');
  });

  test('not "Islamic State", nor the end of a longer name ("Upper Nile State")', () => {
    expect(mentionsOf('Fighters of the Islamic State attacked.')).toContain('Organization:Islamic State');
    expect(mentionsOf('Fighting in Upper Nile State rose.')).not.toContain('Place:Nile State');
  });
});
