// [sentence, mentions, article date, expected event] rows: sentences written for these tests, then lines of the
// development articles. `roles` must be found, `not` must not ("Name:role" or just "Name").
import { findEvents } from '../../../src/extract/events/index.js';
import type { Mention } from '../../../src/extract/types.js';
import { extractArticle } from '../../../src/extract/index.js';
import { mentionsOf } from '../quotes/helpers.js';

/** Sentences as the extractor splits them ("Maj. Gen." does not end one). */
const naiveSentences = (text: string) => extractArticle({ id: 'article:test', text, date: null, title: '' }).sentences;

interface Expected { eventType: string; name: string; date: string | null; dateText?: string | null; roles?: string[]; not?: string[]; place?: string | null }
type Row = [string, [Mention['type'], string][], string | null, Expected];

const written: Row[] = [
  ['The 1990 invasion of Kuwait reshaped the Gulf.', [['Place', 'Kuwait']], '2020-05-01',
    { eventType: 'invasion', name: '1990 invasion of Kuwait', date: '1990', dateText: '1990', roles: ['Kuwait:target'], place: 'Kuwait' }],
  ['Rebels launched a rocket attack on Port Sudan on Oct. 3, officials said.', [['Organization', 'Rebels'], ['Place', 'Port Sudan']], '2023-01-10',
    { eventType: 'attack', name: 'rocket attack on Port Sudan', date: '2022-10-03', dateText: 'on Oct. 3', roles: ['Rebels:attacker', 'Port Sudan:target'] }],
  ['Chancellor Anna Weber met Prime Minister Luis Prado in Madrid on Monday.', [['Person', 'Anna Weber'], ['Person', 'Luis Prado'], ['Place', 'Madrid']], '2024-03-06',
    { eventType: 'meeting', name: 'meeting in Madrid', date: '2024-03-04', dateText: 'Monday', roles: ['Anna Weber:visitor', 'Luis Prado:host'], place: 'Madrid' }],
  // "hosted" puts the host before it and the visitor after
  ['Chancellor Anna Weber hosted Prime Minister Luis Prado in Madrid on Monday.', [['Person', 'Anna Weber'], ['Person', 'Luis Prado'], ['Place', 'Madrid']], '2024-03-06',
    { eventType: 'meeting', name: 'meeting in Madrid', date: '2024-03-04', dateText: 'Monday', roles: ['Anna Weber:host', 'Luis Prado:visitor'], place: 'Madrid' }],
  ['Talks between Hanoi and Manila resumed last month.', [['Place', 'Hanoi'], ['Place', 'Manila']], '2021-01-15',
    { eventType: 'talks', name: 'talks', date: '2020-12', dateText: 'last month', roles: ['Hanoi:participant', 'Manila:participant'] }],
  ['The assembly passed a resolution in March 2019 demanding new elections.', [['Organization', 'assembly']], '2024-01-01',
    { eventType: 'resolution', name: 'resolution', date: '2019-03', dateText: 'in March 2019', roles: ['assembly:participant'] }],
  // Future tense: the summit lies ahead of a May article.
  ['Ministers will approve the plan next month, and it could be announced at the Oslo summit in July.', [['Place', 'Oslo']], '2018-05',
    { eventType: 'meeting', name: 'Oslo summit', date: '2018-07', dateText: 'in July' }],
  ['The two leaders will hold talks in Lima on Friday.', [['Place', 'Lima']], '2024-01-25',
    { eventType: 'talks', name: 'talks in Lima', date: '2024-01-26', place: 'Lima' }],
  // A speech verb ends a name's reach: the speaker is not a party, and the day of speaking is not the event's date.
  ['Governor Ada Lind said Tuesday that the talks with Norland would resume in June.', [['Person', 'Ada Lind'], ['Place', 'Norland']], '2024-01-25',
    { eventType: 'talks', name: 'talks', date: '2024-06', roles: ['Norland:participant'], not: ['Ada Lind'] }],
  // Passive: the subject is the target, the "by" phrase the attacker.
  ['Border posts in Norland were attacked by the Crimson Front on Sunday.', [['Place', 'Norland'], ['Organization', 'Crimson Front']], '2024-01-25',
    { eventType: 'attack', name: 'attack', date: '2024-01-21', roles: ['Crimson Front:attacker'], not: ['Norland:attacker'] }],
  // A name inside a prepositional phrase or a compound word is not the subject.
  ['Troops have been in Kuwait since the Crimson Front led a 1998 invasion of the country.', [['Place', 'Kuwait'], ['Organization', 'Crimson Front']], '2024-01-25',
    { eventType: 'invasion', name: '1998 invasion of Kuwait', date: '1998', roles: ['Kuwait:target', 'Crimson Front:attacker'], not: ['Kuwait:attacker'] }],
  ['Norland-backed militias have launched dozens of rocket attacks since 2019.', [['Place', 'Norland']], '2024-01-25',
    { eventType: 'attack', name: '2019 rocket attacks', date: '2019', not: ['Norland'] }],
  // A noun trigger's subject must do something to it.
  ['Ada Lind and Piet Moor talked about the Crimson Front attack on Monday.', [['Person', 'Ada Lind'], ['Person', 'Piet Moor'], ['Organization', 'Crimson Front']], '2024-01-25',
    { eventType: 'attack', name: 'Crimson Front attack', date: '2024-01-22', roles: ['Crimson Front:attacker'], not: ['Ada Lind', 'Piet Moor'] }],
  ['A drone strike near the Varna airport killed General Ivo Stan in January.', [['Place', 'Varna airport'], ['Person', 'Ivo Stan']], '2020-07-08',
    { eventType: 'strike', name: 'drone strike near the Varna airport', date: '2020-01', roles: ['Ivo Stan:target'], place: 'Varna airport' }],
  // real batches 49-50: "met with" across a title; a person whose title names an organization stands for it; "he"
  // after a comma; "would meet" a named person, not "meet the demands"
  ['Ada Lind arrived on Monday. According to a press release, he met with caretaker Prime Minister Ivo Stan at noon.', [['Person', 'Ada Lind'], ['Person', 'Ivo Stan']], '2024-06-18',
    { eventType: 'meeting', name: 'meeting', date: null, roles: ['Ivo Stan:host', 'Ada Lind:participant'] }],
  ['Ada Lind met with Norland Army head Ivo Stan on Monday.', [['Person', 'Ada Lind'], ['Organization', 'Norland Army'], ['Person', 'Ivo Stan']], '2024-06-18',
    { eventType: 'meeting', name: 'meeting', date: '2024-06-17', roles: ['Ada Lind:visitor', 'Ivo Stan:host'], not: ['Norland Army'] }],
  ['A source said Ada Lind would meet President Ivo Stan to relaunch ties. They failed to meet the demands.', [['Person', 'Ada Lind'], ['Person', 'Ivo Stan']], '2024-06-18',
    { eventType: 'meeting', name: 'meeting', date: null, roles: ['Ada Lind:visitor', 'Ivo Stan:host'] }],
  // An apposition between the subject and the verb: the person set off by commas still acts.
  ["Ruritania's Prime Minister, Ana Ruiz, resigned on Tuesday after a long crisis.", [['Place', 'Ruritania'], ['Person', 'Ana Ruiz']], '2020-05-20',
    { eventType: 'resignation', name: 'resignation', date: '2020-05-19', dateText: 'Tuesday', roles: ['Ana Ruiz:participant'] }],
  ['Ana Ruiz, the prime minister, resigned on Tuesday.', [['Person', 'Ana Ruiz']], '2020-05-20',
    { eventType: 'resignation', name: 'resignation', date: '2020-05-19', dateText: 'Tuesday', roles: ['Ana Ruiz:participant'] }],
  // A weekday in an article dated only by its month: that month.
  ['Ana Ruiz resigned on Tuesday.', [['Person', 'Ana Ruiz']], '2020-05',
    { eventType: 'resignation', name: 'resignation', date: '2020-05', dateText: 'Tuesday', roles: ['Ana Ruiz:participant'] }],
  // A present perfect with no date: news of the article's day (the gold of 1,120 real articles gives that day far more
  // often than the day before: the day, not the month, made 30 more dates right).
  ['The candidate of the ruling coalition has conceded defeat after a close runoff.', [], '2024-11-25',
    { eventType: 'concession', name: 'concession', date: '2024-11-25', dateText: null }],
  // "elected" and "appointed" before the person named
  ["Ruritania's parliament has elected Ana Ruiz as prime minister.", [['Place', 'Ruritania'], ['Person', 'Ana Ruiz']], '2024-12-24',
    { eventType: 'vote', name: 'vote', date: '2024-12-24', dateText: null, roles: ['Ana Ruiz:participant'] }],
  // … anywhere in the article, not only in its lead, unless a relative clause tells the person's past.
  ['Police cordoned off the square. Meanwhile, Ana Ruiz has been sworn in as president.', [['Person', 'Ana Ruiz']], '2017-01-19',
    { eventType: 'inauguration', name: 'swearing-in', date: '2017-01-19', dateText: null }],
  // A speaking the article reports with no date of its own: the article's day; one dated in words keeps its date.
  ['The talks went on. Ana Ruiz told reporters that the deal was close.', [['Person', 'Ana Ruiz']], '2024-01-30',
    { eventType: 'interview', name: 'interview', date: '2024-01-30', dateText: null, roles: ['Ana Ruiz:participant'] }],
  // … not a speaking of the past or of habit ("had told", "once told"), nor a perfect of experience ("three times").
  ['The talks went on. Ana Ruiz had told reporters before the vote that the deal was close.', [['Person', 'Ana Ruiz']], '2024-01-30',
    { eventType: 'interview', name: 'interview', date: null, dateText: null }],
  ['Police cordoned off the square. Ana Ruiz has been arrested three times since she entered politics.', [['Person', 'Ana Ruiz']], '2024-01-30',
    { eventType: 'arrest', name: 'arrest', date: null, dateText: null }],
  ['The talks went on. Ana Ruiz told reporters last week that the deal was close.', [['Person', 'Ana Ruiz']], '2024-01-30',
    { eventType: 'interview', name: 'interview', date: '2024-01', dateText: 'last week' }],
];

