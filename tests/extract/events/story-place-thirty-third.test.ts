// Where an event with no place of its own happened (thirty-third session; place misses over real batches 1-414):
// talks, calls, interviews and briefings are the story country's as elections are, unless their sentence names another
// country; a story whose country the text names only by its adjective gives that country by name. Sentences are
// invented; the countries are real because the extractor reads the gazetteer.
import { build } from '../../resolve/helpers.js';
import { extract } from '../helpers.js';

function storyPlaces(text: string): string[] {
  const x = extract(text);
  return (x.events ?? []).map((e) => `${e.eventType} @ ${e.place !== null ? x.mentions[e.place]!.text
    : e.storyPlace !== undefined ? `story:${x.mentions[e.storyPlace]!.text}` : e.storyCountry ? `country:${e.storyCountry}` : '-'}`);
}

const greece = 'Greece’s parliament sat on Monday. Greece’s banks stayed shut, and Greece’s lenders waited. ';

describe('talks and press events of the story country', () => {
  test('a press conference with no place of its own is the story country\'s', () => {
    expect(storyPlaces(`${greece}The prime minister said in a press conference on Sunday night that his government was ready.`))
      .toContain('briefing @ story:Greece');
  });

  test('talks with no place of their own are the story country\'s', () => {
    expect(storyPlaces(`${greece}The coalition parties held talks on Tuesday on the budget.`)).toContain('talks @ story:Greece');
  });

  test('not when the sentence names another country', () => {
    const found = storyPlaces(`${greece}The prime minister said in a press conference with German officials on Sunday that he was ready.`);
    expect(found.filter((e) => e.startsWith('briefing'))).toEqual(['briefing @ -']);
  });

  test('a meeting still takes no story country (leaders meet abroad)', () => {
    const found = storyPlaces(`${greece}The prime minister held a meeting with the lenders on Tuesday.`);
    expect(found.filter((e) => e.startsWith('meeting'))).toEqual(['meeting @ -']);
  });
});

describe('a story country named by its adjective alone', () => {
  const nepal = 'Nepali Prime Minister Ram Bahadur Thapa resigned on Thursday. Nepali lawmakers welcomed the step, and the '
    + 'Nepali army stayed in its barracks. ';

  test('an election with no place of its own is that country\'s, by name', () => {
    expect(storyPlaces(`${nepal}The opposition said the November 20 parliamentary election would be fair.`)).toContain('election @ country:Nepal');
  });

  test('the event occurs in the place the role made for that country', () => {
    const data = build([`${nepal}The opposition said the November 20 parliamentary election would be fair.`]);
    const election = data.nodes.find((n) => n.type === 'Event' && 'eventType' in n && n.eventType === 'election');
    expect(election).toBeDefined();
    const at = data.relationships.filter((r) => r.type === 'OCCURRED_IN' && r.source === election!.id).map((r) => r.target);
    expect(at).toEqual(['place:nepal']);
  });

  test('no country by name where the adjectives name two countries as often', () => {
    const found = storyPlaces('Nepali and Indian officials met on Thursday. Nepali and Indian lawmakers spoke. '
      + 'The opposition said the November 20 parliamentary election would be fair.');
    expect(found.filter((e) => e.startsWith('election'))).toEqual(['election @ -']);
  });
});
