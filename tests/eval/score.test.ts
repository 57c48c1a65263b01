// The scorer on small fixtures: matching, duplicates, optional entries, quotes, attribution, affiliations.
import type { GraphData } from '../../graph-schema/index.js';
import { foldName, renderReport, scoreGraph, type GoldFile } from '../../src/eval/index.js';

const ev = { articleId: 'article:a', sentence: 's', start: 0, end: 1, rule: 'test' };

const gold: GoldFile[] = [{
  article: 'a.txt', date: '2024-01-01',
  entities: [
    { name: 'Muqtada al-Sadr', type: 'Person', aliases: ['Sadr'] },
    { name: 'Joseph Dunford', type: 'Person', aliases: [] },
    { name: 'Pentagon', type: 'Organization', aliases: [] },
    { name: 'Iraq', type: 'Place', aliases: [] },
  ],
  optional: [{ name: 'Iraqi military', type: 'Organization', aliases: [] }],
  quotes: [
    { speaker: 'Joseph Dunford', starts: 'We view our relationship with Iraq as a partnership' },
    { speaker: 'a senior defense official', starts: 'The timing is not related to recent attacks' },
    { speaker: 'Muqtada al-Sadr', starts: 'Never again will we accept it' },
  ],
  affiliations: [
    { person: 'Joseph Dunford', org: 'Pentagon', role: 'chairman' },
    { person: 'Muqtada al-Sadr', org: '', role: 'cleric' },
    { person: 'Muqtada al-Sadr', org: 'Mahdi Army', role: 'leader' },
  ],
  events: [],
  optional_events: [],
}];

const graph: GraphData = {
  nodes: [
    { id: 'person:moqtada-al-sadr', type: 'Person', name: 'Moqtada al-Sadr', aliases: ['Sadr'], roles: ['firebrand cleric'] },
    { id: 'person:sadr', type: 'Person', name: 'Sadr', aliases: [] },
    { id: 'person:joseph-dunford', type: 'Person', name: 'Joseph Dunford', aliases: ['Dunford'] },
    { id: 'person:nobody', type: 'Person', name: 'Related Content', aliases: [] },
    { id: 'organization:pentagon', type: 'Organization', name: 'The Pentagon', aliases: [] },
    { id: 'organization:iraqi-military', type: 'Organization', name: 'Iraqi military', aliases: [] },
    { id: 'source:a:x', type: 'Source', name: 'a senior defense official', aliases: ['senior defense official'], kind: 'unnamed-person' },
    { id: 'statement:a:1', type: 'Statement', text: '“We view our relationship with Iraq as a partnership, and that”', articleId: 'article:a', start: 1, end: 60 },
    { id: 'statement:a:2', type: 'Statement', text: 'The timing is not related to recent attacks.', articleId: 'article:a', start: 70, end: 120 },
  ],
  relationships: [
    { id: 'said:1', type: 'SAID', source: 'person:joseph-dunford', target: 'statement:a:1', ...ev },
    { id: 'said:2', type: 'SAID', source: 'person:nobody', target: 'statement:a:2', ...ev },
    { id: 'holds-role:1', type: 'HOLDS_ROLE', source: 'person:joseph-dunford', target: 'organization:pentagon', role: 'chairman', ...ev },
  ],
};

describe('scoreGraph', () => {
  const report = scoreGraph(graph, gold);
  const byType = Object.fromEntries(report.entities.map((s) => [s.type, s]));

  test('names are folded: case, leading "the", trailing \'s, punctuation', () => {
    expect(foldName('The Pentagon’s')).toBe('pentagon');
    expect(foldName('U.S.-led coalition')).toBe(foldName('US-led coalition'));
  });

  test('a second node for a matched gold entity is a duplicate false positive; unknown nodes are false positives', () => {
    expect(byType.Person).toMatchObject({ tp: 2, fp: 2, fn: 0 });
    expect(byType.Person!.falsePositives.map((f) => f.why).sort()).toEqual(['duplicate', 'no gold entity']);
  });

  test('optional entries are neither required nor penalised', () => {
    expect(byType.Organization).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  test('a gold entity no node names is a miss', () => {
    expect(byType.Place).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, f1: 0 });
    expect(byType.Place!.misses).toEqual(['Iraq']);
  });

  test('quotes are found by their first six words and attributed through SAID', () => {
    expect(report.quotes).toMatchObject({ total: 3, found: 2, attributed: 1 });
    expect(report.quotes.misattributed[0]).toContain('Related Content');
  });

  test('affiliations: an edge in either direction, or a matching role when the gold names no organization', () => {
    expect(report.affiliations).toMatchObject({ total: 3, found: 2 });
    expect(report.affiliations.misses).toEqual(['Muqtada al-Sadr — Mahdi Army (leader)']);
  });

  test('the report prints the table, the empty-organization rule and, verbose, the misses', () => {
    const text = renderReport(report, true);
    expect(text).toMatch(/Person\s+2\s+2\s+0\s+0\.500\s+1\.000\s+0\.667/);
    expect(text).toContain('quotes        found 2/3');
    expect(text).toContain('rule: an affiliation with no organization');
    expect(text).toContain('+ Related Content (no gold entity)');
  });
});

