// Cases an adversarial review of this session's rules found wrong (invented sentences): each row failed before its fix.
import { extract, mentionsOf, rolesOf } from './helpers.js';

describe('rules held back where they overreached', () => {
  const rows: [string, string[]][] = [
    // an ordinal before a known acronym is no unit; a numeral after a capitalized word belongs to that name
    ['Allies marked the 75th NATO anniversary in Washington.', ['Organization:NATO', 'Place:Washington']],
    // a dash and an operation join only a command or task force
    ['The assault by Hamas — Operation Al-Aqsa Flood, as the group called it — killed hundreds.', ['Organization:Hamas']],
    // "Copyright Office" is an office, not a copyright notice
    ['Copyright Office director Shira Perlmutter was fired on Saturday.', ['Organization:Copyright Office', 'Person:Shira Perlmutter']],
    // no town after a bare preposition for a common word, a given name or a possessor
    ['He believes in God and served in Bush’s cabinet.', []],
    // no district for an adjective or a date range
    ['Profits rose in the July-September quarter in a Shiite neighbourhood.', []],
  ];
  test.each(rows)('%s', (text, expected) => {
    expect(mentionsOf(text).filter((m) => !m.startsWith('Person:Bush'))).toEqual(expected);
  });

  test('a visitor in the dateline city gets no country from the dateline', () => {
    expect(rolesOf('TEL AVIV, Israel — President Ana Ruiz landed in Israel on Wednesday.', true)).toEqual(['Ana Ruiz | President | ']);
  });

  test('a mayor belongs to a city named before the title, not one named after', () => {
    expect(rolesOf('Mayor Ivo Horvat said buses from Texas kept arriving every day.')).toEqual(['Ivo Horvat | Mayor | ']);
  });

  test('a spokesperson in a new paragraph does not speak for the organization of the paragraph before', () => {
    expect(rolesOf('The Harbor Front fired rockets on Monday.\n\nSpokesman Ivo Horvat said the port was safe.')).toEqual(['Ivo Horvat | Spokesman | ']);
  });

  test('a quotation running over a line break stays one quote with its speaker', () => {
    const x = extract('The plan was set.\n\n“We will fight on the beaches and in the fields.\nWe will never surrender to anyone,” Prime Minister Ana Ruiz said.');
    expect(x.quotes!.map((q) => (q.speaker?.kind === 'mention' ? x.mentions[q.speaker.mention]!.text : null))).toEqual(['Ana Ruiz']);
  });

  test('a quote paragraph after a paragraph whose last sentence attributes nothing has no speaker from it', () => {
    const x = extract('“We will rebuild every house,” said Mayor Ivo Horvat. Residents described a night of shelling.\n\n“The windows shattered and we ran down to the basement with the children.”');
    const second = x.quotes!.find((q) => q.text.startsWith('The windows'));
    expect(second && second.speaker?.kind === 'mention' ? x.mentions[second.speaker.mention]!.text : null).not.toBe('Ivo Horvat');
  });

  test('a run-on sentence of hundreds of attributions is extracted in linear time', () => {
    // The fastest of three runs: a shared machine's pauses are not the extractor's time.
    const time = (n: number) => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        extract(`${'The minister told Kurdistan24 that '.repeat(n)}the port was open.`);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(50);
    expect(time(400)).toBeLessThan(20 * Math.max(time(100), 5));
  });
});

