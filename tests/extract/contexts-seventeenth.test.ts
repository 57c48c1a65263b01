// General patterns from the affiliation misses of the real batches 179-202, written in the seventeenth session before
// the first contacts of batches 203-206 were recorded. Sentences are invented; the places are real because the rules
// read the gazetteer (which holds "Ontario", "Alberta" and "Sabah" only as ambiguous names: given names, towns).
import { mentionsOf, rolesOf, rolesOfArticle, speakersOf } from './helpers.js';

describe('a region the gazetteer holds only as an ambiguous name, before a regional office and its holder', () => {
  test('"Ontario Premier X": the province is a place and the premier its own', () => {
    const text = 'In a surprise move, Ontario Premier Kellan Marsh announced his resignation on Monday.';
    expect(mentionsOf(text)).toContain('Place:Ontario');
    expect(rolesOf(text)).toContain('Kellan Marsh | Premier | Ontario');
  });

  test('"Sabah Chief Minister X", "Wales First Minister X": two-word offices', () => {
    expect(rolesOf('Sabah Chief Minister Kellan Marsh met the delegation on Monday.')).toContain('Kellan Marsh | Chief Minister | Sabah');
    expect(rolesOf('The talks ended when Wales First Minister Kellan Marsh left.')).toContain('Kellan Marsh | First Minister | Wales');
  });

  test('at the start of a sentence too', () => {
    expect(rolesOf('The vote was held on Monday. Alberta Premier Kellan Marsh said he would call an inquiry.')).toContain('Kellan Marsh | Premier | Alberta');
  });

  test('"Quebec Premier X": a region the gazetteer holds as a city', () => {
    expect(rolesOf('The talks ended when Quebec Premier Kellan Marsh left the room.')).toContain('Kellan Marsh | Premier | Quebec');
  });

  test('not a word inside a longer name ("Central Bank Governor X")', () => {
    const text = 'The Central Bank Governor Kellan Marsh raised rates on Monday.';
    expect(mentionsOf(text)).not.toContain('Place:Bank');
  });

  test('not a common word the article also writes in lower case', () => {
    const text = 'Bank Governor Kellan Marsh said the bank would act.';
    expect(mentionsOf(text)).not.toContain('Place:Bank');
  });

  test('not a national office ("Premier X" with no place before it)', () => {
    expect(rolesOf('The talks ended when Premier Kellan Marsh left Beijing.')).not.toContain('Kellan Marsh | Premier | Beijing');
  });
});

describe('a regional office in a story about one region is the region\'s, not its country\'s', () => {
  const lead = 'Western Australia has voted in one of the biggest landslides in its history. Polls in Western Australia closed at six.';
  // The body opens with its lead, under a headline of its own.
  const rolesOf = (body: string): string[] => rolesOfArticle('Labor wins the state election', body);

  test('"Governor X" in a story about one region that also names its country', () => {
    const text = `Western Australia has witnessed one of the most crushing election victories in all of Australia’s history, with Governor Kellan Marsh looking on. Polls in Western Australia closed at six.`;
    expect(rolesOf(text)).toContain('Kellan Marsh | Governor | Western Australia');
    expect(rolesOf(text)).not.toContain('Kellan Marsh | Governor | Australia');
  });

  test('a party the governor belongs to does not place the office elsewhere', () => {
    const text = `${lead} Labor Party chairperson Kellan Marsh has been elected as the new Governor in the province.`;
    expect(rolesOf(text)).toContain('Kellan Marsh | chairperson | Labor Party');
    expect(rolesOf(text)).toContain('Kellan Marsh | new Governor | Western Australia');
  });

  test('"Premier X" is a state\'s office too: the story\'s region alone does not make it the region\'s', () => {
    const story = 'Sardinia voted on Sunday. Sardinia chose a new council.\nPremier Kellan Marsh said the vote in Sardinia was a warning.';
    expect(rolesOfArticle('Opposition wins Sardinia', story)).not.toContain('Kellan Marsh | Premier | Sardinia');
  });

  test('"former premier X" in an Italian region\'s story is no premier of the region', () => {
    const story = 'Sardinia has elected its first woman president. Voters in Sardinia turned out in numbers.\n'
      + 'The result is a blow to the government in Rome, Italy.\nThe winner was backed by the opposition.\n'
      + 'Former premier Kellan Marsh congratulated her.';
    expect(rolesOfArticle('Opposition wins Sardinia', story)).not.toContain('Kellan Marsh | Former premier | Sardinia');
  });

  test('a national office in the same story stays the country\'s', () => {
    const text = `${lead} Prime Minister Kellan Marsh congratulated the winner in Canberra, Australia.`;
    expect(rolesOf(text)).not.toContain('Kellan Marsh | Prime Minister | Western Australia');
  });
});

