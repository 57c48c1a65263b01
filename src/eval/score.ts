// Scores a graph against the corpus gold, exactly as shared/eval/README.md describes.
import { compareById, type GraphData, type Node } from '../../graph-schema/index.js';
import { foldName } from './fold.js';
import { corpusGold, type CorpusEntity, type GoldFile } from './gold.js';
import { scoreEvents, scoreStance, type EventScore, type StanceScore } from './events.js';
import { intersects, namesOfNode, ratio } from './match.js';

export const ENTITY_TYPES = ['Person', 'Organization', 'Place'] as const;

export interface TypeScore {
  type: string;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  misses: string[];
  falsePositives: { name: string; why: 'no gold entity' | 'duplicate' }[];
}

export interface EvalReport {
  entities: TypeScore[];
  quotes: { total: number; found: number; attributed: number; misses: string[]; misattributed: string[] };
  affiliations: { total: number; found: number; recall: number; misses: string[] };
  events: EventScore;
  stance: StanceScore;
  /** How an affiliation with an empty organization is counted. */
  emptyOrgRule: string;
}

export const EMPTY_ORG_RULE = 'an affiliation with no organization is found when the person has a role (Person.roles or a HOLDS_ROLE edge) sharing a word with the gold role (abbreviations expanded: Gen. = general)';

const ABBREVIATIONS: Record<string, string> = { gen: 'general', brig: 'brigadier', maj: 'major', col: 'colonel', lt: 'lieutenant', adm: 'admiral', sgt: 'sergeant', capt: 'captain', sen: 'senator', rep: 'representative', gov: 'governor', sec: 'secretary' };
const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'in', 'at', 'to', 'and', 'on', 'with', 'former', 'then', 'top', 'senior', 'us', 'deputy']);

function roleWords(role: string): Set<string> {
  return new Set(role.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).map((w) => ABBREVIATIONS[w] ?? w).filter((w) => !STOP.has(w)));
}



/** Maximum one-to-one matching of nodes to gold entities (Kuhn's augmenting paths), nodes in id order. */
function match(nodes: Node[], candidates: Map<string, number[]>): Map<number, string> {
  const goldTo = new Map<number, string>();
  const tryNode = (id: string, seen: Set<number>): boolean => {
    for (const g of candidates.get(id) ?? []) {
      if (seen.has(g)) continue;
      seen.add(g);
      const holder = goldTo.get(g);
      if (holder === undefined || tryNode(holder, seen)) { goldTo.set(g, id); return true; }
    }
    return false;
  };
  for (const node of nodes) tryNode(node.id, new Set());
  return goldTo;
}


function scoreType(type: string, data: GraphData, gold: CorpusEntity[], optional: Set<string>): TypeScore {
  const nodes = data.nodes.filter((n) => n.type === type).sort(compareById);
  const goldOfType = gold.filter((g) => g.type === type);
  const candidates = new Map<string, number[]>();
  for (const node of nodes) {
    const names = namesOfNode(node);
    candidates.set(node.id, goldOfType.flatMap((g, i) => (intersects(names, g.names) ? [i] : [])));
  }
  const goldTo = match(nodes, candidates);
  const matched = new Set(goldTo.values());
  const falsePositives: TypeScore['falsePositives'] = [];
  for (const node of nodes) {
    if (matched.has(node.id)) continue;
    const name = 'name' in node ? node.name : node.id;
    if ((candidates.get(node.id) ?? []).length > 0) falsePositives.push({ name, why: 'duplicate' });
    else if (!intersects(namesOfNode(node), optional)) falsePositives.push({ name, why: 'no gold entity' });
  }
  const tp = goldTo.size;
  const fp = falsePositives.length;
  const fn = goldOfType.length - tp;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  const misses = goldOfType.filter((_, i) => !goldTo.has(i)).map((g) => g.name).sort();
  return { type, tp, fp, fn, precision, recall, f1, misses, falsePositives };
}

