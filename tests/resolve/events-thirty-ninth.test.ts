// Thirty-ninth session, events: more words that tell a happening, a toll ("were killed") that is an event only when
// its sentence names no other violence, and names in a sentence of several events given to the nearest one. Each
// measured over real batches 1-470 (event F1 0.627 to 0.635; participants found 8616 to 9558). Invented sentences;
// the helper's article is dated 2024-01-01, a Monday.
import { build, eventNodes as events, eventTypes as types, partiesOf } from './helpers.js';

describe('deaths counted', () => {
  test('"five soldiers were killed" with no other violence named is a killing', () => {
    expect(types('Five soldiers were killed in Kisumu on Sunday.')).toEqual(['killing']);
  });

  test('the dead of a named attack are the attack\'s toll, not a second event', () => {
    expect(types('A car bomb killed five soldiers in Kisumu on Sunday.')).toEqual(['attack']);
    expect(types('Five soldiers were killed in an ambush in Kisumu on Sunday.')).toEqual(['attack']);
  });
});

describe('more words that tell a happening', () => {
  test.each([
    ['Parliamentary polls were held in Kenya on Sunday.', 'election'],
    ['President Amos Wekesa named Peter Otieno defence minister on Monday.', 'announcement'],
    ['Kenyan troops were withdrawn from Kisumu on Monday.', 'withdrawal'],
    ['In a speech in Nairobi on Monday, Amos Wekesa thanked the army.', 'speech'],
  ])('%s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('names in a sentence of several events', () => {
  test('a name tied by no pattern goes to the nearest event, as named in it', () => {
    const text = 'On Sunday police arrested Joseph Kiprono and fired tear gas at a protest led by Amos Wekesa of the Jubilee Party in Kisumu.';
    expect(partiesOf(text, 'protest')).toEqual(['Amos Wekesa:named', 'Jubilee Party:named']);
    expect(partiesOf(text, 'arrest')).toEqual(['Joseph Kiprono:participant']);
  });

  test('a name tied to one event by a pattern is not named in the other', () => {
    const text = 'The Jubilee Party and Amos Wekesa joined the protest in Kisumu on Sunday over the arrest of Joseph Kiprono.';
    expect(partiesOf(text, 'arrest')).toEqual(['Joseph Kiprono:participant']);
  });
});

describe('one event of its kind in an article, told again with a coarser date', () => {
  test('"the assault in December" with a party of its own joins the one attack of the article dated in December', () => {
    const found = events(build(['Gunmen attacked the Corvala Hotel in Tripoli on Tuesday, killing four guards. The Harbor Front launched the assault in December to punish the government, its leader said.']));
    expect(found.map((e) => e.eventType)).toEqual(['attack']);
    expect(found[0]).toMatchObject({ date: '2023-12-26' });
  });

  test('with two attacks of that month in the article, it joins neither', () => {
    const found = events(build(['Gunmen attacked the Corvala Hotel in Tripoli on Tuesday, killing four guards. Gunmen attacked a checkpoint in Misrata on Friday. The Harbor Front launched the assault in December to punish the government, its leader said.']));
    expect(found.filter((e) => e.eventType === 'attack')).toHaveLength(3);
  });
});

describe('who claimed an attack carried it out', () => {
  test('"for which X claimed responsibility" and "X has claimed responsibility for an attack"', () => {
    expect(partiesOf('Officials visited the site of the blast in Samarra on Monday, for which the Harbor Front claimed responsibility.', 'attack')).toContain('Harbor Front:attacker');
    expect(partiesOf('The Harbor Front has claimed responsibility for an attack on a checkpoint in Samarra on Sunday.', 'attack')).toContain('Harbor Front:attacker');
  });
});