describe('scoreGraph: events and stance', () => {
  const at = (articleId: string, sentence: string) => ({ articleId, sentence, start: 0, end: sentence.length, rule: 'test' });
  const S1 = 'Iranian missiles struck Ain al-Asad Air Base on Jan. 8, 2020.';
  const S2 = 'The missile attack on the base injured dozens of troops.';
  const S3 = 'The two leaders met in Baghdad on Tuesday to discuss the talks.';
  const event = (id: string, type: string, mentions: string[], extra: Partial<GoldFile['events'][number]> = {}): GoldFile['events'][number] => ({
    id, type, mentions, date: null, place: null, participants: [], modality: 'occurred', salience: 'main', ...extra,
  });
  const files: GoldFile[] = [
    { article: 'a.txt', entities: [{ name: 'Iran', type: 'Place', aliases: [] }, { name: 'Ain al-Asad Air Base', type: 'Place', aliases: [] }], optional: [], quotes: [{ speaker: 'X', starts: 'We will never accept foreign troops here', stance: 'oppose' }], affiliations: [],
      events: [
        event('e1', 'strike', ['Iranian missiles struck Ain al-Asad'], { date: '2020-01-08', place: 'Ain al-Asad Air Base', participants: ['Iran'], sameAs: 'asad-2020' }),
        event('e2', 'meeting', ['The two leaders met'], { date: '2024-01-16', salience: 'background', modality: 'planned' }),
      ], optional_events: [] },
    { article: 'b.txt', entities: [], optional: [], quotes: [], affiliations: [],
      events: [event('e1', 'attack', ['The missile attack on the base'], { date: '2020-01', sameAs: 'asad-2020' })], optional_events: [] },
  ];
  const graph: GraphData = {
    nodes: [
      { id: 'place:iran', type: 'Place', name: 'Iran', aliases: [] },
      { id: 'place:asad', type: 'Place', name: 'Ain al-Asad Air Base', aliases: [] },
      { id: 'event:strike', type: 'Event', name: 'Iranian missile strike', eventType: 'strike', date: '2020-01', dateText: null },
      { id: 'event:attack', type: 'Event', name: 'attack', eventType: 'attack', date: '2020-01-08', dateText: null },
      { id: 'event:junk', type: 'Event', name: 'Related links', eventType: 'other', date: null, dateText: null },
      { id: 'event:meeting', type: 'Event', name: 'meeting', eventType: 'meeting', date: '2024-01-16', dateText: null, modality: 'planned' } as GraphData['nodes'][number],
      { id: 'statement:1', type: 'Statement', text: 'We will never accept foreign troops here, ever.', articleId: 'article:a', start: 0, end: 10 },
    ],
    relationships: [
      { id: 'r1', type: 'PARTICIPATED_IN', source: 'place:iran', target: 'event:strike', role: 'attacker', ...at('article:a', S1) },
      { id: 'r2', type: 'OCCURRED_IN', source: 'event:strike', target: 'place:asad', ...at('article:a', S1) },
      { id: 'r3', type: 'OCCURRED_IN', source: 'event:attack', target: 'place:asad', ...at('article:b', S2) },
      { id: 'r4', type: 'OCCURRED_IN', source: 'event:junk', target: 'place:asad', ...at('article:a', 'Related links: more news.') },
      { id: 'r5', type: 'OCCURRED_IN', source: 'event:meeting', target: 'place:asad', ...at('article:a', S3) },
    ],
  };
  const ids = new Map([['a.txt', 'article:a'], ['b.txt', 'article:b']]);
  const report = scoreGraph(graph, files, ids);

  test('an event is found by a node whose evidence sentence, in its own article, holds a mention and whose type is of the family', () => {
    expect(report.events).toMatchObject({ gold: 3, found: 3, nodes: 4, unmatched: 1 });
    expect(report.events.falsePositives[0]).toContain('Related links');
    // The same evidence from another article does not count.
    const elsewhere = scoreGraph(graph, files, new Map([['a.txt', 'article:b'], ['b.txt', 'article:a']]));
    expect(elsewhere.events.found).toBe(0);
  });

  test('two nodes for one happening: a duplicate, and the reports of two articles are not one node', () => {
    expect(report.events.duplicates).toBe(1);
    expect(report.events.multiReport).toEqual({ total: 1, oneNode: 0 });
    expect(report.events.precision).toBeCloseTo((4 - 1 - 1) / 4);
  });

  test('date at the gold precision, a less precise date is partial; place, participants and modality from the node', () => {
    expect(report.events.date).toEqual({ total: 3, right: 2, partial: 1 });
    expect(report.events.place).toEqual({ total: 1, right: 1 });
    expect(report.events.participants).toEqual({ total: 1, found: 1 });
    expect(report.events.modality).toEqual({ total: 1, right: 1 });
    expect(report.events.main).toEqual({ total: 2, found: 2 });
  });

  test('a node reporting two happenings is a false merge', () => {
    const merged: GraphData = { ...graph, relationships: [...graph.relationships, { id: 'r6', type: 'OCCURRED_IN', source: 'event:meeting', target: 'place:asad', ...at('article:a', S1) }] };
    const withMeetingType = scoreGraph({ ...merged, nodes: merged.nodes.map((n) => (n.id === 'event:meeting' ? { ...n, name: 'Iranian missiles' } : n)) }, files, ids);
    expect(withMeetingType.events.falseMerges).toBe(1);
  });

  test('stance: the Statement property, absent = n/a, over all quotes and those taking a side', () => {
    expect(report.stance).toEqual({ total: 1, right: 0, sided: 1, sidedRight: 0 });
    const withStance = scoreGraph({ ...graph, nodes: graph.nodes.map((n) => (n.type === 'Statement' ? { ...n, stance: 'oppose' } as GraphData['nodes'][number] : n)) }, files, ids);
    expect(withStance.stance).toEqual({ total: 1, right: 1, sided: 1, sidedRight: 1 });
    expect(renderReport(withStance, false)).toContain('stance        right 1/1 (100.0%)');
  });
});
