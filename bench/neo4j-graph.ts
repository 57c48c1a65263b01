// A synthetic, schema-valid graph of any size (≈3 relationships per node) for the store benchmark and fault tests.
import { makeEdgeId, type GraphData, type Node, type Relationship } from '../graph-schema/index.js';

export function syntheticGraph(nodeCount: number, seed = 1): GraphData {
  let state = seed >>> 0 || 1;
  const random = (n: number) => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state % n; };
  const count = (share: number) => Math.max(1, Math.floor(nodeCount * share));
  const articles = Array.from({ length: count(0.05) }, (_, i) => `article:${i.toString(16).padStart(16, '0')}`);
  const people = Array.from({ length: count(0.25) }, (_, i) => `person:p-${i}`);
  const orgs = Array.from({ length: count(0.1) }, (_, i) => `organization:o-${i}`);
  const places = Array.from({ length: count(0.1) }, (_, i) => `place:l-${i}`);
  const events = Array.from({ length: count(0.1) }, (_, i) => `event:e-${i}`);
  const statements = Array.from({ length: count(0.4) }, (_, i) => `statement:s-${i}`);
  const nodes: Node[] = [
    ...articles.map((id, i): Node => ({ id, type: 'Article', title: `Article ${i}`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, source: 'bench', url: null })),
    ...people.map((id, i): Node => ({ id, type: 'Person', name: `Person ${i}`, aliases: [`P. ${i}`] })),
    ...orgs.map((id, i): Node => ({ id, type: 'Organization', name: `Organization ${i}`, aliases: [] })),
    ...places.map((id, i): Node => ({ id, type: 'Place', name: `Place ${i}`, aliases: [], kind: 'city' })),
    ...events.map((id, i): Node => ({ id, type: 'Event', name: `Event ${i}`, eventType: 'meeting', date: `20${10 + (i % 15)}-0${1 + (i % 9)}`, dateText: null })),
    ...statements.map((id, i): Node => ({ id, type: 'Statement', text: `Statement number ${i}.`, articleId: articles[i % articles.length]!, start: i, end: i + 20 })),
  ];
  const relationships: Relationship[] = [];
  const seen = new Set<string>();
  const add = (type: Relationship['type'], source: string, target: string, extra: Record<string, unknown>, articleId?: string, start = 0) => {
    const evidence = articleId ? { articleId, sentence: 'A sentence.', start, end: start + 11, rule: 'bench' } : undefined;
    const id = makeEdgeId(type, source, target, evidence);
    if (seen.has(id)) return false;
    seen.add(id);
    relationships.push({ id, type, source, target, ...(evidence ?? {}), ...extra } as Relationship);
    return true;
  };
  statements.forEach((statement, i) => {
    const article = articles[i % articles.length]!;
    add('SAID', people[random(people.length)]!, statement, {}, article, i);
    add('REPORTED_IN', statement, article, {}, article, i);
    add('ABOUT', statement, places[random(places.length)]!, {}, article, i);
  });
  people.forEach((person, i) => add('HOLDS_ROLE', person, orgs[random(orgs.length)]!, { role: 'member' }, articles[i % articles.length]!, i));
  events.forEach((event, i) => {
    for (let k = 0; k < 3; k++) add('PARTICIPATED_IN', people[random(people.length)]!, event, { role: 'participant' }, articles[i % articles.length]!, i * 3 + k);
    add('OCCURRED_IN', event, places[random(places.length)]!, {}, articles[i % articles.length]!, i);
  });
  const entities = [...people, ...orgs, ...places, ...events];
  const target = nodeCount * 3;
  for (let a = 0; relationships.length < target; a = (a + 1) % articles.length) {
    add('MENTIONS', articles[a]!, entities[random(entities.length)]!, { count: 1 + random(5) });
  }
  return { nodes, relationships };
}
