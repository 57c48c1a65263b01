// The people and organizations a one-event sentence names, beyond those a pattern ties to the event: parties with the
// role `named` (from the events' participant misses over real batches 1-314, twenty-second session). Sentences and
// names are invented; they never merge two reports of different happenings.
import type { GraphData } from '../../../graph-schema/index.js';
import type { Article } from '../../../src/ingest/index.js';
import { buildFromArticles } from '../../../src/pipeline/index.js';
import { extract } from '../helpers.js';

/** `name:role` of every party of the sentence's events, by event type. */
function parties(text: string): Record<string, string[]> {
  const x = extract(text);
  const out: Record<string, string[]> = {};
  for (const e of x.events ?? []) out[e.eventType] = e.participants.map((p) => `${x.mentions[p.mention]!.text}:${p.role}`);
  return out;
}

describe('named parties of a sentence that tells of one event', () => {
  const rows: [string, string, string[], string[]][] = [
    // [sentence, event type, named, not named]
    ['Kellan Marsh led the Harbor Party to a convincing victory in Thursday\'s general election, reversing the drubbing the party suffered at the hands of the Valley Movement.',
      'election', ['Valley Movement:named'], []],
    ['The Harbor Front, which the Valley Movement accused of rigging, lost Sunday\'s parliamentary election by six seats.', 'election', ['Valley Movement:named'], []],
    // The one who tells of it, an outlet, a possessor: none takes part.
    ['Ivo Horvat said the Harbor Front attacked two border posts on Monday.', 'attack', [], ['Ivo Horvat']],
    ['The Harbor Front attacked two border posts on Monday, Ivo Horvat, the army spokesman, told reporters.', 'attack', [], ['Ivo Horvat']],
    ['The Harbor Front attacked two border posts on Monday, according to the Valley Movement.', 'attack', [], ['Valley Movement']],
    ['Kellan Marsh\'s adviser Ivo Horvat was arrested on Monday.', 'arrest', [], ['Kellan Marsh']],
    // Inside a quotation the name is the speaker's words, not the report's.
    ['"The Valley Movement never forgave us," Kellan Marsh said after the vote on Monday.', 'vote', [], ['Valley Movement']],
  ];
  test.each(rows)('%s', (sentence, type, named, not) => {
    const found = parties(sentence)[type];
    expect(found).toBeDefined();
    for (const n of named) expect(found).toContain(n);
    for (const n of not) expect(found!.filter((p) => p === `${n}:named`)).toEqual([]);
  });

  test('countries are not named parties: they are places and backdrops more often than parties', () => {
    const found = parties('Gunmen attacked a checkpoint near El Arish in Egypt on Monday, the Harbor Front said.')['attack'] ?? [];
    expect(found.filter((p) => p.startsWith('Egypt:'))).toEqual([]);
  });

  // Thirty-ninth session: a sentence that tells of two kinds of event names each name in the nearest one whose clause
  // holds it (it named none before; participants found over real batches 1-470, 8616 to 9272).
  test('a sentence that tells of two kinds of event names each party in the nearest event of its clause', () => {
    const found = parties('The Valley Movement won Sunday\'s election, two days after gunmen attacked the offices of the Harbor Front.');
    expect(found['attack']).toContain('Harbor Front:named');
    expect(found['election']?.filter((p) => p === 'Harbor Front:named')).toEqual([]);
  });
});

describe('named parties in the graph', () => {
  const article = (n: number, date: string, text: string): Article => ({ id: `article:named${n}`, path: `named${n}.txt`, title: `Named ${n}`, date, source: null, url: null, text });

  test('a named party is a PARTICIPATED_IN with role "named" and its rule, beside the parties of the patterns', () => {
    const { data } = buildFromArticles([article(1, '2024-03-05', 'Kellan Marsh won Sunday\'s presidential election, reversing the defeat the Harbor Party suffered at the hands of the Valley Movement.')]);
    const election = data.nodes.flatMap((n) => (n.type === 'Event' && n.eventType === 'election' ? [n] : []))[0]!;
    const named = data.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && r.target === election.id && 'role' in r && r.role === 'named');
    expect(named.map((r) => r.source)).toContain('organization:valley-movement');
    expect(named.every((r) => 'rule' in r && String(r.rule).includes('events/named-in-sentence'))).toBe(true);
  });

  test('attacks of one day in two cities that only name the same organization stay two events', () => {
    const { data } = buildFromArticles([
      article(1, '2024-03-05', 'Gunmen attacked a checkpoint in Lviv on Monday in a town the Valley Movement holds.'),
      article(2, '2024-03-05', 'Gunmen attacked a market in Odesa on Monday in a town the Valley Movement holds.'),
    ]);
    const attacks = (data as GraphData).nodes.flatMap((n) => (n.type === 'Event' && n.eventType === 'attack' ? [n] : []));
    expect(attacks.map((e) => e.date)).toEqual(['2024-03-04', '2024-03-04']);
    const named = data.relationships.filter((r) => r.type === 'PARTICIPATED_IN' && 'role' in r && r.role === 'named' && r.source === 'organization:valley-movement');
    expect(named.length).toBe(2);
  });
});
