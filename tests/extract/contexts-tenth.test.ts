// General patterns from the misses of real batches 1-106. The sentences are written here; the first blocks use invented
// names, the later ones (batches 97-106) some names of those articles' people, so the shape of the real case is kept.
import { extractArticle } from '../../src/extract/index.js';
import { extract, mentionsOf, rolesOf, speakersOf, ruleRolesOf } from './helpers.js';

const roleAt = (roles: string[], person: string, org: string) => roles.some((r) => r.startsWith(`${person} | `) && r.endsWith(` | ${org}`));

describe('people tied to a body by a preposition, a possessive or "under"', () => {
  test('"X, from the Y Party" and "X, of the Y Union" make a member; a place or a plain noun does not', () => {
    const roles = rolesOf('Peter Walusimbi, from the Popular Renewal Party (PRP), won 3 million votes. Dana Kirsch, of the Liberal Democratic Union, won 237 seats.');
    expect(roles).toContain('Peter Walusimbi | member | Popular Renewal Party');
    expect(roles).toContain('Dana Kirsch | member | Liberal Democratic Union');
    expect(rolesOf('Peter Walusimbi, from the Harbor Ministry, spoke.').some((r) => r.includes('member'))).toBe(false);
    // Without the commas too, since the sixteenth session ("Mmabatho Tembe from the Democratic Alliance was elected"
    // in batch 192: on the 1,940 real articles it added two affiliations, both in the gold, and no wrong one); a
    // ministry still makes no member.
    expect(rolesOf('Peter Walusimbi from the Popular Renewal Party spoke.')).toContain('Peter Walusimbi | member | Popular Renewal Party');
    expect(rolesOf('Peter Walusimbi from the Harbor Ministry spoke.').some((r) => r.includes('member'))).toBe(false);
  });

  test('a quoted name in the complement ("one of the leaders of the “X” bloc") is the body', () => {
    expect(roleAt(rolesOf('Tomas Verhoef, one of the leaders of the “Citizens First” bloc, said the vote was rigged.'), 'Tomas Verhoef', 'Citizens First')).toBe(true);
  });

  test('"leader of the main opposition party, the X Party" names the party after its kind', () => {
    expect(roleAt(rolesOf('Karim Haddad, leader of the main opposition party, the National Unity Party (NUP), came second.'), 'Karim Haddad', 'National Unity Party')).toBe(true);
    // a person after the comma is no name of the body
    expect(rolesOf('Karim Haddad, leader of the main opposition party, the city, said so.').some((r) => r.endsWith('| city'))).toBe(false);
  });

  test('"led by A and B" makes both leaders', () => {
    const roles = rolesOf('The Harbor Alliance led by Hadi al-Amiri and Omar Rashid called for talks.');
    expect(roleAt(roles, 'Hadi al-Amiri', 'Harbor Alliance')).toBe(true);
    expect(roleAt(roles, 'Omar Rashid', 'Harbor Alliance')).toBe(true);
  });

  test('"Y (ACR)’s leader, X," and "X, Y’s chief announced Z’s victory" keep the body', () => {
    expect(roleAt(rolesOf('The Harbor Democratic Forces (HDF)’s leader, Omar Rashid, has announced a deal.'), 'Omar Rashid', 'Harbor Democratic Forces')).toBe(true);
    expect(rolesOf('Mahmood Yakubu, HEC’s chief announced Omar Rashid’s victory overnight.')).toContainEqual(expect.stringMatching(/^Mahmood Yakubu \| .*chief \| HEC$/));
    // a possessive right after the role noun still makes it a possessor ("the minister’s adviser")
    expect(rolesOf('Omar Rashid, the minister’s adviser, spoke.').some((r) => /\| minister \|/.test(r))).toBe(false);
  });

  test('a person\'s possessive before a body and its kind ("X’s HTS forces", "X’s group, the Y,") makes a leader', () => {
    const text = 'Omar Rashid visited Paris. Rashid’s HDF forces attacked the town. Rashid’s group, the Harbor Liberation Front (HLF), was linked to al-Qaeda.';
    const roles = rolesOf(text);
    expect(roleAt(roles, 'Rashid', 'HDF')).toBe(true);
    expect(roleAt(roles, 'Rashid', 'Harbor Liberation Front')).toBe(true);
    // a body with no kind after it is no party of the possessor
    expect(roleAt(ruleRolesOf('Omar Rashid visited Paris. Rashid’s Harbor Ministry answered.'), 'Rashid', 'Harbor Ministry')).toBe(false);
  });

  test('"the VVD under new leader X" makes X its leader', () => {
    expect(rolesOf('That leaves the liberal Freedom Alliance under new leader Marek Novak in third place.')).toContain('Marek Novak | leader | Freedom Alliance');
    expect(rolesOf('The Freedom Alliance under pressure from Marek Novak collapsed.').some((r) => r.startsWith('Marek Novak'))).toBe(false);
  });
});