// A second review (helper, read-only) of the rules written from real batches 47-56: each row failed before its fix.
describe('rules of batches 47-56 held back where they overreached', () => {
  const rows: [string, string[]][] = [
    // one capitalized word after "meet" before a common noun is no one met; a count of soldiers is no unit; aircraft
    // are no armed group; a region's adjective is no place
    ['The new rifle meets NATO standards, and Egypt failed to meet IMF targets.', ['Organization:NATO', 'Place:Egypt', 'Organization:IMF']],
    ['They deployed 200 Army soldiers and 3,000 Army troops; the air force grounded its F16 fighters.', []],
    ['Growth slowed in East Asian economies, while prices rose in North African markets.', []],
    // a name and a verb after a group word make a relative clause; a list of places ends before a speaker or a
    // nationality; a chant in quotes is no body
    ['The bloc Netanyahu leads lost two seats.', []],
    ['Shelling hit the cities of Kherson and Mykolaiv, Petrenko said. It hit the towns of Bakhmut and Soledar, Ukrainian officials said.', [
      'Place:Kherson', 'Place:Mykolaiv', 'Person:Petrenko', 'Place:Bakhmut', 'Place:Soledar',
    ]],
    ['Fighters shouting “Allahu Akbar” militia slogans stormed the base.', []],
    // a complement after a description is no name; a noun in -ly is no adverb
    ['“We will not stop,” said a spokesman for Ennahdha. The Otieno family said the body was not returned.', []],
    // a whole title of the lexicon, and its acronym, are no body
    ['Field Marshal Asim Munir, the Chief of Army Staff (COAS), visited Quetta.', ['Person:Asim Munir', 'Place:Quetta']],
    // "Minister of X" made from "X Minister" does not cut a longer title
    ['Minister of Foreign Trade Ahmed Saleh spoke.', ['Person:Ahmed Saleh']],
  ];
  test.each(rows)('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toEqual(expected);
  });

  test('a lower-case title word after a modal or "to" is a verb', () => {
    expect(rolesOf('Maria Lopez will head Ahmed Saleh’s negotiating team. He was chosen to head Omar Jaber’s campaign.')).toEqual([]);
  });

  test('an office a lower-case possessor owns is no office of the story country', () => {
    expect(rolesOf('Israel struck Gaza on Monday. Israel said so.\n\nIn Gaza, the Hamas-run territory’s government spokesman, Ismail Thawabta, said 40 people were killed.'))
      .toEqual(['Ismail Thawabta | territory’s government spokesman | ']);
  });

  test('a parliament in a sentence that names another country is not the story country’s', () => {
    const x = extract('Serbia’s president spoke in Belgrade. Serbia faces protests. Serbia votes soon.\n\nMeanwhile in Montenegro, Parliament approved a new government.');
    expect(x.mentions.filter((m) => m.type === 'Organization').map((m) => m.canonical ?? m.text)).not.toContain('Serbian Parliament');
  });

  test('a body after an open apposition is the speaker, and a straight pair inside a curly quote is a quote within it', () => {
    const x = extract('Ahmed Saleh, the army said, “posed an imminent threat to our forces.”\n\n“The soldiers shouted "leave now," and we ran into the street,” Omar Jaber said.');
    const speakers = x.quotes!.map((q) => (q.speaker?.kind === 'mention' ? x.mentions[q.speaker.mention]!.text : q.speaker?.kind === 'unnamed' ? q.speaker.text : null));
    expect(speakers[0]).not.toBe('Ahmed Saleh');
    expect(x.quotes!.some((q) => q.text.startsWith('The soldiers shouted') && q.text.includes('we ran into the street'))).toBe(true);
  });

  test('event parties: a second party joined by "and" stays; a clause after a subordinator and a pronoun with a named referent', () => {
    // Parties a pattern ties to the event; a name the sentence only names may be there as `named` (named-parties.test.ts).
    const parties = (text: string) => { const x = extract(text); return (x.events ?? []).flatMap((e) => e.participants.filter((p) => !p.named).map((p) => x.mentions[p.mention]!.text)); };
    expect(parties('Blinken met with Hamas and envoy Ahmed Saleh in Doha on Monday.')).toContain('Hamas');
    expect((extract('The new rifle meets NATO standards, and Egypt failed to meet IMF targets.').events ?? []).map((e) => e.eventType)).not.toContain('meeting');
    expect(parties('Ahmed Saleh met reporters after Egyptian President Abdel Fattah el-Sisi left the summit.')).not.toContain('Abdel Fattah el-Sisi');
    expect(parties('Foreign Minister Ahmed Saleh flew to Cairo on Sunday.\n\nWhen Maria Lopez arrived on Monday, she met with President Abdel Fattah el-Sisi.')).not.toContain('Ahmed Saleh');
  });
});
