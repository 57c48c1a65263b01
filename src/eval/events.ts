// Event and stance scoring, as shared/eval/README.md describes: an Event node's evidence is every relationship of
// the node that carries a sentence; a gold event is found by a node whose evidence sentence (in the gold's article)
// contains one of its mentions and whose type is of the same family, or whose name or report words share a word with
// that mention. One node per real-world event: more nodes for one sameAs group are duplicates, a node on two groups
// is a false merge.
import { compareById, eventFamily, type GraphData, type Node, type Relationship } from '../../graph-schema/index.js';
import { foldName } from './fold.js';
import type { CorpusGold, GoldEvent, GoldFile } from './gold.js';
import { intersects, namesOfNode, ratio } from './match.js';

export interface EventScore {
  gold: number;
  found: number;
  /** Event nodes, those that match no gold or optional event, and the extra nodes of sameAs groups. */
  nodes: number;
  unmatched: number;
  /** Nodes that match only optional events: left out of precision. */
  optionalOnly: number;
  duplicates: number;
  falseMerges: number;
  precision: number; recall: number; f1: number;
  main: { total: number; found: number };
  type: { total: number; right: number };
  date: { total: number; right: number; partial: number };
  place: { total: number; right: number };
  participants: { total: number; found: number };
  /** Found events whose gold modality is planned, hypothetical or negated, and those the node gets right. */
  modality: { total: number; right: number };
  /** sameAs groups found in two or more articles, and those whose found reports are all on one node. */
  multiReport: { total: number; oneNode: number };
  misses: string[];
  falsePositives: string[];
  /** "node ⇐ group, group": nodes reporting two happenings. */
  mergedNodes: string[];
  /** "group ⇒ node | node": happenings split over several nodes. */
  splitGroups: string[];
  /** Found events with a wrong date, place or modality or missing participants: what the gold says, what the node has. */
  wrongAttributes: string[];
}

export interface StanceScore {
  total: number;
  right: number;
  /** Quotes whose gold stance is oppose or support. */
  sided: number;
  sidedRight: number;
}

const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'by', 'with', 'from', 'its', 'his', 'her', 'their', 'this', 'that', 'was', 'were', 'is', 'be']);

const contentWords = (text: string): Set<string> => new Set(foldName(text).split(' ').filter((w) => w && !STOP.has(w)));


interface GoldRef { event: GoldEvent; article: string; group: string; optional: boolean }

interface NodeEvidence { node: Node & { type: 'Event' }; sentences: { articleId: string; text: string; mention: string | null }[] }


const nameOfNode = (node: Node | undefined): string => (node && 'name' in node ? node.name : '?');


function evidenceOf(data: GraphData): NodeEvidence[] {
  const events = data.nodes.filter((n): n is Node & { type: 'Event' } => n.type === 'Event').sort(compareById);
  const byId = new Map<string, NodeEvidence>(events.map((node) => [node.id, { node, sentences: [] }]));
  for (const r of data.relationships) {
    if (!('sentence' in r) || typeof r.sentence !== 'string') continue;
    const mention = 'mention' in r && typeof (r as { mention?: unknown }).mention === 'string' ? (r as { mention: string }).mention : null;
    for (const end of [r.source, r.target]) {
      const ev = byId.get(end);
      if (ev) ev.sentences.push({ articleId: (r as Relationship & { articleId: string }).articleId, text: ` ${foldName(r.sentence)} `, mention });
    }
  }
  return [...byId.values()];
}

/** Does the node report this gold event? `articleId` limits the evidence to the gold's article when it is known. */
function matches(ev: NodeEvidence, ref: GoldRef, articleId: string | undefined): boolean {
  const family = eventFamily(ref.event.type);
  const sameFamily = eventFamily(String(ev.node.eventType)) === family;
  const nodeWords = new Set([...contentWords(ev.node.name), ...(ev.node.aliases ?? []).flatMap((a) => [...contentWords(a)])]);
  for (const mention of ref.event.mentions) {
    const folded = foldName(mention);
    if (!folded) continue;
    const words = contentWords(mention);
    for (const s of ev.sentences) {
      if (articleId !== undefined && s.articleId !== articleId) continue;
      if (!s.text.includes(folded)) continue;
      if (sameFamily || intersects(words, nodeWords) || (s.mention !== null && intersects(words, contentWords(s.mention)))) return true;
    }
  }
  return false;
}

