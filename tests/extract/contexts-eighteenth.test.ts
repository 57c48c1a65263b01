// General patterns from the affiliation misses of the real batches 203-222, written in the eighteenth session before
// the first contacts of batches 223-226 were recorded. Sentences are invented; the places are real because the rules
// read the gazetteer.
import { extract, mentionsOf, rolesOf, rolesOfArticle, ruleRolesOf, speakersOf } from './helpers.js';

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

describe('a town\'s or a region\'s office is never the country\'s', () => {
  const body = 'Fighting spread across Iraq on Monday. Iraq said the army had retaken the hills.\nThen-governor Kellan Marsh said Iraq would hold the city.';

  test('"then-governor X", "current governor X": not the office of the story\'s country', () => {
    expect(rolesOfArticle('Iraq retakes the hills', body)).not.toContain('Kellan Marsh | Then-governor | Iraq');
    const current = 'Fighting spread across Iraq on Monday. Iraq said the army had retaken the hills.\nThe current governor, Kellan Marsh, said Iraq would hold the city.';
    expect(rolesOfArticle('Iraq retakes the hills', current).filter((r) => r.endsWith('| Iraq') && r.startsWith('Kellan Marsh'))).toEqual([]);
  });

  test('a state office of the country is still the country\'s ("Prime Minister X")', () => {
    const pm = 'Fighting spread across Iraq on Monday. Iraq said the army had retaken the hills.\nPrime Minister Kellan Marsh said Iraq would hold the city.';
    expect(rolesOfArticle('Iraq retakes the hills', pm)).toContain('Kellan Marsh | Prime Minister | Iraq');
  });

  test('"the Khabarovsk region governor, X", "the Jonglei state governor, X": the region in the phrase', () => {
    expect(rolesOf('Kellan Marsh, the Khabarovsk region governor, was arrested on Thursday.')).toContain('Kellan Marsh | Khabarovsk region governor | Khabarovsk region');
    expect(rolesOf('The Jonglei state governor, Kellan Marsh, said 30 people died.')).toContain('Kellan Marsh | Jonglei state governor | Jonglei');
  });

  test('a country\'s adjective in the phrase is no region ("the Kenyan governor")', () => {
    expect(rolesOf('The Kenyan governor, Kellan Marsh, said 30 people died.')).toContain('Kellan Marsh | Kenyan governor | Kenya');
  });
});

describe('"Lieutenant Governor X": one title, a region\'s office', () => {
  test('the title is whole', () => {
    expect(rolesOf('Lieutenant Governor Kellan Marsh chaired a meeting on Thursday.')).toContain('Kellan Marsh | Lieutenant Governor | ');
    expect(rolesOf('Lt. Gov. Kellan Marsh chaired a meeting on Thursday.')).toContain('Kellan Marsh | Lt. Gov. | ');
  });

  test('in a story about Ladakh, with a town of the region in the holder\'s sentence', () => {
    const body = 'Ladakh was on edge after the protests. Curfew stayed in force across Ladakh.\nLieutenant Governor Kellan Marsh chaired a security review meeting in Leh on Thursday.';
    expect(rolesOfArticle('Ladakh on edge', body)).toContain('Kellan Marsh | Lieutenant Governor | Ladakh');
  });
});

describe('a regional office in a story about one region, with a town in the holder\'s sentence', () => {
  test('a town no gazetteer holds is inside the region ("in Lashkar Gah", Helmand)', () => {
    const body = 'Fighting raged across Helmand on Monday. Helmand has been contested for months.\nGovernor Kellan Marsh said fighting continued in Lashkar Gah.';
    expect(rolesOfArticle('Helmand under attack', body)).toContain('Kellan Marsh | Governor | Helmand');
  });
});

describe('"Premier X" in a story about a state or province of a country whose head is a prime minister', () => {
  test('an Australian state: the state\'s premier, not Australia\'s', () => {
    const body = 'Western Australia went to the polls on Saturday. Voters in Western Australia returned Labor.\nPremier Kellan Marsh said the result was historic. Labor has governed Australia since May.';
    const roles = rolesOfArticle('Labor wins Western Australia', body);
    expect(roles).toContain('Kellan Marsh | Premier | Western Australia');
    expect(roles).not.toContain('Kellan Marsh | Premier | Australia');
  });

  test('a Canadian territory', () => {
    const body = 'Yukon voted on Monday. Turnout in Yukon was high.\nOutgoing Premier Kellan Marsh conceded defeat.';
    expect(rolesOfArticle('Yukon votes', body)).toContain('Kellan Marsh | Outgoing Premier | Yukon');
  });

  test('not in a region of a country whose premier is a national office', () => {
    const story = 'Sardinia voted on Sunday. Sardinia chose a new council.\nPremier Kellan Marsh said the vote in Sardinia was a warning.';
    expect(rolesOfArticle('Opposition wins Sardinia', story)).not.toContain('Kellan Marsh | Premier | Sardinia');
  });
});

