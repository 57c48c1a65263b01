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
  const alone = count(mentions.map((m) => m.text));
  const score = (s: string): number[] => [
    /^\p{Lu}/u.test(s) || type !== 'Person' ? 1 : 0,
    s === s.toUpperCase() && /\p{L}{3}/u.test(s) ? 0 : 1,
    type === 'Person' ? s.split(/\s+/).length : 0,
    // "Paul Biya" over a list's "Biya Paul": the form that ends in the word the article uses alone.
    type === 'Person' ? alone.get(s.split(/\s+/).pop()!) ?? 0 : 0,
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

/** Builds one entity per cluster (`clusterOf[i]` is the cluster of `refs[i]`); ids are made unique by a numeric suffix in a stable order. */
export function buildEntities(type: EntityLabel, refs: MentionRef[], clusterOf: string[]): Map<string, Entity> {
  const groups = new Map<string, Mention[]>();
  refs.forEach((r, i) => {
    const key = clusterOf[i]!;
    const list = groups.get(key);
    if (list) list.push(r.mention);
    else groups.set(key, [r.mention]);
  });
  const byKey = new Map<string, Entity>();
  const used = new Set<string>();
  const prefix = type.toLowerCase();
  for (const key of [...groups.keys()].sort()) {
    const mentions = groups.get(key)!;
    const name = bestName(type, mentions);
    let id = makeId(prefix, name);
    for (let n = 2; used.has(id); n++) id = makeId(prefix, name, String(n));
    used.add(id);
    byKey.set(key, { id, type, name, aliases: aliasesOf(mentions, name), keys: [...new Set(mentions.map((m) => m.key ?? ''))].filter(Boolean).sort() });
  }
  return byKey;
}

/** A national body's name in the form "<Body> of <Country>": what its own state calls it and encyclopaedias title it. */
const FORMAL_BODIES = /^(?:government|parliament|senate|supreme court|constitutional court|high court|cabinet|presidency|national assembly|election commission|electoral commission|council of ministers)$/;

/** "Supreme Court of Cameroon" for the key `inst:Cameroon:supreme court` ("the Cameroonian Supreme Court"). */
function formalName(key: string | undefined): string | null {
  const m = key ? /^inst:([^:]+):([^:]+)$/.exec(key) : null;
  if (!m || !FORMAL_BODIES.test(m[2]!)) return null;
  const body = m[2]!.split(' ').map((w) => (w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
  // "Government of the United States", "Parliament of the United Kingdom": a name made of a state's form takes "the".
  const the = /\b(?:States|Republic|Kingdom|Union|Federation|Emirates|Islands)\b/.test(m[1]!) ? 'the ' : '';
  return `${body} of ${the}${m[1]}`;
}

/** Every written form, with and without a leading "the", every canonical name the lexicons gave and every styled form (`King Abdullah II`), except the name. */
function aliasesOf(mentions: Mention[], name: string): string[] {
  const forms = new Set<string>();
  for (const m of mentions) {
    forms.add(m.text);
    forms.add(m.text.replace(/^the\s+/i, ''));
    if (m.canonical) forms.add(m.canonical);
    if (m.styled) forms.add(m.styled);
    const formal = formalName(m.key);
    if (formal) forms.add(formal);
  }
  forms.delete(name);
  return [...forms].sort();
}