const articles: Row[] = [
  ['Last week, NATO’s military committee met in Brussels to discuss plans to upgrade its assistance to Iraq.', [['Organization', 'NATO'], ['Place', 'Brussels'], ['Place', 'Iraq']], '2018-05',
    { eventType: 'meeting', name: 'meeting in Brussels', date: null, dateText: 'Last week', place: 'Brussels', not: ['Iraq'] }],
  ['NATO military chiefs drew up options for troop and capability contributions that will be approved by defense ministers next month, and could be announced at the NATO summit in July.',
    [['Organization', 'NATO']], '2018-05', { eventType: 'meeting', name: 'NATO summit', date: '2018-07', dateText: 'in July', roles: ['NATO:host'] }],
  ['Tensions spiked between the US and Iraq in January after a US drone strike near the Baghdad airport killed Iranian Major General Qassem Soleimani and Iraqi militia leader Abu Mahdi al-Muhandis.',
    [['Place', 'US'], ['Place', 'Iraq'], ['Place', 'Baghdad airport'], ['Person', 'Qassem Soleimani'], ['Person', 'Abu Mahdi al-Muhandis']], '2020-07-08',
    { eventType: 'strike', name: 'US drone strike near the Baghdad airport', date: '2020-01', dateText: 'in January', roles: ['US:attacker', 'Qassem Soleimani:target'], not: ['Iraq'], place: 'Baghdad airport' }],
  ['In response to the Soleimani killing, Iran on January 8 launched a massive ballistic missile attack on al-Asad air base in Iraq.',
    [['Person', 'Soleimani'], ['Place', 'Iran'], ['Place', 'al-Asad air base'], ['Place', 'Iraq']], '2020-07-08',
    { eventType: 'attack', name: 'ballistic missile attack on al-Asad air base', date: '2020-01-08', roles: ['Iran:attacker', 'al-Asad air base:target'], not: ['Soleimani', 'Iraq'] }],
  ['The US invaded Iraq in 2003, but troops left in 2011.', [['Place', 'US'], ['Place', 'Iraq']], '2020-07-08',
    { eventType: 'invasion', name: '2003 invasion of Iraq', date: '2003', roles: ['US:attacker', 'Iraq:target'] }],
  ['McKenzie said he hopes the US-Iraq dialogue slated for this month in Washington will be face-to-face.', [['Person', 'McKenzie'], ['Place', 'US'], ['Place', 'Iraq'], ['Place', 'Washington']], '2020-07-08',
    { eventType: 'talks', name: 'US-Iraq dialogue in Washington', date: '2020-07', roles: ['US:participant', 'Iraq:participant'], not: ['McKenzie'], place: 'Washington' }],
  ['The discussions cap two decades of U.S. military involvement in Iraq. President George W. Bush ordered the invasion of the country in March 2003 based on faulty intelligence.',
    [['Place', 'U.S.'], ['Place', 'Iraq'], ['Person', 'George W. Bush']], '2024-01-25',
    { eventType: 'invasion', name: 'invasion of Iraq', date: '2003-03', roles: ['George W. Bush:attacker', 'Iraq:target'] }],
  ['President Barack Obama withdrew remaining U.S. troops, who were commanded by Austin when he was a four-star general, in late 2011.', [['Person', 'Barack Obama'], ['Place', 'U.S.'], ['Person', 'Austin']], '2024-01-25',
    { eventType: 'withdrawal', name: '2011 withdrawal', date: '2011', dateText: 'in late 2011', roles: ['Barack Obama:participant'], not: ['Austin'] }],
  ['But as Islamic State faced defeat, Iranian-backed militias began to attack U.S. troops in 2019.', [['Organization', 'Islamic State'], ['Place', 'U.S.']], '2024-01-17',
    { eventType: 'attack', name: '2019 attack on U.S.', date: '2019', roles: ['U.S.:target'], not: ['Islamic State'] }],
  ['Successive Iraqi governments have been under pressure since President Donald Trump’s decision last year to order the assassination of leading Iranian commander Maj. Gen. Qasem Soleimani in Baghdad.',
    [['Person', 'Donald Trump'], ['Person', 'Qasem Soleimani'], ['Place', 'Baghdad']], '2021-04-07',
    { eventType: 'killing', name: '2020 assassination in Baghdad', date: '2020', dateText: 'last year', roles: ['Donald Trump:attacker', 'Qasem Soleimani:target'] }],
  ['A Pentagon spokeswoman, Sabrina Singh, denied Thursday that the meetings are a negotiation to withdraw U.S. forces from Iraq.', [['Organization', 'Pentagon'], ['Person', 'Sabrina Singh'], ['Place', 'U.S.'], ['Place', 'Iraq']], '2024-01-25',
    { eventType: 'withdrawal', name: 'withdrawal from Iraq', date: null, roles: ['U.S.:participant'], not: ['Sabrina Singh', 'Pentagon'] }],
];

