// The adversarial review of the twenty-third session's rules (170 invented probes): the cases that broke, mended.
import { extract, rolesOf, speakersOf } from './helpers.js';

const typed = (text: string, type: string): string[] => extract(text).mentions.filter((m) => m.type === type).map((m) => m.text);

describe('mended after the review', () => {
  test('people listed with their countries stay people ("the winners were A, Kenya, and B, Uganda")', () => {
    expect(typed('The winners were Ann Cole, Kenya, and Tom Hale, Uganda.', 'Person')).toEqual(['Ann Cole', 'Tom Hale']);
  });

  test('a role noun after a settlement\'s noun heads the apposition ("X, the town mayor")', () => {
    expect(rolesOf('Kioko Mbuvi, the town mayor, said the road was closed.')).toEqual(['Kioko Mbuvi | town mayor | ']);
  });

  test('a plural role noun that acts on the name gives it no office ("Ministers questioned A of Kenya")', () => {
    expect(rolesOf('Ministers questioned Ann Cole of Kenya, a businesswoman, on Monday.').filter((r) => r.includes('minister'))).toEqual([]);
  });

  test('a person\'s camp is no place ("the Mensah camp said")', () => {
    expect(typed('The Mensah camp said the vote was rigged, after Ama Mensah lost.', 'Place')).toEqual([]);
  });

  test('"X, whose Hamas captors released him": no membership', () => {
    expect(rolesOf('Tom Hale, whose Hamas captors released him on Monday, spoke to reporters.')).toEqual([]);
  });

  test('"President X replaced Y as defence minister with Z": X takes no ministry', () => {
    expect(rolesOf('President Tom Hale replaced Mark Dunn as defence minister with Ann Cole on Monday.').filter((r) => r.startsWith('Tom Hale | defence'))).toEqual([]);
  });

  test('"After A was elected president, B said": B holds no office', () => {
    expect(rolesOf('After Tom Hale was elected president, Ann Cole said the vote was fair.').filter((r) => r.startsWith('Ann Cole'))).toEqual([]);
  });

  test('a named speaker reading another\'s letter keeps the quote ("Speaker A said: “I, B, hereby resign”")', () => {
    expect(speakersOf('Speaker Ann Cole read the letter.\n\nSpeaker Ann Cole said: "I, Tom Hale, hereby resign from the House of Assembly."')).toEqual(['Ann Cole']);
  });

  test('a word a speech verb made a person, before a plural noun, is no person there ("Qoruz supporters")', () => {
    expect(typed('Qoruz said the vote was fair. Qoruz supporters marched in the capital on Monday.', 'Person')).toEqual(['Qoruz']);
  });
});
