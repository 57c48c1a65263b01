// Datelines, names and roles from the misses of real batches 1-374 (twenty-fourth session). Sentences and names are
// invented; the cities are real (a dateline is trusted for known places only).
import { mentionsOf, rolesBeforeCountryModelOf, rolesOf, rolesOfArticle, speakersOf } from './helpers.js';

/** The Place mentions of a text, as `text=canonical` where they differ. */
function placesOf(text: string): string[] {
  return mentionsOf(text).filter((m) => m.startsWith('Place:')).map((m) => m.slice('Place:'.length));
}

describe('datelines as newspapers print them', () => {
  test.each([
    // A bullet after the city (The Straits Times).
    ['DAMASCUS • A farmer was killed on Sunday.', ['DAMASCUS']],
    ['BEIJING/TAIPEI • The ministry imposed sanctions yesterday.', ['BEIJING', 'TAIPEI']],
    // A long dash right after the city, then a space.
    ['TOKYO— The parliament voted on Monday.', ['TOKYO']],
    // Cities listed with commas before a colon (Gulf and South Asian papers), each a known place.
    ['BEIRUT, WASHINGTON: The administration welcomed the decision.', ['BEIRUT', 'WASHINGTON']],
    ['ZAKHO, IRAQ: Rockets hit a resort on Wednesday.', ['ZAKHO', 'IRAQ']],
    // An agency's own note in parentheses, with slashes and a date, before the dash.
    ['MOSCOW (Agency News / Wire - 01st October 2020) - Rockets hit the airport.', ['MOSCOW']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  test('words in capitals that are no known place make no dateline', () => {
    expect(placesOf('BREAKING • The ministry imposed sanctions yesterday.')).toEqual([]);
    expect(placesOf('UPDATE, CORRECTION: The ministry imposed sanctions yesterday.')).toEqual([]);
    expect(placesOf('FILE (Photo / Wire - 2020) - The ministry imposed sanctions.')).toEqual([]);
  });
});

describe('the story\'s country after a dateline', () => {
  const body = 'TOKYO— Japan’s parliament on Monday elected Ivo Horvat as prime minister.\n'
    + 'He easily won the vote in the lower house.\nHorvat bowed to his fellow lawmakers after the vote.';

  test('a country right after the dateline\'s dash opens the story: it is named in the text, and the office is its', () => {
    expect(rolesOfArticle('Horvat becomes prime minister', body)).toContain('Ivo Horvat | prime minister | Japan');
  });

  test('a country after the dateline\'s comma completes the dateline and is not named by the story', () => {
    const other = 'DUBAI, United Arab Emirates (AP) — Prime Minister Ivo Horvat met the envoy of Oman. Oman welcomed it. '
      + 'Oman’s ruler spoke to him later. Oman said so.';
    expect(rolesOfArticle('Horvat meets envoy', other)).not.toContain('Ivo Horvat | Prime Minister | United Arab Emirates');
  });
});

describe('bare offices of a story whose country is clear', () => {
  const story = (between: string) => 'BAGHDAD (AP) — Militants seized a town in Iraq on Sunday, officials in Iraq said.\n\n'
    + `${between}\n\nPrime Minister Ivo Horvat ordered the forces to hold their posts.`;

  test('a sentence before about another country does not take the office from the story\'s country', () => {
    expect(rolesOf(story('Turkey shelled a village near the border.'), true)).toContain('Ivo Horvat | Prime Minister | Iraq');
  });

  test('another country in the office\'s own sentence still does', () => {
    const text = story('Turkey shelled a village near the border.').replace('hold their posts.', 'hold their posts, Turkey said.');
    expect(rolesBeforeCountryModelOf(text, true)).not.toContain('Ivo Horvat | Prime Minister | Iraq');
  });

  test('a story with no clear country gives a bare office none past its own sentence', () => {
    const text = 'Militants seized a town on Sunday.\n\nTurkey shelled a village near the border.\n\nPrime Minister Ivo Horvat ordered the forces to hold their posts.';
    expect(rolesOf(text).filter((r) => r.startsWith('Ivo Horvat'))).toEqual(['Ivo Horvat | Prime Minister | ']);
  });
});

describe('speakers the misses asked for', () => {
  test.each([
    // An outlet's verb: the outlet speaks after the quote …
    ['“The attack happened on the road,” the Harbor News Agency reported.', ['Harbor News Agency']],
    // … and a person's verbs the lexicon lacked.
    ['“His conviction is like the fall of a wall,” crowed Ivo Horvat, leader of the party.', ['Ivo Horvat']],
    ['“How can we talk before the vote?” wondered Ivo Horvat on Monday.', ['Ivo Horvat']],
    // A lower-case word before an abbreviated title after the verb.
    ['"We accuse the militias," said provincial Gov. Amir Majami.', ['Amir Majami']],
    // A threat is speech too.
    ['“The time has come to clear these lands,” Ivo Horvat threatened during the summit.', ['Ivo Horvat']],
    // A place and a noun of people before the name, then an age.
    ['Jenin camp resident Bassem Talib, 38, said he “woke up to the sounds of gunfire at dawn”.', ['Bassem Talib']],
    // A person's office speaks as a body of its own, before or after the quotation.
    ['Ivo Horvat met the envoy. "The minister has been dismissed," Horvat’s office said.', ['Horvat’s office']],
    ['Ivo Horvat met the envoy. Horvat’s press office said the minister "has been dismissed from the cabinet."', ['Horvat’s press office']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('an outlet\'s verb is no evidence of a person: "X reported" leaves an unknown X alone', () => {
    expect(mentionsOf('Harbor Mirror reported the deaths on Monday.').filter((m) => m.startsWith('Person:'))).toEqual([]);
  });

  test('a person\'s office is no office of a place or a body: "the ministry\'s office said" is not read so', () => {
    expect(speakersOf('“The minister has been dismissed,” Iraq’s office said.')).not.toContain('Iraq’s office');
  });
});

describe('places by their head word', () => {
  test('"City" after a name is a city of its own', () => {
    expect(placesOf('Fighting in Sadr City killed two men on Sunday.')).toEqual(['Sadr City']);
    expect(placesOf('The port of Belize City was closed.')).toEqual(['Belize City']);
  });
  test('a street is a place, not the person it is named after', () => {
    expect(mentionsOf('Protesters gathered on Faisal Street on Friday.')).toEqual(['Place:Faisal Street']);
    expect(mentionsOf('The shops on Ivo Horvat Avenue were closed.')).toEqual(['Place:Ivo Horvat Avenue']);
  });

  test('the word alone names no place', () => {
    expect(placesOf('City officials said two men were killed on Sunday.')).toEqual([]);
  });
});