describe('names, places and parties of batches 97-98', () => {
  test('a lower-case role noun right before two unknown capitalized words makes a person ("his predecessor X Y")', () => {
    expect(mentionsOf('Protests led to the resignation of his predecessor Hanuk Mulkar.')).toContain('Person:Hanuk Mulkar');
    expect(mentionsOf('Officials said the minister Hanuk Mulkar resigned.')).toContain('Person:Hanuk Mulkar');
    // "official" is left out: "the official Harbor Radio" is no person
    expect(mentionsOf('It was reported by the official Harbor Radio on Monday.')).not.toContain('Person:Harbor Radio');
  });

  test('"X was named the minister for Y" makes a person', () => {
    expect(mentionsOf('Hanuk Mulkar was named the minister for water resources on Sunday.')).toContain('Person:Hanuk Mulkar');
  });

  test('"said one parliamentarian, X." and "said another, Y." give the names and the speakers', () => {
    const text = '"Prices cannot rise again," said one parliamentarian, Ruhollah Motefakker-Azad. "People cannot buy medicine," said another, Fatemeh Mohammadbeigi.';
    expect(mentionsOf(text)).toEqual(expect.arrayContaining(['Person:Ruhollah Motefakker-Azad', 'Person:Fatemeh Mohammadbeigi']));
    expect(speakersOf(text)).toEqual(['Ruhollah Motefakker-Azad', 'Fatemeh Mohammadbeigi']);
  });

  test('a day\'s name after "Mr" is a given name; "Commissioner of Police" is an office, not a body', () => {
    const m = mentionsOf('Officials said the Commissioner of Police, Mr Sunday Babaji, arrived at the scene.');
    expect(m).toContain('Person:Sunday Babaji');
    expect(m.filter((x) => x.startsWith('Organization:'))).toEqual([]);
    // a title after the honorific stays a title ("Mr. President [X]")
    expect(mentionsOf('He thanked Mr. President [Recep Tayyip Erdoğan] for the call.')).toContain('Person:Recep Tayyip Erdoğan');
  });

  test('"Minister of the Federal Capital Territory" keeps the title out of the place', () => {
    expect(mentionsOf('The Minister of the Federal Capital Territory, Mohammed Bello, arrived.')).toContain('Place:Federal Capital Territory');
  });

  test('capitalized words before a legislator\'s abbreviated title name the party ("a Fine Gael TD"); a people\'s adjective does not', () => {
    const m = mentionsOf('He has been a Fine Gael TD for the Dublin West constituency since 2007. Two Kurdish MPs objected.');
    expect(m).toContain('Organization:Fine Gael');
    expect(m).toContain('Place:Dublin West constituency');
    expect(m.some((x) => x.startsWith('Organization:Kurdish') || x === 'Person:Gael TD')).toBe(false);
    // the title itself is no acronym of an organization
    expect(mentionsOf('The Harbor Party MEP said the vote was rigged.')).not.toContain('Organization:MEP');
  });

  test('buildings and police stations with a head word are places', () => {
    const m = mentionsOf('Protesters gathered outside Mongkok police station before the trial at the U.S. Capitol in Washington.');
    expect(m).toEqual(expect.arrayContaining(['Place:Mongkok police station', 'Place:U.S. Capitol']));
  });

  test('the outlet the article\'s metadata names is an organization where the text names it', () => {
    const input = { id: 'article:0000000000000001', text: 'Report\n\n"It is a right," Omar Rashid told Harbortimes, referring to the vote.', date: '2024-01-17', title: 'Report' };
    const names = (source: string | null) => extractArticle({ ...input, source }).mentions.map((m) => `${m.type}:${m.text}`);
    expect(names('Harbortimes')).toContain('Organization:Harbortimes');
    expect(names(null)).not.toContain('Organization:Harbortimes');
    // inside a longer name the outlet's words are not the outlet
    expect(extractArticle({ ...input, text: 'Report\n\nThe National Assembly met on Monday.', source: 'The National' }).mentions.map((m) => m.text)).not.toContain('The National');
  });
});