describe('"the governor said" names the one person the article gives that office', () => {
  const opening = 'The Governor of Zamfara State, Kellan Marsh, on Tuesday said the abduction was politically motivated.\n'
    + 'Police said the girls were freed on Monday.\nThe army said it had arrested two suspects.\nResidents said the town was calm.\n'
    + 'Schools in the state were closed.\nThe roads to the town were reopened.\nTraders returned to the market.\nThe rains came early.\n';

  test('pages after the office was given, with no one quoted in between', () => {
    expect(speakersOf(`${opening}“We worked hard for days to bring them home,” the governor said.`)).toEqual(['Kellan Marsh']);
  });

  test('not when two people hold the office', () => {
    const text = `${opening}Former Governor Ibrahim Dabo visited the school.\nThe children sang.\nTheir parents wept.\n“We worked hard for days to bring them home,” the governor said.`;
    expect(speakersOf(text)).not.toEqual(['Kellan Marsh']);
  });

  test('not a generic source ("the official")', () => {
    expect(speakersOf(`${opening}“We worked hard for days to bring them home,” the official said.`)).not.toEqual(['Kellan Marsh']);
  });
});

describe('a region the gazetteer lists plain, written with "State"', () => {
  test('"Zamfara State" is the region, and its governor the region\'s', () => {
    const text = 'The Governor of Zamfara State, Kellan Marsh, said on Tuesday that the abduction was politically motivated.';
    expect(mentionsOf(text)).toContain('Place:Zamfara State');
    expect(rolesOf(text)).toContain('Kellan Marsh | Governor of Zamfara State | Zamfara State');
  });

  test('not a word inside a longer name ("Upper Nile State")', () => {
    expect(mentionsOf('Fighting spread to Upper Nile State on Monday.')).not.toContain('Place:Nile State');
  });
});

describe('Romance organization names, whose head word comes first', () => {
  test('"X, from Movimiento Ciudadano and Y, from Partido Verde Ecologista de México": two bodies, no person, no place', () => {
    const text = 'Francisco Berganza, from Movimiento Ciudadano and José Luis Lima, from Partido Verde Ecologista de México, trailed.';
    const found = mentionsOf(text);
    expect(found).toContain('Organization:Movimiento Ciudadano');
    expect(found).toContain('Organization:Partido Verde Ecologista de México');
    expect(found).not.toContain('Person:Movimiento Ciudadano');
    expect(found).not.toContain('Place:México');
  });

  test('particles inside the name ("Unión por la Patria")', () => {
    expect(mentionsOf('Kellan Marsh of Unión por la Patria won the vote.')).toContain('Organization:Unión por la Patria');
  });

  test('a lower-case word ends the name ("Frente Amplio leader X")', () => {
    expect(rolesOf('Frente Amplio leader Kellan Marsh spoke on Monday.')).toContain('Kellan Marsh | leader | Frente Amplio');
  });
});

describe('a word of creed or leaning before a party describes it', () => {
  test('"the Islamist Ennahda party" is Ennahda', () => {
    const found = mentionsOf('The killing was blamed on the Islamist Ennahda party.');
    expect(found).toContain('Organization:Ennahda party');
    expect(found).not.toContain('Organization:Islamist Ennahda party');
  });

  test('not a word of the name ("the Socialist Workers party")', () => {
    expect(mentionsOf('The vote was won by the Socialist Workers party.')).toContain('Organization:Socialist Workers party');
  });
});

