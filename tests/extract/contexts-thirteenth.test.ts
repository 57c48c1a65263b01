// General patterns from the misses of real batches 131-132 found in the thirteenth session (after their first contact
// was recorded). The sentences are written here with invented names and places.
import { unwrapLines } from '../../src/extract/wrapped-lines.js';
import { extract, mentionsOf, rolesOf, speakersOf } from './helpers.js';

/** A wire story hard-wrapped at about sixty characters, as old agency copy is stored. */
const WRAPPED = [
  'Talks fail in Valletta',
  '',
  '* Parliament speaker calls for a meeting on Sunday',
  '* Opposition leader freed from prison',
  'By Ana Ruiz and Tomas Varga',
  'VALLETTA, Feb 22 (Reuters) - Malta\'s parliament voted on',
  'Saturday to remove the prime minister, who abandoned his office',
  'to protesters and denounced what he described as a coup after',
  'a week of fighting in the streets of the capital.',
  'It is also a stark reversal for Ruritanian President Ivo',
  'Horvat\'s dream of a union of the islands, and the opposition',
  'leader said the vote was a victory for the people of the country',
  'and a defeat for those who had held them back for so long.',
].join('\n');

describe('hard-wrapped wire copy', () => {
  test('a name broken over two lines is one name', () => {
    expect(mentionsOf(WRAPPED, true)).toContain('Person:Ivo Horvat');
    expect(mentionsOf(WRAPPED, true)).not.toContain('Person:Ivo');
  });

  test('list items, the byline and the dateline keep their lines; every offset is unchanged', () => {
    const out = unwrapLines(WRAPPED);
    expect(out).toHaveLength(WRAPPED.length);
    expect(out).toContain('\n* Opposition leader freed from prison\nBy Ana Ruiz and Tomas Varga\nVALLETTA,');
    expect(out).toContain('voted on Saturday to remove');
    // a line that ends its sentence keeps its break
    expect(out).toContain('the capital.\nIt is also');
    const x = extract(WRAPPED, true);
    expect(x.authors).toEqual(['Ana Ruiz', 'Tomas Varga']);
    expect(x.mentions.map((m) => `${m.type}:${m.text}`)).toContain('Place:VALLETTA');
  });

  test('text that is not wrapped is left as it is', () => {
    const plain = 'Talks fail\n\nThe parliament voted on Saturday.\nIt is a reversal for President Ivo Horvat.\nshort line\nanother';
    expect(unwrapLines(plain)).toBe(plain);
  });
});