describe('organizations and places of batches 99-100', () => {
  test('names listed after a plural noun of bodies are those bodies ("opposition parties A, B and C")', () => {
    const m = mentionsOf('The Socialists joined with opposition parties Podemos, ERC, Compromís and Nueva Canarias on Friday.');
    expect(m).toEqual(expect.arrayContaining(['Organization:Podemos', 'Organization:Compromís', 'Organization:Nueva Canarias']));
    expect(mentionsOf('Palestinian factions, including Hamas, Islamic Jihad and Fatah, met in Moscow.')).toContain('Organization:Fatah');
    // given names alone with no known body beside them are left, and places in the list end it
    expect(mentionsOf('The groups John and Mary met.').filter((x) => x.startsWith('Organization:'))).toEqual([]);
    expect(mentionsOf('Armed groups in Syria and Iraq fought.').filter((x) => x.startsWith('Organization:'))).toEqual([]);
  });

  test('a place\'s police in lower case is its police force; an adjective that opens a sentence is not', () => {
    const m = mentionsOf('He was arrested by Islamabad police in coordination with the Punjab police after the verdict.');
    expect(m).toEqual(expect.arrayContaining(['Organization:Islamabad police', 'Organization:Punjab police']));
    expect(mentionsOf('Officials met. Riot police fired tear gas outside Mongkok police station.')).not.toContain('Organization:Riot police');
    expect(mentionsOf('Officials met. Riot police fired tear gas outside Mongkok police station.')).toContain('Place:Mongkok police station');
  });

  test('"Member for X" names a constituency; "from X" a town of the gazetteer; "Jail" and "prison" head places', () => {
    expect(mentionsOf('Opposition leader and Member for Kiriwina-Goodenough, Douglas Tomuriesa, accepted the outcome.')).toContain('Place:Kiriwina-Goodenough');
    expect(mentionsOf('The shooter, Danijel Bezuk from Kutina, approached on foot.')).toContain('Place:Kutina');
    expect(mentionsOf('He was moved to Kot Lakhpat Jail on Monday and later to the Ghweran prison.')).toEqual(expect.arrayContaining(['Place:Kot Lakhpat Jail', 'Place:Ghweran prison']));
  });

  test('an Arabic name after a word of place is no person ("hails from Maaret al-Numan")', () => {
    expect(mentionsOf('Arnous, 67, hails from Maaret al-Numan in Idlib province.')).not.toContain('Person:Maaret al-Numan');
    expect(mentionsOf('Officials said Hadi al-Amiri met the envoy.')).toContain('Person:Hadi al-Amiri');
  });
});

describe('affiliations of batches 99-100', () => {
  test('"a spokesman for Anbar province" is the province\'s; "the envoy for Syria" is no office of Syria', () => {
    expect(rolesOf('"The city has fallen," Muhannad Haimour, a spokesman for Anbar province, said.')).toContainEqual(expect.stringMatching(/^Muhannad Haimour \| spokesman for Anbar province \| Anbar province$/));
    expect(rolesOf('Omar Rashid, the special envoy for Syria, arrived.').some((r) => r.endsWith('| Syria'))).toBe(false);
  });

  test('a country in "the U.S.-led coalition" does not make a bare office foreign to the story\'s country', () => {
    const text = 'BAGHDAD (AP) — Militants seized the city of Ramadi in Iraq on Sunday, officials said.\n\n'
      + 'The U.S.-led coalition carried out airstrikes near Ramadi in Iraq on Saturday.\n\n'
      + 'Prime Minister Haider al-Abadi ordered his forces not to abandon their posts.';
    expect(rolesOf(text)).toContain('Haider al-Abadi | Prime Minister | Iraq');
    // a country named for itself, alone, in the sentence before does not take the office from the datelined story's
    // country; named in the office's own sentence, it does
    const other = text.replace('The U.S.-led coalition carried out airstrikes near Ramadi in Iraq', 'The United States carried out airstrikes near Ramadi');
    expect(rolesOf(other)).toContain('Haider al-Abadi | Prime Minister | Iraq');
    const own = text.replace('not to abandon their posts', 'not to abandon their posts, the United States said');
    expect(rolesOf(own)).not.toContain('Haider al-Abadi | Prime Minister | Iraq');
  });
});

