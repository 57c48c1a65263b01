// Relationships with their evidence: MENTIONS, HOLDS_ROLE, SAID, REPORTED_IN, ABOUT, PARTICIPATED_IN, OCCURRED_IN,
// plus the Statement, Source and Event nodes that quotes and events bring.
import { dateRange, makeEdgeId, makeId, type Evidence, type Node, type Relationship } from '../../graph-schema/index.js';
import type { ArticleExtraction, Mention } from '../extract/types.js';
import type { Entity } from './entities.js';
import { resolveEvents } from './events.js';
import { statedOffices } from './stated-offices.js';
import type { Resolution, ResolveInput } from './index.js';

/** A role the text gives as past: "former minister", "then-Prime Minister", "ex-commander", "the late president". */
const PAST_ROLE = /^(?:former|ex-|then-|one-time|onetime|erstwhile|late|retired)/i;

interface Built { nodes: Node[]; relationships: Relationship[]; personRoles: Map<string, Set<string>> }

function slugOf(articleId: string): string {
  return articleId.slice(articleId.indexOf(':') + 1);
}

function evidence(articleId: string, extraction: ArticleExtraction, sentence: number, rule: string): Evidence {
  const s = extraction.sentences[sentence] ?? { text: extraction.sentences[0]?.text ?? '-', start: 0, end: 0 };
  return { articleId, sentence: s.text || '-', start: s.start, end: s.end, rule };
}

/** Mention indices in order of start, so the mentions inside a quote are found by binary search, not a scan. */
function byStart(mentions: Mention[]): number[] {
  return mentions.map((_, i) => i).sort((x, y) => mentions[x]!.start - mentions[y]!.start || x - y);
}

/** Indices (in mention order) of the mentions that lie within [start, end]. */
function mentionsWithin(mentions: Mention[], order: number[], start: number, end: number): number[] {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[order[mid]!]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let k = lo; k < order.length && mentions[order[k]!]!.start <= end; k++) if (mentions[order[k]!]!.end <= end) found.push(order[k]!);
  return found.sort((x, y) => x - y);
}

