// GraphML <key> declarations inferred from the graph: one per (domain, property), typed, in a fixed order.
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { byId, canonicalJson } from './canonical.js';
import { nodeLabel } from './label.js';
import { isNmtoken } from './xml.js';

export type KeyDomain = 'node' | 'edge';
export type GraphMLType = 'boolean' | 'int' | 'long' | 'double' | 'string';

export interface GraphMLKey {
  /** `node_name`, `edge_start`: stable across graphs that share the property. */
  id: string;
  for: KeyDomain;
  name: string;
  type: GraphMLType;
}

/**
 * Properties the export adds: APOC's `labels` (`:Person`) and edge `label` (`SAID`), and a node display `label`.
 * A property of the same name on the node or edge itself wins; `propertyOf` reads the two without merging them.
 */
export function derivedNodeProperties(id: string, attributes: Record<string, unknown>): Record<string, unknown> {
  const derived: Record<string, unknown> = { label: nodeLabel(id, attributes) };
  if (typeof attributes.type === 'string') derived.labels = `:${attributes.type}`;
  return derived;
}

export function derivedEdgeProperties(attributes: Record<string, unknown>): Record<string, unknown> {
  return typeof attributes.type === 'string' ? { label: attributes.type } : {};
}

/** The value a property has in the export: the element's own, else the derived one. */
export function propertyOf(attributes: Record<string, unknown>, derived: Record<string, unknown>, name: string): unknown {
  return name in attributes ? attributes[name] : derived[name];
}

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

function kindOf(value: unknown): GraphMLType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    if (value >= INT_MIN && value <= INT_MAX) return 'int';
    return Number.isSafeInteger(value) ? 'long' : 'double';
  }
  return 'string';
}

/** The narrowest GraphML type every value of a property fits. */
function widen(a: GraphMLType, b: GraphMLType): GraphMLType {
  if (a === b) return a;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

function collect(found: Map<string, GraphMLType>, domain: KeyDomain, owner: string, attributes: Record<string, unknown>, derived: Record<string, unknown>): void {
  for (const name in derived) if (!(name in attributes)) note(found, domain, owner, name, derived[name]);
  for (const name in attributes) note(found, domain, owner, name, attributes[name]);
}

function note(found: Map<string, GraphMLType>, domain: KeyDomain, owner: string, name: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (!isNmtoken(name)) {
    throw new KgError('export', 'GRAPHML_BAD_PROPERTY_NAME',
      `${domain} ${owner} has a property named ${JSON.stringify(name)}, which is not a valid GraphML attr.name (an XML NMTOKEN); rename it to letters, digits, '.', '-', '_' or ':'`);
  }
  const kind = kindOf(value);
  const seen = found.get(name);
  found.set(name, seen ? widen(seen, kind) : kind);
}

function keysOf(domain: KeyDomain, found: Map<string, GraphMLType>): GraphMLKey[] {
  return [...found.keys()]
    .sort(byId)
    .map((name) => ({ id: `${domain}_${name}`, for: domain, name, type: found.get(name)! }));
}

/** Node keys first, then edge keys, each sorted by property name. */
export function inferKeys(graph: KnowledgeGraph): GraphMLKey[] {
  const nodes = new Map<string, GraphMLType>();
  const edges = new Map<string, GraphMLType>();
  graph.forEachNode((id, attributes) => collect(nodes, 'node', id, attributes, derivedNodeProperties(id, attributes)));
  graph.forEachEdge((id, attributes) => collect(edges, 'edge', id, attributes, derivedEdgeProperties(attributes)));
  return [...keysOf('node', nodes), ...keysOf('edge', edges)];
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  return String(value);
}

/** The text of one <data> element; lists and objects become canonical JSON. */
export function encodeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return canonicalJson(value);
}
