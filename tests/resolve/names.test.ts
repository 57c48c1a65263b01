// Name keys: transliterations share a skeleton, different names do not; particles and initials.
import { initialsOf, isAcronym } from '../../src/resolve/acronyms.js';
import { isParticleSurname, parseName, sameWord, skeleton, surnameKeyForm } from '../../src/resolve/names.js';

describe('transliteration skeleton', () => {
  test.each([
    ['Muqtada', 'Moqtada', true],
    ['Qassem', 'Qasem', true],
    ['Mohammed', 'Muhammad', true],
    ['Haidar', 'Haider', true],
    ['Yahya', 'Yehia', true],
    ['Hussein', 'Husayn', true],
    ['al-Obaidi', 'Al-Ubaidi', true],
    ['Hassan', 'Hussein', false],
    ['Karim', 'Kamil', false],
    ['Ali', 'Eli', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameWord(a.toLowerCase(), b.toLowerCase()) || skeleton(a) === skeleton(b) && skeleton(a).length >= 4).toBe(same);
  });
});

describe('particles', () => {
  test('inner particles are not middle names', () => {
    expect(parseName('Badr bin Salem Al Nuaimi')).toEqual({ first: 'badr', middle: ['salem'], last: 'nuaimi', words: 5 });
    expect(parseName('Rami Al Qaderi').middle).toEqual([]);
  });
  test.each([['Al Rawa', true], ['el Rawa', true], ['Ali Rawa', false], ['Al', false], ['Ahmed Al Rawa', false]])('%s is a surname with its particle: %s', (text, expected) => {
    expect(isParticleSurname(text)).toBe(expected);
  });
  // Only full names use this key, so "Carlos Alvarez" meets "Carlos Varez" but a lone "Varez" never joins an Alvarez.
  test.each([['alnuaimi', 'nuaimi'], ['allawi', 'allawi'], ['alvarez', 'varez'], ['albusaidi', 'busaidi'], ['alaoui', 'alaoui']])('written-on article: %s → %s', (last, key) => {
    expect(surnameKeyForm(last)).toBe(key);
  });
});

describe('acronyms', () => {
  test.each([['NDC', true], ['U.S.', true], ['I.S.F.', true], ['Nato', false], ['A', false], ['ABCDEFGHI', false]])('%s is an acronym: %s', (text, expected) => {
    expect(isAcronym(text)).toBe(expected);
  });
  test.each([
    ['Northern Defense Council', 'NDC'],
    ['Organization of the Petroleum Exporting Countries', 'OPEC'],
    ['Ministry of Defense', 'MD'],
    ['al-Quds Force', 'QF'],
  ])('initials of %s: %s', (name, letters) => {
    expect(initialsOf(name)).toBe(letters);
  });
});
