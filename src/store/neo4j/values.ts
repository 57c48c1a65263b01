// Plain JS values to Neo4j parameters and back: integers stay integers, complete dates become `date`.
import neo4j from 'neo4j-driver';

const COMPLETE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Properties that are typed dates in Neo4j: the first and last day a `date` covers (graph-schema/dates.ts), on every
 * dated node and relationship, so `e.dateEnd >= date('2024-01-01')` finds "2024-01" as well as "2024-01-15". `date`
 * and `asOf` stay strings at their precision, one type whatever the precision.
 */
const DATE_KEYS = new Set(['dateStart', 'dateEnd']);

/** A property value as a Bolt parameter; whole numbers are sent as Neo4j integers, not floats. */
export function toNeo4jValue(key: string, value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (typeof value === 'string' && DATE_KEYS.has(key)) {
    const match = COMPLETE_DATE.exec(value);
    if (match) return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  if (Array.isArray(value)) return value.map((item) => toNeo4jValue('', item));
  return value;
}

export function toNeo4jProps(record: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (omit.includes(key) || value === undefined) continue;
    props[key] = toNeo4jValue(key, value);
  }
  return props;
}

function isTemporal(value: unknown): boolean {
  return neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)
    || neo4j.isLocalTime(value as never) || neo4j.isTime(value as never) || neo4j.isDuration(value as never);
}

/** Neo4j integers to numbers (strings beyond 2^53), temporals to ISO strings, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const record = value as { labels?: unknown; properties?: unknown; type?: unknown; elementId?: unknown };
    if (record.properties && record.elementId !== undefined) {
      return { ...(record.labels ? { labels: record.labels } : { type: record.type }), ...toPlainRecord(record.properties as Record<string, unknown>) };
    }
    if (typeof (value as { segments?: unknown }).segments === 'object' && (value as { start?: unknown }).start) {
      const path = value as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
      return { start: toPlain(path.start), segments: path.segments.map((s) => ({ relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
    }
    return toPlainRecord(value as Record<string, unknown>);
  }
  return value;
}

export function toPlainRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = toPlain(value);
  return out;
}
