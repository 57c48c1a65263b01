// Generated graphs shaped like the news graph (statements hanging off speakers, articles mentioning
// entities, a few hubs), of a chosen size, for timing the viewer. Deterministic for a given size.
import { makeEdgeId, makeId, type GraphData, type Node, type Relationship } from '../graph-schema/index.js';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHARE: Array<[Node['type'], number]> = [
  ['Article', 0.03], ['Person', 0.25], ['Organization', 0.14], ['Place', 0.1], ['Event', 0.1], ['Source', 0.03], ['Statement', 0.35],
];

/** About `nodes` nodes and `edges` edges. */
export function generatedGraph(nodes: number, edges: number, seed = 7): GraphData {
  const rand = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  /** Preferential pick: earlier entries are chosen far more often, giving hubs as in real news. */
  const skewed = <T>(list: T[]): T => list[Math.floor(list.length * rand() ** 2.5)]!;
  const byType = new Map<string, string[]>();
  const out: Node[] = [];
  let serial = 0;
  for (const [type, share] of SHARE) {
    const count = Math.max(1, Math.round(nodes * share));
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const name = `${type} ${i}`;
      const id = makeId(type.toLowerCase(), `g${i}`);
      ids.push(id);
      const year = 2003 + Math.floor(rand() * 22);
      const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
      switch (type) {
        case 'Article': out.push({ id, type, title: `Generated article ${i}`, date: `${year}-${month}-15`, source: 'Bench', url: null }); break;
        case 'Event': out.push({ id, type, name, eventType: 'talks', date: `${year}-${month}`, dateText: null }); break;
        case 'Source': out.push({ id, type, name: `an official ${i}`, aliases: [], kind: 'unnamed-person' }); break;
        case 'Statement': break; // added with their article below
        default: out.push({ id, type, name, aliases: i % 3 === 0 ? [`Alias ${type} ${i}`] : [] } as Node);
      }
    }
    byType.set(type, ids);
  }
  const articles = byType.get('Article')!;
  const speakers = [...byType.get('Person')!, ...byType.get('Organization')!.slice(0, 20), ...byType.get('Source')!];
  const entities = [...byType.get('Person')!, ...byType.get('Organization')!, ...byType.get('Place')!];
  const rels: Relationship[] = [];
  const evidence = (articleId: string) => ({ articleId, sentence: 'A generated sentence.', start: (serial += 1), end: serial + 20, rule: 'bench' });
  const add = (type: Relationship['type'], source: string, target: string, extra: Record<string, unknown>, articleId: string | null) => {
    if (source === target) return;
    const ev = articleId ? evidence(articleId) : undefined;
    rels.push({ id: makeEdgeId(type, source, target, ev ?? { articleId: 'x:bench', start: (serial += 1) }), type, source, target, ...extra, ...(ev ?? {}) } as Relationship);
  };
  for (const [i, id] of byType.get('Statement')!.entries()) {
    const articleId = pick(articles);
    out.push({ id, type: 'Statement', text: `Generated quote number ${i}, long enough to be a sentence.`, articleId, start: i, end: i + 40 });
    add('SAID', skewed(speakers), id, {}, articleId);
    add('REPORTED_IN', id, articleId, {}, articleId);
    add('ABOUT', id, skewed(entities), {}, articleId);
  }
  const events = byType.get('Event')!;
  const places = byType.get('Place')!;
  for (const event of events) add('OCCURRED_IN', event, skewed(places), {}, pick(articles));
  while (rels.length < edges) {
    const r = rand();
    if (r < 0.55) add('MENTIONS', pick(articles), skewed([...entities, ...events]), { count: 1 + Math.floor(rand() * 4) }, null);
    else if (r < 0.75) add('PARTICIPATED_IN', skewed(entities), pick(events), { role: 'participant' }, pick(articles));
    else add('HOLDS_ROLE', skewed(byType.get('Person')!), skewed([...byType.get('Organization')!, ...places]), { role: 'member' }, pick(articles));
  }
  const seen = new Set<string>();
  return { nodes: out, relationships: rels.filter((rel) => (seen.has(rel.id) ? false : (seen.add(rel.id), true))) };
}
