// General patterns from the misses of real batches 1-106 found in the eleventh session. The sentences are written here
// with invented names and places.
import { mentionsOf, rolesOf, speakersOf, ruleRolesOf } from './helpers.js';

describe('the country a story is about, for bare offices', () => {
  test('"millions of South Koreans" is a people, not a place, and counts for its country', () => {
    const text = 'South Korean lawmakers impeach president\n\nSouth Korean lawmakers on Friday impeached President Ana Ruiz. '
      + 'Millions of South Koreans took to the streets. Prime Minister Ivo Horvat will lead until the court rules.';
    expect(mentionsOf(text, true)).not.toContain('Place:South Koreans');
    const roles = rolesOf(text, true);
    expect(roles).toContain('Ana Ruiz | President | South Korea');
    expect(roles).toContain('Ivo Horvat | Prime Minister | South Korea');
  });

  test('a minister of tourism, a cabinet meeting and a parliamentary meeting are no visit', () => {
    const text = 'Maltese ministers quit\n\nMalta’s government was shaken on Tuesday. Tourism minister Ivo Horvat resigned and Economy Minister Ana Ruiz '
      + 'said she was suspending herself after a parliamentary meeting. Malta’s opposition welcomed it. Police in Malta questioned both.';
    const roles = rolesOf(text, true);
    expect(roles).toContain('Ivo Horvat | Tourism minister | Malta');
    expect(roles).toContain('Ana Ruiz | Economy Minister | Malta');
  });

  test('a visitor\'s sentence still gives no office to the host country', () => {
    const text = 'Talks in Malta\n\nMalta hosted the talks on Tuesday. Malta’s Foreign Minister Ana Ruiz welcomed them. '
      + 'Foreign Minister Ivo Horvat arrived in Valletta for a meeting with Ruiz. Malta said the talks went well.';
    expect(rolesOf(text, true).some((r) => r.startsWith('Ivo Horvat') && r.endsWith('| Malta'))).toBe(false);
  });
});

describe('roles stated in a relative clause', () => {
  test('"X, who was Y’s vice president between 2013 and 2017," keeps the role past the years', () => {
    expect(rolesOf('Ivo Horvat, who was Ecuador’s vice president between 2013 and 2017, was relieved of his duties.')).toContain('Ivo Horvat | vice president | Ecuador');
    expect(rolesOf('Ivo Horvat, who was Ecuador’s vice president from 2013 to 2017, was jailed.')).toContain('Ivo Horvat | vice president | Ecuador');
    // a clause that goes on past the years is no apposition
    expect(rolesOf('Ivo Horvat, who was Ecuador’s vice president in 2013 when the oil price fell, was jailed.')).not.toContain('Ivo Horvat | vice president | Ecuador');
  });
});

describe('names that run over a possessive', () => {
  test('"the Sierra Leone People’s Party" is one party, not a person "Leone People"', () => {
    expect(mentionsOf('He joined the Sierra Leone People’s Party in 1990.')).toEqual(['Organization:Sierra Leone People’s Party']);
  });

  test('"the All People’s Congress Party": a known "Congress" after "People’s" is the end of a longer name', () => {
    const mentions = mentionsOf('Ivo Horvat of the ruling All People’s Congress Party lost the run-off.');
    expect(mentions).toContain('Organization:All People’s Congress Party');
    expect(mentions).not.toContain('Organization:Congress');
    // "Congress" alone still names the legislature
    expect(mentionsOf('Ivo Horvat told Congress on Monday that the vote was close.')).toContain('Organization:Congress');
  });
});

describe('things named after places and people', () => {
  test('"the Panama Papers" and "the Abraham Accords" name no place and no person', () => {
    const mentions = mentionsOf('The Panama Papers leak hit Iceland. Israel signed the Abraham Accords in 2020 and the Oslo Accords in 1993.');
    expect(mentions).toEqual(['Place:Iceland', 'Place:Israel']);
    expect(mentionsOf('He flew to Panama on Monday.')).toContain('Place:Panama');
  });
});

describe('speakers after a quote', () => {
  test('"joint operations spokesman Brigadier General X said": plain words ending in a role noun, then titles', () => {
    expect(speakersOf('“The city has been liberated,” joint operations spokesman Brigadier General Omar Rashid said in a statement.')).toEqual(['Omar Rashid']);
    expect(speakersOf('“We have an agreement,” military council spokesman Lieutenant General Ivo Horvat told reporters.')).toEqual(['Ivo Horvat']);
  });

  test('a verb that reports speech only beside a quote ("vowed") counts right after one', () => {
    expect(speakersOf('“The town will not fall,” vowed Ana Ruiz, a local representative reached by telephone.')).toEqual(['Ana Ruiz']);
    // and not where no quote stands beside it
    expect(speakersOf('Ana Ruiz vowed to stay. “We will resist,” a fighter said.')).toEqual(['a fighter']);
  });
});