function datesRight(gold: string, node: string | null | undefined): 'right' | 'partial' | 'wrong' {
  if (!node) return 'wrong';
  if (node.length >= gold.length && node.slice(0, gold.length) === gold) return 'right';
  if (node.length < gold.length && gold.startsWith(node)) return 'partial';
  return 'wrong';
}

export function scoreEvents(data: GraphData, files: GoldFile[], gold: CorpusGold, articleIds: ReadonlyMap<string, string>): EventScore {
  const refs: GoldRef[] = [];
  for (const f of files) {
    for (const event of f.events) refs.push({ event, article: f.article, group: event.sameAs || `${f.article}#${event.id}`, optional: false });
    for (const event of f.optional_events) refs.push({ event, article: f.article, group: event.sameAs || `${f.article}#${event.id}`, optional: true });
  }
  const nodes = evidenceOf(data);
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  // Gold ref index → nodes that match it; node id → refs it matches.
  const nodesOf = refs.map((ref) => nodes.filter((ev) => matches(ev, ref, articleIds.get(ref.article))));
  const refsOf = new Map<string, number[]>();
  nodesOf.forEach((list, i) => { for (const ev of list) refsOf.set(ev.node.id, [...(refsOf.get(ev.node.id) ?? []), i]); });

  const required = refs.map((r, i) => [r, i] as const).filter(([r]) => !r.optional);
  const found = required.filter(([, i]) => nodesOf[i]!.length > 0);

  // Precision: nodes matching nothing, and extra nodes per sameAs group; false merges: a node on two required groups.
  let unmatched = 0;
  let falseMerges = 0;
  const falsePositives: string[] = [];
  const mergedNodes: string[] = [];
  const groupNodes = new Map<string, Set<string>>();
  for (const ev of nodes) {
    const mine = refsOf.get(ev.node.id) ?? [];
    if (mine.length === 0) {
      unmatched++;
      falsePositives.push(`${ev.node.name} (${String(ev.node.eventType)}, ${ev.node.date ?? 'undated'})`);
      continue;
    }
    const groups = new Set(mine.filter((i) => !refs[i]!.optional).map((i) => refs[i]!.group));
    if (groups.size > 1) {
      falseMerges++;
      mergedNodes.push(`${ev.node.name} (${String(ev.node.eventType)}, ${ev.node.date ?? 'undated'}) ⇐ ${[...groups].sort().join(', ')}`);
    }
    for (const g of groups) groupNodes.set(g, new Set([...(groupNodes.get(g) ?? []), ev.node.id]));
  }
  let duplicates = 0;
  const splitGroups: string[] = [];
  const nameOf = new Map(nodes.map((ev) => [ev.node.id, `${ev.node.name} (${String(ev.node.eventType)}, ${ev.node.date ?? 'undated'})`]));
  for (const [group, ids] of [...groupNodes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    duplicates += ids.size - 1;
    if (ids.size > 1) splitGroups.push(`${group} ⇒ ${[...ids].sort().map((id) => nameOf.get(id)).join(' | ')}`);
  }
  const matchedNodes = nodes.length - unmatched;
  const optionalOnly = nodes.filter((ev) => (refsOf.get(ev.node.id) ?? []).length > 0 && (refsOf.get(ev.node.id) ?? []).every((i) => refs[i]!.optional)).length;
  const precision = ratio(matchedNodes - optionalOnly - duplicates, nodes.length - optionalOnly);
  const recall = ratio(found.length, required.length);

  // Attributes of each found event, read on its best node: same family first, then id order.
  const score = { type: { total: 0, right: 0 }, date: { total: 0, right: 0, partial: 0 }, place: { total: 0, right: 0 }, participants: { total: 0, found: 0 }, modality: { total: 0, right: 0 } };
  const edgesOf = new Map<string, Relationship[]>();
  for (const r of data.relationships) {
    if (r.type !== 'PARTICIPATED_IN' && r.type !== 'OCCURRED_IN') continue;
    const eventId = r.type === 'PARTICIPATED_IN' ? r.target : r.source;
    edgesOf.set(eventId, [...(edgesOf.get(eventId) ?? []), r]);
  }
  const wrongAttributes: string[] = [];
  for (const [ref, i] of found) {
    const family = eventFamily(ref.event.type);
    const wrong: string[] = [];
    const candidates = nodesOf[i]!;
    const node = (candidates.find((ev) => eventFamily(String(ev.node.eventType)) === family) ?? candidates[0]!).node;
    score.type.total++;
    if (eventFamily(String(node.eventType)) === family) score.type.right++;
    if (ref.event.date) {
      score.date.total++;
      const d = datesRight(ref.event.date, node.date);
      if (d === 'right') score.date.right++;
      else if (d === 'partial') score.date.partial++;
      if (d !== 'right') wrong.push(`date ${ref.event.date} (node ${node.date ?? 'none'})`);
    }
    const edges = edgesOf.get(node.id) ?? [];
    if (ref.event.place) {
      score.place.total++;
      const names = gold.namesOfAny(ref.event.place);
      if (edges.some((r) => r.type === 'OCCURRED_IN' && intersects(namesOfNode(nodeById.get(r.target)), names))) score.place.right++;
      else wrong.push(`place ${ref.event.place} (node ${edges.filter((r) => r.type === 'OCCURRED_IN').map((r) => nameOfNode(nodeById.get(r.target))).join(', ') || 'none'})`);
    }
    const missing: string[] = [];
    for (const p of ref.event.participants) {
      score.participants.total++;
      const names = gold.namesOfAny(p);
      if (edges.some((r) => r.type === 'PARTICIPATED_IN' && intersects(namesOfNode(nodeById.get(r.source)), names))) score.participants.found++;
      else missing.push(p);
    }
    if (missing.length) wrong.push(`participants missing ${missing.join(', ')} (node ${[...new Set(edges.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => nameOfNode(nodeById.get(r.source))))].join(', ') || 'none'})`);
    if (ref.event.modality !== 'occurred') {
      score.modality.total++;
      const modality = (node as { modality?: string }).modality ?? 'occurred';
      if (modality === ref.event.modality) score.modality.right++;
      else wrong.push(`modality ${ref.event.modality} (node ${modality})`);
    }
    if (wrong.length) wrongAttributes.push(`${ref.article} ${ref.event.id} ${ref.event.type} "${ref.event.mentions[0]}": ${wrong.join('; ')}`);
  }

  // Happenings found in two or more articles: one node matches every found report of the group.
  const byGroup = new Map<string, number[]>();
  for (const [ref, i] of required) if (ref.event.sameAs) byGroup.set(ref.group, [...(byGroup.get(ref.group) ?? []), i]);
  let multiTotal = 0;
  let oneNode = 0;
  for (const all of byGroup.values()) {
    // Of the reports that were found at all: do two or more articles' reports sit on one node?
    const list = all.filter((i) => nodesOf[i]!.length > 0);
    if (new Set(list.map((i) => refs[i]!.article)).size < 2) continue;
    multiTotal++;
    const common = list.map((i) => new Set(nodesOf[i]!.map((ev) => ev.node.id))).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    if (common.size > 0) oneNode++;
  }

  const main = required.filter(([r]) => r.event.salience === 'main');
  return {
    gold: required.length,
    found: found.length,
    nodes: nodes.length,
    unmatched,
    optionalOnly,
    duplicates,
    falseMerges,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    main: { total: main.length, found: main.filter(([, i]) => nodesOf[i]!.length > 0).length },
    ...score,
    multiReport: { total: multiTotal, oneNode },
    misses: required.filter(([, i]) => nodesOf[i]!.length === 0).map(([r]) => `${r.article} ${r.event.id} ${r.event.type}: ${r.event.mentions[0]}`),
    falsePositives,
    mergedNodes,
    splitGroups,
    wrongAttributes,
  };
}

/** Stance of each found quote with a gold stance: the Statement's `stance` property, absent = n/a. */
export function scoreStance(data: GraphData, gold: CorpusGold): StanceScore {
  const statements = data.nodes.filter((n) => n.type === 'Statement').map((n) => ({ text: ` ${foldName(n.text)} `, stance: (n as { stance?: string }).stance ?? 'n/a' }));
  const out: StanceScore = { total: 0, right: 0, sided: 0, sidedRight: 0 };
  for (const q of gold.quotes) {
    if (!q.stance) continue;
    const six = foldName(q.starts).split(' ').slice(0, 6).join(' ');
    const hit = statements.find((s) => s.text.includes(` ${six} `) || s.text.includes(six));
    if (!hit) continue;
    const right = hit.stance === q.stance;
    out.total++;
    if (right) out.right++;
    if (q.stance === 'oppose' || q.stance === 'support') {
      out.sided++;
      if (right) out.sidedRight++;
    }
  }
  return out;
}
