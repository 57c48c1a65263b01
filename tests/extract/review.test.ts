// Cases an adversarial review of this session's rules found wrong (invented sentences): each row failed before its fix.
import { extract, mentionsOf, rolesOf } from './helpers.js';

describe('rules held back where they overreached', () => {
  const rows: [string, string[]][] = [
    // an ordinal before a known acronym is no unit; a numeral after a capitalized word belongs to that name
    ['Allies marked the 75th NATO anniversary in Washington.', ['Organization:NATO', 'Place:Washington']],
    // a dash and an operation join only a command or task force
    ['The assault by Hamas — Operation Al-Aqsa Flood, as the group called it — killed hundreds.', ['Organization:Hamas']],
    // "Copyright Office" is an office, not a copyright notice
    ['Copyright Office director Shira Perlmutter was fired on Saturday.', ['Organization:Copyright Office', 'Person:Shira Perlmutter']],
    // no town after a bare preposition for a common word, a given name or a possessor
    ['He believes in God and served in Bush’s cabinet.', []],
    // no district for an adjective or a date range
    ['Profits rose in the July-September quarter in a Shiite neighbourhood.', []],
  ];
  test.each(rows)('%s', (text, expected) => {
    expect(mentionsOf(text).filter((m) => !m.startsWith('Person:Bush'))).toEqual(expected);
  });

  test('a visitor in the dateline city gets no country from the dateline', () => {
    expect(rolesOf('TEL AVIV, Israel — President Ana Ruiz landed in Israel on Wednesday.', true)).toEqual(['Ana Ruiz | President | ']);
  });

  test('a mayor belongs to a city named before the title, not one named after', () => {
    expect(rolesOf('Mayor Ivo Horvat said buses from Texas kept arriving every day.')).toEqual(['Ivo Horvat | Mayor | ']);
  });

  test('a spokesperson in a new paragraph does not speak for the organization of the paragraph before', () => {
    expect(rolesOf('The Harbor Front fired rockets on Monday.\n\nSpokesman Ivo Horvat said the port was safe.')).toEqual(['Ivo Horvat | Spokesman | ']);
  });

  test('a quotation running over a line break stays one quote with its speaker', () => {
    const x = extract('The plan was set.\n\n“We will fight on the beaches and in the fields.\nWe will never surrender to anyone,” Prime Minister Ana Ruiz said.');
    expect(x.quotes!.map((q) => (q.speaker?.kind === 'mention' ? x.mentions[q.speaker.mention]!.text : null))).toEqual(['Ana Ruiz']);
  });

  test('a quote paragraph after a paragraph whose last sentence attributes nothing has no speaker from it', () => {
    const x = extract('“We will rebuild every house,” said Mayor Ivo Horvat. Residents described a night of shelling.\n\n“The windows shattered and we ran down to the basement with the children.”');
    const second = x.quotes!.find((q) => q.text.startsWith('The windows'));
    expect(second && second.speaker?.kind === 'mention' ? x.mentions[second.speaker.mention]!.text : null).not.toBe('Ivo Horvat');
  });

  test('a run-on sentence of hundreds of attributions is extracted in linear time', () => {
    // The fastest of three runs: a shared machine's pauses are not the extractor's time.
    const time = (n: number) => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        extract(`${'The minister told Kurdistan24 that '.repeat(n)}the port was open.`);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(50);
    expect(time(400)).toBeLessThan(20 * Math.max(time(100), 5));
  });
});