describe('a description before a courtesy title', () => {
  test('"The tough-talking Mr X said" is X', () => {
    expect(speakersOf('General Ivo Horvat took power on Thursday. The tough-talking Mr Horvat, 60, said he seized power due to “the violence in the capital”.')).toEqual(['Horvat']);
  });
});

describe('names and places from the misses of batches 107-110', () => {
  test('"FILE - In this … file photo" opens a caption, not a dateline', () => {
    expect(mentionsOf('FILE - In this Jan. 22, 2020, file photo, President Ivo Horvat speaks in Ramallah.')).toEqual(['Person:Ivo Horvat', 'Place:Ramallah']);
    expect(mentionsOf('BAGHDAD - The talks went on.', true)).toContain('Place:BAGHDAD');
  });

  test('"an ethnic Albanian parliament speaker" names a people, not Albania’s parliament', () => {
    expect(mentionsOf('Omar Rashid became the first ethnic Albanian parliament speaker in the country.')).not.toContain('Organization:Albanian parliament');
    expect(mentionsOf('The Albanian parliament voted on Monday.')).toContain('Organization:Albanian parliament');
  });

  test('"the Shiite Turkmen town of Amirli": the words before "town of" describe the place named after', () => {
    expect(mentionsOf('Fighters broke the siege of the northern Shiite Turkmen town of Amirli.')).toEqual(['Place:Amirli']);
    expect(mentionsOf('Troops reached the Harbor town on Monday.')).toContain('Place:Harbor town');
  });

  test('"Ali al Arab": a word after a particle belongs to the name; "Mr Speaker" is no person', () => {
    expect(mentionsOf('Rights groups named the men as activists Ali al Arab and Ahmed al Malali.')).toEqual(['Person:Ali al Arab', 'Person:Ahmed al Malali']);
    expect(mentionsOf('“This barrage, Mr Speaker, has led to unrest,” he told parliament.')).toEqual([]);
  });
});

describe('the dateline’s country and the sentence’s', () => {
  test('an agency’s dateline does not own an office in a sentence that names another country and not its own', () => {
    const text = 'TEHRAN (Tasnim) – Violent protests have broken out in Paraguay after a vote allowing President Ivo Horvat to run again.';
    const roles = rolesOf(text);
    expect(roles.some((r) => r.startsWith('Ivo Horvat | President | Iran'))).toBe(false);
    // the dateline's own country named in the sentence keeps it
    expect(rolesOf('MANILA — Defense Secretary Ivo Horvat on Wednesday blasted the Chinese threat to the Philippines.')).toContain('Ivo Horvat | Defense Secretary | Philippines');
  });

  test('"the first ethnic Albanian parliament speaker in Macedonia" is no office of Albania', () => {
    expect(rolesOf('Omar Rashid became the first ethnic Albanian parliament speaker in Macedonia.').some((r) => r.endsWith('| Albania'))).toBe(false);
  });
});

describe('bodies of a title from the misses of batches 109-110', () => {
  test('"The PJD, whose leader X had been prime minister" makes X its leader', () => {
    expect(rolesOf('The HDP, whose leader Ivo Horvat had been prime minister since 2017, complained of vote buying.')).toContain('Ivo Horvat | leader | HDP');
  });

  test('"’IS’ leader X": a name in quotation marks before the title', () => {
    expect(rolesOf('The mosque is where ‘HDP’ leader Ivo Horvat declared victory in 2014.')).toContain('Ivo Horvat | leader | HDP');
  });

  test('"NASSAU – Chairman of the Y Party (YP), X said": a dateline’s dash opens the phrase', () => {
    const roles = rolesOf('NASSAU – Chairman of the Progressive Harbor Party (PHP), Fred Mitchell said he believed the new government would be in place.');
    expect(roles.some((r) => r.startsWith('Fred Mitchell |') && r.endsWith('| Progressive Harbor Party'))).toBe(true);
  });
});