describe('organizations and places of batches 101-102', () => {
  test('peoples and faiths listed after "groups" are no bodies; a month opening a sentence names no group', () => {
    const m = mentionsOf('It threatens minority groups such as Kurds, Druze, Christians, and Alawites. In December, the rebel coalition, including the HTS, agreed to merge.');
    expect(m.filter((x) => /^Organization:(?:Kurds|Druze|Christians|Alawites|In December)$/.test(x))).toEqual([]);
  });

  test('letters before a place\'s lower-case head name the place ("the SYL hotel"); "a Mogadishu hotel" is Mogadishu', () => {
    const m = mentionsOf('Armed fighters stormed the SYL hotel late on Thursday. They had attacked a Mogadishu hotel before.');
    expect(m).toContain('Place:SYL hotel');
    expect(m).not.toContain('Organization:SYL');
    expect(m).toContain('Place:Mogadishu');
    expect(m).not.toContain('Place:Mogadishu hotel');
  });

  test('an outlet whose name opens with a digit is the article\'s source where the text names it', () => {
    const text = 'Report\n\nSpeaking to 964media, Ali Husseini, a spokesperson for the PMF, said militants attacked.';
    expect(extractArticle({ id: 'article:0000000000000002', text, date: '2024-05-14', title: 'Report', source: '964media' }).mentions.map((m) => `${m.type}:${m.text}`)).toContain('Organization:964media');
  });
});

describe('offices of batches 103-104', () => {
  test('a region\'s president ("Kurdistan Region President X") is an office of the region', () => {
    expect(rolesOf('Kurdistan Region President Nechirvan Barzani announced the new brigades on Tuesday.')).toContain('Nechirvan Barzani | President | Kurdistan Region');
  });

  test('"Minister of Economy and Industry X" keeps both portfolios; "the Minister of Economy and Omar Salem" is two people', () => {
    expect(rolesOf('Syrian Minister of Economy and Industry Mohammed Nidal al-Shaar said sanctions would end.')).toContain('Mohammed Nidal al-Shaar | Minister of Economy and Industry | Syria');
    expect(mentionsOf('He met the Minister of Economy and Omar Salem on Monday.')).toContain('Person:Omar Salem');
  });

  test('"X has been elected unopposed as Tuvalu\'s new Prime Minister" names the person and the office', () => {
    expect(rolesOf('Feleti Teo has been elected unopposed as Tuvalu\'s new Prime Minister on Monday morning.')).toContainEqual(expect.stringMatching(/^Feleti Teo \| .*Prime Minister \| Tuvalu$/));
  });

  test('"Attorney-General" and "Governor-General" are civil offices, not military ranks: a bare one takes the story\'s country', () => {
    const text = 'KUALA LUMPUR — Malaysia\'s prime minister reshuffled his cabinet on Tuesday, officials in Malaysia said.\n\n'
      + 'The government also announced that Attorney-General Abdul Gani Patail had been replaced.';
    expect(rolesOf(text)).toContain('Abdul Gani Patail | Attorney-General | Malaysia');
  });

  test('"the poor Central American country" speaks for no United States; "US" is counted once', () => {
    const text = 'Honduras suspended the right to free movement on Friday after protests in Honduras.\n\n'
      + 'President Juan Orlando Hernandez has clawed back a thin lead over his challenger.\n\n'
      + 'Concern has grown about the crisis in the poor Central American country. Honduras is the source of migrants to the US.';
    expect(rolesOf(text)).toContain('Juan Orlando Hernandez | President | Honduras');
  });
});

describe('speech printed without quotation marks (batch 104)', () => {
  test('in copy with no marks at all, a paragraph ending in ", says X" is X\'s quotation', () => {
    const text = 'The Harbor Party is leaving the coalition, confirms party leader Tomas Verhoef.\n\n'
      + 'We will not give up more power to the union, says Tomas Verhoef to the agency.\n\n'
      + 'The party could govern alone, according to the agency. We will be a constructive opposition, says Ana Ruiz, the group leader.';
    expect(speakersOf(text)).toEqual(['Tomas Verhoef', 'Ana Ruiz']);
    const x = extract(text);
    expect(x.quotes!.map((q) => q.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^We will be a constructive opposition/)]));
  });

  test('in copy with quotation marks, a paraphrase ending in ", he said." stays the writer\'s', () => {
    const text = '"We are ready to defend the city at any cost," Tomas Verhoef said on Monday.\n\nThe army will leave the city by March, he said.';
    expect(speakersOf(text)).toEqual(['Tomas Verhoef']);
  });
});