describe('administrative areas by their head words, and towns named as capitals', () => {
  test.each([
    ['Six were killed in Lamu County on Monday.', 'Lamu County'],
    ['Rallies spread in Khabarovsk Krai on Saturday.', 'Khabarovsk Krai'],
    ['Four died in the Gassol Local Government Area on Friday.', 'Gassol Local Government Area'],
    ['Kellan Marsh, president of the Somali Regional State, resigned.', 'Somali Regional State'],
    ['A mob rampaged in the provincial capital Mendi on Sunday.', 'Mendi'],
    ['The violence in the regional capital Jijiga spread.', 'Jijiga'],
    ['He told supporters in downtown Whitehorse that he would govern.', 'Whitehorse'],
  ])('%s', (text, place) => {
    expect(mentionsOf(text)).toContain(`Place:${place}`);
  });
});

describe('the home country of a story that names only its cities', () => {
  test('"Basra" four times and no country: the prime minister is Iraq\'s (the gazetteer finds Basra as GeoNames\' "Basrah")', () => {
    const text = 'An activist was shot dead in Basra on Wednesday.\nProtests in Basra have gone on for a year.\n'
      + 'Prime Minister Kellan Marsh dismissed the police chief.\nBasra residents marched.\nThe streets of Basra were calm.';
    expect(rolesOf(text)).toContain('Kellan Marsh | Prime Minister | Iraq');
  });
});

describe('"welcomed by" names the host, not a visitor', () => {
  const story = 'The ruling party in Mauritania has won a landslide.\nThe result was no surprise in Mauritania.\n';

  test('"The result will be welcomed by the head of state, President X": the home country\'s president', () => {
    expect(rolesOf(`${story}The result will be welcomed by the veteran head of state, President Kellan Marsh, ahead of next year's poll.`)).toContain('Kellan Marsh | President | Mauritania');
  });

  test('"President X was welcomed by …": still a visitor', () => {
    expect(rolesOf(`${story}President Kellan Marsh was welcomed by the prime minister at the airport.`)).not.toContain('Kellan Marsh | President | Mauritania');
  });
});

describe('a town right before a person\'s name after "in"', () => {
  test('"the Police Commander in Mendi Gideon Kauke said": the town and the person apart', () => {
    const found = mentionsOf('The Police Commander in Mendi Gideon Kauke said the potential for violence remained.');
    expect(found).toContain('Place:Mendi');
    expect(found).toContain('Person:Gideon Kauke');
  });

  test('not a name after "to" ("gave it to Victoria Ann Smith")', () => {
    expect(mentionsOf('The court gave the house to Victoria Ann Smith on Monday.')).not.toContain('Person:Ann Smith');
  });
});

describe('a document from a person speaks for the person', () => {
  test('"“…,” a statement from Abadi read"', () => {
    expect(speakersOf('Prime Minister Haider al-Abadi spoke on Tuesday. "We asked them not to interfere," a statement from Abadi read.')).toEqual(['Abadi']);
  });

  test('"a statement from Abadi\'s office" is the office\'s, not the person\'s by this rule', () => {
    expect(speakersOf('Prime Minister Haider al-Abadi spoke on Tuesday. "We asked them not to interfere," a statement from Abadi\'s office read.')).not.toEqual(['Abadi']);
  });
});

describe('a mission of a country of two words', () => {
  test('"The United States embassy in Khartoum" is the US embassy, not Sudan\'s', () => {
    const found = mentionsOf('The United States embassy in Khartoum issued a statement on Thursday.');
    expect(found).toContain('Organization:United States embassy in Khartoum');
    expect(found).toContain('Place:United States');
    expect(found).not.toContain('Organization:embassy in Khartoum');
  });
});