describe('a body named by one word before a leader’s title', () => {
  test('"Likud leader X" and "Ennahda spokesman X" name the body; common words, peoples and people do not', () => {
    expect(rolesOf('Likud leader Ivo Horvat said on Monday that the Likud party had won.')).toContain('Ivo Horvat | leader | Likud');
    expect(mentionsOf('Ennahda spokesman Omar Rashid denied it. The Ennahda movement boycotted the vote.')).toContain('Organization:Ennahda');
    // not without the body named as one elsewhere: a ruler's name, a people, a faith
    expect(mentionsOf('Putin spokesman Dmitry Peskov said the Kremlin had no comment.')).not.toContain('Organization:Putin');
    expect(mentionsOf('Sikh leader Amrik Singh was killed in Canada.')).not.toContain('Organization:Sikh');
    expect(mentionsOf('Opposition leader Ivo Horvat spoke. Kurdish leader Omar Rashid spoke.').filter((m) => m.startsWith('Organization'))).toEqual([]);
    expect(mentionsOf('Donald Trump met aides. Trump spokesman Ivo Horvat said so.').filter((m) => m.startsWith('Organization'))).toEqual([]);
  });
});

describe('a surname alone before an age and a speech verb', () => {
  test('"After the vote, Lofven, 63, said that …" names a person and the speaker', () => {
    expect(mentionsOf('After the vote, Lofven, 63, said that the party would stay.')).toEqual(['Person:Lofven']);
    expect(speakersOf('After the vote, Lofven, 63, said that “the party will stay.”')).toEqual(['Lofven']);
    expect(mentionsOf('The attack, 63, said nothing.')).toEqual([]);
  });
});

describe('people listed after a body’s plural role', () => {
  test('"senior HDP lawmakers, including party Secretary-General A, Digital Minister B and Foreign Minister C"', () => {
    const roles = rolesOf('Speculation has landed on senior HDP lawmakers, including party Secretary-General Ivo Horvat, Digital Minister Ana Ruiz and Foreign Minister Omar Rashid.');
    for (const p of ['Ivo Horvat', 'Ana Ruiz', 'Omar Rashid']) expect(roles).toContain(`${p} | lawmaker | HDP`);
    // one name is no list
    expect(ruleRolesOf('Speculation has landed on senior HDP lawmakers, including Ivo Horvat.').some((r) => r.endsWith('| HDP'))).toBe(false);
  });
});

describe('speakers from the misses of batches 113-114', () => {
  test('"Trump, he said, had slipped into Iraq, “…”": the name the tag interrupts is not "he"', () => {
    const text = 'President Ivo Horvat visited the base on Wednesday. “Horvat needs to know his limits,” said Omar Rashid, the head of a bloc. Horvat, he said, had slipped into Iraq, “as though Iraq is a state of the United States.”';
    expect(speakersOf(text)).toEqual(['Omar Rashid', 'Omar Rashid']);
  });

  test('"the 88-year-old X said" is X', () => {
    expect(speakersOf('Ivo Horvat has won the election. “I will be president for all,” the 88-year-old Horvat said in a speech.')).toEqual(['Horvat']);
  });
});

describe('a speaker’s pronoun after a relative pronoun', () => {
  test('"But X was critical of the plan, which he said “…”" is X', () => {
    expect(speakersOf('But Ambassador Ivo Horvat was critical of the plan, which he said “risks making things worse.”')).toEqual(['Ivo Horvat']);
  });
});

describe('a definite title after a headline’s unnamed source', () => {
  test('"Harbor president demands …" then "Harbor President Ivo Horvat …": "The president is a critic …, accusing it of “…”" is Horvat', () => {
    const text = 'Harbor president demands resignation of government\n\nHarbor President Ivo Horvat on Saturday called for the resignation of the government. '
      + 'The president is a vehement critic of the government of Prime Minister Omar Rashid, accusing it of “links with the oligarchs”.';
    expect(speakersOf(text)).toEqual(['Ivo Horvat']);
  });
});

describe('review of the session’s rules (dateline)', () => {
  test('a city-only dateline keeps its country for an office whose holder speaks of another country', () => {
    expect(rolesOf('MOSCOW (AP) — Foreign Minister Pavel Orlov said Ukraine had shelled a border village.', true)).toContain('Pavel Orlov | Foreign Minister | Russia');
    expect(rolesOf('ISLAMABAD (AP) — Interior Minister Ahmed Khan said Kabul must stop the militants.', true)).toContain('Ahmed Khan | Interior Minister | Pakistan');
  });
});

describe('review of the session’s rules (speakers)', () => {
  test('a courtesy title or an age after "of"/"for" makes the person a complement, not the speaker', () => {
    expect(speakersOf('“He is innocent,” the wife of Mr Ruiz said.')).toEqual(['the wife of Mr Ruiz']);
    expect(speakersOf('“She was brave,” the son of 88-year-old Maria Lopez said.')).toEqual(['the son of 88-year-old Maria Lopez']);
  });

  test('a quote-only verb after a quote needs a name or a title after it: no passive, no object of its own', () => {
    expect(speakersOf('The film “A Day in the Life of the Nation,” dismissed by Culture Minister Ana Ruiz as propaganda, was banned.')).toEqual([null]);
    expect(speakersOf('“Stay at home,” urged Health Minister Lina Sato.')).toEqual(['Lina Sato']);
  });

  test('"Residents of Kuna, 45, said" and "Brenford, 40, said it would" name no person', () => {
    expect(mentionsOf('Residents of Kuna, 45, said the raid lasted hours.')).toEqual([]);
    expect(mentionsOf('Brenford, 40, said it would close the factory.')).toEqual([]);
  });
});