describe('fixes from the adversarial review of these rules (266 invented inputs)', () => {
  test('a person after a preposition is no member of the body "from" names', () => {
    expect(rolesOf('Criticism of Omar Rashid, from the Harbor People’s Party, grew on Monday.').some((r) => r.includes('member'))).toBe(false);
  });

  test('"led by A, Crown Prince B and …" is a list, not two leaders', () => {
    expect(rolesOf('Talks between the Harbor Movement, led by Omar Rashid, Crown Prince Karim Haddad and Omani mediators, continued.')).not.toContain('Karim Haddad | leader | Harbor Movement');
  });

  test('a word of relation between a possessive and a body\'s kind ("X’s allied militia, Y,") makes no leader', () => {
    expect(rolesOf('Omar Rashid visited. Rashid’s allied militia, the Harbor Brigades, sent fighters.').some((r) => r.endsWith('| Harbor Brigades'))).toBe(false);
  });

  test('a body after a preposition is not the one "under" leads', () => {
    expect(rolesOf('The sanctions imposed on the Harbor Movement under former secretary Ivo Horvat remain.').some((r) => r.endsWith('| Harbor Movement'))).toBe(false);
  });

  test('company roles and occupations make no person of a company\'s name', () => {
    expect(mentionsOf('The carmaker signed a deal with its partner Harbor Motors on Monday.')).not.toContain('Person:Harbor Motors');
    expect(mentionsOf('Harbor Cement was named the sole contractor for the road on Monday.')).not.toContain('Person:Harbor Cement');
  });

  test('one community word before "MP" is no party; a compass word ends a constituency', () => {
    expect(mentionsOf('The Druze MP Akram Haddad said the road was closed.')).not.toContain('Organization:Druze');
    expect(mentionsOf('The Harbor North MP said the plant must stay open.').filter((m) => m.startsWith('Organization:'))).toEqual([]);
  });

  test('the article\'s source inside another phrase is not the outlet', () => {
    const names = (text: string, source: string) => extractArticle({ id: 'article:0000000000000003', text: `Report\n\n${text}`, date: '2024-01-17', title: 'Report', source }).mentions.map((m) => `${m.type}:${m.text}`);
    expect(names('The Star of David was painted on the wall of the synagogue.', 'The Star')).not.toContain('Organization:The Star');
    expect(names('Photos shown to The National showed a convoy.', 'The National')).toContain('Organization:The National');
  });

  test('peoples listed after "ethnic groups" are no bodies; "from" a town only after a word of origin or a person', () => {
    expect(mentionsOf('Ethnic groups Hutu, Tutsi and Twa share the country.').filter((m) => m.startsWith('Organization:'))).toEqual([]);
    expect(mentionsOf('A statement from Ortega denied the claims on Monday.')).not.toContain('Place:Ortega');
  });

  test('figures of speech are no events: "dismissed the claims", "stormed to victory", "an explosion of anger", "hanged an effigy"', () => {
    const types = (text: string) => (extract(text).events ?? []).map((e) => e.eventType);
    expect(types('The minister dismissed the claims as lies on Tuesday.')).not.toContain('announcement');
    expect(types('Labour stormed to victory in Britain on July 4.')).not.toContain('attack');
    expect(types('An explosion of anger swept the capital on Monday.')).not.toContain('attack');
    expect(types('Protesters hanged an effigy of the president in the capital on Friday.')).not.toContain('killing');
    // the real ones stay
    expect(types('The president has dismissed the country’s prime minister on Monday.')).toContain('announcement');
  });

  test('unmarked speech needs the page\'s style: one "…, Ruto said." in copy without marks stays a paraphrase', () => {
    expect(speakersOf('Parliament has the power to detain any minister, Ruto said on Monday.')).toEqual([]);
  });
});

describe('offices of batches 105-106', () => {
  test('"X as Interior Minister" in a list of appointments is the person\'s office, of the story\'s country', () => {
    const text = 'AMMAN, Jordan — King Abdullah of Jordan swore in a new government in Jordan on Wednesday.\n\n'
      + 'Among the new appointments are Salama Hammad as Interior Minister and Nasser Judeh as Foreign Minister.';
    const roles = rolesOf(text);
    expect(roles).toContain('Salama Hammad | Interior Minister | Jordan');
    expect(roles).toContain('Nasser Judeh | Foreign Minister | Jordan');
  });

  test('"South Korean" is a country\'s adjective though "South" is a compass word; "South Africans" names South Africa', () => {
    const text = 'South Korean lawmakers impeach the president\n\nSouth Korean lawmakers on Friday impeached President Park Geun-hye, and South Korean protesters cheered.\n\n'
      + 'Prime Minister Hwang Kyo-ahn will lead the country.';
    expect(rolesOf(text, true)).toContain('Hwang Kyo-ahn | Prime Minister | South Korea');
  });
});
