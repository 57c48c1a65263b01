// General patterns from the misses of real batches, written in the twenty-first session. Each block says which
// batches it was written from; rules written after a batch's first contact are judged by the next batches. Sentences
// are invented; the places are real because the rules read the gazetteer.
import { extract, mentionsOf, rolesBeforeCountryModelOf, rolesOf, speakersOf } from './helpers.js';

describe('the word that heads a name before its complement stands for the name alone (from batches 263-275)', () => {
  const text = 'The Eastern Observatory for Civil Liberties said 20 people were killed. Observatory head Tavro Kessling said the toll would rise. "It is the worst day," the Observatory said.';

  test('"Observatory head X" after "the Eastern Observatory for Civil Liberties": X heads that body', () => {
    expect(rolesOf(text)).toContain('Tavro Kessling | head | Observatory');
  });

  test('"the Observatory said" is the body, one node with the full name', () => {
    expect(speakersOf(text)).toEqual(['Observatory']);
    const x = extract(text);
    const keys = new Set(x.mentions.filter((m) => m.type === 'Organization').map((m) => m.key));
    expect(keys.size).toBe(1);
  });

  test('"X, head of the London-based Observatory"', () => {
    expect(rolesOf('The Eastern Observatory for Civil Liberties counted the dead. "It is grim," said Tavro Kessling, head of the London-based Observatory.'))
      .toContain('Tavro Kessling | head of the London-based Observatory | Observatory');
  });

  test('not a word of a longer name ("the Kurdistan Region" after "the Kurdistan Region of Iraq")', () => {
    const found = mentionsOf('The Kurdistan Region of Iraq held talks. Officials in the Kurdistan Region said little.');
    expect(found).not.toContain('Organization:Region');
  });

  test('not a head two bodies of the article share (two observatories with complements)', () => {
    const found = mentionsOf('The Eastern Observatory for Civil Liberties met the Northern Observatory of Press Freedom on Monday. Later the Observatory said nothing.');
    expect(found.filter((m) => m === 'Organization:Observatory')).toEqual([]);
  });
});

describe('a vote that gives offices to a list of people (from batch 275)', () => {
  const text = 'The Parliament voted on Ahmed Karim Saleh as Minister of Oil and Omar Hassan Jaber as the Minister of Foreign Affairs. It also voted on Ali Nasser Obaid as the Minister of Trade, and Yusuf Kamal Hadi as the Minister of Justice.';

  test('"voted on X as Minister of Oil and Y as the Minister of Foreign Affairs": each office its holder\'s', () => {
    const roles = rolesOf(text);
    expect(roles).toContain('Omar Hassan Jaber | Minister of Foreign Affairs | ');
    expect(roles).toContain('Ali Nasser Obaid | Minister of Trade | ');
    expect(roles).toContain('Yusuf Kamal Hadi | Minister of Justice | ');
  });

  test('not the noun "votes" ("their votes for “Change with X as president”")', () => {
    expect(rolesOf('He promised jobs in exchange for their votes for “Change with Giovanni Toti as president” last year.').filter((r) => r.startsWith('Giovanni Toti'))).toEqual([]);
  });
});

describe('people named in lists and appositions the first reading missed (from batch 284)', () => {
  test('"his co-principals Kalonzo Musyoka, Musalia Mudavadi and Moses Wetangula": the first name of a list learns of its list-mates', () => {
    const found = mentionsOf('He took the oath in a ceremony skipped by his co-principals Kalonzo Musyoka, Musalia Mudavadi and Moses Wetangula.');
    expect(found).toContain('Person:Kalonzo Musyoka');
    expect(found).toContain('Person:Musalia Mudavadi');
  });

  test('not a title in the list ("Head of Political Affairs and Presidential Adviser, X"), nor the complement of "of"', () => {
    const found = mentionsOf('Isaias Afeworki sent a delegation led by Eritrea’s Foreign Minister, Osman Saleh and Eritrean Head of Political Affairs and Presidential Adviser, Yemane Gebreab, to Addis Ababa. The men were both leaders of Los Zetas, and Antonio Oseguera Cervantes was another.');
    expect(found).not.toContain('Person:Political Affairs');
    expect(found).not.toContain('Person:Presidential Adviser');
    expect(found).not.toContain('Person:Los Zetas');
  });

  test('"In a statement Waruru Wachira, the Managing Director, Royal Media Services confirmed": a capitalized title closing the apposition', () => {
    expect(mentionsOf('In a statement Waruru Wachira, the Managing Director, Royal Media Services Limited confirmed the switch-off.')).toContain('Person:Waruru Wachira');
    expect(mentionsOf('Thousands answered the call from Kiingi Tuheitia, the Māori King, to a national meeting.')).toContain('Person:Kiingi Tuheitia');
  });

  test('not the subject of the next clause ("in Kilimani, Dagoretti North, the President said")', () => {
    expect(mentionsOf('Speaking during a launch in Kilimani, Dagoretti North, the President said his government would act.')).not.toContain('Person:Dagoretti North');
  });
});