describe('former states are places', () => {
  test.each([
    ['He studied in the Soviet Union before the war.', 'Place:Soviet Union'],
    ['The republic left Yugoslavia in 1991.', 'Place:Yugoslavia'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
    expect(mentionsOf(sentence)).not.toContain(expected.replace('Place:', 'Organization:'));
  });
});

describe('an outlet\'s noun after a title and a name', () => {
  test('"Ruritania’s official RUNA news agency reported" names an agency, no person', () => {
    const found = mentionsOf('Ruritania’s official RUNA news agency reported that the convoy had left.');
    expect(found).not.toContain('Person:RUNA');
  });
  test('"official Ivo Horvat said" is still a person', () => {
    expect(mentionsOf('The official Ivo Horvat said the convoy had left.')).toContain('Person:Ivo Horvat');
  });
});

describe('unknown names in a list of "in X" items, most of them known places', () => {
  test('the winners by region', () => {
    const found = mentionsOf('Among the winners were two in Zarqa, two in Eastern Province, two in Al-Brisa, one in Riyadh, three in Jeddah and one in Tabuk.');
    expect(found).toContain('Place:Al-Brisa');
    expect(found).toContain('Place:Zarqa');
  });
  test('not a list of people, nor a list with too few known places', () => {
    expect(mentionsOf('Votes went to one in Ahmed Ali, one in Riyadh and one in Jeddah.')).not.toContain('Place:Ahmed Ali');
    expect(mentionsOf('Two were elected in Al-Brisa, one in Kalvik and one in Tromara.')).not.toContain('Place:Kalvik');
  });
});

describe('the office a subject leaves, keeps or held ("resigns as", "stay on as", "served as")', () => {
  test.each([
    ['Ivo Horvat resigned as prime minister of Malta on Monday.', 'Ivo Horvat | prime minister of Malta | Malta'],
    ['Ivo Horvat will stay on as defence minister until the vote.', 'Ivo Horvat | defence minister | '],
    ['Ivo Horvat served as finance minister of Malta from 2010.', 'Ivo Horvat | finance minister of Malta | Malta'],
    ['Ivo Horvat stepped down as leader of the Harbor Party.', 'Ivo Horvat | leader of the Harbor Party | Harbor Party'],
  ])('%s', (sentence, role) => {
    expect(rolesOf(sentence)).toContain(role);
  });
  test('"stays as" and "steps as" without their particle give no office', () => {
    expect(rolesOf('Ivo Horvat stays as quiet as a mouse, his aide said.')).toEqual([]);
  });
});

describe('the office as the object\'s complement, in the active', () => {
  test.each([
    ['The king appointed Ivo Horvat prime minister on Monday.', 'Ivo Horvat | prime minister | Malta'],
    ['Coup members later declared General Ivo Horvat the new leader of Malta.', 'Ivo Horvat | new leader of Malta | Malta'],
    ['The party declared Ivo Horvat as the new president of Malta.', 'Ivo Horvat | new president of Malta | Malta'],
  ])('%s', (sentence, role) => {
    expect(rolesOf(`Talks in Malta ended. ${sentence}`)).toContain(role);
  });
  test.each([
    'The jury declared Ivo Horvat the winner.',
    'Ivo Horvat was appointed the week before the vote.',
  ])('no office: %s', (sentence) => {
    expect(rolesOf(`Talks in Malta ended. ${sentence}`)).toEqual([]);
  });
  test('a prefixed office after "to" is no verb: "linked to ex-leader X"', () => {
    expect(rolesOf('Talks in Malta ended. Soldiers linked to ex-leader Ivo Horvat seized the president.')).toContain('Ivo Horvat | ex-leader | Malta');
  });
});

describe('a name after a role "to" a place', () => {
  test('"the visiting Ruritanian ambassador to Malta, Ekkehard Brose." names him, and the ambassador\'s later words are his', () => {
    const text = 'Ivo Horvat met the visiting Ruritanian ambassador to Malta, Ekkehard Brose.\n\n“Our country will keep helping,” the Ruritanian ambassador said.';
    expect(mentionsOf(text)).toContain('Person:Ekkehard Brose');
    expect(speakersOf(text)).toEqual(['Ekkehard Brose']);
  });
});

describe('names of 133-134\'s kinds', () => {
  test.each([
    // an Arabic organization word that carries the article
    ['Zefzafi, the figurehead of the Al-Hirak al-Marzouqi, was sentenced.', 'Organization:Al-Hirak al-Marzouqi', 'Person:Al-Hirak al-Marzouqi'],
    // a word in camel case before a speech verb is a body's short name
    ['The strikes hit the group hard, BorderCom said.', null, 'Person:BorderCom'],
    // a town's name right after a speech verb and before a given name is the first of the names
    ['"He will not last," said Guna Raj Luitel, editor of the daily.', 'Person:Guna Raj Luitel', 'Place:Guna'],
    // a country's possessive opens an apposition, not the town's country
    ['The prosecutor told Telam, Argentina\'s official news agency, that he was dead.', null, 'Place:Telam'],
    // a mosque named by its city is no mosque's name
    ['The Christchurch mosque shootings shocked the country.', 'Place:Christchurch', 'Place:Christchurch mosque'],
  ])('%s', (sentence, present, absent) => {
    const found = mentionsOf(sentence);
    if (present) expect(found).toContain(present);
    expect(found).not.toContain(absent);
  });
  test('"FILE PHOTO - …" opens a caption, no dateline', () => {
    expect(mentionsOf('FILE PHOTO - Ivo Horvat addresses a rally in Valletta.', true)).not.toContain('Place:FILE PHOTO');
  });
  test('a camel-case surname keeps its prefix: "McKenzie said"', () => {
    expect(mentionsOf('The strikes hit the group hard, McKenzie said.')).toContain('Person:McKenzie');
  });
});

describe('offices of 133-134\'s kinds', () => {
  test.each([
    // a verb's past form ends a title's words: its subject owns no title
    ['The Constitutional Court suspended pro-Ruritanian President Ivo Horvat on Sunday.', 'Ivo Horvat | President | Malta'],
    // "approved as", and an appointment verb before a body's title
    ['Ana Ruiz was approved as prime minister.', 'Ana Ruiz | prime minister | Malta'],
    // (the parliament that voted, the story country's, is the speaker's body: src/extract/62-organizations-home.ts)
    ['The parliament voted to approve Harbor Party leader Ana Ruiz as parliament speaker.', 'Ana Ruiz | parliament speaker | parliament'],
  ])('%s', (sentence, role) => {
    expect(rolesOf(`Talks in Malta ended. ${sentence}`)).toContain(role);
  });
  test('the court is not the president\'s body', () => {
    expect(rolesOf('Talks in Malta ended. The Constitutional Court suspended pro-Ruritanian President Ivo Horvat on Sunday.').join(' ')).not.toContain('Constitutional Court');
  });
});

describe('a person the quotation names is spoken about, not speaking', () => {
  test('"“… I hate James Shaw …,” he said" after a sentence naming both', () => {
    const text = 'Winston Harbor announced his choice on Thursday.\n\nWhile reports have suggested that Mr Harbor and Greens leader James Shaw do not get on, the party leader denied this.\n\n"Some of you say that I hate James Shaw, and I have never said that," he said.';
    expect(speakersOf(text)).toEqual(['Winston Harbor']);
  });
  test('without the name inside, the nearest person is still the speaker', () => {
    const text = 'Winston Harbor announced his choice on Thursday.\n\nWhile reports have suggested that Mr Harbor and Greens leader James Shaw do not get on, the party leader denied this.\n\n"We will work together," he said.';
    expect(speakersOf(text)).toEqual(['James Shaw']);
  });
});

describe('speakers of 135-136\'s kinds', () => {
  test('"According to the PM" after "Prime Minister X" is X', () => {
    expect(speakersOf('Ruritanian Prime Minister Ivo Horvat said the attack killed 39.\n\nAccording to the PM, "The main purpose is to secure the beaches."')).toEqual(['Ivo Horvat']);
  });
  test('unresolved, the source keeps the article\'s words', () => {
    expect(speakersOf('The attack killed 39.\n\nAccording to the PM, "The main purpose is to secure the beaches."')).toEqual(['the PM']);
  });
  test('an apposition whose closing comma the page lost names the sentence\'s subject', () => {
    expect(speakersOf('Ana Ruiz, a government minister and spokesman appeared on state television to say: "The security forces are in the final stage of the operation."')).toEqual(['Ana Ruiz']);
  });
  test('not a name the sentence does not open with', () => {
    expect(speakersOf('They met Ivo Horvat, a senior official said on Monday, calling the talks "very productive."')).not.toEqual(['Ivo Horvat']);
  });
});

describe('Arabic place names by their first word (60-places.json arabicPrefixWords)', () => {
  test.each([
    ['Fighting raged in Deir ez-Zour on Monday.', 'Place:Deir ez-Zour'],
    ['The mosque in Bir al-Abed was hit.', 'Place:Bir al-Abed'],
    ['Troops entered Kafr Nabl on Sunday.', 'Place:Kafr Nabl'],
    ['Drones flew from Ain Al Asad to the border.', 'Place:Ain Al Asad'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
  });
  test('the short name of a site named with its head is that site', () => {
    const x = extract('Rockets hit Ain al-Marj air base on Monday. Troops at Ain al-Marj were unhurt.');
    const places = x.mentions.filter((m) => m.type === 'Place' && m.text.startsWith('Ain al-Marj'));
    expect(places.map((m) => m.text)).toEqual(['Ain al-Marj air base', 'Ain al-Marj']);
    expect(new Set(places.map((m) => m.key)).size).toBe(1);
  });
  test('a person named so is no place', () => {
    expect(mentionsOf('Lapid said that Wadi al-Houh, whom he described as the head of the cell, was killed.')).not.toContain('Place:Wadi al-Houh');
  });
});

test('"the Kurdistan-based Rudaw news network" names an outlet, and ", Rudaw reported." is it', () => {
  const found = mentionsOf('The Kurdistan-based Ruwad news network said the village fell. The militia announced taking the village, Ruwad reported.');
  expect(found.filter((m) => m === 'Organization:Ruwad')).toHaveLength(2);
});

describe('a body named by its kind once, and everywhere else the article writes it', () => {
  test('"Fatah and other allied militant factions" … "Abbas\' Fatah group"', () => {
    const text = 'Fighting between President Ana Ruiz\' Harkat group and Islamist groups killed six. Clashes erupted as Harkat and other allied militant factions moved in.';
    expect(mentionsOf(text).filter((m) => m === 'Organization:Harkat')).toHaveLength(2);
  });
  test('not a common word, a people or a place: "Protesters and other groups", "Kurds and other factions"', () => {
    expect(mentionsOf('Students marched. Later, Kurds and other armed factions joined, and Protesters and other groups too.').filter((m) => m.startsWith('Organization:'))).toEqual([]);
  });
});

test('a title word with a name a few words on ends a body\'s name: "Joint Chiefs Chair Army General X", not "UN General Assembly"', () => {
  const found = mentionsOf('Joint Chiefs Chair Army General Ivo Horvat visited the troops. He spoke at the UN General Assembly.');
  expect(found).not.toContain('Organization:Joint Chiefs Chair Army');
  expect(found).toContain('Organization:UN General Assembly');
});

describe('names of 137-138\'s kinds', () => {
  test('names listed right after a plural role noun are people', () => {
    expect(mentionsOf('Police arrested activists Arnon Nampa, Parit Chiwarak, and Panupong Jadnok on Thursday.')).toEqual(
      expect.arrayContaining(['Person:Arnon Nampa', 'Person:Parit Chiwarak', 'Person:Panupong Jadnok']));
  });
  test('a nickname in quotation marks inside a name the context finds: "activist Chonthicha “Kate” Jangrew said"', () => {
    const x = extract('Pro-democracy activist Chonthicha “Kate” Jangrew said the movement had gone too far.');
    const person = x.mentions.find((m) => m.type === 'Person');
    expect(person?.canonical).toBe('Chonthicha Jangrew');
  });
  test('not capitalized words after a plural noun that is no role: "cities Lagos and Abuja"', () => {
    expect(mentionsOf('Protests spread to cities Lagos Island and Abuja Central on Monday.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('places of 137-138\'s kinds', () => {
  test.each([
    ['The strike was conducted Tuesday outside of Jindayris in northwest Syria.', 'Place:Jindayris'],
    ['Dozens suffered injuries in Hawwara and several other villages.', 'Place:Hawwara'],
    ['Roads to the ports in Umm Qasr and Khor al-Zubair remained closed.', 'Place:Khor al-Zubair'],
    ['Protests broke out in towns such as Ziguinchor, Bignona (South), Saint-Louis and Louga (North).', 'Place:Louga'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
  });
  test('a town before a local office and its holder: "Beyoğlu Mayor İnan Güney"', () => {
    expect(rolesOf('Prosecutors are seeking prison terms for Beyoğlu Mayor İnan Güney.')).toContain('İnan Güney | Mayor | Beyoğlu');
  });
  test('an unknown place found once is that place where the article writes it again', () => {
    expect(mentionsOf('Dozens suffered injuries in Hawwara and several other villages. Residents of Hawwara fled.').filter((m) => m === 'Place:Hawwara')).toHaveLength(2);
  });
  test('not a people or a common word before "and other villages"', () => {
    expect(mentionsOf('Troops entered Druze and other villages, and Some and other towns.').filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});

test('"Garda Commissioner Drew Harris … the Garda had failed": a commissioner of a body the article names', () => {
  expect(rolesOf('Garda Commissioner Drew Harris has blamed the riots on a faction. Asked if the Garda had failed, Mr Harris said no.')).toContain('Drew Harris | Commissioner | Garda');
});

describe('offices of 139-140\'s kinds', () => {
  test('a plural title gives each name after it the office: "Lawmakers A and B"', () => {
    expect(rolesOf('Malta\'s parliament met. Lawmakers Ivo Horvat and Ana Ruiz claimed the vote was unlawful.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Ivo Horvat \| lawmaker \|/), expect.stringMatching(/^Ana Ruiz \| lawmaker \|/)]));
  });
  test('"re-elected Sunni leader X as the speaker": a creed\'s word before the title', () => {
    expect(rolesOf('Lawmakers re-elected Sunni leader Ivo Horvat as the speaker.')).toContain('Ivo Horvat | speaker | ');
  });
});

test('"said Visar Ymeri of the Self-Determination party": the speaker, and a member of the party', () => {
  const text = '“These sessions are illegitimate,” said Ivo Horvat of the Self-Rule party, adding that the vote would fail.';
  expect(mentionsOf(text)).toContain('Person:Ivo Horvat');
  expect(rolesOf(text)).toContain('Ivo Horvat | member | Self-Rule party');
});

describe('an outlet after its media noun', () => {
  test.each([
    ['An official told state daily Al-Akhbar that 110 were arrested.', 'Organization:Al-Akhbar'],
    ['Tekin told the daily Sabahat on Sept. 2 that he would stay.', 'Organization:Sabahat'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
  });
  test('not a day: "the weekly Friday prayers"', () => {
    expect(mentionsOf('Worshippers gathered for the weekly Friday prayers.')).not.toContain('Organization:Friday');
  });
});

test('"“…,” said the president of the chamber, Rodrigo Arias, after …": the name after a definite description', () => {
  expect(speakersOf('President Ana Ruiz kept her immunity.\n\n“There are not enough elements to lift the immunity of Mrs. Ana Ruiz,” said the president of the chamber, Ivo Horvat, after the vote.')).toEqual(['Ivo Horvat']);
});

describe('a related story\'s headline run into a paragraph', () => {
  test('"… 271 votes. Ruritania Presidential Election 2024 Result: Reformist Ivo Horvat Wins Runoff Election, Defeats Hard-Liner Ana Ruiz."', () => {
    const found = mentionsOf('The minister was approved with 271 votes. Ruritania Presidential Election 2024 Result: Reformist Ivo Horvat Wins Runoff Election, Defeats Hard-Liner Ana Ruiz.');
    expect(found).not.toContain('Person:Reformist Ivo Horvat Wins Runoff');
    expect(found).not.toContain('Person:Hard-Liner Ana Ruiz');
  });
  test('a sentence dense with names stays prose: "According to Saba, Grundberg met the Chairman of the Presidential Leadership Council (PLC) Rashad Al-Alimi."', () => {
    expect(mentionsOf('According to Saba, Grundberg met the Chairman of the Presidential Leadership Council (PLC) Rashad Al-Alimi.')).toContain('Organization:Presidential Leadership Council');
  });
});

describe('the office a subject takes: "will be the new", "was cleared to become", "became"', () => {
  test.each([
    ['Ana Ruiz was cleared to become Foreign Minister, receiving 244 votes.', 'Ana Ruiz | Foreign Minister | Malta'],
    ['Ana Ruiz will be the new Defence Minister.', 'Ana Ruiz | Defence Minister | Malta'],
    ['Ana Ruiz became prime minister in 2019.', 'Ana Ruiz | prime minister | Malta'],
  ])('%s', (sentence, role) => {
    expect(rolesOf(`Malta's parliament voted. ${sentence}`)).toContain(role);
  });
  test('"will be happy", "will be the first to" give no office', () => {
    expect(rolesOf('Malta\'s parliament voted. Ana Ruiz will be happy to see the new minister. Ivo Horvat will be the first to leave.')).toEqual([]);
  });
});

test('in a headline the title-case verb after a name is no part of it: "Minister of Finance Bjarni Benediktsson Resigns"', () => {
  expect(mentionsOf('Minister of Finance Ivo Horvat Resigns\n\nIvo Horvat resigned on Tuesday.', true)).toEqual(['Person:Ivo Horvat', 'Person:Ivo Horvat']);
});

test('an echelon and its number name a unit: "Division 30", "Unit 8200"; not a year ("Corps 2025")', () => {
  const found = mentionsOf('Militants abducted the commander of Division 30 near the border. Unit 8200 officers watched. The Corps 2025 plan was unveiled.');
  expect(found).toEqual(expect.arrayContaining(['Organization:Division 30', 'Organization:Unit 8200']));
  expect(found).not.toContain('Organization:Corps 2025');
});

describe('names and places of 145-146\'s kinds', () => {
  test('"Prime Minister Luis Montenegro": after a title, a given name and a place\'s name that ends the name', () => {
    expect(mentionsOf('The vote was lost by Prime Minister Luis Montenegro, in his job for 11 months.')).toContain('Person:Luis Montenegro');
  });
  test('"from Ras al-Ayn and Tel Abyad": an Arabic place name opened by a given name after a place and "and"', () => {
    const found = mentionsOf('Our forces have already withdrawn from Ras al-Ayn and Tel Abyad.');
    expect(found).toContain('Place:Tel Abyad');
    expect(found).not.toContain('Person:Tel Abyad');
  });
});

describe('news agencies of 147-148\'s kinds', () => {
  test.each([
    ['The semi-official Fars news agency said the gunman was arrested.', 'Organization:Fars news agency', 'Place:Fars'],
    ['Tasnim, another semi-official news agency, said seven were wounded.', 'Organization:Tasnim', null],
  ])('%s', (sentence, present, absent) => {
    const found = mentionsOf(sentence);
    expect(found).toContain(present);
    if (absent) expect(found).not.toContain(absent);
  });
  test('not a new clause after a comma: "at Buffalo, the website said"', () => {
    expect(mentionsOf('He studied at the State University of New York at Buffalo, the campaign website said.')).not.toContain('Organization:Buffalo');
  });
});