// From the misses of batches 223-226, written after their first contacts were recorded (judged by batches 227-230).
describe('a document of a body the article names by the same noun', () => {
  test('"the statement from the government said": the government the sentence names', () => {
    const text = '“The Iraqi government condemns the attack on the border,” the statement from the government said on Thursday.';
    expect(speakersOf(text)).toEqual(['Iraqi government']);
  });

  test('the one body of that noun in the article, named before', () => {
    const text = 'The Iraqi government met on Monday. “We will not accept this,” the statement from the government said.';
    expect(speakersOf(text)).toEqual(['Iraqi government']);
  });

  test('not when two bodies end in that noun and the sentence names neither', () => {
    const text = 'The Iraqi government and the Kurdistan Regional Government met on Monday. “We will not accept this,” the statement from the government said.';
    expect(speakersOf(text)).not.toEqual(['Iraqi government']);
    expect(speakersOf(text)).not.toEqual(['Kurdistan Regional Government']);
  });
});

describe('initials after a title\'s "of" complement', () => {
  test('"said Inspector General of Police S N Singh"', () => {
    const text = '"We have clamped an indefinite curfew," said Inspector General of Police S N Singh.';
    expect(mentionsOf(text)).toContain('Person:S N Singh');
    expect(speakersOf(text)).toEqual(['S N Singh']);
    expect(rolesOf(text)).toContain('S N Singh | Inspector General of Police | ');
  });
});

describe('coalitions led by a country of two words, parties described by a creed', () => {
  test('"the United States-led coalition" is whole', () => {
    expect(mentionsOf('The group has been fought by the United States-led coalition since 2014.')).toContain('Organization:United States-led coalition');
  });

  test('"the Islamist Nour Party": the creed is no part of the name', () => {
    expect(mentionsOf('Four seats went to the Islamist Nour Party on Sunday.')).toContain('Organization:Nour Party');
  });

  test('a name with another head keeps its first word ("Centrist Reform Alliance")', () => {
    expect(mentionsOf('The Centrist Reform Alliance was founded on Sunday.')).toContain('Organization:Centrist Reform Alliance');
  });
});

describe('an apposition before the name after a quotation, and an envoy\'s host', () => {
  test('"“…,” US Ambassador to the United Nations, X, told the Council": the phrase opens after the closing mark', () => {
    const roles = rolesOf('“It is a sad moment for the people,” US Ambassador to the United Nations, Kellan Marsh, told the Council.');
    expect(roles).toContain('Kellan Marsh | US Ambassador to the United Nations | United States');
    expect(roles).not.toContain('Kellan Marsh | US Ambassador to the United Nations | United Nations');
  });

  test('an opening mark at a paragraph\'s start is no end of the phrase', () => {
    const text = 'The fire killed 82 people.\n"Prime Minister Ali Saleh suspended Minister of Health, Kellan Marsh, and the governor," a statement said.';
    expect(rolesOf(text).filter((r) => r.startsWith('Kellan Marsh |') && r.includes('Ali Saleh'))).toEqual([]);
  });
});

describe('town offices written short or with the town after "the city of"', () => {
  test('"X, mayor of the city of Curitiba": the town named there, not the one named last', () => {
    const text = 'Protests spread across Paraná state. Kellan Marsh, mayor of the city of Curitiba, said it looked like a war zone.';
    expect(rolesOf(text)).toContain('Kellan Marsh | mayor | Curitiba');
  });

  test('"Poltava Gov X": "Gov" without its point is a title, not part of the name', () => {
    const text = 'Poltava Gov Kellan Marsh announced the death toll on Telegram.';
    expect(mentionsOf(text)).toContain('Person:Kellan Marsh');
    expect(rolesOf(text)).toContain('Kellan Marsh | Gov | Poltava');
  });
});

