// A body's other name in parentheses right after it is one node, seen in batch 223 after its first contact ("al-Hashd
// al-Shaabi (Popular Mobilization Forces)"). Invented names throughout.
import { aliasesOf, build, names } from './helpers.js';

describe('a body\'s other name in parentheses', () => {
  test('"Jaysh al-Harbi (Harbor National Army)": one organization, the other name an alias', () => {
    const data = build(['Four militants were killed by a shelling of Jaysh al-Harbi (Harbor National Army) on Sunday. The Harbor National Army said the raid went well.']);
    const [one, ...more] = names(data, 'Organization');
    expect(more).toEqual([]);
    expect([one, ...aliasesOf(data, one!)]).toEqual(expect.arrayContaining(['Jaysh al-Harbi', 'Harbor National Army']));
  });

  test('"the Harbor Equality and Freedom Party (HEF Party)": a short name that spells no acronym', () => {
    const data = build(['Two mayors from the Harbor Equality and Freedom Party (HEF Party) were detained. The HEF Party called it a coup.']);
    expect(names(data, 'Organization')).toEqual(['Harbor Equality and Freedom Party']);
  });

  test('two bodies apart in the sentence stay two', () => {
    const data = build(['The Harbor National Forces and the Northern Defense Council met on Sunday.']);
    expect(names(data, 'Organization')).toEqual(['Harbor National Forces', 'Northern Defense Council']);
  });
});
