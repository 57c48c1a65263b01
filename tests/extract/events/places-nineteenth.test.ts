// Where an event happened and who took part, from the misses of the real batches' events (nineteenth session): a place
// named through a settlement's noun ("in the Western Ukrainian city of Lviv"), and a party after a long title.
// Sentences are invented; the places are real because the extractor reads the gazetteer.
import { extract } from '../helpers.js';

/** `type @ place` of every event, and its parties tied to it by a pattern (not those the sentence only names). */
function eventsOf(text: string): { line: string; parties: string[] }[] {
  const x = extract(text);
  return (x.events ?? []).map((e) => ({
    // The patterns' place (the learned places pass keeps it as `patternPlace` where it chose another).
    line: `${e.eventType} @ ${(e.patternPlace === undefined ? e.place : e.patternPlace) !== null ? x.mentions[(e.patternPlace === undefined ? e.place : e.patternPlace)!]!.text : '-'}`,
    // The patterns' parties: the learned pass's are not what these guards are about.
    parties: e.participants.filter((p) => !p.named && !p.learned).map((p) => x.mentions[p.mention]!.text),
  }));
}
const lines = (text: string): string[] => eventsOf(text).map((e) => e.line);

describe('a place named through a settlement\'s noun', () => {
  test('"an attack in the Western Ukrainian city of Lviv"', () => {
    expect(lines('A Russian missile attack in the Western Ukrainian city of Lviv killed seven people on Monday.')).toContain('attack @ Lviv');
  });

  test('"in the country\'s second largest town of X"', () => {
    expect(lines('Clashes erupted on Monday in the country\'s second largest town of Luganville.')).toContain('attack @ Luganville');
  });

  test('"in the Moroccan capital Rabat": a capital without "of"', () => {
    expect(lines('Speaking to reporters in the Moroccan capital Rabat on Monday, Kellan Marsh said the border would stay shut.')).toContain('interview @ Rabat');
  });

  test('"in downtown Doha"', () => {
    expect(lines('Kellan Marsh was sworn in during a ceremony in downtown Doha early on Tuesday.')).toContain('inauguration @ Doha');
  });

  test('not a noun that is no settlement\'s ("in the name of Lviv")', () => {
    expect(lines('The Harbor Front claimed the attack last week in the name of Lviv.')).not.toContain('attack @ Lviv');
  });
});

describe('a party after a long title', () => {
  test('"met visiting Acting US Assistant Secretary of State for Near Eastern Affairs X"', () => {
    const [meeting] = eventsOf('Deputy Foreign Minister Kellan Marsh met visiting Acting US Assistant Secretary of State for Near Eastern Affairs Ivo Horvat on Monday.');
    expect(meeting!.parties).toEqual(expect.arrayContaining(['Kellan Marsh', 'Ivo Horvat']));
  });

  test('not across lower-case words that open another clause', () => {
    const [meeting] = eventsOf('Deputy Foreign Minister Kellan Marsh met reporters on Monday after the long delayed arrival of Acting US Assistant Secretary Ivo Horvat.');
    expect(meeting?.parties ?? []).not.toContain('Ivo Horvat');
  });
});

describe('an election\'s candidates', () => {
  test('"has re-elected X as its leader … in a contentious election": X is a candidate', () => {
    const [election] = eventsOf('The regional state has re-elected Kellan Marsh as its leader for a fourth term in a contentious election held on Monday.');
    expect(election!.parties).toContain('Kellan Marsh');
  });

  test('"X won the election, while candidate Y conceded": both', () => {
    const [election] = eventsOf('Kellan Marsh won Sunday\'s presidential election, while candidate Ivo Horvat conceded on Monday.');
    expect(election!.parties).toEqual(expect.arrayContaining(['Kellan Marsh', 'Ivo Horvat']));
  });

  test('not a name far from any word of winning ("X said the election would be held")', () => {
    const [election] = eventsOf('Commission chief Kellan Marsh said on Monday that the presidential election would be held in May.');
    expect(election?.parties ?? []).not.toContain('Kellan Marsh');
  });
});

describe('a subject set off by a long apposition', () => {
  test('"X, the 38-year-old mayor of Manta, Ecuador\'s third-largest city, was assassinated": X is the target', () => {
    const [killing] = eventsOf('Kellan Marsh, the 38-year-old mayor of Manta, Ecuador\'s third-largest city, was assassinated on Sunday by hitmen.');
    expect(killing!.parties).toContain('Kellan Marsh');
  });

  test('not across a clause in the apposition ("X, who said that Y, was …")', () => {
    const [killing] = eventsOf('Kellan Marsh, who said that the mayor had fled, was assassinated on Sunday by hitmen in Manta.');
    expect(killing?.parties ?? []).not.toContain('Kellan Marsh');
  });
});

// Guards from the adversarial review of the session's rules.
describe('guards of the event rules', () => {
  test('no place from a participle opening ("Speaking in the Ukrainian capital Kyiv, X condemned the attack")', () => {
    expect(lines('Speaking in the Ukrainian capital Kyiv on Monday, Kellan Marsh condemned the missile attack that killed 12 people overnight.')).not.toContain('attack @ Kyiv');
  });

  test('no place from a relative clause ("X, who was born in the village of Qana, was killed in a strike")', () => {
    expect(lines('Kellan Marsh, who was born in the village of Qana, was killed in an Israeli strike on Monday.')).not.toContain('strike @ Qana');
  });

  test('no candidate from an official who declares the winner, a relative clause, or a noun of the contest', () => {
    const all = eventsOf('Election commission chairman Kellan Marsh declared the winner of Sunday\'s presidential election. Ivo Horvat urged candidates to accept the result of the election.').filter((e) => e.line.startsWith('election'));
    expect(all.flatMap((e) => e.parties)).not.toEqual(expect.arrayContaining(['Kellan Marsh']));
    expect(all.flatMap((e) => e.parties)).not.toEqual(expect.arrayContaining(['Ivo Horvat']));
  });

  test('"X, 52, a former lawmaker, was shot dead": X is the target, not the attacker', () => {
    const found = eventsOf('Kellan Marsh, 52, a former lawmaker, was shot dead on Monday in Manta.');
    expect(found.some((e) => e.parties.includes('Kellan Marsh'))).toBe(true);
    const x = extract('Kellan Marsh, 52, a former lawmaker, was shot dead on Monday in Manta.');
    const roles = (x.events ?? []).flatMap((e) => e.participants.map((p) => `${x.mentions[p.mention]!.text}:${p.role}`));
    expect(roles).not.toContain('Kellan Marsh:attacker');
  });
});

describe('the place a capture takes (twentieth session, from the misses of batches 263-266)', () => {
  test('"recaptured the southwestern town of Rutba from the militants"', () => {
    expect(lines('Iraqi forces recaptured the southwestern town of Rutba from the militants on Thursday.')).toContain('capture @ Rutba');
  });

  test('"seized Goma"', () => {
    expect(lines('Rebels seized Goma on Tuesday.')).toContain('capture @ Goma');
  });

  test('not a place beyond the capture\'s object ("seized Rutba, then drove on to Goma")', () => {
    const found = lines('Iraqi forces seized Rutba on Thursday, then drove on to Goma.');
    expect(found).toContain('capture @ Rutba');
    expect(found).not.toContain('capture @ Goma');
  });
});
