// Members of bodies and the issuers of statements, from the affiliation and speaker misses of real batches 1-398
// (twenty-ninth session). Sentences are invented; the kinds of body are real.
import { mentionsOf, rolesOf, speakersOf, ruleRolesOf } from './helpers.js';

describe('a member named after the body', () => {
  test.each([
    ['Harbor Front member Ali Baraka was killed on Monday.', ['Ali Baraka | member | Harbor Front']],
    ['Provincial Council member Sami Haddad was shot dead.', ['Sami Haddad | member | Provincial Council']],
    ['Harbor Front members Ali Baraka and Sami Haddad were arrested.', ['Ali Baraka | member | Harbor Front', 'Sami Haddad | member | Harbor Front']],
  ])('%s', (text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  test('"member States" names no one', () => {
    const text = 'There was engagement with member States, and the Member States agreed, Ali Baraka said.';
    expect(mentionsOf(text).filter((m) => m.startsWith('Person:'))).toEqual(['Person:Ali Baraka']);
  });

  test('an office after "members of" stays the person\'s own title', () => {
    expect(rolesOf('Most of the senators were members of President Ravi Toma\'s party.')).toEqual(['Ravi Toma | President | ']);
  });
});

describe('a person from a party, whatever words describe it', () => {
  test.each([
    ['He beat his rival Ognjen Kadić from the opposition Alliance for Change by 12,000 votes.', ['Ognjen Kadić | member | Alliance for Change']],
    ['Ognjen Kadić, from the Movement for Democratic Change, conceded.', ['Ognjen Kadić | member | Movement for Democratic Change']],
    ['Rodrigo Vaz, from the centrist Christian Democratic Party, won 54% of the vote.', ['Rodrigo Vaz | member | Christian Democratic Party']],
  ])('%s', (text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  test('a ministry is no party: "from the Ministry of Defence" makes no member', () => {
    expect(ruleRolesOf('Ognjen Kadić from the Ministry of Defence said the camp was closed.')).toEqual([]);
  });
});

describe('a statement speaks for the body that issued it', () => {
  test.each([
    ['“The camp will close,” according to a statement issued by the official Harbor Press Agency.', ['Harbor Press Agency']],
    ['A statement provided to Reuters by the Harbor Front said, “The camp will close on Monday.”', ['Harbor Front']],
    ['The Harbor Front said on Sunday that two of its members were killed.\n\n“The attack on our headquarters was cowardly,” the statement said.', ['Harbor Front']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('a person who spoke last does not take the statement', () => {
    expect(speakersOf('Ali Baraka said on Sunday that two men were killed.\n\n“The attack on our headquarters was cowardly,” the statement said.')).toEqual(['the statement']);
  });
});

describe('an outlet or a platform named by its use, one word', () => {
  test.each([
    ['A member of the delegation told Kurdvision that France would stay.', 'Organization:Kurdvision'],
    ['A spokesman said in an interview with Kurdvision that there will be a response.', 'Organization:Kurdvision'],
    ['Shortly before his arrest he sent a message on Chirper saying police had surrounded his house.', 'Organization:Chirper'],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  test.each([
    ['a people', 'The prime minister told Canadians that the troops would stay.'],
    ['a person of the article', 'Ivo Horvat arrived on Monday. The minister told Horvat that the troops would stay.'],
  ])('not %s', (_, text) => {
    expect(mentionsOf(text).filter((m) => m.startsWith('Organization:'))).toEqual([]);
  });
});

describe('a monarch, a ruler, an incumbent, a strongman', () => {
  test.each([
    ['King Tamar opened the session on Monday.\n\n“We are facing serious challenges,” the 86-year-old monarch said.', ['Tamar']],
    ['President Ravi Toma won the vote.\n\n“It is a war of liberation,” the incumbent said.', ['Ravi Toma']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test('"the overthrow of long-time ruler X" names a person', () => {
    expect(mentionsOf('Since the overthrow of long-time ruler Obrek Tsanda in 2011, the country has been split.')).toContain('Person:Obrek Tsanda');
  });
});
