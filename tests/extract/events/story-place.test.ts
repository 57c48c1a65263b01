// Where an event with no place of its own happened, in a story that names more than one country: the article's home
// country as the roles pass reads it (twenty-second session; events' place misses over real batches 1-314). Sentences
// are invented; the countries are real because the extractor reads the gazetteer.
import { extract } from '../helpers.js';

function storyPlaces(text: string): string[] {
  const x = extract(text);
  return (x.events ?? []).map((e) => `${e.eventType} @ ${e.place !== null ? x.mentions[e.place]!.text : e.storyPlace !== undefined ? `story:${x.mentions[e.storyPlace]!.text}` : '-'}`);
}

describe('the home country of a story that names others too', () => {
  const story = 'Venezuela’s opposition said on Monday it would take part in the vote. Venezuela’s electoral council set the rules, '
    + 'and Venezuela’s government invited observers from Colombia. ';

  test('an election with no place of its own is the home country\'s', () => {
    expect(storyPlaces(`${story}The opposition leader said the July 28 presidential election would be fair.`)).toContain('election @ story:Venezuela');
  });

  test('not an event of a kind often held abroad (a meeting)', () => {
    const found = storyPlaces(`${story}The opposition leader held a meeting with the observers on Tuesday.`);
    expect(found.filter((e) => e.startsWith('meeting'))).toEqual(['meeting @ -']);
  });

  test('not where no country leads: two countries named as often', () => {
    const found = storyPlaces('Peru and Chile said on Monday they would talk. Peru and Chile set the rules. The July 28 presidential election would be fair.');
    expect(found.filter((e) => e.startsWith('election'))).toEqual(['election @ -']);
  });
});
