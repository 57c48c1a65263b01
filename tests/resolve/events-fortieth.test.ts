// Fortieth session, events: more words that tell a happening (pardons, boycotts, no-confidence votes, arson,
// killings ("gunned down"), mutinies, quitting), a date that opens its sentence dating what the sentence tells, and the
// country of the forces a deployment or a withdrawal moves ("the deployment of Turkish troops"). Each measured over
// real batches 1-482 before it was kept. Invented sentences; the helper's article is dated 2024-01-01, a Monday.
import { build, eventNodes as events, eventTypes as types, partiesOf } from './helpers.js';

describe('more words that tell a happening', () => {
  test.each([
    ['President Amos Wekesa pardoned 37 dissidents on Monday.', 'announcement'],
    ['The Jubilee Party boycotted the session in Nairobi on Monday.', 'protest'],
    ['The Jubilee Party walked out of parliament in Nairobi on Monday.', 'protest'],
    ['A motion of no confidence in Prime Minister Peter Otieno failed in Nairobi on Monday.', 'vote'],
    ['Protesters torched a police car in Kisumu on Sunday.', 'attack'],
    ['Militants gunned down two soldiers in Mandera on Sunday.', 'killing'],
    ['A mutiny broke out at the Lanet barracks in Nakuru on Sunday.', 'coup'],
    ['Peter Otieno said on Monday he would quit as defence minister.', 'resignation'],
  ])('%s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

// The patterns' dates: the learned dates pass (tests/extract/dates-learned.test.ts) is off.
describe('a date that opens its sentence', () => {
  test('"In December, the ministry said …" dates the attack the sentence reports, however far from it', () => {
    const found = events(build(['In December, the Kenyan defence ministry said three soldiers died in an al-Shabaab attack near Mandera.'], undefined, { dateModel: null }));
    expect(found.find((e) => e.eventType === 'attack')).toMatchObject({ date: '2023-12' });
  });

  test('a date inside the sentence, not opening it, does not reach a trigger a speech verb cuts off', () => {
    const found = events(build(['The Kenyan defence ministry said in December that three soldiers died in an al-Shabaab attack near Mandera.'], undefined, { dateModel: null }));
    expect(found.find((e) => e.eventType === 'attack')?.date).not.toBe('2023-12');
  });
});

describe('the country of the forces a trigger moves', () => {
  test('"the deployment of Turkish troops" gives Turkey a part in the deployment', () => {
    expect(partiesOf('The deployment of Turkish troops to Bashiqa in December angered Baghdad.', 'deployment')).toContain('Turkey:participant');
  });

  test('"the withdrawal of some 2,500 American soldiers": a number and a quantifier between', () => {
    expect(partiesOf('The withdrawal of some 2,500 American soldiers from Niger ended in December.', 'withdrawal')).toContain('United States:participant');
  });

  test('a people\'s word is no country ("Palestinian forces" are not the State of Palestine\'s)', () => {
    expect(partiesOf('The withdrawal of Palestinian forces from Jenin ended in December.', 'withdrawal')).not.toContain('Palestine:participant');
  });
});

describe('a meeting told with what was discussed', () => {
  test('"met … and discussed …" stays one meeting, each side with one role', () => {
    const text = 'Kenyan President Amos Wekesa met Ugandan President Joseph Kiprono in Nairobi on Saturday and discussed the border dispute.';
    expect(types(text)).toEqual(['meeting']);
    expect(partiesOf(text, 'meeting')).toEqual(['Amos Wekesa:visitor', 'Joseph Kiprono:host']);
  });
});
