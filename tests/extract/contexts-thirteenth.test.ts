// General patterns from the misses of real batches 131-132 found in the thirteenth session (after their first contact
// was recorded). The sentences are written here with invented names and places.
import { unwrapLines } from '../../src/extract/wrapped-lines.js';
import { extract, mentionsOf } from './helpers.js';

/** A wire story hard-wrapped at about sixty characters, as old agency copy is stored. */
const WRAPPED = [
  'Talks fail in Valletta',
  '',
  '* Parliament speaker calls for a meeting on Sunday',
  '* Opposition leader freed from prison',
  'By Ana Ruiz and Tomas Varga',
  'VALLETTA, Feb 22 (Reuters) - Malta\'s parliament voted on',
  'Saturday to remove the prime minister, who abandoned his office',
  'to protesters and denounced what he described as a coup after',
  'a week of fighting in the streets of the capital.',
  'It is also a stark reversal for Ruritanian President Ivo',
  'Horvat\'s dream of a union of the islands, and the opposition',
  'leader said the vote was a victory for the people of the country',
  'and a defeat for those who had held them back for so long.',
].join('\n');

describe('hard-wrapped wire copy', () => {
  test('a name broken over two lines is one name', () => {
    expect(mentionsOf(WRAPPED, true)).toContain('Person:Ivo Horvat');
    expect(mentionsOf(WRAPPED, true)).not.toContain('Person:Ivo');
  });

  test('list items, the byline and the dateline keep their lines; every offset is unchanged', () => {
    const out = unwrapLines(WRAPPED);
    expect(out).toHaveLength(WRAPPED.length);
    expect(out).toContain('\n* Opposition leader freed from prison\nBy Ana Ruiz and Tomas Varga\nVALLETTA,');
    expect(out).toContain('voted on Saturday to remove');
    // a line that ends its sentence keeps its break
    expect(out).toContain('the capital.\nIt is also');
    const x = extract(WRAPPED, true);
    expect(x.authors).toEqual(['Ana Ruiz', 'Tomas Varga']);
    expect(x.mentions.map((m) => `${m.type}:${m.text}`)).toContain('Place:VALLETTA');
  });

  test('text that is not wrapped is left as it is', () => {
    const plain = 'Talks fail\n\nThe parliament voted on Saturday.\nIt is a reversal for President Ivo Horvat.\nshort line\nanother';
    expect(unwrapLines(plain)).toBe(plain);
  });
});

describe('former states are places', () => {
  test.each([
    ['He studied in the Soviet Union before the war.', 'Place:Soviet Union'],
    ['The republic left Yugoslavia in 1991.', 'Place:Yugoslavia'],
  ])('%s', (sentence, expected) => {
    expect(mentionsOf(sentence)).toContain(expected);
    expect(mentionsOf(sentence)).not.toContain(expected.replace('Place:', 'Organization:'));
  });
});
