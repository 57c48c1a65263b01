// Forty-first session, events: the subject of a sentence acts in its event across a relative clause that describes it
// ("The Houthi group, which controls much of northern Yemen, has carried out attacks"). Measured over real batches
// 1-494 before it was kept. Invented sentences; the helper's article is dated 2024-01-01, a Monday.
import { partiesOf } from './helpers.js';

describe('a subject described by a relative clause still acts', () => {
  test.each([
    ['The al-Shabaab militant group, which controls much of southern Somalia, has carried out repeated mortar attacks on Mogadishu since May.', 'attack', 'al-Shabaab:attacker'],
    ['Kenya, which borders the region, launched an air strike on the camp on Sunday.', 'strike', 'Kenya:attacker'],
  ])('%s', (text, type, party) => {
    expect(partiesOf(text, type).join(' ')).toContain(`${party}`);
  });

  test('not a name inside another clause of the sentence: "The ministry said Kenya, which …" is no subject at the sentence\'s head', () => {
    const parties = partiesOf('The ministry said Kenya, which borders the region, launched an air strike on the camp on Sunday.', 'strike');
    expect(parties.join(' ')).not.toContain('Kenya');
  });
});
