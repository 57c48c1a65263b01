// Rules from the misses of real batches 483-486 (fortieth session): more first words of Arabic place names ("Jisr",
// "Souk", "Bab"); no lone speaker right after a preposition of place ("the attacks at Boulkessy said"); an agency's
// note in parentheses ending a dateline without its dash; a time's prefix on a country's adjective ("then-Israeli
// premier X"); an age before a name set off as the holder of an office ("The Syrian interior minister, 63-year-old
// X,"); a nationality in a complement of "with", "by" or "against" that leaves an office to the story's country; a
// holder who "made a visit" to the story's country is no holder of its office; a hospital is a place unless someone
// works for it or it speaks. Sentences are invented; the kinds of phrase are real.
import { mentionsOf, rolesOf, rolesOfArticle } from './helpers.js';

describe('Arabic place names by their first word', () => {
  test.each([
    ['Soldiers took control of Jisr al-Khadra on Sunday.', 'Place:Jisr al-Khadra'],
    ['The army held most fronts except Souk al-Tawil and Souk al-Nahr.', 'Place:Souk al-Tawil'],
    ['Fighting in Bab al-Qasr killed two.', 'Place:Bab al-Qasr'],
  ])('%s', (text, place) => {
    const found = mentionsOf(text);
    expect(found).toContain(place);
    expect(found.filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('no lone speaker after a preposition of place', () => {
  test('"the attacks at Tombeli said" makes no person of Tombeli', () => {
    expect(mentionsOf('The minister speaking from the scene of one of the attacks at Tombeli said 33 soldiers were found alive.')).not.toContain('Person:Tombeli');
  });

  test('a name with no preposition before it still speaks', () => {
    expect(mentionsOf('After the vote Tombeli said the count was fair.')).toContain('Person:Tombeli');
  });
});

describe('an agency\'s note ending a dateline', () => {
  test('"CAIRO (Outlet / Agency - date) Fighting …" without a dash gives the city', () => {
    expect(mentionsOf('CAIRO (UrduPoint News / Sputnik - 08th September, 2021) Fighting between government forces and rebels killed sixty people.')).toContain('Place:CAIRO');
  });
});

describe('the time of an office on a country\'s adjective', () => {
  test('"then-Israeli premier X": Israel\'s, and the role keeps its time', () => {
    expect(rolesOf('In 1994, then-Israeli premier Avi Levran visited Oman.')).toContain('Avi Levran | then-premier | Israel');
  });

  test('"ex-Iraqi defence minister X"', () => {
    expect(rolesOf('The ex-Iraqi defence minister Karim Haddad said on Monday the army was ready.')).toContain('Karim Haddad | ex-defence minister | Iraq');
  });
});

describe('an age before a name set off by commas', () => {
  test('"The Syrian interior minister, 63-year-old X, …" gives X the office', () => {
    expect(rolesOf('The Syrian interior minister, 63-year-old Walid Darwish, was one of several senior officials questioned.')).toContain('Walid Darwish | Syrian interior minister | Syria');
  });
});

describe('the story\'s country and the sentence\'s other nationalities', () => {
  const LEAD = 'BEIRUT — Lebanon has a new cabinet. Lebanon’s parliament will vote on it next week, and Lebanon’s banks welcomed it.\n\n';

  test('a nationality after "allied with" leaves the bare office to the story\'s country', () => {
    expect(rolesOfArticle('New cabinet', `${LEAD}Prime Minister Karim Haddad formed a government of technocrats chosen by parties allied with the Syrian regime.`))
      .toContain('Karim Haddad | Prime Minister | Lebanon');
  });

  test('a nationality before an office after "with" still claims that office, and leaves the other holder alone', () => {
    const roles = rolesOfArticle('Border talks', 'DAMASCUS — Syria has reopened a border crossing. Syria’s army will guard it, Syria’s state media said.\n\nDefence Minister Karim Haddad held a meeting with Syrian Defence Minister Omar Bakri on Monday.');
    expect(roles).toContain('Omar Bakri | Defence Minister | Syria');
    expect(roles).not.toContain('Karim Haddad | Defence Minister | Syria');
  });

  test('a holder who "made a visit" to the story\'s country is not its office holder', () => {
    const roles = rolesOfArticle('Oman talks', 'MUSCAT, Oman (AP) — Oman hosted talks on Sunday. Oman said the talks went well.\n\nIn 1994, then-Israeli premier Avi Levran visited Oman, and acting prime minister Dan Meron also made a visit in 1996.');
    expect(roles).toContain('Dan Meron | acting prime minister | ');
    expect(roles).not.toContain('Dan Meron | acting prime minister | Oman');
  });
});

describe('a hospital: a place, or a body where people work for it or it speaks', () => {
  test.each([
    ['The wounded were taken to Sadiq Rahma Hospital in Mosul.', 'Place:Sadiq Rahma Hospital'],
    ['The bodies were taken to Al-Nour hospital on Sunday.', 'Place:Al-Nour hospital'],
    ['Karim Haddad, head of operations at Jenin\'s Sadiq Rahma Hospital, said the clashes were the worst.', 'Organization:Sadiq Rahma Hospital'],
    ['Sadiq Rahma Hospital spokeswoman Leah Darom said five died.', 'Organization:Sadiq Rahma Hospital'],
    ['Sadiq Rahma Hospital said five died.', 'Organization:Sadiq Rahma Hospital'],
  ])('%s', (text, mention) => {
    expect(mentionsOf(text)).toContain(mention);
  });
});
