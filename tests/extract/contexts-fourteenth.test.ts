// General patterns from the misses of real batches 147-148 found in the fourteenth session (after their first contact
// was recorded). The sentences are written here with invented names.
import { extract, mentionsOf, rolesOf } from './helpers.js';

describe('a city in title case ended by a colon opens the story as its dateline', () => {
  const story = 'Montevideo: Hundreds of protesters marched on Sunday, and Foreign Minister Ana Ruiz said the talks would go on.';

  test('the city is the dateline, and an office in its sentence is its country\'s', () => {
    const x = extract(story);
    const city = x.mentions.find((m) => m.text === 'Montevideo');
    expect(city?.type).toBe('Place');
    expect(city?.rule).toBe('20-boilerplate/dateline');
    expect(rolesOf(story)).toContain('Ana Ruiz | Foreign Minister | Uruguay');
  });

  test.each([
    // a country before the colon is a headline's topic, not a dateline
    ['Uruguay: Protesters marched on Sunday, and Foreign Minister Ana Ruiz said the talks would go on.', 'Uruguay'],
    // a word that is no known city
    ['Update: Protesters marched on Sunday in Montevideo.', 'Update'],
  ])('%s', (text, word) => {
    const x = extract(text);
    expect(x.mentions.filter((m) => m.rule === '20-boilerplate/dateline').map((m) => m.text)).not.toContain(word);
  });

  test('the same city inside a sentence is no dateline', () => {
    const x = extract('The talks moved to another city. Officials in Montevideo: they said nothing.');
    expect(x.mentions.filter((m) => m.rule === '20-boilerplate/dateline')).toHaveLength(0);
  });
});

describe('dependent territories are places, not bodies', () => {
  test.each([
    ['Voters in Bermuda went to the polls on Thursday.', 'Place:Bermuda'],
    ['Ships returned to Greenland after the storm.', 'Place:Greenland'],
    ['Roch Tavita, the speaker of New Caledonia’s Congress, said the campaign would go on.', 'Place:New Caledonia'],
    ['The camps of Western Sahara were quiet.', 'Place:Western Sahara'],
  ])('%s', (sentence, expected) => {
    const found = mentionsOf(sentence);
    expect(found).toContain(expected);
    expect(found).not.toContain(expected.replace('Place:', 'Organization:'));
  });
});
