// Organization and speaker patterns from the misses of real batches 1-322 (twenty-second session). Sentences and names
// are invented.
import { extract, rolesOf, speakersOf } from './helpers.js';

/** The organization mentions of a text: `text|key`. */
function orgs(text: string): string[] {
  const x = extract(text);
  return x.mentions.filter((m) => m.type === 'Organization').map((m) => `${m.text}|${m.key ?? ''}`);
}

describe('a lower-case head that describes the body before it ("the Sayirun alliance")', () => {
  test('"alliance", "bloc" and the bare name are one body, keyed by the capitalized words', () => {
    const found = orgs('The Qoruz alliance demanded an apology. A spokesman for Qoruz said the Qoruz bloc would vote against the budget.');
    expect(found).toEqual(expect.arrayContaining(['Qoruz alliance|name:qoruz', 'Qoruz|name:qoruz', 'Qoruz bloc|name:qoruz']));
  });

  test.each([
    ['Fighters of the Kellan Front militia attacked the base on Monday.', 'Kellan Front militia|name:kellan front'],
    ['The Qadra coalition won 42 seats in the vote.', 'Qadra coalition|name:qadra'],
    // A given name before the noun keeps it: "the Fatah bloc" stays whole.
    ['Members of the Fatah bloc walked out.', 'Fatah bloc|name:fatah bloc'],
    ['Leaders of the Border movement met in the capital.', 'Border movement|name:border movement'],
    ['Leaders of the Tazrit movement met in the capital.', 'Tazrit movement|name:tazrit'],
  ])('%s', (sentence, expected) => {
    expect(orgs(sentence)).toContain(expected);
  });

  test('"administration" and "police" are part of the name: "the Ruiz administration" is no "Ruiz"', () => {
    expect(orgs('The Ruiz administration said on Monday it would appeal.')).toContain('Ruiz administration|name:ruiz administration');
  });
});

describe('"he said" after a sentence whose subject is a lower-case title ("The prime minister said, … with X, …")', () => {
  test('the title\'s holder speaks, not the person named after "with"', () => {
    const text = 'Prime Minister and Minister of Foreign Affairs HE Sheikh Tamar bin Qoruz Al Zayed affirmed the country\'s role. '
      + 'The prime minister said, during a joint press conference with Foreign Minister Ivo Horvat, that talks were at a delicate stage.\n\n'
      + '“We have seen a misuse of this mediation,” he said.';
    expect(speakersOf(text)).toEqual(['Tamar bin Qoruz Al Zayed']);
  });

  test('a title of one word does not reach across other capitals ("the Secretary General thanked President X")', () => {
    const text = 'NATO Secretary General Ana Ruiz spoke first. The Secretary General thanked President Ivo Horvat for his leadership. '
      + '“I am deeply proud to welcome the new member,” she said.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a sentence whose subject is "he" or "she" has no named subject after it', () => {
  test('"Aged 53, he received the sash from outgoing president X. “…,” he said": the one before, not X', () => {
    const text = 'Tamar Qoruz was sworn in as president on Sunday. Aged 53, he received the sash from outgoing president Ivo Horvat. '
      + '“There is no alternative to reform,” he said in his speech.';
    expect(speakersOf(text)).toEqual(['Tamar Qoruz']);
  });

  test('"He denied giving instructions to arrest former MP X. “…,” he said": not the MP', () => {
    const text = 'President Tomas Ruiz spoke in Nakuru on Monday. He denied giving instructions to the police to arrest former MP Ivo Horvat.\n\n'
      + '“The police have said why they arrested him,” he said.';
    expect(speakersOf(text)).toEqual(['Tomas Ruiz']);
  });
});

describe('a person "of the" organization, and titles of advisers, negotiators, observers and supporters', () => {
  test.each([
    ['Tamar Qoruz of the Electoral Office of Norland will issue a statement on Monday.', 'Tamar Qoruz | member | Electoral Office of Norland'],
    ['EU observer Ivo Horvat said on Wednesday that the vote was calm.', 'Ivo Horvat | observer | EU'],
    ['Harbor Party supporter Ana Ruiz told reporters the result was disturbing.', 'Ana Ruiz | supporter | Harbor Party'],
    ['Qoruz Front legal adviser Tamar Ruiz condemned the police firing.', 'Tamar Ruiz | legal adviser | Qoruz Front'],
    // from batch 339: a co-chair's title is no part of the name
    ['Harbor Party Co-Chair Ana Ruiz said the detentions were unlawful.', 'Ana Ruiz | Co-Chair | Harbor Party'],
  ])('%s', (sentence, expected) => {
    expect(rolesOf(sentence)).toContain(expected);
  });

  test('not after a preposition: "criticism of Ana Ruiz, from the Harbor Party" is no membership', () => {
    expect(rolesOf('There was criticism of Ana Ruiz, from the Harbor Party, on Monday.').filter((r) => r.startsWith('Ana Ruiz'))).toEqual([]);
  });
});
