// Rules from the misses of real batches 483-498 (forty-first session): an office a country names with no holder
// ("Ethiopia's prime minister says …") is the office a bare title holds in another sentence of the article; a title
// word before a generational suffix is a surname ("Martin Luther King Jr."); a participle and its preposition that
// open a sentence are no part of a body's name ("Speaking on Israeli Army Radio"); "the Office of the United Nations
// High Commissioner for Human Rights" is one body. Sentences are invented; the kinds of phrase are real.
import { mentionsOf, rolesBeforeCountryModelOf, rolesOf } from './helpers.js';

describe('names and bodies', () => {
  test('a title word before "Jr." is the surname', () => {
    expect(mentionsOf('The march recalled Arthur Wendell King Jr. and his dream.')).toContain('Person:Arthur Wendell King Jr.');
  });

  test('a participle and its preposition opening the sentence are no part of the body', () => {
    const found = mentionsOf('Speaking on Valdorian Army Radio, the minister said the talks had failed.');
    expect(found.filter((m) => m.startsWith('Organization:'))).toEqual(['Organization:Valdorian Army Radio']);
  });

  test('a body\'s office of a known organization is one name', () => {
    expect(mentionsOf('A spokesman for the Office of the UN High Commissioner for Refugees said the camp was full.')).toEqual(['Organization:Office of the UN High Commissioner for Refugees']);
  });
});

describe('an office named with a country and no holder places a bare title elsewhere', () => {
  // Three countries named once each: the article's country alone would place no one.
  const story = (office: string): string => `${office} says the war with Norway and Finland is lost.\n\n“We want no conflict,” Prime Minister Tomas Ekberg said on Thursday, according to a post by his office.`;

  test('"Sweden’s prime minister says …" then "Prime Minister X said": X is Sweden\'s prime minister', () => {
    expect(rolesOf(story('Sweden’s prime minister'))).toContain('Tomas Ekberg | Prime Minister | Sweden');
  });

  test('an adjective names the office too ("the Swedish prime minister said")', () => {
    expect(rolesOf(story('The Swedish prime minister'))).toContain('Tomas Ekberg | Prime Minister | Sweden');
  });

  test('someone else of that country named in the story may be that office\'s holder: no country is given', () => {
    // The rule's guard. The learned countries pass gives Norway here ("counterpart" is no feature of it): a known miss.
    const roles = rolesBeforeCountryModelOf('Prime Minister Tomas Ekberg and his Norwegian counterpart Lars Dahl met on Thursday.\n\nThe Norwegian prime minister’s visit will last five days.');
    expect(roles).toContain('Tomas Ekberg | Prime Minister | ');
    expect(roles).not.toContain('Tomas Ekberg | Prime Minister | Norway');
  });

  test('an office a modifier dates, or an envoy\'s office, places no one', () => {
    expect(rolesOf(story('Sweden’s former prime minister'))).toContain('Tomas Ekberg | Prime Minister | ');
    expect(rolesOf(story('The Swedish ambassador').replace('Prime Minister', 'Ambassador'))).toContain('Tomas Ekberg | Ambassador | ');
  });

  test('in one sentence the two are two people', () => {
    expect(rolesOf('Sweden’s prime minister met Prime Minister Tomas Ekberg in Geneva to discuss Norway and Finland.')).toContain('Tomas Ekberg | Prime Minister | ');
  });
});
