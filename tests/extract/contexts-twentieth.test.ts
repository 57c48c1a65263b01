// General patterns from the misses of the real batches 251-254, written in the twentieth session before the first
// contacts of batches 255-258 were recorded. Sentences are invented; the places are real because the rules read the
// gazetteer.
import { mentionsOf, rolesOf, speakersOf } from './helpers.js';

describe('a name put into an office by any word of appointment is a person', () => {
  test('"X was reelected as president"', () => {
    expect(mentionsOf('Tavro Kessling was reelected as president during the first sitting of the new parliament.')).toContain('Person:Tavro Kessling');
  });

  test('"X was re-elected as speaker", "X was nominated as prime minister"', () => {
    const found = mentionsOf('Tavro Kessling was re-elected as speaker on Friday. Orlen Vasko was nominated as prime minister.');
    expect(found).toContain('Person:Tavro Kessling');
    expect(found).toContain('Person:Orlen Vasko');
  });

  test('not a body put into a thing that is no office ("Harbor Foods was replaced as supplier")', () => {
    expect(mentionsOf('Harbor Foods was replaced as supplier of the army last year.')).not.toContain('Person:Harbor Foods');
  });
});

describe("a person's kin named after the noun of kin", () => {
  test('"Marsh\'s wife Maria", a given name of one word; "Tesslan\'s daughter Ilvana, a congresswoman", a name closed by a comma', () => {
    expect(mentionsOf("Kellan Marsh died in the crash. Marsh's wife Maria was also on board.")).toContain('Person:Maria');
    expect(mentionsOf("Amira Tesslan was sentenced. Tesslan's daughter Ilvana, a 33-year-old congresswoman, called it unjust.")).toContain('Person:Ilvana');
  });

  test('not the subject of a clause after the noun ("told his wife Facebook had blocked his account"), nor a day ("his mother Tuesday")', () => {
    const found = mentionsOf('Kellan Marsh told his wife Facebook had blocked his account. Amira Tesslan visited his mother Tuesday, his aides said.');
    expect(found).not.toContain('Person:Facebook');
    expect(found.filter((m) => m === 'Person:' || m.includes('Tuesday'))).toEqual([]);
  });

  test('"his daughters Lirra and Tesma": each name of a plural noun', () => {
    const found = mentionsOf('Kellan Marsh arrived on Monday with his daughters Malia and Sasha.');
    expect(found).toContain('Person:Malia');
    expect(found).toContain('Person:Sasha');
  });

  test('"her late husband Omar Vasko": a word between the possessive and the noun', () => {
    expect(mentionsOf('Ilvana Marsh spoke of her late husband Omar Vasko on Monday.')).toContain('Person:Omar Vasko');
  });

  test('not a common word ("his brother Frank spoke") nor a place ("his son Baghdad")', () => {
    const found = mentionsOf('Kellan Marsh was there, and his brother Frank spoke. Her son Baghdad-bound was late.');
    expect(found).not.toContain('Person:Frank');
    expect(found.filter((m) => m.startsWith('Person:Baghdad'))).toEqual([]);
  });

  test('not after a body\'s possessive ("its sister company Harbor Foods")', () => {
    expect(mentionsOf('Zorvek Energy said its sister company Harbor Foods would close.')).not.toContain('Person:Harbor Foods');
  });
});

describe('offices of a people\'s leaders, with words before the title', () => {
  test('"Kenyan leaders, including embattled Prime Minister X" is Kenya\'s', () => {
    expect(rolesOf('The envoy met a range of Kenyan leaders, including embattled Prime Minister Tavro Kessling.')).toContain('Tavro Kessling | Prime Minister | Kenya');
  });
});

describe('"X was to become the first … of Y"', () => {
  test('the office the subject was to take', () => {
    expect(rolesOf('Amira Tesslan was to become the first female prime minister of Kenya as her coalition headed for victory.'))
      .toContain('Amira Tesslan | first female prime minister of Kenya | Kenya');
  });

  test('"is to be the next" too', () => {
    expect(rolesOf('Amira Tesslan is to be the next president of the Harbor Trust, the board said.').some((r) => r.startsWith('Amira Tesslan | next president of the Harbor Trust'))).toBe(true);
  });
});