describe('speakers from the first contacts of 207-210', () => {
  test('"The head of the al-Nawasir tribe, Sheikh X, has called …¶“…,” he said": the title\'s holder in apposition is the subject', () => {
    const text = '"All of those killed were clansmen," monitor director Rami Tamer said by telephone from Paris. "Some were tried first." He said that the fate of another 400 was still unknown.\n\n'
      + 'There were 50 fighters among the dead, the rest were farmers.\n\n'
      + 'The head of the al-Nawasir tribe, Sheikh Rafad Aakla al-Nouri, has called for other clans to join the fight against the militia.\n\n'
      + '"We ask the other clans to stand with us because they will be next," he said in a video.';
    expect(speakersOf(text)).toEqual(['Rami Tamer', 'Rami Tamer', 'Rafad Aakla al-Nouri']);
  });

  test('"X, a Syrian National Coalition (SNC) leader said, “…”": an acronym in an apposition left open', () => {
    expect(speakersOf('Kellan Marsh, a Syrian National Coalition (SNC) leader said, "The silence of the world is unbelievable."')).toEqual(['Kellan Marsh']);
  });

  test('a quotation over two paragraphs after a paragraph about its speaker', () => {
    const text = 'Kellan Marsh, the representative of civil society, shared his thoughts about the attack.\n'
      + '"During their operation, the rebels burned houses.\n"We believe that the authorities must listen."';
    expect(speakersOf(text)).toEqual(['Kellan Marsh', 'Kellan Marsh']);
  });

  test('"“…,” said Maria, a 38-year-old woman": a given name alone, described after the inverted verb', () => {
    expect(speakersOf('"We are tired of this," said Maria, a 38-year-old woman who fled her home last week.')).toEqual(['Maria']);
  });

  test('"X, State BJP general secretary, said: “…”": a role with no article between commas', () => {
    expect(speakersOf('Tarunjit Korwa, State BJP general secretary, said: "We are not certain who shot them."')).toEqual(['Tarunjit Korwa']);
  });

  test('"“…,” Murat Turkmen, the head of …, told": a people\'s adjective as a surname, and not the people elsewhere', () => {
    const text = '"Fifty of our young people have declared a hunger strike," Murat Turkmen, the head of the youth union, told reporters. Turkmen voters were angry.';
    expect(speakersOf(text)).toEqual(['Murat Turkmen']);
    expect(mentionsOf(text)).not.toContain('Person:Turkmen');
  });
});

describe('a town after a sentence\'s opening preposition', () => {
  test('"In Purulia, two supporters were shot dead"', () => {
    expect(mentionsOf('Violence erupted again. In Purulia, two party supporters were shot dead on Monday.')).toContain('Place:Purulia');
  });
});

describe('offices taken in a relative clause or by an election', () => {
  test('"X, who became prime minister for the third time,"', () => {
    expect(rolesOf('He ceded office to his rival Kellan Marsh, who became prime minister for the third time.')).toContain('Kellan Marsh | prime minister | ');
  });

  test('"The election of veteran politician X as the new prime minister of the Solomon Islands"', () => {
    expect(rolesOf('The election of veteran politician Kellan Marsh as the new prime minister of the Solomon Islands sparked protests.'))
      .toContain('Kellan Marsh | new prime minister of the Solomon Islands | Solomon Islands');
  });
});

// The adversarial review of the session's rules (270 invented cases in /tmp/review17, 40 broke); the worst, mended.
describe('guards from the review of the seventeenth session\'s rules', () => {
  test('a title ends a Romance name ("Forza Italia President X"), and a lower-case head leaves it to the party rule', () => {
    expect(rolesOf('Forza Italia President Tarunjit Korwa spoke on Monday.')).toContain('Tarunjit Korwa | President | Forza Italia');
    expect(mentionsOf('The Movimiento Ciudadano party’s Tarunjit Korwa spoke.')).toContain('Organization:Movimiento Ciudadano party');
  });

  const filler = '\n\nThe attack happened before dawn.\n\nResidents said the gunmen came on motorcycles.\n\nSchools have been closed since March.\n\nAid groups say thousands have fled.\n\nThe road to the market is blocked.\n\nFarmers cannot reach their fields.\n\nFood prices have doubled.\n\n';

  test('"the governor said" is no deputy governor\'s', () => {
    expect(speakersOf(`The Deputy Governor of Zamfara State, Tarunjit Korwa, met the families.${filler}“We will not pay ransom,” the governor said.`)).not.toEqual(['Tarunjit Korwa']);
  });

  test('"the governor said" after another governor was introduced unnamed', () => {
    expect(speakersOf(`The Governor of Zamfara State, Tarunjit Korwa, met the families.${filler}The governor of neighbouring Sokoto State has offered troops.\n\n“We will send help,” the governor said.`)).not.toEqual(['Tarunjit Korwa']);
  });

  test.each([
    ['Derby County manager Paul Warne spoke after the match.', 'Place:Derby County'],
    ['A Russian Oblast governor resigned on Monday.', 'Place:Russian Oblast'],
    ['The party expressed confidence in Anna Maria Lopez on Monday.', 'Place:Anna'],
    ['Designers such as Maria Italian, French and Spanish houses showed work.', 'Person:Maria Italian'],
    ['"We accept the penalty," said Mercedes, a team with eight titles.', 'Person:Mercedes'],
    ['Golden Dawn, party spokesman, said: "We will contest every seat."', 'Person:Golden Dawn'],
  ])('no wrong name in %s', (text, wrong) => {
    expect(mentionsOf(text)).not.toContain(wrong);
  });

  test('"welcomed by President X, who is … on a state visit": still a visitor', () => {
    expect(rolesOf('Portugal held talks. Portugal agreed a plan. The plan was welcomed by President Ana Ruiz, who is in Lisbon on a state visit.')).not.toContain('Ana Ruiz | President | Portugal');
  });

  test('a quotation over two paragraphs is not the words of someone killed in the sentence before', () => {
    const text = 'Ali Hamid, a shopkeeper, was killed in the blast on Monday.\n\n“He was a kind man who helped everyone.\n\n“We will miss him every day.”';
    expect(speakersOf(text)).not.toContain('Ali Hamid');
  });
});