describe('review of the session’s rules (names, places, visits, lists)', () => {
  test('"Mr Speaker" is no person, "Senator King" and "Ms Bishop" are', () => {
    expect(mentionsOf('“This barrage, Mr Speaker, has led to unrest,” he told parliament.')).toEqual([]);
    expect(mentionsOf('Senator King said the bill would pass.')).toEqual(['Person:King']);
  });

  test('"the Dar Kush village of Idlib" keeps its name; "the Shiite Turkmen town of Amirli" does not make one', () => {
    expect(mentionsOf('Troops entered the Dar Kush village of Idlib.')).toContain('Place:Dar Kush village');
    expect(mentionsOf('Fighters broke the siege of the northern Shiite Turkmen town of Amirli.')).toEqual(['Place:Amirli']);
  });

  test('"after meetings with Portuguese leaders" and "in Rome for a meeting of G7 finance chiefs" are a visitor’s sentences', () => {
    expect(rolesOf('LISBON, Portugal (AP) — President Ana Ruiz, after meetings with Portuguese leaders, said trade would grow.', true).some((r) => r.endsWith('| Portugal'))).toBe(false);
    expect(rolesOf('ROME, Italy (AP) — Prime Minister Tom Bello was in Rome for a meeting of G7 finance chiefs.', true).some((r) => r.endsWith('| Italy'))).toBe(false);
  });

  test('a list after a body’s plural role ends at a name tied to another country', () => {
    const roles = rolesOf('Hamas officials, including political chief Ismail Haniyeh, Omar Rashid and Israeli negotiator David Barnea, met in Cairo.');
    expect(roles.some((r) => r.startsWith('David Barnea') && r.endsWith('| Hamas'))).toBe(false);
  });
});

describe('a quotation continued past a line of page furniture', () => {
  test('"In pictures" and "1/28" between the paragraphs of one speech do not end it', () => {
    const text = 'Ana Ruiz said: “Our thoughts are with those hurt today.\n\nChristchurch shootings - In pictures\n\n1/28\n\n“It was a place that many came for its safety.\n\n“We were chosen because we represent diversity.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('numbered courts', () => {
  test('"the Istanbul 13th Heavy Penal Court" and "the 5th Circuit Court of Appeals" keep their number and city', () => {
    expect(mentionsOf('The Istanbul 13th Heavy Penal Court sentenced Ivo Horvat to life.')).toContain('Organization:Istanbul 13th Heavy Penal Court');
    expect(mentionsOf('The 5th Circuit Court of Appeals ruled on Monday.')).toContain('Organization:5th Circuit Court of Appeals');
  });
});

describe('a common word opening a sentence before a lower-case head', () => {
  test('"Ruling party candidate X told supporters" names no party "Ruling"', () => {
    expect(mentionsOf('Ruling party candidate José Antonio Meade told supporters that he wished him success.').filter((m) => m.startsWith('Organization'))).toEqual([]);
    expect(mentionsOf('Likud party leaders met on Monday.')).toContain('Organization:Likud party');
  });
});

describe('a later sentence with words of its own is no tag', () => {
  test('"“…” The turnout was 69 per cent, according to the commission." leaves the quote with its speaker', () => {
    const text = '“I respect the will of the people,” Ivo Horvat told his supporters. “I will leave it to history to judge.” The turnout for the vote was 69 per cent, according to the website of the electoral commission.';
    expect(speakersOf(text)).toEqual(['Ivo Horvat', 'Ivo Horvat']);
  });
});

describe('a body’s lower-case part in a role’s complement', () => {
  test('"the head of the executive committee of the Syrian Democratic Council" is of the council', () => {
    const roles = rolesOf('“They will stay,” Ilham Ahmed, the head of the executive committee of the Harbor Democratic Council, told Reuters.');
    expect(roles.some((r) => r.startsWith('Ilham Ahmed |') && r.endsWith('| Harbor Democratic Council'))).toBe(true);
  });
});

describe('a phrase that opens with a preposition is no speaker', () => {
  test('"X urged his troops to “…”, in a message read out by …" is X', () => {
    expect(speakersOf('Khalifa Haftar spoke on Sunday. Haftar urged his troops to “wipe out the enemy”, in a message read out by a spokesman.')).toEqual(['Haftar']);
  });
});