describe('a constituency before a title is the holder\'s seat, not a body (from batch 284)', () => {
  test('"Ruaraka Member of Parliament Tom Kajwang": no organization "Ruaraka Member of Parliament"', () => {
    const found = mentionsOf('The oath was administered by Ruaraka Member of Parliament Tom Kajwang on Tuesday.');
    expect(found.filter((m) => m.startsWith('Organization:'))).toEqual([]);
    expect(found).toContain('Person:Tom Kajwang');
  });

  test('"Kibra Member of the National Assembly Ken Okoth": the body after the "of"', () => {
    expect(mentionsOf('Kibra Member of the National Assembly Ken Okoth spoke on Monday.')).toContain('Organization:National Assembly');
  });

  test('an office\'s title after "of" stays a body ("the Office of the Prime Minister"), and a title with its modifiers stays an office', () => {
    expect(mentionsOf('The Office of the Prime Minister said so on Monday.')).toContain('Organization:Office of the Prime Minister');
    expect(mentionsOf('US Deputy Assistant Secretary of State for Near Eastern Affairs Ethan Goldrich spoke.').filter((m) => m.startsWith('Organization:State'))).toEqual([]);
  });
});

describe('a nationality that qualifies a body of its own names no office\'s country (from batch 286)', () => {
  const story = 'PODGORICA — Montenegro’s parliament met on Friday. Lawmakers voted to oust the government of Prime Minister Dritan Abazovic weeks after he signed an agreement on the Serbian church in Montenegro. Montenegro has been split for years.';

  test('"the government of Prime Minister X … the Serbian church in Montenegro": the story\'s country', () => {
    expect(rolesOf(story)).toContain('Dritan Abazovic | Prime Minister | Montenegro');
  });

  test('a nationality before people still leaves the office open ("Serbian officials met Prime Minister X")', () => {
    // The rule's guard; the learned countries pass, which reads the whole story, may give the story's country.
    const roles = rolesBeforeCountryModelOf('PODGORICA — Montenegro’s parliament met on Friday. Serbian officials met Prime Minister Dritan Abazovic in Montenegro. Montenegro has been split for years.');
    expect(roles).not.toContain('Dritan Abazovic | Prime Minister | Montenegro');
  });
});

