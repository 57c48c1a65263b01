// Rules from the misses of real batches 471-474 (thirty-ninth session): a dateline of a known city in capitals ended
// by a day and a colon ("KATHMANDU, July 26:") or by a full stop ("SANTO DOMINGO."), a cabinet listed as "X as
// Minister for Y", an office named by a role noun and its complement ("Minister for Energy"), and "Township" as the
// head of a place's name. Sentences are invented; the kinds of phrase are real.
import { mentionsOf } from './helpers.js';

describe('datelines of a known city in capitals', () => {
  test.each([
    ['KATHMANDU, July 26: Amid criticism, the prime minister expanded his cabinet on Wednesday.', 'Place:KATHMANDU'],
    ['SANTO DOMINGO. The president swore in his cabinet yesterday.', 'Place:SANTO DOMINGO'],
  ])('%s', (text, place) => {
    expect(mentionsOf(`Cabinet sworn in\n${text}`)).toContain(place);
  });

  test('capitals that are no known city before a full stop are no dateline', () => {
    expect(mentionsOf('Cabinet sworn in\nBREAKING NEWS. The president swore in his cabinet yesterday.').filter((m) => m.startsWith('Place:'))).toEqual([]);
  });
});

describe('a cabinet listed as appointments', () => {
  test('two or three words no list knows before "as Minister" are a person', () => {
    const found = mentionsOf('Kavi Rana has been sworn in as Minister for Health, Tovu Marandi as Minister for Law, while Ilsha Dotari Venkat as the Minister for Energy.');
    expect(found).toContain('Person:Tovu Marandi');
    expect(found).toContain('Person:Ilsha Dotari Venkat');
  });

  test('a body before "as" is no person', () => {
    expect(mentionsOf('The Ruvala Trade Council as Minister for Trade proposed it.')).not.toContain('Person:Ruvala Trade Council');
  });
});

describe('an office is no body', () => {
  test('"Minister for Energy" is an office; "Ministry for Energy" a body', () => {
    const found = mentionsOf('The Minister for Energy met officials of the Ministry for Energy in Port Moresby.');
    expect(found).not.toContain('Organization:Minister for Energy');
    expect(found).toContain('Organization:Ministry for Energy');
  });
});

describe('a township', () => {
  test('"Maungdaw Township" is a place', () => {
    expect(mentionsOf('Four soldiers were killed in Kalowa Township on Tuesday.')).toContain('Place:Kalowa Township');
  });
});