describe('names listed before a plural noun of provinces', () => {
  test('"in Nainawa and Diala provinces": a given name may be a province', () => {
    const found = mentionsOf('Turnout was higher in Nainawa and Diala provinces than in the rest of Iraq.');
    expect(found).toContain('Place:Nainawa');
    expect(found).toContain('Place:Diala');
  });

  test('not before "areas" ("in the Maria and Omar areas" stays unread)', () => {
    expect(mentionsOf('Turnout was higher in the Maria and Omar areas than elsewhere.')).not.toContain('Place:Maria');
  });
});

describe('a word of creed or leaning alone names no body', () => {
  test('"the only Islamist party", "Islamist movement Hamas"', () => {
    const found = mentionsOf('Nour is the only Islamist party left. The deal was signed by the chief of Islamist movement Hamas, which rules Gaza.');
    expect(found.filter((m) => m.startsWith('Organization:Islamist'))).toEqual([]);
    expect(found).toContain('Organization:Hamas');
  });
});

describe('a title after a body\'s name is no part of it', () => {
  test('"the White House Press Secretary": the body is the White House, and its office\'s statement speaks for it', () => {
    const text = '“This agreement marks an important opportunity for unity,” said a statement issued by the office of the White House Press Secretary.';
    expect(mentionsOf(text)).toContain('Organization:White House');
    expect(mentionsOf(text)).not.toContain('Organization:White House Press');
    expect(speakersOf(text)).toEqual(['White House']);
  });

  test('"the Associated Press" keeps its head word', () => {
    expect(mentionsOf('The minister spoke to the Associated Press on Monday.').some((m) => /^Organization:(?:the )?Associated Press$/i.test(m))).toBe(true);
  });
});

// From the misses of batches 255-258, written before the first contacts of batches 259-262 were recorded.

describe('a nationality\'s office named by a definite description is the office of the one person just named', () => {
  test('"a meeting with X in which the Kenyan prime minister promised"', () => {
    expect(rolesOf('The militia waited after a Friday meeting with Amira Tesslan in which the Kenyan prime minister promised support.'))
      .toContain('Amira Tesslan | prime minister | Kenya');
  });

  test('the next sentence too, of the person whose office it names: "President X arrived … The Kenyan president said …"', () => {
    expect(rolesOf('Kenya held talks on Monday. President Amira Tesslan arrived in the capital on Monday. The Kenyan president said the talks had gone well. Kenya is calm.'))
      .toContain('Amira Tesslan | President | Kenya');
  });

  test('not someone the text gave no office, in the next sentence or after a speech verb', () => {
    expect(rolesOf('Amira Tesslan, 45, died in the blast. The Kenyan president condemned the attack.').filter((r) => r.endsWith('| Kenya'))).toEqual([]);
    expect(rolesOf('Amira Tesslan said the Kenyan president would travel to Addis Ababa.').filter((r) => r.endsWith('| Kenya'))).toEqual([]);
    expect(rolesOf('Amira Tesslan arrived in Tokyo on Monday, and the Japanese prime minister welcomed him.').filter((r) => r.endsWith('| Japan'))).toEqual([]);
  });

  test('not an object ("a spokesman for the Kenyan prime minister", "told the Kenyan minister")', () => {
    const roles = rolesOf('Omar Vasko, a spokesman for the Kenyan prime minister, spoke on Monday. Amira Tesslan told the Kenyan minister of defence that talks would go on.');
    expect(roles.filter((r) => r.endsWith('| Kenya'))).toEqual([]);
  });

  test('not with two people named before it, nor part of a noun ("the Kenyan general election")', () => {
    expect(rolesOf('Amira Tesslan met Omar Vasko on Monday. The Kenyan president said little.').filter((r) => r.endsWith('| Kenya'))).toEqual([]);
    expect(rolesOf('Amira Tesslan spoke on Monday. The Kenyan general election was held in August.').filter((r) => r.endsWith('| Kenya'))).toEqual([]);
  });

  test('not a person the text gave another office ("Prime Minister X … The Kenyan defence minister was quoted")', () => {
    const roles = rolesOf('Kenya held talks on Monday. The resignations were given to the Prime Minister Amira Tesslan. The Kenyan defence minister was quoted as saying he had resigned. Kenya will vote again.');
    expect(roles.filter((r) => r.includes('defence minister'))).toEqual([]);
  });
});