describe('the name of a family of parties is the story country\'s party where it reads as one (from batches 288 and 290)', () => {
  const uk = 'LONDON — Labour leader Sir Keir Starmer said it was good news for Britain that the Tories had lost. Labour MPs cheered in London.';
  const czech = 'PRAGUE — Four rebel Czech MPs voted with the Social Democrats and the Communists against the coalition, which consists of the Civic Democrats, Christian Democrats and the Greens. Former Civic Democrat Jan Schwippel voted too. The Czech Republic is split.';

  test('"Labour leader X", "Labour MPs", "the Tories": parties, one node for "Labour"', () => {
    const x = extract(uk);
    const orgs = x.mentions.filter((m) => m.type === 'Organization');
    expect(orgs.map((m) => m.text)).toEqual(['Labour', 'Tories', 'Labour']);
    expect(orgs[0]!.key).toBe(orgs[2]!.key);
    expect(rolesOf(uk)).toContain('Sir Keir Starmer | leader | Labour');
  });

  test('a list of families, and "Civic Democrat X" a member', () => {
    const found = mentionsOf(czech);
    for (const party of ['Social Democrats', 'Communists', 'Civic Democrats', 'Christian Democrats', 'Greens']) expect(found).toContain(`Organization:${party}`);
    expect(rolesOf(czech)).toContain('Jan Schwippel | member | Civic Democrat');
  });

  test('"Labor Premier X": a member of the party, the office the state\'s', () => {
    const roles = rolesOf('CANBERRA — Labor Premier Anthony Marlow said on Monday that Australia would act. Australia is divided.');
    expect(roles).toContain('Anthony Marlow | member | Labor');
    expect(roles.filter((r) => r.startsWith('Anthony Marlow | Premier | Labor'))).toEqual([]);
  });

  test('a longer name of the article keeps its key ("the Australian Labor Party … Labor won")', () => {
    const x = extract('CANBERRA — The Australian Labor Party won the vote. Labor won 66 seats in Australia.');
    const orgs = x.mentions.filter((m) => m.type === 'Organization');
    expect(orgs.map((m) => m.text)).toEqual(['Australian Labor Party', 'Labor']);
    expect(orgs[1]!.key).toBe(orgs[0]!.key);
  });

  test('not a portfolio ("Labor Minister X", "the Ministry of Labour"), a leaning ("Conservative X of the Liberal Democratic Party"), or a common noun ("Labor unions called")', () => {
    const found = mentionsOf('BEIRUT — Labor Minister Mohammad Haidar warned the cabinet in Lebanon. The Minister of Labour spoke. Labor unions called for a strike in Lebanon. Conservative Sanae Takaichi of the Liberal Democratic Party won in Japan.');
    expect(found.filter((m) => /^Organization:(Labor|Labour|Conservative)$/.test(m))).toEqual([]);
  });
});

describe('a family\'s generic name is the story country\'s party (from batch 294)', () => {
  const keyOf = (body: string, name: string): string | undefined => extract(body).mentions.find((m) => m.text === name)?.key;

  test('"the Liberal Party" of a Canadian story and of an Australian one are two parties; "the Liberals" is the Canadian story\'s', () => {
    const canada = 'OTTAWA — The Liberal Party won in Canada on Monday. The Liberals now rule Canada.';
    const australia = 'CANBERRA — The Liberal Party lost in Australia on Monday. Australia voted.';
    expect(keyOf(canada, 'Liberal Party')).not.toBe(keyOf(australia, 'Liberal Party'));
    expect(keyOf(canada, 'Liberals')).toBe(keyOf(canada, 'Liberal Party'));
  });

  test('"the Greens" of a Czech story are not the German party the lexicon knows; of a German story they are', () => {
    const czech = keyOf('PRAGUE — The coalition of the Czech Republic includes the Greens. The Czech Republic is split.', 'Greens');
    const german = keyOf('BERLIN — The coalition of Germany includes the Greens. Germany is split.', 'Greens');
    expect(german).toBe('org:Greens');
    expect(czech).not.toBe('org:Greens');
  });
});

describe('a person named before "of the X party" after a comma or a role noun (from batch 294)', () => {
  test('"his main challenger, Tundu Lissu of the Chadema party": the party is "Chadema", no body named after the man', () => {
    const found = mentionsOf('Magufuli got ten million more votes than his main challenger, Tundu Lissu of the Chadema party, who got 1.9 million.');
    expect(found).toContain('Organization:Chadema party');
    expect(found.filter((m) => m.includes('Tundu Lissu of'))).toEqual([]);
  });
});

