// General patterns from the misses of real batches 85-86 (invented sentences and names, none from the articles).
import { rolesOf } from './helpers.js';

describe('roles of people named with their organization', () => {
  test('an organization\'s possessive before a name makes the person its member', () => {
    expect(rolesOf('Al Jazeera\'s Tariq Halim said the road was closed.')).toContain('Tariq Halim | member | Al Jazeera');
    expect(rolesOf('The Houthis’ Omar Salem spoke on Sunday.')).toContain('Omar Salem | member | Houthis');
    // a country's possessive is no organization's, and a title between keeps its own role
    expect(rolesOf('Iraq\'s Omar Salem spoke on Sunday.').filter((r) => r.startsWith('Omar Salem | member'))).toEqual([]);
    expect(rolesOf('Hamas\'s political chief Omar Salem spoke.')).toContainEqual(expect.stringMatching(/^Omar Salem \| political chief \| Hamas/));
  });

  test('a lower-case office after an organization\'s head word ("central bank governor X") is a title', () => {
    expect(rolesOf('Ruritania’s central bank governor Omar Salem fled the country.')).toContainEqual(expect.stringMatching(/^Omar Salem \| governor \| /));
    // not after an ordinary noun
    expect(rolesOf('The town governor Omar Salem fled.')).not.toContainEqual(expect.stringMatching(/^Omar Salem \| governor/));
  });

  test('a journalist is a title before a name, and the outlet before it is the employer', () => {
    expect(rolesOf('The killing of Harbor Times journalist Omar Salem shocked the city.')).toContain('Omar Salem | journalist | Harbor Times');
  });
});
