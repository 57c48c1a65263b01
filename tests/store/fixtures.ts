// Two small hand-made corpora that overlap in one person and one place, for the store contract suite.
import { dateRange, makeEdgeId, type GraphData, type Node, type Relationship } from '../../graph-schema/index.js';

function evidence(articleId: string, start: number, sentence: string) {
  return { articleId, sentence, start, end: start + sentence.length, rule: 'fixture' };
}

function rel(type: Relationship['type'], source: string, target: string, extra: Record<string, unknown>, ev?: ReturnType<typeof evidence>): Relationship {
  return { id: makeEdgeId(type, source, target, ev), type, source, target, ...(ev ?? {}), ...extra } as Relationship;
}

const A = 'article:aaaaaaaaaaaaaaaa';
const B = 'article:bbbbbbbbbbbbbbbb';
const MCKENZIE = 'person:frank-mckenzie';
const IRAQ = 'place:iraq';

const sentenceA = 'Gen. Frank McKenzie said: "We will stay as long as we are welcome."';
const sentenceB = 'McKenzie told reporters "the mission is not over."';

export const corpusA: GraphData = {
  nodes: [
    { id: A, type: 'Article', title: 'General says troops stay', date: '2020-01-12', ...dateRange('2020-01-12'), source: 'AP', url: null },
    { id: MCKENZIE, type: 'Person', name: 'Frank McKenzie', aliases: ['McKenzie', 'Gen. Frank McKenzie'] },
    { id: 'organization:us-central-command', type: 'Organization', name: 'U.S. Central Command', aliases: ['CENTCOM'] },
    { id: IRAQ, type: 'Place', name: 'Iraq', aliases: [], kind: 'country' },
    { id: 'statement:aaaaaaaaaaaaaaaa:27', type: 'Statement', text: 'We will stay as long as we are welcome.', articleId: A, start: 27, end: 66 },
    { id: 'event:talks:2020-01', type: 'Event', name: 'talks on the troop presence', eventType: 'talks', date: '2020-01', dateText: 'in January', ...dateRange('2020-01') },
  ] as Node[],
  relationships: [
    rel('SAID', MCKENZIE, 'statement:aaaaaaaaaaaaaaaa:27', {}, evidence(A, 0, sentenceA)),
    rel('REPORTED_IN', 'statement:aaaaaaaaaaaaaaaa:27', A, {}, evidence(A, 0, sentenceA)),
    rel('ABOUT', 'statement:aaaaaaaaaaaaaaaa:27', IRAQ, {}, evidence(A, 0, sentenceA)),
    rel('HOLDS_ROLE', MCKENZIE, 'organization:us-central-command', { role: 'commander' }, evidence(A, 0, sentenceA)),
    rel('PARTICIPATED_IN', MCKENZIE, 'event:talks:2020-01', { role: 'participant' }, evidence(A, 0, sentenceA)),
    rel('OCCURRED_IN', 'event:talks:2020-01', IRAQ, {}, evidence(A, 0, sentenceA)),
    rel('MENTIONS', A, MCKENZIE, { count: 3 }),
    rel('MENTIONS', A, IRAQ, { count: 2 }),
    rel('MENTIONS', A, 'organization:us-central-command', { count: 1 }),
  ],
};

export const corpusB: GraphData = {
  nodes: [
    { id: B, type: 'Article', title: 'Mission not over, general says', date: '2020', ...dateRange('2020'), source: null, url: 'https://example.org/b' },
    { id: MCKENZIE, type: 'Person', name: 'Frank McKenzie', aliases: ['McKenzie', 'Kenneth F. McKenzie'], roles: ['general'] },
    { id: IRAQ, type: 'Place', name: 'Iraq', aliases: ['Republic of Iraq'], kind: 'country' },
    { id: 'source:a-senior-defense-official', type: 'Source', name: 'a senior defense official', aliases: [], kind: 'unnamed-person' },
    { id: 'statement:bbbbbbbbbbbbbbbb:24', type: 'Statement', text: 'the mission is not over.', articleId: B, start: 24, end: 48 },
  ] as Node[],
  relationships: [
    rel('SAID', MCKENZIE, 'statement:bbbbbbbbbbbbbbbb:24', {}, evidence(B, 0, sentenceB)),
    rel('REPORTED_IN', 'statement:bbbbbbbbbbbbbbbb:24', B, {}, evidence(B, 0, sentenceB)),
    rel('ABOUT', 'statement:bbbbbbbbbbbbbbbb:24', IRAQ, {}, evidence(B, 0, sentenceB)),
    rel('MENTIONS', B, MCKENZIE, { count: 1 }),
    rel('MENTIONS', B, IRAQ, { count: 4 }),
  ],
};

export const ids = { A, B, MCKENZIE, IRAQ };
