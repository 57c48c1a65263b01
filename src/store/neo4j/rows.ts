// Groups graph records into parameter rows, one group per statement shape (label, or type + endpoint labels).
import type { GraphData, NodeLabel, RelType } from '../../../graph-schema/index.js';
import { isAllowedEndpoints, isNodeLabel, REL_PROPERTY_KEYS } from './statements.js';
import { toNeo4jProps, toNeo4jValue } from './values.js';

const UNION_KEYS = ['aliases', 'roles'];

export interface NodeGroup {
  label: NodeLabel;
  rows: Record<string, unknown>[];
}

export interface RelationshipGroup {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
  rows: Record<string, unknown>[];
  /** Some row carries properties outside the schema (in `extra`). */
  hasExtra: boolean;
}

export interface Grouped {
  nodes: NodeGroup[];
  relationships: RelationshipGroup[];
  /** Relationships whose endpoint labels are unknown or not allowed by ENDPOINTS. */
  rejected: { id: string; reason: string }[];
}

/** `knownLabels` adds labels of nodes already in the store (for relationships whose endpoints are not in `data`). */
export function groupRows(data: GraphData, knownLabels: Map<string, NodeLabel> = new Map()): Grouped {
  const labels = new Map(knownLabels);
  const nodeGroups = new Map<NodeLabel, NodeGroup>();
  const rejected: Grouped['rejected'] = [];
  for (const node of data.nodes) {
    if (!isNodeLabel(node.type)) continue;
    labels.set(node.id, node.type);
    const record = node as unknown as Record<string, unknown>;
    const row: Record<string, unknown> = { id: node.id, props: toNeo4jProps(record, ['id', 'type', ...UNION_KEYS]) };
    for (const key of UNION_KEYS) if (Array.isArray(record[key])) row[key] = toNeo4jValue(key, record[key]);
    let group = nodeGroups.get(node.type);
    if (!group) nodeGroups.set(node.type, (group = { label: node.type, rows: [] }));
    group.rows.push(row);
  }
  const relGroups = new Map<string, RelationshipGroup>();
  for (const rel of data.relationships) {
    const from = labels.get(rel.source);
    const to = labels.get(rel.target);
    if (!from || !to) {
      rejected.push({ id: rel.id, reason: `endpoint ${!from ? rel.source : rel.target} is not a node` });
      continue;
    }
    if (!isAllowedEndpoints(rel.type, from, to)) {
      rejected.push({ id: rel.id, reason: `${rel.type} may not join ${from} to ${to}` });
      continue;
    }
    const key = `${rel.type} ${from} ${to}`;
    let group = relGroups.get(key);
    if (!group) relGroups.set(key, (group = { type: rel.type, from, to, rows: [], hasExtra: false }));
    const all = toNeo4jProps(rel as unknown as Record<string, unknown>, ['id', 'type', 'source', 'target']);
    const known = REL_PROPERTY_KEYS[rel.type];
    // Schema properties sit in the row itself (no nested map to encode and decode per row).
    const row: Record<string, unknown> = { id: rel.id, source: rel.source, target: rel.target };
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(all)) {
      if (known.includes(k)) row[k] = v;
      else extra[k] = v;
    }
    if (Object.keys(extra).length > 0) { row.extra = extra; group.hasExtra = true; }
    group.rows.push(row);
  }
  return { nodes: [...nodeGroups.values()], relationships: [...relGroups.values()], rejected };
}
