// [sentence, mentions, article date, expected event] rows; sentences written for these tests.
import { findEvents } from '../../../src/extract/events/index.js';
import type { Mention } from '../../../src/extract/types.js';
import { mentionsOf, naiveSentences } from '../quotes/helpers.js';

type Row = [string, [Mention['type'], string][], string | null, { eventType: string; name: string; date: string | null; dateText: string | null; roles: string[] }];

const rows: Row[] = [
  ['The 1990 invasion of Kuwait reshaped the Gulf.', [['Place', 'Kuwait']], '2020-05-01',
    { eventType: 'invasion', name: '1990 invasion of Kuwait', date: '1990', dateText: '1990', roles: ['Kuwait:target'] }],
  ['Rebels launched a rocket attack on Port Sudan on Oct. 3, officials said.', [['Organization', 'Rebels'], ['Place', 'Port Sudan']], '2023-01-10',
    { eventType: 'attack', name: 'rocket attack on Port Sudan', date: '2022-10-03', dateText: 'on Oct. 3', roles: ['Rebels:attacker'] }],
  ['Chancellor Anna Weber met Prime Minister Luis Prado in Madrid on Monday.', [['Person', 'Anna Weber'], ['Person', 'Luis Prado'], ['Place', 'Madrid']], '2024-03-06',
    { eventType: 'meeting', name: 'meeting in Madrid', date: '2024-03-04', dateText: 'Monday', roles: ['Anna Weber:visitor', 'Luis Prado:host'] }],
  ['Talks between Hanoi and Manila resumed last month.', [['Place', 'Hanoi'], ['Place', 'Manila']], '2021-01-15',
    { eventType: 'talks', name: 'Talks', date: '2020-12', dateText: 'last month', roles: ['Hanoi:participant', 'Manila:participant'] }],
  ['The assembly passed a resolution in March 2019 demanding new elections.', [['Organization', 'assembly']], '2024-01-01',
    { eventType: 'resolution', name: 'resolution', date: '2019-03', dateText: 'in March 2019', roles: ['assembly:participant'] }],
];

describe('findEvents', () => {
  test.each(rows)('%s', (text, table, article, expected) => {
    const sentences = naiveSentences(text);
    const mentions = mentionsOf(text, table, sentences);
    const found = findEvents(text, sentences, mentions, article);
    const e = found.find((x) => x.eventType === expected.eventType);
    expect(e).toBeDefined();
    expect({ eventType: e!.eventType, name: e!.name, date: e!.date, dateText: e!.dateText }).toEqual({
      eventType: expected.eventType, name: expected.name, date: expected.date, dateText: expected.dateText,
    });
    const roles = e!.participants.map((p) => `${mentions[p.mention]!.text}:${p.role}`);
    for (const r of expected.roles) expect(roles).toContain(r);
    expect(text.slice(e!.start, e!.end).length).toBeGreaterThan(0);
  });

  test('"two months later" counts from the previous dated event', () => {
    const text = 'Iran launched a missile attack on the base on January 8. Two months later, jets struck five sites in Iraq.';
    const mentions = mentionsOf(text, [['Place', 'Iran'], ['Place', 'Iraq']]);
    const found = findEvents(text, naiveSentences(text), mentions, '2020-07-08');
    expect(found.map((e) => [e.eventType, e.date])).toEqual([['attack', '2020-01-08'], ['strike', '2020-03']]);
  });

  test('a trigger with neither date nor parties is not an event', () => {
    const text = 'The talks were long.';
    expect(findEvents(text, naiveSentences(text), [], '2020-01-01')).toEqual([]);
  });
});
