// A national outlet's own country for bare offices, al-Qaeda's regional branches as names of their own, and a pronoun
// after an unnamed person's reported speech, from the affiliation, organization and speaker misses of real batches
// 1-406 (thirty-first session). Sentences are invented; the kinds of phrase are real.
import { mentionsOf, rolesOfArticle, speakersOf } from './helpers.js';

/** The roles of a short article on a cabinet crisis as an outlet (front matter `source`) printed it. */
const rolesWithSource = (source: string | null, body: string): string[] => rolesOfArticle('Government in crisis', body, '2017-04-27', source);

describe('the outlet\'s own country for bare offices when the text decides nothing', () => {
  const body = [
    'Government in crisis',
    'During a session of government on Thursday, Prime Minister Ivo Kranjec decided to dismiss Interior Minister Petar Horvat.',
    'Horvat voted against the budget, which the opposition called a gift to the largest company in Croatia.',
  ].join('\n');

  test('"Total Croatia News": the prime minister and the interior minister are Croatia\'s', () => {
    expect(rolesWithSource('Total Croatia News', body)).toEqual(expect.arrayContaining(['Ivo Kranjec | Prime Minister | Croatia', 'Petar Horvat | Interior Minister | Croatia']));
  });

  test('an outlet whose name names no country gives none', () => {
    expect(rolesWithSource('Reuters', body)).not.toContain('Ivo Kranjec | Prime Minister | Croatia');
    expect(rolesWithSource(null, body)).not.toContain('Ivo Kranjec | Prime Minister | Croatia');
  });

  test('the outlet\'s country must be named in the text, and more often than any other', () => {
    const elsewhere = body.replace('in Croatia', 'in the region');
    expect(rolesWithSource('Total Croatia News', elsewhere)).not.toContain('Ivo Kranjec | Prime Minister | Croatia');
    const both = body.replace('in Croatia', 'in Croatia and the one in Slovenia, and the Slovenian government');
    expect(rolesWithSource('Total Croatia News', both)).not.toContain('Ivo Kranjec | Prime Minister | Croatia');
  });
});

describe('al-Qaeda\'s regional branches', () => {
  test.each([
    ['Al-Qaeda in the Arabian Peninsula claimed the attack in Aden.', 'Organization:Al-Qaeda in the Arabian Peninsula'],
    ['The leader of al-Qaida in Iraq was killed near Baquba.', 'Organization:al-Qaida in Iraq'],
    ['Al Qaeda in the Islamic Maghreb said it held the hostages.', 'Organization:Al Qaeda in the Islamic Maghreb'],
  ])('%s', (text, expected) => {
    const found = mentionsOf(text);
    expect(found).toContain(expected);
    expect(found).not.toContain('Place:Iraq');
  });

  test('al-Qaeda active in a country is al-Qaeda and the country', () => {
    expect(mentionsOf('Al-Qaeda leaders met in Iraq last year.')).toEqual(expect.arrayContaining(['Organization:Al-Qaeda', 'Place:Iraq']));
  });
});

describe('a pronoun after an unnamed person\'s reported speech', () => {
  test('"A man who survived the attack told … that …. ¶ “…,” he said" is the man\'s', () => {
    expect(speakersOf('A man who survived the attack told Myanmar Now that it came without warning.\n\n“We did not even hear the aircraft,” he said.')).toEqual(['a man']);
  });

  test('a named speaker since is nearer', () => {
    expect(speakersOf('A witness told Reuters that the shelling went on all night. Ravi Toma arrived in the morning.\n\n“We are hopeful,” he said.')).toEqual(['Ravi Toma']);
  });

  test('a definite description points further back, not to the sentence before', () => {
    expect(speakersOf('“The attack is the work of militants,” a security official said.\n\n“They used machine guns,” the official told reporters. “Eleven soldiers were killed,” he said.')).toEqual(['a security official', 'a security official', 'a security official']);
  });
});