// From the misses of batches 227-230, written after their first contacts were recorded.
describe('a region named as its chief town', () => {
  test('"Governor X" in a story about Zacatecas, which the gazetteer holds as a city', () => {
    const body = 'Ten bodies were found in Zacatecas on Thursday. Police in Zacatecas sealed the square.\nGovernor Kellan Marsh said the killers would be caught.';
    expect(rolesOfArticle('Bodies found in Zacatecas', body)).toContain('Kellan Marsh | Governor | Zacatecas');
  });

  test('a true region of the story wins over such a town', () => {
    const body = 'Fighting raged across Helmand on Monday. Helmand has been contested for months, and Baghdad sent envoys twice. Baghdad said so.\nGovernor Kellan Marsh said fighting continued.';
    expect(rolesOfArticle('Helmand under attack', body)).toContain('Kellan Marsh | Governor | Helmand');
  });
});

describe('a common word that opens a sentence before a known place', () => {
  test('"Citing Baghdad officials", "Quoting Erbil Governor X"', () => {
    expect(mentionsOf('Citing Baghdad officials, the report said the talks had failed.')).toContain('Place:Baghdad');
    expect(rolesOf('Quoting Erbil Governor Kellan Marsh, the report added that the bomb was large.')).toContain('Kellan Marsh | Governor | Erbil');
  });

  test('a given name that opens a sentence still makes a person of a city\'s name ("Ali Basra")', () => {
    expect(mentionsOf('Ali Basra spoke to reporters on Monday.')).toContain('Person:Ali Basra');
  });
});

describe('"Governor X of the Y Party": a member of the party, governor of the story\'s region', () => {
  const body = 'Adamawa voted on Saturday. Results from Adamawa were delayed.\nGovernor Kellan Marsh of the Harbor Democratic Party was leading before the announcement.';

  test('the party is a membership, the office the region\'s', () => {
    const roles = rolesOfArticle('Adamawa poll delayed', body);
    expect(roles).toContain('Kellan Marsh | member | Harbor Democratic Party');
    expect(roles).toContain('Kellan Marsh | Governor | Adamawa');
    expect(roles).not.toContain('Kellan Marsh | Governor | Harbor Democratic Party');
  });

  test('a party\'s own office keeps the party ("Chairman X of the Y Party")', () => {
    expect(rolesOf('Chairman Kellan Marsh of the Harbor Democratic Party spoke on Monday.')).toContain('Kellan Marsh | Chairman | Harbor Democratic Party');
  });
});

describe('"P.E.I. premier X"', () => {
  test('the province written short is the place, its premier the province\'s', () => {
    expect(rolesOf('P.E.I. premier Kellan Marsh promised positive politics on Monday.')).toContain('Kellan Marsh | premier | P.E.I.');
  });
});

describe('a party described by its creed inside a role phrase', () => {
  test('"X, leader of the moderate Islamist Ennahda party": the party, not the creed', () => {
    const text = 'Parliament elected Kellan Marsh, leader of the moderate Islamist Ennahda party, as its speaker.';
    expect(mentionsOf(text)).not.toContain('Organization:Islamist');
    expect(rolesOf(text)).toContain('Kellan Marsh | leader of the moderate Islamist Ennahda party | Ennahda party');
  });
});

describe('"X, who became A and then B,": two roles joined by "and"', () => {
  test('both roles, each with its own body or country', () => {
    const roles = rolesOf('The Harbor Democratic Party was founded in 1975 by Kellan Marsh, who became chairman of the Harbor Democratic Party and then president of Iraq.');
    expect(roles).toContain('Kellan Marsh | chairman of the Harbor Democratic Party | Harbor Democratic Party');
    expect(roles).toContain('Kellan Marsh | president of Iraq | Iraq');
  });

  test('not a role and a verb ("who was head of the party and went to Iraq")', () => {
    // The rule's guard: the learned roles pass (as retrained in the forty-sixth session) ties him to the party, as he was its head.
    expect(ruleRolesOf('Kellan Marsh, who was head of the Harbor Democratic Party and went to Iraq, died.').filter((r) => r.startsWith('Kellan Marsh |'))).toEqual([]);
  });
});

describe('an acronym after a known body and its tail', () => {
  test('"the Islamic State in Iraq and Syria (ISIS)": no body "Iraq and Syria"; the acronym is the Islamic State', () => {
    const text = 'The suicide attack by the Islamic State in Iraq and Syria (ISIS) militant group came on the feast.';
    expect(mentionsOf(text)).not.toContain('Organization:Iraq and Syria');
    expect(mentionsOf(text)).toContain('Place:Syria');
  });

  test('an expansion the acronym does not spell in English still stands ("National Council for the Safeguard of the Homeland (CNSP)")', () => {
    expect(mentionsOf('The National Council for the Safeguard of the Homeland (CNSP) ruled on Monday.')).toContain('Organization:National Council for the Safeguard of the Homeland');
  });
});

