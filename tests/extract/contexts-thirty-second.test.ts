// People the first contact of real batches 411-414 missed (thirty-second session): a name set off after a body's
// possessive role ("X, Al Jazeera’s correspondent"), a name right after a role of a named body ("the Speaker of the
// House of Representatives X"), and long Arabic names whose particles ("bin", "Al") made them run past five words.
// Sentences are invented; the kinds of phrase are real.
import { mentionsOf, rolesOf } from './helpers.js';

describe('a name after a role of a body the article names', () => {
  test.each([
    ['Rana Amiri, Al Jazeera’s correspondent in Damascus, said the army fired.', 'Person:Rana Amiri'],
    ['Dlovan Hiwa, the Kurdistan Region’s envoy to Baghdad, left on Monday.', 'Person:Dlovan Hiwa'],
    ['The Speaker of the House of Representatives Aquila Salem opened the session in Tobruk.', 'Person:Aquila Salem'],
    ['The head of the Libyan parliament Aquila Salem opened the session in Tobruk.', 'Person:Aquila Salem'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test('the role is the body\'s', () => {
    expect(rolesOf('Rana Amiri, Al Jazeera’s correspondent in Damascus, said the army fired.')).toContain('Rana Amiri | Al Jazeera’s correspondent in Damascus | Al Jazeera');
  });

  test('a common word after the body is no name: "the head of the Red Crescent Society Press Office"', () => {
    expect(mentionsOf('The head of the Red Crescent Society Press Office said nothing.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('long Arabic names', () => {
  test.each([
    ['The motion targets Interior Minister Shaikh Khaled Al Humoud Al Sabah over his failures.', 'Person:Khaled Al Humoud Al Sabah'],
    ['Sheikh Ahmed bin Mohammed bin Hussein Al Abu Abdullah received the delegation in Aden.', 'Person:Ahmed bin Mohammed bin Hussein Al Abu Abdullah'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });
});
