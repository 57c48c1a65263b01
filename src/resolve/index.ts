// Findings of many articles → one graph of canonical entities with stable ids, aliases and evidence.
// Knows nothing of graphology or Neo4j: it returns plain GraphData.
import { compareById, dateRange, makeId, type GraphData, type Node } from '../../graph-schema/index.js';
import type { Article } from '../ingest/types.js';
import type { ArticleExtraction } from '../extract/types.js';
import { buildEntities, type Entity } from './entities.js';
import { clusterGroups } from './groups.js';
import { NameKeys } from './names.js';
import { clusterPeople, type MentionRef } from './people.js';
import { buildRelationships } from './relationships.js';

export interface ResolveInput {
  article: Article;
  extraction: ArticleExtraction;
}

export interface Resolution {
  /** Entity of mention `index` of article `article` (positions in the id-sorted input). */
  entityOf(article: number, index: number): Entity | undefined;
  entities: Entity[];
}

export function resolveEntities(items: ResolveInput[]): Resolution {
  const refs: Record<'Person' | 'Organization' | 'Place', MentionRef[]> = { Person: [], Organization: [], Place: [] };
  items.forEach((item, article) => item.extraction.mentions.forEach((mention, index) => refs[mention.type].push({ article, index, mention })));
  const keys = new NameKeys();
  const clusters = {
    Person: clusterPeople(refs.Person, keys),
    Organization: clusterGroups(refs.Organization, 'Organization', keys),
    Place: clusterGroups(refs.Place, 'Place', keys),
  };
  // Entity of each mention, one array per article: lookups by position, no string keys.
  const byArticle: Entity[][] = items.map((item) => new Array<Entity>(item.extraction.mentions.length));
  const entities: Entity[] = [];
  for (const type of ['Person', 'Organization', 'Place'] as const) {
    const byKey = buildEntities(type, refs[type], clusters[type]);
    for (const entity of byKey.values()) entities.push(entity);
    refs[type].forEach((r, i) => { byArticle[r.article]![r.index] = byKey.get(clusters[type][i]!)!; });
  }
  entities.push(...unnamedCountries(items, entities));
  return { entityOf: (article, index) => byArticle[article]?.[index], entities };
}

/**
 * "Turkish Foreign Minister X" or "Somali soldiers" with Turkey or Somalia never printed: the country a role or a
 * people's word names becomes a place of its own.
 */
function unnamedCountries(items: ResolveInput[], entities: Entity[]): Entity[] {
  const named = new Set<string>();
  for (const e of entities) if (e.type === 'Place') for (const n of [e.name, ...e.aliases]) named.add(n);
  const added = new Map<string, Entity>();
  for (const { extraction } of items) {
    for (const country of [...(extraction.roles ?? []).map((r) => r.country), ...(extraction.nationalities ?? []).map((n) => n.country)]) {
      if (!country || named.has(country) || added.has(country)) continue;
      added.set(country, { id: makeId('place', country), type: 'Place', name: country, aliases: [], keys: [] });
    }
  }
  return [...added.values()];
}

/** Same articles in any order give byte-identical output: articles are taken in id order. */
export function resolveCorpus(input: ResolveInput[]): GraphData {
  const items = [...input].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const resolution = resolveEntities(items);
  const { nodes: extra, relationships, personRoles } = buildRelationships(items, resolution);
  const nodes: Node[] = items.map(({ article, extraction }) => ({
    id: article.id, type: 'Article' as const, title: article.title, date: article.date, ...dateRange(article.date), source: article.source, url: article.url,
    ...(extraction.authors?.length ? { authors: extraction.authors } : {}),
  }));
  for (const e of resolution.entities) {
    if (e.type === 'Person') {
      const roles = [...(personRoles.get(e.id) ?? [])].sort();
      nodes.push({ id: e.id, type: 'Person', name: e.name, aliases: e.aliases, ...(roles.length ? { roles } : {}) });
    } else {
      nodes.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases });
    }
  }
  for (const node of extra) nodes.push(node);
  return { nodes: nodes.sort(compareById), relationships: relationships.sort(compareById) };
}
