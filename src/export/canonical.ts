// Plain values with object keys sorted, so the same graph always serializes to the same bytes.
import { compareIds } from '../../graph-schema/ids.js';

/** A deep copy whose objects list their keys in code-unit order; arrays keep their order. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareIds)) {
    out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  }
  return out;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

export { compareIds as byId } from '../../graph-schema/ids.js';