function check(text: string, table: Row[1], article: string | null, expected: Expected): void {
  const sentences = naiveSentences(text);
  const mentions = mentionsOf(text, table, sentences);
  const found = findEvents(text, sentences, mentions, article);
  const e = found.find((x) => x.eventType === expected.eventType);
  expect(e).toBeDefined();
  expect({ name: e!.name, date: e!.date }).toEqual({ name: expected.name, date: expected.date });
  if (expected.dateText !== undefined) expect(e!.dateText).toBe(expected.dateText);
  if (expected.place !== undefined) expect(e!.place === null ? null : mentions[e!.place]!.text).toBe(expected.place);
  const roles = e!.participants.map((p) => `${mentions[p.mention]!.text}:${p.role}`);
  for (const r of expected.roles ?? []) expect(roles).toContain(r);
  // `not`: no role of a pattern; a name the sentence only names may still be there as `named`.
  for (const n of expected.not ?? []) expect(roles.filter((r) => (r === n || r.startsWith(`${n}:`)) && !r.endsWith(':named'))).toEqual([]);
}

describe('findEvents', () => {
  test.each(written)('%s', check);
  test.each(articles)('article line: %s', check);

  // real batch 29: a ceasefire deal, or an agreement to a truce, is one ceasefire, not an agreement beside it.
  test.each([
    ['Kyrgyzstan and Tajikistan blamed each other for breaking the cease-fire deal reached on Friday.', 'cease-fire deal'],
    ['Kyrgyzstan and Tajikistan met on Thursday and agreed to a truce.', 'truce'],
  ])('%s', (text, name) => {
    const sentences = naiveSentences(text);
    const found = findEvents(text, sentences, mentionsOf(text, [['Place', 'Kyrgyzstan'], ['Place', 'Tajikistan']], sentences), '2022-09-16');
    expect(found.filter((e) => e.eventType === 'agreement')).toEqual([]);
    expect(found.find((e) => e.eventType === 'ceasefire')?.name).toBe(name);
  });

  // the gold's "other" events, by kind (real batches 1-30): arrests, coups, swearings-in, resignations; and decisions
  test.each([
    ['Former Prime Minister Ana Ruiz was arrested on Tuesday at the Harbor Court.', [['Person', 'Ana Ruiz']], 'arrest', 'arrest'],
    ['Ivo Horvat resigned on Monday.', [['Person', 'Ivo Horvat']], 'resignation', 'resignation'],
    ['Ana Ruiz was sworn in as interim president on Friday.', [['Person', 'Ana Ruiz']], 'inauguration', 'swearing-in'],
    ['The army staged a coup in Niger in July 2023.', [['Place', 'Niger']], 'coup', 'coup in Niger'],
    ['Peru has declared a state of emergency along its border on Monday.', [['Place', 'Peru']], 'announcement', 'state of emergency'],
    ['Thousands of Georgians rallied near the parliament building in Tbilisi on Sunday.', [['Place', 'Tbilisi']], 'protest', 'rally'],
    ['Kenya will send 600 more police officers to Haiti next month.', [['Place', 'Kenya'], ['Place', 'Haiti']], 'deployment', 'deployment to Haiti'],
    // real batches 73-78: a killing, a death, a concession and an address to the nation
    ['An analyst of armed groups was shot dead in Baghdad on Monday.', [['Place', 'Baghdad']], 'killing', 'killing in Baghdad'],
    ['Opposition leader Ivo Horvat passed away in an Arctic prison on Friday.', [['Person', 'Ivo Horvat']], 'death', 'death'],
    ['Ivo Horvat conceded defeat on Sunday.', [['Person', 'Ivo Horvat']], 'concession', 'concession'],
    ['Ana Ruiz said in a televised address on Monday that the vote was fair.', [['Person', 'Ana Ruiz']], 'speech', 'televised address'],
    // real batches 81-82: congratulations, a shooting, a re-election, an expulsion
    ['Ivo Horvat congratulated Ana Ruiz on Sunday.', [['Person', 'Ivo Horvat'], ['Person', 'Ana Ruiz']], 'congratulation', 'congratulations'],
    ['Ana Ruiz had been shot at a campaign event in Lima on Friday.', [['Person', 'Ana Ruiz'], ['Place', 'Lima']], 'attack', 'shooting'],
    ['Ana Ruiz was re-elected on Sunday.', [['Person', 'Ana Ruiz']], 'election', 're-election'],
    ['Peru expelled the Chilean ambassador on Thursday.', [['Place', 'Peru']], 'announcement', 'expulsion'],
    // real batches 97-102: kidnappings, dismissals, executions, impeachments, stormings, detentions
    ['Separatists kidnapped 79 students in Bamenda on Monday.', [['Place', 'Bamenda']], 'abduction', 'kidnapping'],
    ['Ivo Horvat sacked the electricity minister on Sunday.', [['Person', 'Ivo Horvat']], 'announcement', 'dismissal'],
    ['Iran hanged Ali Reza on Saturday.', [['Place', 'Iran'], ['Person', 'Ali Reza']], 'killing', 'execution'],
    ['The parliament moved to impeach Ana Ruiz on Sunday.', [['Person', 'Ana Ruiz']], 'vote', 'impeachment vote'],
    ['Gunmen stormed two television networks in Colombo overnight.', [['Place', 'Colombo']], 'attack', 'storming'],
    ['Police detain Ana Ruiz in Lima on Friday.', [['Person', 'Ana Ruiz'], ['Place', 'Lima']], 'arrest', 'detention of Ana Ruiz'],
    // twelfth session: the gold's "other" events most often left without a node, captures of places and sentencings
    ['Rebels seized Goma on Sunday.', [['Place', 'Goma']], 'capture', 'seizure'],
    ['Government forces recaptured Palmyra in March 2016.', [['Place', 'Palmyra']], 'capture', 'recapture'],
    ['A court in Lima sentenced Ana Ruiz to six years on Monday.', [['Place', 'Lima'], ['Person', 'Ana Ruiz']], 'sentencing', 'sentencing'],
    ['Ana Ruiz was found guilty of bribery on Monday.', [['Person', 'Ana Ruiz']], 'sentencing', 'conviction'],
    // real batches 129-130: offensives and campaigns, retaking and taking over a city
    ['Government forces launched an offensive in Idlib on Monday.', [['Place', 'Idlib']], 'attack-series', 'offensive in Idlib'],
    ['The operation to retake Mosul began in October 2016.', [['Place', 'Mosul']], 'attack-series', 'offensive'],
    ['Rebels took over the city of Goma on Sunday.', [['Place', 'Goma']], 'capture', 'takeover'],
  ] as [string, [Mention['type'], string][], string, string][])('%s', (text, table, type, name) => {
    const sentences = naiveSentences(text);
    const found = findEvents(text, sentences, mentionsOf(text, table, sentences), '2024-01-17');
    expect(found.find((e) => e.eventType === type)?.name).toBe(name);
  });

  test('"X told a weekly news conference": the speech verb\'s object is the event, and its subject takes part', () => {
    const text = 'Ana Ruiz told a weekly news conference in Lima on Monday that the talks were over.';
    const sentences = naiveSentences(text);
    const mentions = mentionsOf(text, [['Person', 'Ana Ruiz'], ['Place', 'Lima']], sentences);
    const found = findEvents(text, sentences, mentions, '2024-01-17').find((e) => e.eventType === 'briefing');
    expect(found?.participants.map((p) => mentions[p.mention]!.text)).toContain('Ana Ruiz');
    // a clause after the verb: no part in it
    const other = 'Ana Ruiz told reporters that a weekly news conference in Lima would follow on Monday.';
    const s2 = naiveSentences(other);
    const m2 = mentionsOf(other, [['Person', 'Ana Ruiz'], ['Place', 'Lima']], s2);
    const e2 = findEvents(other, s2, m2, '2024-01-17').find((e) => e.eventType === 'briefing');
    expect(e2?.participants.map((p) => m2[p.mention]!.text) ?? []).not.toContain('Ana Ruiz');
  });

  test.each([
    'He suffered a cardiac arrest in Lima on Monday.',
    'The shooting in Lima was captured on camera on Monday.',
    // the review: the senses of "fell to", "seized" and "convicted" that take no place
    'Inflation in Lima fell to 3.1 percent in December.',
    'Police in Lima seized his passport on Monday.',
    'The army in Lima said it would not buy offensive weapons on Monday.',
    'Police in Lima seized 300 kilograms of heroin on Tuesday.',
    'The convicted killer escaped from a prison in Lima on Monday.',
    'The ministry sent a letter to the police in Lima on Monday.',
    'Ousted President Tom Hale fled to Lima on Monday.',
    'In Lima 49 soldiers had died by Monday, Tom Hale said.',
    // the review: words of the new triggers in their everyday senses
    'The documentary was shot in Lima last year, the studio said.',
    'The contract was executed by both parties in Lima, the ministry said.',
    'The ceasefire effectively died in Lima on Tuesday.',
    'Tom Hale conceded to reporters in Lima that mistakes had been made.',
  ])('no event: %s', (text) => {
    const sentences = naiveSentences(text);
    const found = findEvents(text, sentences, mentionsOf(text, [['Place', 'Lima'], ['Person', 'Tom Hale']], sentences), '2024-01-17');
    expect(found.filter((e) => ['arrest', 'deployment', 'coup', 'death', 'attack', 'killing', 'concession'].includes(e.eventType))).toEqual([]);
  });

  test('an order is the event it orders, not an announcement beside it', () => {
    const text = 'President Tom Hale ordered a drone strike in January 2020.';
    const sentences = naiveSentences(text);
    const found = findEvents(text, sentences, mentionsOf(text, [['Person', 'Tom Hale']], sentences), '2024-01-17');
    expect(found.map((e) => e.eventType)).toEqual(['strike']);
  });

  test('"two months later" counts from the previous dated event', () => {
    const text = 'Iran launched a missile attack on the base on January 8. Two months later, jets struck five sites in Iraq.';
    const mentions = mentionsOf(text, [['Place', 'Iran'], ['Place', 'Iraq']]);
    const found = findEvents(text, naiveSentences(text), mentions, '2020-07-08');
    expect(found.map((e) => [e.eventType, e.date])).toEqual([['attack', '2020-01-08'], ['strike', '2020-03']]);
  });

  test('a trigger with no date and no party is not an event', () => {
    for (const text of ['The talks were long.', 'Ada Lind said the talks were long.']) {
      const mentions = mentionsOf(text, [['Person', 'Ada Lind'], ['Place', 'Varna']]);
      expect(findEvents(text, naiveSentences(text), mentions, '2020-01-01')).toEqual([]);
    }
  });

  test('a nationality before the trigger names the acting country, when the article names that country', () => {
    const named = 'An Israeli strike hit Doha on Tuesday. Israel confirmed it.';
    const found = findEvents(named, naiveSentences(named), mentionsOf(named, [['Place', 'Doha'], ['Place', 'Israel']]), '2025-09-10');
    const parties = (f: typeof found, text: string, table: [string, string][]) =>
      f.flatMap((e) => e.participants.map((p) => `${mentionsOf(text, table as never)[p.mention]!.text}:${p.role}`));
    expect(parties(found, named, [['Place', 'Doha'], ['Place', 'Israel']])).toContain('Israel:attacker');
    const unnamed = 'An Israeli strike hit Doha on Tuesday.';
    const alone = findEvents(unnamed, naiveSentences(unnamed), mentionsOf(unnamed, [['Place', 'Doha']]), '2025-09-10');
    expect(alone.flatMap((e) => e.participants.map((p) => p.role))).not.toContain('attacker');
  });

  test.each([
    ['a name joined by "and" after the party before takes its part', 'The row followed a phone call between Ada Lind and Norland President Ivo Stan on Sunday.', ['Ada Lind:participant', 'Ivo Stan:participant']],
    ['"He" opening the sentence is the person the sentence before opened with', 'Ada Lind landed in Varna on Monday.\n\nHe held talks with Ivo Stan in the evening.', ['Ada Lind:participant', 'Ivo Stan:participant']],
  ])('%s', (_name, text, parties) => {
    const table: [Mention['type'], string][] = [['Person', 'Ada Lind'], ['Person', 'Ivo Stan'], ['Place', 'Varna']];
    const mentions = mentionsOf(text, table);
    const found = findEvents(text, naiveSentences(text), mentions, '2020-01-01').filter((e) => e.eventType === 'call' || e.eventType === 'talks');
    expect(found.flatMap((e) => e.participants.map((p) => `${mentions[p.mention]!.text}:${p.role}`)).sort()).toEqual(parties);
  });

  test('one party is enough: "the attack in Varna" is an event in Varna', () => {
    const text = 'The attack in Varna was condemned.';
    const found = findEvents(text, naiveSentences(text), mentionsOf(text, [['Place', 'Varna']]), '2020-01-01');
    expect(found.map((e) => [e.eventType, e.name, e.place])).toEqual([['attack', 'attack in Varna', 0]]);
  });

  test('two triggers of one type in a sentence are one event', () => {
    const text = 'Ada Lind spoke after meeting with Piet Moor at a summit in Varna.';
    const mentions = mentionsOf(text, [['Person', 'Ada Lind'], ['Person', 'Piet Moor'], ['Place', 'Varna']]);
    const found = findEvents(text, naiveSentences(text), mentions, '2020-01-01');
    expect(found.map((e) => e.eventType)).toEqual(['meeting']);
  });

  test('a capital that acts is its country, when the article names the country', () => {
    const text = 'Iran denied it. Tehran launched a missile attack on Erbil on Monday.';
    const mentions = mentionsOf(text, [['Place', 'Iran'], ['Place', 'Tehran'], ['Place', 'Erbil']]);
    const found = findEvents(text, naiveSentences(text), mentions, '2024-01-17');
    expect(found[0]!.participants.map((p) => `${mentions[p.mention]!.text}:${p.role}`)).toEqual(['Iran:attacker', 'Erbil:target']);
  });

  test('one who speaks to someone during an event takes part, with the one spoken to', () => {
    const text = 'Minister Ana Ruiz told her counterpart Ivo Horvat during a meeting in Varna on Friday that the deal stood.';
    const found = findEvents(text, naiveSentences(text), mentionsOf(text, [['Person', 'Ana Ruiz'], ['Person', 'Ivo Horvat'], ['Place', 'Varna']]), '2024-01-06');
    const meeting = found.find((e) => e.eventType === 'meeting');
    expect(meeting?.participants.map((p) => p.mention).sort()).toEqual([0, 1]);
    expect([meeting?.date, meeting?.modality]).toEqual(['2024-01-05', 'occurred']);
  });

  test('an outlet spoken to during an event takes no part in it ("told Fox News during a visit")', () => {
    const text = 'Ana Ruiz told Harbor News during a visit to Varna on Friday that the deal stood.';
    const found = findEvents(text, naiveSentences(text), mentionsOf(text, [['Person', 'Ana Ruiz'], ['Organization', 'Harbor News'], ['Place', 'Varna']]), '2024-01-06');
    expect(found.find((e) => e.eventType === 'visit')?.participants.map((p) => p.mention)).toEqual([0]);
  });

  test('a group named in the singular before the trigger carries it out ("a Houthi-fired missile struck")', () => {
    const text = 'The Houthis claimed the attacks. A Houthi-fired missile struck a cargo ship on Monday.';
    const found = findEvents(text, naiveSentences(text), mentionsOf(text, [['Organization', 'Houthis']]), '2024-01-18');
    expect(found.find((e) => e.eventType === 'strike' || e.eventType === 'attack')?.participants).toEqual([{ mention: 0, role: 'attacker' }]);
  });

  test('a speaking event takes the speaker of the quote its sentence attributes', () => {
    const x = extractArticle({ id: 'article:test', text: 'Report\n\nAna Ruiz spoke in Lima.\n\n“We will stay,” she said at a press conference on Monday.', date: '2024-01-17', title: 'Report' });
    const briefing = (x.events ?? []).find((e) => e.eventType === 'briefing');
    expect(briefing?.participants.map((p) => x.mentions[p.mention]!.text)).toEqual(['Ana Ruiz']);
  });

  test.each([
    ['occurred', 'Rebels attacked the convoy near Varna on Monday.'],
    ['negated', 'The group denied carrying out the attack on the convoy near Varna on Monday.'],
    ['hypothetical', 'A withdrawal from Varna could strengthen the rebels, the mayor warned on Monday.'],
    ['hypothetical', 'The council called for a withdrawal from Varna on Monday.'],
    ['planned', 'The army will complete its withdrawal from Varna by September 2025.'],
    // a relative "that" goes with the event it follows: the meeting lies ahead
    ['planned', 'Rebels announced a withdrawal from Varna that will take place next week.'],
    // "at will" is a noun: nothing in the future
    ['occurred', 'The command has conducted strikes at will near Varna since Monday.'],
    // a clause opened by "that" holds its own tense: the visit happened, the response would come
    ['occurred', 'The envoy warned the mayor during a surprise visit to Varna that the army would respond with force.'],
  ])('modality %s: %s', (modality, text) => {
    const found = findEvents(text, naiveSentences(text), mentionsOf(text, [['Place', 'Varna']]), '2024-01-01');
    expect(found.map((e) => e.modality)).toEqual([modality]);
  });
});

describe('the lead past page furniture (real batch 98)', () => {
  test('an "Updated …" line between the headline and the first sentence does not push the news out of the lead', () => {
    const text = 'Morrison wins leadership spill\n\nUpdated August 25, 2018 00:11:29\n\nScott Morrison has been sworn in as the next Prime Minister.\n\nHe thanked his colleagues later.';
    const x = extractArticle({ id: 'article:test', text, date: '2018-08-24', title: 'Morrison wins leadership spill' });
    const sworn = x.events!.find((e) => e.eventType === 'inauguration');
    expect(sworn?.lead).toBe(true);
  });
});

describe('a month with its year in words (real batch 105)', () => {
  test('"in December last year" is one date expression, the year before the article\'s', () => {
    const text = 'A march is planned, and the group that launched protests against the president in December last year called it.';
    const x = extractArticle({ id: 'article:test', text, date: '2019-04-26', title: '' });
    const dated = x.events!.filter((e) => e.dateText === 'in December last year');
    expect(dated.map((e) => e.date)).toEqual(['2018-12']);
  });
});
