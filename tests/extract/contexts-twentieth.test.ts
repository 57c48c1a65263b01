// General patterns from the misses of the real batches 251-254, written in the twentieth session before the first
// contacts of batches 255-258 were recorded. Sentences are invented; the places are real because the rules read the
// gazetteer.
import { mentionsOf, rolesOf, speakersOf } from './helpers.js';

describe('a name put into an office by any word of appointment is a person', () => {
  test('"X was reelected as president"', () => {
    expect(mentionsOf('Tavro Kessling was reelected as president during the first sitting of the new parliament.')).toContain('Person:Tavro Kessling');
  });

  test('"X was re-elected as speaker", "X was nominated as prime minister"', () => {
    const found = mentionsOf('Tavro Kessling was re-elected as speaker on Friday. Orlen Vasko was nominated as prime minister.');
    expect(found).toContain('Person:Tavro Kessling');
    expect(found).toContain('Person:Orlen Vasko');
  });

  test('not a body put into a thing that is no office ("Harbor Foods was replaced as supplier")', () => {
    expect(mentionsOf('Harbor Foods was replaced as supplier of the army last year.')).not.toContain('Person:Harbor Foods');
  });
});

describe("a person's kin named after the noun of kin", () => {
  test('"Marsh\'s wife Ilvana", a name of one word', () => {
    expect(mentionsOf("Kellan Marsh died in the crash. Marsh's wife Ilvana was also on board.")).toContain('Person:Ilvana');
  });

  test('"his daughters Lirra and Tesma": each name of a plural noun', () => {
    const found = mentionsOf('Kellan Marsh arrived on Monday with his daughters Lirra and Tesma.');
    expect(found).toContain('Person:Lirra');
    expect(found).toContain('Person:Tesma');
  });

  test('"her late husband Orlen Vasko": a word between the possessive and the noun', () => {
    expect(mentionsOf('Ilvana Marsh spoke of her late husband Orlen Vasko on Monday.')).toContain('Person:Orlen Vasko');
  });

  test('not a common word ("his brother Frank spoke") nor a place ("his son Baghdad")', () => {
    const found = mentionsOf('Kellan Marsh was there, and his brother Frank spoke. Her son Baghdad-bound was late.');
    expect(found).not.toContain('Person:Frank');
    expect(found.filter((m) => m.startsWith('Person:Baghdad'))).toEqual([]);
  });

  test('not after a body\'s possessive ("its sister company Harbor Foods")', () => {
    expect(mentionsOf('Zorvek Energy said its sister company Harbor Foods would close.')).not.toContain('Person:Harbor Foods');
  });
});

describe('offices of a people\'s leaders, with words before the title', () => {
  test('"Kenyan leaders, including embattled Prime Minister X" is Kenya\'s', () => {
    expect(rolesOf('The envoy met a range of Kenyan leaders, including embattled Prime Minister Tavro Kessling.')).toContain('Tavro Kessling | Prime Minister | Kenya');
  });
});

describe('"X was to become the first … of Y"', () => {
  test('the office the subject was to take', () => {
    expect(rolesOf('Amira Tesslan was to become the first female prime minister of Kenya as her coalition headed for victory.'))
      .toContain('Amira Tesslan | first female prime minister of Kenya | Kenya');
  });

  test('"is to be the next" too', () => {
    expect(rolesOf('Amira Tesslan is to be the next president of the Harbor Trust, the board said.').some((r) => r.startsWith('Amira Tesslan | next president of the Harbor Trust'))).toBe(true);
  });
});

describe('names listed before a plural noun of provinces', () => {
  test('"in Nainawa and Diala provinces": a given name may be a province', () => {
    const found = mentionsOf('Turnout was higher in Nainawa and Diala provinces than in the rest of Iraq.');
    expect(found).toContain('Place:Nainawa');
    expect(found).toContain('Place:Diala');
  });

  test('not before "areas" ("in the Maria and Omar areas" stays unread)', () => {
    expect(mentionsOf('Turnout was higher in the Maria and Omar areas than elsewhere.')).not.toContain('Place:Maria');
  });
});

describe('a word of creed or leaning alone names no body', () => {
  test('"the only Islamist party", "Islamist movement Hamas"', () => {
    const found = mentionsOf('Nour is the only Islamist party left. The deal was signed by the chief of Islamist movement Hamas, which rules Gaza.');
    expect(found.filter((m) => m.startsWith('Organization:Islamist'))).toEqual([]);
    expect(found).toContain('Organization:Hamas');
  });
});

describe('a title after a body\'s name is no part of it', () => {
  test('"the White House Press Secretary": the body is the White House, and its office\'s statement speaks for it', () => {
    const text = '“This agreement marks an important opportunity for unity,” said a statement issued by the office of the White House Press Secretary.';
    expect(mentionsOf(text)).toContain('Organization:White House');
    expect(mentionsOf(text)).not.toContain('Organization:White House Press');
    expect(speakersOf(text)).toEqual(['White House']);
  });

  test('"the Associated Press" keeps its head word', () => {
    expect(mentionsOf('The minister spoke to the Associated Press on Monday.').some((m) => /^Organization:(?:the )?Associated Press$/i.test(m))).toBe(true);
  });
});
