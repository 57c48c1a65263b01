// General patterns from the affiliations missed on real batches 1-96 (invented sentences and names, none from the articles).
import { rolesOf } from './helpers.js';

const roleAt = (roles: string[], person: string, org: string) => roles.some((r) => r.startsWith(`${person} | `) && r.endsWith(` | ${org}`));

describe('people tied to a body by a preposition, a possessive or "under"', () => {
  test('"X, from the Y Party" and "X, of the Y Union" make a member; a place or a plain noun does not', () => {
    const roles = rolesOf('Peter Walusimbi, from the Popular Renewal Party (PRP), won 3 million votes. Dana Kirsch, of the Liberal Democratic Union, won 237 seats.');
    expect(roles).toContain('Peter Walusimbi | member | Popular Renewal Party');
    expect(roles).toContain('Dana Kirsch | member | Liberal Democratic Union');
    expect(rolesOf('Peter Walusimbi, from the Harbor Ministry, spoke.').some((r) => r.includes('member'))).toBe(false);
    expect(rolesOf('Peter Walusimbi from the Popular Renewal Party spoke.').some((r) => r.includes('member'))).toBe(false);
  });

  test('a quoted name in the complement ("one of the leaders of the “X” bloc") is the body', () => {
    expect(roleAt(rolesOf('Tomas Verhoef, one of the leaders of the “Citizens First” bloc, said the vote was rigged.'), 'Tomas Verhoef', 'Citizens First')).toBe(true);
  });

  test('"leader of the main opposition party, the X Party" names the party after its kind', () => {
    expect(roleAt(rolesOf('Karim Haddad, leader of the main opposition party, the National Unity Party (NUP), came second.'), 'Karim Haddad', 'National Unity Party')).toBe(true);
    // a person after the comma is no name of the body
    expect(rolesOf('Karim Haddad, leader of the main opposition party, the city, said so.').some((r) => r.endsWith('| city'))).toBe(false);
  });

  test('"led by A and B" makes both leaders', () => {
    const roles = rolesOf('The Harbor Alliance led by Hadi al-Amiri and Omar Rashid called for talks.');
    expect(roleAt(roles, 'Hadi al-Amiri', 'Harbor Alliance')).toBe(true);
    expect(roleAt(roles, 'Omar Rashid', 'Harbor Alliance')).toBe(true);
  });

  test('"Y (ACR)’s leader, X," and "X, Y’s chief announced Z’s victory" keep the body', () => {
    expect(roleAt(rolesOf('The Harbor Democratic Forces (HDF)’s leader, Omar Rashid, has announced a deal.'), 'Omar Rashid', 'Harbor Democratic Forces')).toBe(true);
    expect(rolesOf('Mahmood Yakubu, HEC’s chief announced Omar Rashid’s victory overnight.')).toContainEqual(expect.stringMatching(/^Mahmood Yakubu \| .*chief \| HEC$/));
    // a possessive right after the role noun still makes it a possessor ("the minister’s adviser")
    expect(rolesOf('Omar Rashid, the minister’s adviser, spoke.').some((r) => /\| minister \|/.test(r))).toBe(false);
  });

  test('a person\'s possessive before a body and its kind ("X’s HTS forces", "X’s group, the Y,") makes a leader', () => {
    const text = 'Omar Rashid visited Paris. Rashid’s HDF forces attacked the town. Rashid’s group, the Harbor Liberation Front (HLF), was linked to al-Qaeda.';
    const roles = rolesOf(text);
    expect(roleAt(roles, 'Rashid', 'HDF')).toBe(true);
    expect(roleAt(roles, 'Rashid', 'Harbor Liberation Front')).toBe(true);
    // a body with no kind after it is no party of the possessor
    expect(roleAt(rolesOf('Omar Rashid visited Paris. Rashid’s Harbor Ministry answered.'), 'Rashid', 'Harbor Ministry')).toBe(false);
  });

  test('"the VVD under new leader X" makes X its leader', () => {
    expect(rolesOf('That leaves the liberal Freedom Alliance under new leader Marek Novak in third place.')).toContain('Marek Novak | leader | Freedom Alliance');
    expect(rolesOf('The Freedom Alliance under pressure from Marek Novak collapsed.').some((r) => r.startsWith('Marek Novak'))).toBe(false);
  });
});