describe('names a place or a rank made look like something else (from batch 295)', () => {
  test('"said Lisa Monaco, the president\'s top counterterrorism adviser": a given name and a country\'s name are a person where a speech verb or a role says so', () => {
    expect(speakersOf('"We tried," said Lisa Monaco, the president\'s top counterterrorism adviser, in a statement.')).toEqual(['Lisa Monaco']);
    expect(mentionsOf('He flew with Ana to Chad on Monday.')).toContain('Place:Chad');
  });

  test('"Top U.S. official Marine Gen. Alan Rivers, chairman of the Joint Chiefs": one sentence, one person, no "Marine Gen"', () => {
    const found = mentionsOf('Top U.S. official Marine Gen. Alan Rivers, chairman of the Joint Chiefs of Staff, said Monday the airstrike had not derailed the deal.');
    expect(found.filter((m) => m.startsWith('Person:'))).toEqual(['Person:Alan Rivers']);
  });

  test('a title\'s surname still ends its sentence ("Prime Minister Hun Sen. Kem Sokha, 69, …")', () => {
    expect(mentionsOf('The government of Prime Minister Hun Sen. Kem Sokha, 69, spoke on Monday.')).toContain('Person:Hun Sen');
  });
});

describe('the Nationals, a party leader in apposition, and a possessor in a list (from batch 296)', () => {
  const text = 'CANBERRA — The court ruled on Friday in Australia. The seat was won by Barnaby Joyce, the National party leader, in 2016. The ruling also forced the deputy National party leader, Fiona Nash, and One Nation’s Malcolm Roberts out of the Senate.';

  test('"Joyce, the National party leader": Joyce is no body; "National" is the party he leads', () => {
    const found = mentionsOf(text);
    expect(found).not.toContain('Organization:Barnaby Joyce');
    expect(rolesOf(text)).toContain('Barnaby Joyce | National party leader | National');
  });

  test('"Fiona Nash, and One Nation’s Malcolm Roberts": the possessor is no person of the list', () => {
    expect(mentionsOf(text)).not.toContain('Person:One Nation');
  });

  test('not a word of a longer name with a possessive inside ("the People\'s National party")', () => {
    expect(mentionsOf("KINGSTON — Simpson Miller's People's National party won 41 seats in Jamaica. Jamaica voted.")).not.toContain('Organization:National');
  });
});

describe('names no list knows, read from their sentence (from batch 302)', () => {
  test('"…, the Democrats, Abhisit Vejjajiva, said": a name set off by commas right before the speech verb', () => {
    expect(mentionsOf('The leader of the main rival party, the Democrats, Abhisit Vejjajiva, said the election had been close.')).toContain('Person:Abhisit Vejjajiva');
  });

  test('"Samak Sundaravej\'s People Power Party won … Mr Samak said": the name a title gave alone is the given name, the family name after it', () => {
    const found = mentionsOf("Samak Sundaravej's People Power Party won 228 seats. Mr Samak, 72, claimed victory on Monday.");
    expect(found).toContain('Person:Samak Sundaravej');
  });

  test('not a word a list knows after the titled name ("Mr Trump Tower", "Mr Samak Party")', () => {
    const found = mentionsOf('Mr Samak spoke on Monday. Samak Party officials cheered.');
    expect(found).not.toContain('Person:Samak Party');
  });
});

