// Canonical entities from clustered mentions: a display name, every other surface form as an alias, a stable id.
import { makeId, type EntityLabel } from '../../graph-schema/index.js';
import type { Mention } from '../extract/types.js';
import type { MentionRef } from './people.js';

export interface Entity {
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  /** The cluster key the entity came from (`org:Pentagon`, `inst:Iraq:government`, `full:…`). */
  keys: string[];
}

function count<T>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const item of items) m.set(item, (m.get(item) ?? 0) + 1);
  return m;
}

/** Written forms without a leading "the" and never all capitals ("WASHINGTON") when another form exists. */
function bestName(type: EntityLabel, mentions: Mention[]): string {
  const canonical = mentions.map((m) => m.canonical).filter((c): c is string => !!c);
  const pool = canonical.length > 0 ? canonical : mentions.map((m) => m.text.replace(/^the\s+/, ''));
  const counts = count(pool);
  const score = (s: string): number[] => [
    /^\p{Lu}/u.test(s) || type !== 'Person' ? 1 : 0,
    s === s.toUpperCase() && /\p{L}{3}/u.test(s) ? 0 : 1,
    type === 'Person' ? s.split(/\s+/).length : 0,
    counts.get(s)!,
    s.length,
  ];
  return [...counts.keys()].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return a < b ? -1 : a > b ? 1 : 0;
  })[0]!;
}

/** Builds one entity per cluster; ids are made unique by a numeric suffix in a stable order. */
export function buildEntities(type: EntityLabel, refs: MentionRef[], clusterOf: Map<string, string>): Map<string, Entity> {
  const groups = new Map<string, MentionRef[]>();
  for (const r of refs) {
    const key = clusterOf.get(`${r.article}:${r.index}`)!;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const byKey = new Map<string, Entity>();
  const used = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const mentions = groups.get(key)!.map((r) => r.mention);
    const name = bestName(type, mentions);
    let id = makeId(type.toLowerCase(), name);
    for (let n = 2; used.has(id); n++) id = makeId(type.toLowerCase(), name, String(n));
    used.add(id);
    const aliases = [...new Set(mentions.flatMap((m) => [m.text, m.text.replace(/^the\s+/i, '')]))].filter((a) => a !== name).sort();
    byKey.set(key, { id, type, name, aliases, keys: [...new Set(mentions.map((m) => m.key ?? ''))].filter(Boolean).sort() });
  }
  return byKey;
}
