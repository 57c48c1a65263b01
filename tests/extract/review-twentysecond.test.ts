// Guards from the adversarial review of the twenty-second session's rules (/tmp/review22, 173 invented probes): the
// cases the review found broken, each held now. Sentences and names are invented.
import { extract, rolesOf, speakersOf, ruleRolesOf } from './helpers.js';

/** `name:role` of the parties of the text's events. */
function parties(text: string): string[] {
  const x = extract(text);
  return (x.events ?? []).flatMap((e) => e.participants.map((p) => `${x.mentions[p.mention]!.text}:${p.role}`));
}

describe('named parties: the event\'s own clause, never its teller', () => {
  test.each([
    ['Sunday\'s election was the first since Marta Kovac left office in 2019.', 'Marta Kovac'],
    ['The brother of Amir Hadad was killed in an airstrike on Monday.', 'Amir Hadad'],
    ['Ivo Horvat, a former adviser to Ana Ruiz, was arrested on Monday.', 'Ana Ruiz'],
    ['Like Ana Ruiz before him, Tomas Varga was sworn in on Monday.', 'Ana Ruiz'],
    ['Ivo Horvat explained on Monday that the army had attacked the village.', 'Ivo Horvat'],
    ['Gunmen attacked a bus on Monday, per the Harbor Ministry.', 'Harbor Ministry'],
    ['Reuters reporter Sam Hill witnessed the strike on Monday.', 'Reuters'],
    ['"We were asleep. Then soldiers attacked the village on Monday, and Tomas Varga watched," Ivo Horvat said.', 'Tomas Varga'],
  ])('%s', (sentence, name) => {
    expect(parties(sentence).filter((p) => p === `${name}:named`)).toEqual([]);
  });
});

describe('a described head after a surname or a people keeps its noun', () => {
  test('"the Dravec coalition … Dravec said": the quote stays the person\'s', () => {
    const text = 'Ivo Dravec formed the Dravec coalition in May. “We will stay united,” Dravec said.';
    expect(speakersOf(text)).toEqual(['Dravec']);
    expect(extract(text).mentions.filter((m) => m.type === 'Organization').map((m) => m.text)).toEqual(['Dravec coalition']);
  });

  // A community's name before a body's head is a word of creed since the thirty-fourth session (`describingWords`):
  // over 426 real batches, "the Shia bloc", "a Druze party", "Shi'ite militias" were never a gold body; keeping "the
  // Druze movement" as one brought back 7 false bodies and found none.
  test('"Druze leaders" after "the Druze movement" is no body, nor is the movement named by the community alone', () => {
    const orgs = extract('The Druze movement held a rally. Druze leaders said the talks failed.').mentions.filter((m) => m.type === 'Organization');
    expect(orgs.map((m) => m.text)).toEqual([]);
  });
});

describe('pronoun subjects and title holders', () => {
  test('"She was succeeded by X. “…,” he said": he is X', () => {
    expect(speakersOf('Ana Ruiz led the army for a decade. She was succeeded by Tomas Varga in March. “The army will stay neutral,” he said.')).toEqual(['Tomas Varga']);
  });

  test('"Deputy Prime Minister X and Prime Minister Y … The prime minister said …": Y', () => {
    const text = 'Deputy Prime Minister Tomas Varga and Prime Minister Ivo Horvat met on Monday. '
      + 'The prime minister said, during a press conference with the envoy, that talks were delicate. “We have seen a misuse,” he said.';
    expect(speakersOf(text)).toEqual(['Ivo Horvat']);
  });
});

describe('the home country is no place of an event abroad', () => {
  const story = 'Moldova’s government met on Monday. Moldova’s parliament debated the budget, and Moldova’s president spoke. ';
  test('a sentence naming another country by its adjective', () => {
    const x = extract(`${story}Analysts said the American election in November would matter.`);
    const election = (x.events ?? []).find((e) => e.eventType === 'election');
    expect(election?.storyPlace).toBeUndefined();
  });

  test('"while travelling abroad"', () => {
    const x = extract(`${story}Police arrested the former minister on Tuesday while he was travelling abroad.`);
    const arrest = (x.events ?? []).find((e) => e.eventType === 'arrest');
    expect(arrest?.storyPlace).toBeUndefined();
  });
});

describe('"X of the" a body after a preposition', () => {
  test('"a critique by X of the Commission\'s approach" is no membership', () => {
    expect(ruleRolesOf('There was a critique by Ana Ruiz of the Harbor Commission\'s approach.').filter((r) => r.startsWith('Ana Ruiz'))).toEqual([]);
  });
});