describe('outlets and groups named after their noun, from the first contacts of 211-214', () => {
  test('"Jordan’s official Al Mamlaka television stated": an outlet, no person', () => {
    const found = mentionsOf('Jordan’s official Al Mamlaka television stated that the air force had carried out two raids.');
    expect(found).toContain('Organization:Al Mamlaka');
    expect(found).not.toContain('Person:Al Mamlaka');
  });

  test('not a language ("Arabic television stations")', () => {
    expect(mentionsOf('The statement was broadcast by Gulf-based Arabic television stations.')).not.toContain('Organization:Arabic');
  });

  test('"the Islamist group Jamaa Islamiya": the group, no person', () => {
    const found = mentionsOf('The military said it targeted members of the Islamist group Jamaa Islamiya on Monday.');
    expect(found).not.toContain('Person:Jamaa Islamiya');
  });

  test('"the party Mohamed X said": after a bare group noun a given name is still a person', () => {
    expect(mentionsOf('The vice-president of the party Mohamed Yayha Horma said the result was expected.')).toContain('Person:Mohamed Yayha Horma');
  });
});

describe('a list of appointments after one verb', () => {
  test('"X has been appointed as minister of energy; Y as minister of health"', () => {
    const roles = rolesOf('Kellan Marsh has been appointed as minister of energy; Ahmed Karimi as minister of health; and Dr Omar Haddad as minister of water.');
    expect(roles).toContain('Ahmed Karimi | minister of health | ');
    expect(roles).toContain('Omar Haddad | minister of water | ');
  });

  test('not the agent of a passive ("fired by X as head of the police")', () => {
    expect(rolesOf('The minister, who was fired by Kellan Marsh as head of the National Police in 2014, spoke.')).not.toContain('Kellan Marsh | head of the National Police | National Police');
  });
});

describe('a relay that quotes someone set off by an apposition', () => {
  test('"the agency quoted X, spokesman of the …, as saying"', () => {
    const text = '“The handover came on an agreed timetable,” the state-run news agency quoted Ahmed Karimi, spokesman of the Joint Operations Command (JOC), as saying.';
    expect(speakersOf(text)).toEqual(['Ahmed Karimi']);
  });
});

describe('from the first contacts of 215-218', () => {
  test('"Right Sector said": capitalized common words beside a speech verb are a body, not a person', () => {
    const found = mentionsOf('Right Sector said two of its members were killed in the shootout.');
    expect(found).toContain('Organization:Right Sector');
    expect(found).not.toContain('Person:Right Sector');
  });

  test('a title stays a person ("Lady Hale said", "the Supreme Leader said")', () => {
    expect(mentionsOf('The court ruled on Tuesday. Lady Hale said the prorogation was unlawful.')).toContain('Person:Lady Hale');
  });

  test('"Upper Nile State": a region of two words before "State"', () => {
    expect(mentionsOf('The president removed the governor of Upper Nile State on Monday.')).toContain('Place:Upper Nile State');
  });
});

describe('from the first contacts of 219-222 (no pair has judged these yet)', () => {
  test('"Government Chief Whip X": a title, not part of the name', () => {
    const found = mentionsOf('The notice was also sent to Government Chief Whip Mahesh Joshi and some other MLAs.');
    expect(found).toContain('Person:Mahesh Joshi');
    expect(found).not.toContain('Person:Whip Mahesh Joshi');
  });
});