describe('the review of these rules: what they must not do', () => {
  const keyOf = (body: string, name: string): string | undefined => extract(body).mentions.find((m) => m.text === name && m.type === 'Organization')?.key;

  test('a party a country is named right before is that country\'s, not the story\'s ("Australia\'s Labor leader" in London)', () => {
    const text = 'LONDON — Britain\'s Labour government hosted Australia\'s Labor leader Anthony Albanese on Monday. Britain is pleased.';
    expect(keyOf(text, 'Labor')).toBe('party:Australia:labour');
    expect(keyOf(text, 'Labour')).toBe('party:United Kingdom:labour');
    expect(keyOf('COPENHAGEN — Denmark\'s Social Democrats won. Germany\'s SPD congratulated them. Denmark is pleased.', 'SPD')).toBe('org:SPD');
  });

  test('common words stay common: "Labor unions" after a dateline, "Labour shortages", "Labor productivity", "Labor leaders marched", "National leaders met"', () => {
    for (const text of ['LONDON — Labor unions called for a strike in Britain on Monday. Britain is tense.', 'LONDON — Farmers said Labour shortages hit farms in Britain. Britain is tense.',
      'WASHINGTON — Labor productivity rose in the United States, the Labor Department said.', 'WASHINGTON — Labor leaders marched in the United States. The United States is tense.',
      'BRUSSELS — National leaders from 27 countries met in Belgium. Belgium is pleased.']) {
      expect(extract(text).mentions.filter((m) => m.rule.startsWith('62-organizations-families'))).toEqual([]);
    }
  });

  test('a portfolio "for" Labour is no party ("Cabinet Secretary for Labour X"); "for Labor with" a vote is', () => {
    expect(mentionsOf('NAIROBI — Cabinet Secretary for Labour Florence Bore spoke in Kenya. Kenya is tense.')).not.toContain('Organization:Labour');
    expect(mentionsOf('CANBERRA — The expert called the contest for Labor with one per cent counted in Australia. Australia is pleased.')).toContain('Organization:Labor');
  });

  test('a head two bodies of the article share names neither ("the Syrian Observatory for Human Rights and the Paris Observatory")', () => {
    expect(mentionsOf('BEIRUT — The Syrian Observatory for Human Rights and the Paris Observatory met in Lebanon. Later the Observatory said the toll would rise.')).not.toContain('Organization:Observatory');
  });

  test('"told Sarah Israel had no choice": a name after "told" does not run into the next word', () => {
    expect(mentionsOf('The minister told Sarah Israel had no choice in the matter.')).not.toContain('Person:Sarah Israel');
  });

  test('a nationality before a body noun stays in play where the sentence does not name the story\'s country ("Orban told the Hungarian chamber" datelined Brussels)', () => {
    expect(rolesOf('BRUSSELS — Hungary\'s leaders met in Belgium. Prime Minister Viktor Orban later told the Hungarian chamber of commerce that the euro was weak.'))
      .not.toContain('Viktor Orban | Prime Minister | Belgium');
  });

  test('a possessor before a role noun is still a list-mate ("… and Kalonzo Musyoka\'s deputy Enoch Kibunguchy")', () => {
    expect(mentionsOf('He thanked Musalia Mudavadi, Moses Wetangula and Kalonzo Musyoka\'s deputy Enoch Kibunguchy on Monday.')).toContain('Person:Kalonzo Musyoka');
  });

  test('a company in a list of addressees is no person ("to Mumias Sugar, the Managing Director, and the Registrar")', () => {
    expect(mentionsOf('The letter was addressed to Mumias Sugar, the Managing Director, and the Registrar of Companies.')).not.toContain('Person:Mumias Sugar');
  });

  test('a vote that rejects gives no office ("voted on Ali Hashim as oil minister on Monday but rejected him")', () => {
    expect(rolesOf('BAGHDAD — Parliament voted on Ali Hashim as oil minister on Monday but rejected him. Iraq is tense.').filter((r) => r.startsWith('Ali Hashim'))).toEqual([]);
  });
});

describe('a family\'s name before an office and its holder (from the review)', () => {
  test('"Canada\'s Liberal Prime Minister Justin Trudeau": a member of the Liberals, Prime Minister of Canada', () => {
    const roles = rolesOf('OTTAWA — Canada voted. Canada\'s Liberal Prime Minister Justin Trudeau spoke in Canada on Monday.');
    expect(roles).toContain('Justin Trudeau | member | Liberal');
    expect(roles).toContain('Justin Trudeau | Prime Minister | Canada');
  });
});

describe('a surname that is a common word, repeated as a name (from batch 310)', () => {
  test('"“…,” Tusk said … Tusk pledged … the plans Tusk made": the speaker of the quotes', () => {
    const text = '“Over 20 million citizens voted,” Tusk said on Monday. On Tuesday, Tusk pledged new proposals. The win will complicate the plans Tusk made.';
    expect(speakersOf(text)).toEqual(['Tusk']);
  });

  test('not a common word after an article, a preposition or another capital ("the Opposition said", "in Hit", "First Quantum said")', () => {
    const found = mentionsOf('Fighters took Hit on Monday. The Opposition said it would march. In Hit, residents fled. Hit residents said the town fell. First Quantum said the mine was safe.');
    expect(found.filter((m) => m === 'Person:Hit' || m === 'Person:Opposition' || m === 'Person:Quantum')).toEqual([]);
  });
});
