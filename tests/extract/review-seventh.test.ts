// Cases an adversarial review of the seventh session's rules found wrong (invented sentences): each failed before its fix.
import { extract, mentionsOf, rolesOf, speakersOf as speakers } from './helpers.js';

describe('the seventh session’s rules held back where they overreached', () => {
  test('a state’s own office is no federal one; only legislators a state sends to Washington are', () => {
    expect(rolesOf('Texas Attorney General Ivo Horvat sued the company on Monday.')).toEqual(['Ivo Horvat | Attorney General | ']);
  });

  test('"the group’s Secretary General" is no office of a state’s army named just before', () => {
    const text = 'The Harbor Front fired rockets at the border. The Israeli army said it intercepted most of them. The group’s Secretary General Ivo Horvat said the attacks would go on.';
    expect(rolesOf(text)).toEqual(['Ivo Horvat | Secretary General | ']);
  });

  test('"the army" in a sentence that names two countries is the army of neither', () => {
    expect(mentionsOf('Israeli jets struck villages in southern Lebanon overnight, and the army said it had hit launchers.').filter((m) => m.startsWith('Organization'))).toEqual([]);
  });

  test('an apostrophe after a name ending in s is a possessive, not part of the name', () => {
    expect(mentionsOf('Former prime minister Ivo Horvatis’ Unity party lost.')).toEqual(['Person:Ivo Horvatis', 'Organization:Unity party']);
  });

  test('parties, firms and films are convicted, elected and shot too: no person from those', () => {
    expect(mentionsOf('Golden Harbor was convicted of running a criminal organisation. Civic Harbor was elected in 2023.')).toEqual([]);
  });

  test('"the ruling" as a noun names no party after it', () => {
    expect(mentionsOf('The court upheld the ruling Wednesday, and the ruling Harbor Unity party welcomed it.')).toEqual(['Organization:Harbor Unity party']);
  });

  test('a statement after a sentence about a news agency is not the agency’s', () => {
    expect(speakers('Reuters could not independently verify the claims. “Our forces repelled the attack,” a statement read.')).toEqual(['a statement']);
  });

  test('a title "of the ORG (ACR)" before "said" is no person; the body speaks', () => {
    expect(speakers('“The talks will resume next week,” Special Envoy of the African Union (AU) said on Monday.')).toEqual(['African Union']);
  });

  test('a speaker presides over no UN assembly', () => {
    expect(rolesOf('The UN General Assembly voted for a ceasefire on Friday. Speaker Ivo Horvat called the vote a disgrace.')).toEqual(['Ivo Horvat | Speaker | ']);
  });

  test('a person’s name before a known body is its owner, not part of its name', () => {
    expect(mentionsOf('Critics say the Biden Justice Department moved too slowly.')).toEqual(['Organization:Justice Department']);
  });

  test('a plain "Islamic state" is no group', () => {
    expect(mentionsOf('They want an Islamic state governed by sharia.')).toEqual([]);
  });

  test('"a Druze village" names a kind of village; "the daily Angelus" no outlet', () => {
    expect(mentionsOf('Rescuers reached a Druze village in the Golan Heights. The pope led the daily Angelus prayer.')).toEqual(['Place:Golan Heights']);
  });

  test('a given name with a Romance surname is no place', () => {
    expect(mentionsOf('The candidate Israel de la Rosa said he would appeal.').some((m) => m === 'Place:Israel de la Rosa')).toBe(false);
  });

  test('a "so-called" name after "condemned" is no quotation', () => {
    expect(extract('Rights groups condemned the so-called “foreign agents” law passed on Tuesday.').quotes).toEqual([]);
  });

  test('left out of the review’s fifteen, fixed after it: bracketed short names, a river, another mayor, "VC-backed"', () => {
    expect(mentionsOf('The offices of the Great Harbor Movement Party (Gerindra) burned.')).toEqual(['Organization:Great Harbor Movement Party']);
    expect(mentionsOf('Flooding along the Tisza worsened. Voters backed the Tisza party.')).toEqual(['Organization:Tisza party']);
    expect(rolesOf('The mayor of Paris, Anne Hidalgo, welcomed it. Mayor Ivo Horvat said the city was calm.').filter((r) => r.startsWith('Ivo'))).toEqual(['Ivo Horvat | Mayor | ']);
    expect(mentionsOf('VC-backed startups grew.')).toEqual([]);
  });
});
