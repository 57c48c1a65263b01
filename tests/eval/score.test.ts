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
