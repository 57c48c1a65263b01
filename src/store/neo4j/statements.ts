// Every Cypher statement the loader and reader write. Labels and types come only from the schema whitelist.
import { ENDPOINTS, NODE_LABELS, REL_TYPES, Relationship, type NodeLabel, type RelType } from '../../../graph-schema/index.js';

/** List properties that grow by union on re-load ("Hady al-Rawi" seen in a second corpus). */
const UNION_KEYS: Partial<Record<NodeLabel, readonly string[]>> = {
  Person: ['aliases', 'roles'],
  Organization: ['aliases'],
  Place: ['aliases'],
  Source: ['aliases'],
  Event: ['aliases'],
};

function label(value: string): NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(value)) throw new Error(`not a schema label: ${value}`);
  return value as NodeLabel;
}

function relType(value: string): RelType {
  if (!(REL_TYPES as readonly string[]).includes(value)) throw new Error(`not a schema relationship type: ${value}`);
  return value as RelType;
}

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}

export function isAllowedEndpoints(type: RelType, from: string, to: string): boolean {
  const allowed = ENDPOINTS[type];
  return (allowed.from as readonly string[]).includes(from) && (allowed.to as readonly string[]).includes(to);
}

/**
 * `$rows`: [{id, props, <union keys>}]. Returns how many rows were merged; the summary counters say how many were new.
 * The union keeps the stored order and appends new values, so a re-load never loses an alias.
 */
export function mergeNodesStatement(value: string): string {
  const l = label(value);
  const unions = (UNION_KEYS[l] ?? []).map((key) =>
    `SET n.${key} = CASE WHEN row.${key} IS NULL THEN n.${key} WHEN n.${key} IS NULL THEN row.${key} ` +
    `ELSE n.${key} + [x IN row.${key} WHERE NOT x IN n.${key}] END`);
  return [
    'UNWIND $rows AS row',
    `MERGE (n:${l} {id: row.id})`,
    'SET n += row.props',
    ...unions,
    'RETURN count(*) AS merged',
  ].join('\n');
}

/** The properties each relationship type stores, from its zod schema (endpoints and type live in the graph). */
export const REL_PROPERTY_KEYS: Record<RelType, readonly string[]> = Object.fromEntries(
  Relationship.options.map((option) => [option.shape.type.value, Object.keys(option.shape).filter((key) => !['id', 'type', 'source', 'target'].includes(key))]),
) as unknown as Record<RelType, readonly string[]>;

/**
 * `$rows`: [{id, source, target, <schema properties>, extra?}]; endpoints must already exist (nodes are loaded first).
 * Schema properties are set one by one: `SET r += map` makes the planner buffer every row (an Eager), which
 * halved the load rate. Properties outside the schema (`extra`) still go through a map when a batch has any.
 */
export function mergeRelationshipsStatement(type: string, from: string, to: string, withExtra = false): string {
  const t = relType(type);
  const a = label(from);
  const b = label(to);
  if (!isAllowedEndpoints(t, a, b)) throw new Error(`${t} may not join ${a} to ${b}`);
  return [
    'UNWIND $rows AS row',
    `MATCH (a:${a} {id: row.source})`,
    `MATCH (b:${b} {id: row.target})`,
    `MERGE (a)-[r:${t} {id: row.id}]->(b)`,
    `SET ${REL_PROPERTY_KEYS[t].map((key) => `r.${key} = row.${key}`).join(', ')}`,
    ...(withExtra ? ['SET r += coalesce(row.extra, {})'] : []),
    'RETURN count(*) AS merged',
  ].join('\n');
}

const ANY_LABEL = NODE_LABELS.map((l) => `n:${l}`).join(' OR ');

/** Deletes this project's nodes in chunks (and with them their relationships); other labels are untouched. */
export const DELETE_PROJECT_NODES = [
  'MATCH (n)',
  `WHERE ${ANY_LABEL}`,
  'CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
].join('\n');

export const COUNT_PROJECT_NODES = `MATCH (n) WHERE ${ANY_LABEL} RETURN count(n) AS count`;

const REL_TYPE_PATTERN = REL_TYPES.join('|');

export const COUNT_PROJECT_RELATIONSHIPS = `MATCH (n)-[r:${REL_TYPE_PATTERN}]->(m) WHERE ${ANY_LABEL} RETURN count(r) AS count`;

/** All project nodes with their labels, ordered by id so reads are deterministic. */
export const READ_NODES = `MATCH (n) WHERE ${ANY_LABEL} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`;

export const READ_RELATIONSHIPS = [
  `MATCH (a)-[r:${REL_TYPE_PATTERN}]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL`,
  'RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY id',
].join('\n');

/** `$id`, `$depth`: ids of the nodes within `depth` hops, either direction. */
export function neighbourhoodIdsStatement(depth: number): string {
  const hops = Math.max(0, Math.min(Math.trunc(depth), 6));
  return [
    'MATCH (start {id: $id})',
    `WHERE ${ANY_LABEL.replace(/n:/g, 'start:')}`,
    `MATCH (start)-[:${REL_TYPE_PATTERN}*0..${hops}]-(m)`,
    'RETURN collect(DISTINCT m.id) AS ids',
  ].join('\n');
}

export const READ_NODES_BY_ID = `MATCH (n) WHERE n.id IN $ids AND (${ANY_LABEL}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`;

export const READ_RELATIONSHIPS_BETWEEN = [
  `MATCH (a)-[r:${REL_TYPE_PATTERN}]->(b) WHERE a.id IN $ids AND b.id IN $ids`,
  'RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY id',
].join('\n');
