// An event told in a sentence that gives no time ("Police arrested X in Kisumu.") is dated by the time its article
// last gave (the last dated event before it), else by the article's date, and says so (`dateBasis: 'context'`); not
// background, not a sentence that tells another time, not what is only planned (thirty-eighth session; dates over real
// batches 1-450). Invented sentences; the helper's article is dated 2024-01-01, a Monday.
import type { EventNode } from '../../graph-schema/index.js';
import { build } from './helpers.js';

// The patterns' dates: the learned dates pass (tests/extract/dates-learned.test.ts) is off.
const events = (text: string): EventNode[] => build([text], undefined, { dateModel: null }).nodes.filter((n): n is EventNode => n.type === 'Event');
const arrest = (text: string): EventNode | undefined => events(text).find((e) => e.eventType === 'arrest');
const MEETING = 'Kenyan President Amos Wekesa met Ugandan President Joseph Kiprono in Nairobi on Saturday. Officials gave no figures. ';

describe('the time the story last gave', () => {
  test('an arrest told after a meeting on Saturday is dated Saturday, from context', () => {
    const found = arrest(`${MEETING}Police arrested opposition leader Peter Otieno in Kisumu.`);
    expect(found).toMatchObject({ date: '2023-12-30', dateText: null, dateBasis: 'context' });
  });

  test('with no date told before it, the article\'s date, from context', () => {
    const found = arrest('Officials gave no figures. Roads were closed. Police arrested opposition leader Peter Otieno in Kisumu.');
    expect(found).toMatchObject({ date: '2024-01-01', dateBasis: 'context' });
  });

  test('news in the lead is dated by the article', () => {
    expect(events('Police have arrested opposition leader Peter Otieno in Kisumu.').find((e) => e.eventType === 'arrest')).toMatchObject({ date: '2024-01-01', dateBasis: 'article' });
  });

  test('the meeting\'s own day is from its text', () => {
    expect(events(MEETING).find((e) => e.eventType === 'meeting')).toMatchObject({ date: '2023-12-30', dateText: 'Saturday', dateBasis: 'text' });
  });
});

describe('not at the story\'s time', () => {
  test('background in a relative clause stays undated', () => {
    const found = arrest(`${MEETING}Peter Otieno, who had been arrested in Kisumu, spoke to reporters.`);
    expect(found?.date ?? null).toBeNull();
  });

  test('a sentence that tells a year stays undated', () => {
    const found = arrest(`${MEETING}Police arrested Peter Otieno, a veteran of the 1992-95 war, in Kisumu.`);
    expect(found?.date ?? null).toBeNull();
  });

  test('a planned arrest stays undated', () => {
    const found = arrest(`${MEETING}Police will arrest opposition leader Peter Otieno in Kisumu.`);
    expect(found?.date ?? null).toBeNull();
    expect(found?.dateBasis).toBeUndefined();
  });
});

describe('more words that tell a happening (thirty-eighth session: event F1 over batches 1-450, 0.620 to 0.625; weapons, passed, upheld and acquitted over 1-462, 0.625 to 0.627)', () => {
  const types = (text: string): string[] => events(text).map((e) => e.eventType).sort();

  test.each([
    ['Soldiers ousted President Amos Wekesa on Saturday.', 'coup'],
    ['The army overthrew the elected government of Joseph Kiprono on Saturday.', 'coup'],
    ['President Joseph Kiprono dissolved parliament on Friday.', 'announcement'],
    ['A car bomb hit the police station in Kisumu on Sunday.', 'attack'],
    ['Joseph Kiprono took the oath of office in Nairobi on Monday.', 'inauguration'],
    ['The unrest spread to Kisumu on Tuesday.', 'protest'],
    ['A Katyusha rocket hit the Ain Zalah air base on Sunday.', 'attack'],
    ['Parliament passed the banking secrecy law on Thursday.', 'vote'],
    ['The Court of Cassation upheld the life sentences of ten men on Monday.', 'sentencing'],
    ['A Nairobi court acquitted Joseph Kiprono on Monday.', 'sentencing'],
  ])('%s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  test('"ousted" before a title names the person, not a coup', () => {
    expect(types('Ousted President Amos Wekesa arrived in Nairobi on Monday.')).not.toContain('coup');
    expect(types('The ousted president, Amos Wekesa, arrived in Nairobi on Monday.')).not.toContain('coup');
  });
});

describe('a country named by its people\'s word before the event (thirty-eighth session)', () => {
  const parties = (text: string): string[] => {
    const data = build([text]);
    const name = new Map(data.nodes.map((n) => [n.id, 'name' in n ? String(n.name) : n.id]));
    return data.relationships.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => `${name.get(r.source)}:${'role' in r ? r.role : ''}`).sort();
  };

  test('"a Russian missile strike" is carried out by Russia', () => {
    expect(parties('A Russian missile strike hit Kharkiv on Monday.')).toContain('Russia:attacker');
  });

  test('"a U.S.-led offensive" is led by the United States', () => {
    expect(parties('A U.S.-led offensive on Raqqa began on Friday.')).toContain('United States:attacker');
  });

  test('a people\'s word names no country: "a Kurdish offensive"', () => {
    expect(parties('A Kurdish offensive on Raqqa began on Friday.').filter((p) => p.endsWith(':attacker'))).toEqual([]);
  });
});