describe('an unmarked office holder beside a foreign one in a visitor\'s sentence is the story\'s', () => {
  test('"the agreement between President X and Japanese Prime Minister Y" in a story about Kenya', () => {
    const roles = rolesOf('Kenya and Japan signed a deal in Nairobi. Kenya wants more trade. The two sides agreed to keep talking, citing the agreement between President Tavro Kessling and Japanese Prime Minister Orlen Vasko during their visit. Kenya will host the next round.');
    expect(roles).toContain('Tavro Kessling | President | Kenya');
    expect(roles).toContain('Orlen Vasko | Prime Minister | Japan');
  });
});

describe('a second clause with a subject of its own before the speech verb', () => {
  test('"X wished Y success in his undertakings and King Z said … “…”" is Z\'s', () => {
    expect(speakersOf('President Tavro Kessling wished the winner success in his undertakings and King Orlen Vasko said the result reflects the “will of the people”.'))
      .toEqual(['Orlen Vasko']);
  });

  test('"President X and King Z said" stays one subject of two', () => {
    expect(speakersOf('President Tavro Kessling and King Orlen Vasko said the vote was “a good day for all of us”.')).not.toEqual(['Orlen Vasko']);
  });
});

describe('titles and leads', () => {
  test('"former soccer star-turned-President X" holds the office', () => {
    expect(rolesOf('Protesters marched in Kenya on Friday against former soccer star-turned-President Tavro Kessling. Kenya is in crisis.').some((r) => r.startsWith('Tavro Kessling |') && r.includes('President'))).toBe(true);
  });

  test('"Judge President X" is one office, not the state\'s president', () => {
    expect(rolesOf('The court sat in Kenya on Monday, and Judge President Tavro Kessling read the ruling. Kenya awaits a new vote.').filter((r) => /\| President \|/.test(r))).toEqual([]);
  });

  test('a first line that is a sentence ("X has appointed Y as the country\'s new Prime Minister, state media reported on Saturday.") is no headline', () => {
    const found = mentionsOf('DAMASCUS: Syrian President Bashar al-Assad has appointed Mohammad Ghazi Jalali as the country\'s new Prime Minister, state media reported on Saturday.\n\nJalali, 55, an engineer, was tasked with forming a cabinet.', true);
    expect(found).toContain('Person:Mohammad Ghazi Jalali');
  });
});

// From the misses of batches 259-262, written before the first contacts of batches 263-266 were recorded.

describe('parties a person belongs to', () => {
  test('"his ruling Harbor People\'s Party": a common word\'s possessive is part of the party\'s name', () => {
    expect(rolesOf('Parliament voted to oust Prime Minister Amira Tesslan on Thursday, after his ruling Harbor People\'s Party was defeated in July.'))
      .toContain("Amira Tesslan | member | Harbor People's Party");
  });

  test('"X of the opposition Democratic Party", "X of the governing conservative Harbor Union"', () => {
    const roles = rolesOf('The vote was won by businessman Amira Tesslan of the opposition Democratic Party. Omar Vasko of the governing conservative Harbor Democratic Union conceded.');
    expect(roles).toContain('Amira Tesslan | member | Democratic Party');
    expect(roles).toContain('Omar Vasko | member | Harbor Democratic Union');
  });

  test('not a person\'s possessive inside the name ("his Tesslan\'s Party") and not "of the ruling" a place', () => {
    expect(rolesOf('Omar Vasko spoke after his Tesslan\'s Party lost.').filter((r) => r.includes('Tesslan\'s Party'))).toEqual([]);
  });
});

describe('a contest\'s people named after their noun', () => {
  test('"defeated the incumbent Kolvina Tresk-Barovic"', () => {
    expect(mentionsOf('Zoran Vasko defeated the incumbent Kolvina Tresk-Barovic with a larger margin than expected.')).toContain('Person:Kolvina Tresk-Barovic');
  });

  test('not a body ("the rival Democratic Front lost")', () => {
    expect(mentionsOf('Zoran Vasko won on Sunday, and the rival Democratic Front lost seats.')).not.toContain('Person:Democratic Front');
  });
});