export function buildRelationships(items: ResolveInput[], resolution: Resolution): Built {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const personRoles = new Map<string, Set<string>>();
  const placeByName = new Map<string, Entity>();
  const orgByKey = new Map<string, Entity>();
  for (const e of resolution.entities) {
    if (e.type === 'Place') placeByName.set(e.name, e);
    if (e.type === 'Organization') for (const k of e.keys) orgByKey.set(k, e);
  }
  const add = (rel: Relationship): void => {
    const seen = rels.get(rel.id);
    if (!seen) { rels.set(rel.id, rel); return; }
    if (seen.type === 'HOLDS_ROLE' && rel.type === 'HOLDS_ROLE' && !seen.role.split('; ').includes(rel.role)) seen.role = `${seen.role}; ${rel.role}`;
  };

  const contradicted = statedOffices(items, resolution);
  items.forEach(({ article, extraction }, a) => {
    const slug = slugOf(article.id);
    const entity = (i: number | null | undefined) => (i == null ? undefined : resolution.entityOf(a, i));
    // MENTIONS with counts.
    const counts = new Map<string, number>();
    extraction.mentions.forEach((_, i) => { const e = entity(i); if (e) counts.set(e.id, (counts.get(e.id) ?? 0) + 1); });
    // "Somali soldiers": the country its people's word names is mentioned too.
    for (const n of extraction.nationalities ?? []) { const e = placeByName.get(n.country); if (e) counts.set(e.id, (counts.get(e.id) ?? 0) + 1); }
    for (const [target, count] of counts) add({ id: makeEdgeId('MENTIONS', article.id, target), type: 'MENTIONS', source: article.id, target, count });
    const named = new Set([...counts.keys()]);

    for (const role of extraction.roles ?? []) {
      const person = entity(role.person);
      if (!person || person.type !== 'Person') continue;
      const targets: { e: Entity; rule: string }[] = [];
      const org = entity(role.org);
      if (org && org.type !== 'Person') targets.push({ e: org, rule: role.rule });
      if (role.country && !contradicted(person.id, role)) {
        const place = placeByName.get(role.country);
        if (place) targets.push({ e: place, rule: `${role.rule}+country` });
        const gov = role.government ? orgByKey.get(`inst:${role.country}:government`) : undefined;
        if (gov) targets.push({ e: gov, rule: `${role.rule}+government` });
      }
      for (const name of role.impliedOrgs) {
        const implied = orgByKey.get(`org:${name}`);
        if (implied && named.has(implied.id)) targets.push({ e: implied, rule: `${role.rule}+implied` });
      }
      if (targets.length === 0) {
        let set = personRoles.get(person.id);
        if (!set) personRoles.set(person.id, (set = new Set()));
        set.add(role.role);
        continue;
      }
      for (const { e, rule } of targets) {
        const ev = evidence(article.id, extraction, role.sentence, rule);
        add({
          id: makeEdgeId('HOLDS_ROLE', person.id, e.id, { articleId: article.id, start: ev.start }), type: 'HOLDS_ROLE', source: person.id, target: e.id, role: role.role, ...ev,
          ...(article.date ? { asOf: article.date } : {}), current: !PAST_ROLE.test(role.role), ...dateRange(article.date),
        });
      }
    }

    const starts = extraction.quotes?.length ? byStart(extraction.mentions) : [];
    for (const quote of extraction.quotes ?? []) {
      if (!quote.text.trim()) continue;
      const id = makeId('statement', slug, String(quote.start));
      const said = quote.date ?? article.date;
      // No null properties: Neo4j drops them, and the graph read back must equal the one written.
      nodes.set(id, { id, type: 'Statement', text: quote.text, articleId: article.id, start: quote.start, end: quote.end, ...(said ? { date: said } : {}), ...dateRange(said) });
      const ev = evidence(article.id, extraction, quote.sentence, quote.rule);
      add({ id: makeEdgeId('REPORTED_IN', id, article.id, { articleId: article.id, start: quote.start }), type: 'REPORTED_IN', source: id, target: article.id, ...ev });
      let speakerId: string | undefined;
      if (quote.speaker?.kind === 'mention') {
        const e = entity(quote.speaker.mention);
        if (e && e.type !== 'Place') speakerId = e.id;
      } else if (quote.speaker?.kind === 'unnamed') {
        const name = quote.speaker.text.trim();
        speakerId = makeId('source', slug, name);
        const bare = name.replace(/^(a|an|the)\s+/i, '');
        nodes.set(speakerId, { id: speakerId, type: 'Source', name, aliases: bare !== name ? [bare] : [], kind: quote.speaker.sourceKind });
      }
      if (speakerId) {
        const said = evidence(article.id, extraction, quote.sentence, quote.speakerRule ?? quote.rule);
        add({ id: makeEdgeId('SAID', speakerId, id, { articleId: article.id, start: quote.start }), type: 'SAID', source: speakerId, target: id, ...said });
      }
      for (const i of mentionsWithin(extraction.mentions, starts, quote.start, quote.end)) {
        const e = entity(i);
        if (!e || e.id === speakerId) continue;
        add({ id: makeEdgeId('ABOUT', id, e.id, { articleId: article.id, start: quote.start }), type: 'ABOUT', source: id, target: e.id, ...evidence(article.id, extraction, extraction.mentions[i]!.sentence, 'resolve/named-in-quote') });
      }
    }
  });
  // Events merge across articles, so they are resolved once for the corpus.
  const events = resolveEvents(items, resolution);
  for (const node of events.nodes) nodes.set(node.id, node);
  for (const rel of events.relationships) add(rel);
  return { nodes: [...nodes.values()], relationships: [...rels.values()], personRoles };
}
