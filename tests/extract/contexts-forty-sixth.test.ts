// Rules from the affiliation misses of real batches 470-534 (forty-sixth session): a named body's possessive before a
// plural role and its names ("the Harbor Party’s former co-chairs A and B"); a closed apposition "X, from the Y," for any
// body, and "X, from <country>’s Y,"; a lower-case possessor before the body of an apposition's complement ("a member
// of the government’s Y"). Sentences are invented; the kinds of phrase are real.
import { ruleRolesOf } from './helpers.js';

describe('a named body\'s possessive before a plural role and its names', () => {
  const story = (phrase: string): string => `The Harbor Party (HRP) lost the vote. ${phrase} have been in jail since May.`;

  test('"HRP’s former co-chairs A and B": both hold the office in the body', () => {
    const roles = ruleRolesOf(story('HRP’s former co-chairs Tarik Veldon and Mira Osgood'));
    expect(roles).toContain('Tarik Veldon | former co-chair | HRP');
    expect(roles).toContain('Mira Osgood | former co-chair | HRP');
  });

  test('the body\'s possessive right before the role as well', () => {
    const roles = ruleRolesOf(story('HRP’s co-chairs Tarik Veldon and Mira Osgood'));
    expect(roles).toContain('Mira Osgood | co-chair | HRP');
  });

  test('a word that is no standing ("jailed") between them ties no one', () => {
    const roles = ruleRolesOf(story('HRP’s jailed co-chairs Tarik Veldon and Mira Osgood'));
    expect(roles.filter((r) => r.endsWith('| HRP'))).toEqual([]);
  });

  test('names after a verb are no holders of the role ("HRP’s leaders met A and B")', () => {
    const roles = ruleRolesOf('The Harbor Party (HRP) lost the vote. HRP’s leaders met Tarik Veldon and Mira Osgood on Monday.');
    expect(roles.filter((r) => r.endsWith('| HRP'))).toEqual([]);
  });
});

describe('"X, from the Y," ties the person to the body (a party\'s member, an institute\'s affiliate)', () => {
  test('a closed apposition with "from the" ties the person to any body', () => {
    expect(ruleRolesOf('Dana Roe, from the Kessler Institute, said the plan would fail.')).toContain('Dana Roe | affiliated | Kessler Institute');
    // A party's is membership.
    expect(ruleRolesOf('Dana Roe, from the Kessler Party, said the plan would fail.')).toContain('Dana Roe | member | Kessler Party');
  });

  test('a country\'s possessive may stand for "the"', () => {
    expect(ruleRolesOf('Dana Roe, from Norway’s Kessler University, said the plan would fail.')).toContain('Dana Roe | affiliated | Kessler University');
  });

  test('without the closing comma "from" is where something came from: no tie', () => {
    expect(ruleRolesOf('Dana Roe, from the Kessler Institute said the plan would fail.').filter((r) => r.includes('Kessler'))).toEqual([]);
  });

  test('after a preposition the person is an object ("a letter to X, from the Y,"): no tie', () => {
    expect(ruleRolesOf('A letter to Dana Roe, from the Kessler Institute, was published.').filter((r) => r.includes('Kessler'))).toEqual([]);
  });
});

describe('a lower-case possessor before the body of an apposition', () => {
  test('"a member of the government’s Y": the person is a member of Y', () => {
    expect(ruleRolesOf('Lin Moray, a member of the government’s Coastal Peace Center, said talks would resume.').map((r) => r.split(' | ').slice(0, 1).concat(r.split(' | ').slice(2)).join(' | '))).toContain('Lin Moray | Coastal Peace Center');
  });

  test('a possessor that owns no named body ties none ("the party’s central committee")', () => {
    expect(ruleRolesOf('Lin Moray, a member of the party’s central committee, said talks would resume.')).toEqual(['Lin Moray | member | ']);
  });
});

describe('a body in brackets after a name, and a relative clause\'s "led by"', () => {
  test('"MK X (Harbor Party)": the body alone in brackets is the person\'s', () => {
    expect(ruleRolesOf('The bill was opposed by MK Jane Ferris (Harbor Party) and others.')).toContain('Jane Ferris | member | Harbor Party');
  });

  test('the body\'s kind may follow its name in the brackets ("(Religious Harbor party)")', () => {
    expect(ruleRolesOf('The Harbor Party (HRP) lost. MK Jane Ferris (HRP party) spoke.')).toContain('Jane Ferris | member | HRP');
  });

  test('anything else in the brackets ties no body ("(HRP, Dunmore)", "(pictured)")', () => {
    expect(ruleRolesOf('The Harbor Party (HRP) lost. Jane Ferris (HRP, Dunmore) spoke.').filter((r) => r.endsWith('| HRP'))).toEqual([]);
    expect(ruleRolesOf('Jane Ferris (pictured) spoke.')).toEqual([]);
  });

  test('"the X Party, which is led by Y" and "which has been headed by Y": Y leads it', () => {
    expect(ruleRolesOf('The Harbor Party, which is led by Tom Harlow, won the vote.')).toContain('Tom Harlow | leader | Harbor Party');
    expect(ruleRolesOf('The Harbor Party, which has been headed by Tom Harlow since 2010, won the vote.')).toContain('Tom Harlow | leader | Harbor Party');
  });

  test('a passive whose subject is something else ("whose rally was led by Y") makes no leader of the body', () => {
    expect(ruleRolesOf('The Harbor Party, whose rally was led by Tom Harlow, lost the vote.').filter((r) => r.startsWith('Tom Harlow'))).toEqual([]);
  });
});

describe('the review of these rules', () => {
  test('in a list right after the role, a name with a title of its own is someone else', () => {
    const roles = ruleRolesOf('Harbor Party co-chairs Ann Lerner and Tomas Brek and journalist Lia Mordan were detained.');
    expect(roles).toContain('Tomas Brek | co-chair | Harbor Party');
    expect(roles.filter((r) => r.startsWith('Lia Mordan'))).toEqual(['Lia Mordan | journalist | ']);
  });

  test('the words of standing after the possessive are the office\'s ("deputy leaders")', () => {
    expect(ruleRolesOf('The Harbor Party’s deputy leaders Ann Lerner and Tomas Brek resigned.')).toContain('Ann Lerner | deputy leader | Harbor Party');
  });

  test('after a verb, "X, from the Y," is where X came from: no tie', () => {
    expect(ruleRolesOf('The Kessler Institute hired Omar Talib, from the Vantor Bank, as its new chief.').filter((r) => r.includes('Vantor'))).toEqual([]);
  });

  test('a relative clause with a plural verb, or after a noun and its preposition, is no body\'s leader', () => {
    expect(ruleRolesOf('Protests against the Harbor Party, which were led by Omar Talib, spread.')).toEqual([]);
    expect(ruleRolesOf('A study from the Kessler Institute, which was led by Omar Talib, found errors.')).toEqual([]);
  });

  test('an adverb may stand in the relative clause ("which is now led by")', () => {
    expect(ruleRolesOf('The Harbor Party, which is now led by Omar Talib, won.')).toContain('Omar Talib | leader | Harbor Party');
  });

  test('a body in brackets that is no party makes the person affiliated, not a member', () => {
    expect(ruleRolesOf('Omar Talib (Finance Ministry) spoke.')).toEqual(['Omar Talib | affiliated | Finance Ministry']);
  });
});