describe('a place that is the surname of the article\'s person', () => {
  test('"Banda, 71, the candidate of …" and "rigging in Banda\'s favour" after "Rupiah Banda"', () => {
    const found = mentionsOf('Acting president Rupiah Banda led the count. Banda, 71, the candidate of the ruling party, was poised to win. Sata accused officials of rigging in Banda\'s favour.');
    expect(found.filter((m) => m === 'Place:Banda')).toEqual([]);
    expect(found.filter((m) => m === 'Person:Banda').length).toBe(2);
  });
});

describe('a subdivision\'s capitalized head before "of" names a place', () => {
  test('"In the Wilayat of Muttrah", "the Governorate of Bausher"', () => {
    const found = mentionsOf('In the Wilayat of Muttrah, Hussain Al Lawati won. In the Governorate of Bausher, Ali Hassani won a seat.');
    expect(found).toContain('Place:Muttrah');
    expect(found).toContain('Place:Bausher');
  });

  test('not a body ("the Department of Justice", "the Community of Sant\'Egidio")', () => {
    const found = mentionsOf('The Department of Justice and the Community of Sant\'Egidio spoke on Monday.');
    expect(found).not.toContain('Place:Justice');
    expect(found.filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});

// Mends of an adversarial review of the session's rules (376 invented probes, 73 broke or degraded; the guards below).
describe('guards from the review', () => {
  test('no empty or false person after a noun of kin ("visited his mother Tuesday", "told his son Parliament had passed")', () => {
    const found = mentionsOf('John Kamau visited his mother Tuesday. John Kamau told his son Parliament had passed the bill. He bought his daughter Toyota Corolla shares.');
    expect(found.filter((m) => m === 'Person:' || m.includes('Parliament') || m.includes('Toyota'))).toEqual([]);
  });

  test('firms confirmed or removed as leaders are no people ("Grupo Carso was confirmed as the leader")', () => {
    const found = mentionsOf('Grupo Carso was confirmed as the leader of the consortium. Banco Itau was removed as head of the syndicate.');
    expect(found.filter((m) => m.startsWith('Person:'))).toEqual([]);
  });

  test('clubs named after their town are no people ("their opponent Bayern Munich")', () => {
    expect(mentionsOf('Arsenal beat their opponent Bayern Munich in the final.')).not.toContain('Person:Bayern Munich');
  });

  test('"the ruling Mutunga issued" names no party', () => {
    expect(mentionsOf('Activists welcomed the ruling Mutunga issued on Tuesday.')).not.toContain('Organization:Mutunga');
  });

  test('"American officials, including aides to Prime Minister X": the aides are American, not X', () => {
    expect(rolesOf('American officials, including aides to Prime Minister Hiroshi Tanaka, met in Geneva on Monday.').filter((r) => r.endsWith('United States'))).toEqual([]);
  });

  test('"X … and Y on Tuesday and said “…”": the speech verb after "and" shares the first subject', () => {
    expect(speakersOf('John Kamau met Peter Mwangi on Monday and Grace Wanjiru on Tuesday and said the talks were “frank and useful”.')).toEqual(['John Kamau']);
  });

  test('"Guerrero state" after "Marco Guerrero" is the state; "City of God" names no place', () => {
    const found = mentionsOf('Police chief Marco Guerrero said the attack was planned. Guerrero state has seen rising violence. The film City of God was shown.');
    expect(found).toContain('Place:Guerrero');
    expect(found).not.toContain('Place:God');
  });
});

// From the misses of batches 263-266, written before the first contacts of batches 267-270 were recorded.
describe('a known one-word name that opens a longer party name', () => {
  test('"senator from the Congress for Democratic Change party": the whole name, not "Congress" and "Democratic Change"', () => {
    const found = mentionsOf('Amira Tesslan is a former football star and senator from the Congress for Democratic Change party. Congress met later.');
    expect(found).toContain('Organization:Congress for Democratic Change party');
    expect(found).not.toContain('Organization:Democratic Change party');
  });
});

describe('a court\'s judgement speaks for the court', () => {
  test('"On Monday, the High Court upheld … “…,” the judgement said"', () => {
    expect(speakersOf('On Monday, the High Court upheld the complaint, ruling that the move was unlawful.\n\n“The plaintiff\'s application must succeed,” the judgement said.'))
      .toEqual(['High Court']);
  });
});

// From the misses of batches 267-270, written before the first contacts of batches 271-274 were recorded.
describe('a person after "his rival" and after a noun of a person in everyday life', () => {
  test('"for his rival Raila Odinga", "Kurdish woman Mahsa Amini"', () => {
    const found = mentionsOf('Ruto won 7.18 million votes against 6.94 million for his rival Raila Odinga. Protests began after the death of young Iranian Kurdish woman Mahsa Amini in custody.');
    expect(found).toContain('Person:Raila Odinga');
    expect(found).toContain('Person:Mahsa Amini');
  });

  test('not a firm\'s rival ("Samsung beat its rival Apple Inc")', () => {
    expect(mentionsOf('Samsung beat its rival Apple Inc in sales last year.')).not.toContain('Person:Apple Inc');
  });
});

// From the misses of batches 271-274, written before the first contacts of batches 275-278 were recorded.
describe('a party named "Congress" after a people\'s adjective, and a person\'s party by the possessive', () => {
  test('"Ramaphosa\'s African National Congress (ANC)": the whole name (its initials written), and his party', () => {
    const text = 'Cyril Ramaphosa was reelected as president on Friday. He will form a government with Ramaphosa\'s African National Congress (ANC). The ANC lost its majority.';
    expect(mentionsOf(text)).toContain('Organization:African National Congress');
    expect(mentionsOf(text)).not.toContain('Organization:Congress');
    expect(rolesOf(text)).toContain('Ramaphosa | leader | African National Congress');
  });

  test('not without the initials ("the Harbor National Congress" stays the lexicon\'s "Congress" alone where no "HNC" is written)', () => {
    expect(mentionsOf('Senators of the Harbor National Congress met in Washington on Monday.')).not.toContain('Organization:Harbor National Congress');
  });
});

describe('a month that is a surname', () => {
  test('"Theresa May has announced …; May will stay on" is the person; "in May 2019", "in May and June" are dates', () => {
    const found = mentionsOf('Theresa May has announced she will resign. May will stay on until June. In May 2019 she quit, and elections were held in May and June.');
    expect(found).toContain('Person:Theresa May');
    expect(found.filter((m) => m === 'Person:May').length).toBe(1);
  });

  test('not a given name before a date ("Maria May 7 was the day")', () => {
    expect(mentionsOf('The talks ended on Friday. For Maria May 7 was the day it all changed.')).not.toContain('Person:Maria May');
  });
});

describe('a quantifier with a verb of its own is no unnamed source', () => {
  test('"Many stayed well into the night, chanting … “No War, No Killing”" gives no speaker "many stayed well into the night"', () => {
    const speakers = speakersOf('Crowds of protesters gathered near parliament. Many stayed well into the night, chanting and holding up placards reading “No War, No Killing” and “Scrap the War Bills.”');
    expect(speakers.filter((s) => s !== null && /stayed/.test(s))).toEqual([]);
  });

  test('"some armed residents said" stays a source', () => {
    expect(speakersOf('“It is over for us,” some armed residents said on Monday.')).toEqual(['some armed residents']);
  });
});

// From the misses of batches 279-282 (after their first contacts were recorded).
describe('a line that a semicolon or a comma ends is a list in prose, not a headline', () => {
  test('"Johnny Konapo, Minister for Finance and Economic Management;" on a line of its own', () => {
    const found = mentionsOf('They are: Deputy Prime Minister Alatoi Ismael Kalsakau;\nJohnny Konapo, Minister for Finance and Economic Management;\nSilas Bule, Minister of Health;\nMarc Ati, Minister of Foreign Affairs.', false);
    expect(found).toContain('Person:Johnny Konapo');
    expect(found).toContain('Person:Silas Bule');
  });
});