// The adversarial review of this session's rules (365 invented inputs; /tmp/review18 during the session): the kinds it
// found broken, mended.
describe('review: what the session\'s rules must not do', () => {
  test('two different bodies in parentheses stay two ("Hezbollah (Amal Movement)", "the European Union (European Commission)")', () => {
    const x = extract('Hezbollah (Amal Movement) fought on Monday. The European Union (European Commission) spoke.');
    const keyOf = (text: string): string | undefined => x.mentions.find((m) => m.text === text)?.key;
    expect(keyOf('Amal Movement')).not.toEqual(keyOf('Hezbollah'));
    expect(keyOf('European Commission')).not.toEqual(keyOf('European Union'));
  });

  test('"mayor of the city" with two towns named just before, or "of the capital", or after a state: no town', () => {
    expect(rolesOf('Rockets hit Ashkelon. Residents fled to Tel Aviv. Kellan Marsh, mayor of the city, said so.')).toContain('Kellan Marsh | mayor | ');
    expect(rolesOf('Protests spread from Lviv to Odesa. Kellan Marsh, mayor of the capital, said so.')).not.toContain('Kellan Marsh | mayor | Odesa');
    expect(rolesOf('Leaders met the Kano State Government. Kellan Marsh, mayor of the city, said so.')).not.toContain('Kellan Marsh | mayor | Kano State');
  });

  test('a story\'s town is not the office\'s when the sentence before names another, nor when the capital speaks for its government', () => {
    expect(rolesOfArticle('Missiles hit Kyiv', 'Missiles hit Kyiv overnight. Kyiv air defences shot down most. In Lviv, damage was light.\nMayor Kellan Marsh said power was restored.')).not.toContain('Kellan Marsh | Mayor | Kyiv');
    expect(rolesOfArticle('Beijing warns Taipei', 'Beijing warned Taipei on Monday. Beijing said the drills would continue.\nMayor Kellan Marsh said residents were calm.')).not.toContain('Kellan Marsh | Mayor | Beijing');
  });

  test('a local office among a nationality\'s officials is not the country\'s', () => {
    expect(rolesOf('Kenyan officials, including Mayor Kellan Marsh, attended the funeral.')).not.toContain('Kellan Marsh | Mayor | Kenya');
  });

  test('no sea, macro-region or "-based" place holds an office in the phrase', () => {
    expect(rolesOf('The Texas-based mayor, Kellan Marsh, said so.')).not.toContain('Kellan Marsh | Texas-based mayor | Texas');
    expect(rolesOf('The Sahel region governor, Kellan Marsh, said so.').filter((r) => r.endsWith('| Sahel'))).toEqual([]);
  });

  test('a central bank\'s governor, or a governor in a story about a capital, is no region\'s', () => {
    expect(rolesOfArticle('Crisis in Beirut', 'Protests hit Beirut on Monday. Banks in Beirut closed.\nCentral bank governor Kellan Marsh resigned.').filter((r) => r.endsWith('| Beirut'))).toEqual([]);
    expect(rolesOfArticle('Inflation in Cairo', 'Prices rose in Cairo on Monday. Shops in Cairo closed.\nGovernor Kellan Marsh said inflation would slow.')).not.toContain('Kellan Marsh | Governor | Cairo');
  });

  test('a document\'s issuer is no body the quotation speaks of, nor a guess between two', () => {
    expect(speakersOf('“We condemn the Harbor Democratic Party,” the statement from the party said.')).toEqual(['the statement from the party']);
    expect(speakersOf('The Interior Ministry and the Defence Ministry met on Monday. “We will act,” the statement from the ministry said.')).toEqual(['the statement from the ministry']);
  });

  test('a given name that is a participle stays a person\'s before "said" ("Blessing Lagos said")', () => {
    expect(mentionsOf('Blessing Lagos said the vote was free.')).toContain('Person:Blessing Lagos');
  });

  test('"Gov" after an article is no title ("the Gov Ball Music Festival")', () => {
    expect(mentionsOf('Fans flocked to the Gov Ball Music Festival on Sunday.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });

  test('a creed word before a common word is part of the party\'s name ("the Centrist Democratic Party")', () => {
    expect(mentionsOf('The Centrist Democratic Party won on Sunday.')).toContain('Organization:Centrist Democratic Party');
  });
});