/**
 * `articleIds` maps a gold file's `article` (the article's file name) to its Article node id, so that an event is
 * found only in its own article's sentences; without it any article's sentence counts.
 */
export function scoreGraph(data: GraphData, files: GoldFile[], articleIds: ReadonlyMap<string, string> = new Map()): EvalReport {
  const gold = corpusGold(files);
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const entities = ENTITY_TYPES.map((type) => scoreType(type, data, gold.entities, gold.optional));

  // Quotes: first six words inside a Statement's text; attribution through its SAID edge.
  const statements = data.nodes.filter((n) => n.type === 'Statement').map((n) => ({ id: n.id, text: ` ${foldName(n.text)} ` }));
  const speakersOf = new Map<string, Node[]>();
  for (const r of data.relationships) {
    if (r.type !== 'SAID') continue;
    const list = speakersOf.get(r.target) ?? [];
    const speaker = nodeById.get(r.source);
    if (speaker) list.push(speaker);
    speakersOf.set(r.target, list);
  }
  let found = 0;
  let attributed = 0;
  const quoteMisses: string[] = [];
  const misattributed: string[] = [];
  for (const q of gold.quotes) {
    const six = foldName(q.starts).split(' ').slice(0, 6).join(' ');
    const hits = statements.filter((s) => s.text.includes(` ${six} `) || s.text.includes(six));
    if (hits.length === 0) { quoteMisses.push(`${q.speaker}: "${q.starts}"`); continue; }
    found++;
    const names = gold.namesOf(q.speaker);
    const ok = hits.some((s) => (speakersOf.get(s.id) ?? []).some((sp) => intersects(namesOfNode(sp), names)));
    if (ok) attributed++;
    else {
      const who = hits.flatMap((s) => (speakersOf.get(s.id) ?? []).map((sp) => ('name' in sp ? sp.name : sp.id)));
      misattributed.push(`${q.speaker}: "${q.starts}" → ${who.length ? who.join(', ') : 'no speaker'}`);
    }
  }

  // Affiliations: a HOLDS_ROLE (or MEMBER_OF, LEADS) edge between person and organization, either direction.
  const roleEdges = data.relationships.filter((r) => ['HOLDS_ROLE', 'MEMBER_OF', 'LEADS'].includes(r.type as string));
  let affFound = 0;
  const affMisses: string[] = [];
  for (const a of gold.affiliations) {
    const personNames = gold.namesOf(a.person);
    const isPerson = (id: string) => { const n = nodeById.get(id); return !!n && intersects(namesOfNode(n), personNames); };
    let ok = false;
    if (a.org) {
      const orgNames = new Set([...gold.namesOf(a.org), foldName(a.org)]);
      const isOrg = (id: string) => { const n = nodeById.get(id); return !!n && intersects(namesOfNode(n), orgNames); };
      ok = roleEdges.some((r) => (isPerson(r.source) && isOrg(r.target)) || (isPerson(r.target) && isOrg(r.source)));
    } else {
      const want = roleWords(a.role);
      const roles: string[] = [];
      for (const n of data.nodes) if (n.type === 'Person' && isPerson(n.id)) roles.push(...(n.roles ?? []));
      for (const r of roleEdges) if ((isPerson(r.source) || isPerson(r.target)) && 'role' in r) roles.push(String(r.role));
      ok = roles.some((role) => intersects(roleWords(role), want));
    }
    if (ok) affFound++;
    else affMisses.push(`${a.person} — ${a.org || '(no organization)'} (${a.role})`);
  }

  return {
    entities,
    quotes: { total: gold.quotes.length, found, attributed, misses: quoteMisses, misattributed },
    affiliations: { total: gold.affiliations.length, found: affFound, recall: ratio(affFound, gold.affiliations.length), misses: affMisses },
    emptyOrgRule: EMPTY_ORG_RULE,
    events: scoreEvents(data, files, gold, articleIds),
    stance: scoreStance(data, gold),
  };
}
