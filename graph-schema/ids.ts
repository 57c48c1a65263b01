// Deterministic, content-derived ids that are valid XML NMTOKENs: `person:hadi-al-rawi`.
import { z } from 'zod';

/** NMTOKEN-safe id: lower-case prefix (hyphenated for edges: `reported-in`), a colon, then letters, digits, '.', '-', '_' or ':'. */
export const Id = z.string().regex(/^[a-z]+(?:-[a-z]+)*:[a-z0-9][a-z0-9._:-]*$/, 'id must be `prefix:slug` and a valid NMTOKEN');

/**
 * Folds a display string to an id slug: ascii, lower case, words joined by '-'. Letters that fold to no ascii (Cyrillic,
 * Arabic, Chinese: "Владимир Путин") would vanish and make different names one id, so a text that has any gets a
 * hash of its normalised form after its ascii part: stable for any script, different for different names.
 */
export function slugify(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!NON_ASCII_LETTER.test(folded)) return slug.length > 0 ? slug : 'x';
  const hash = `u${fnv1a(folded, 0x811c9dc5)}${fnv1a(folded, 0x01000193)}`;
  return slug.length > 0 ? `${slug}-${hash}` : hash;
}

const NON_ASCII_LETTER = /[^\x00-\x7f](?<=[\p{L}\p{N}])/u;

/** 32-bit FNV-1a of the text's UTF-16 code units from `seed`, as 8 hex digits: no crypto, the same in Node and the browser. */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function makeId(prefix: string, ...parts: string[]): string {
  return `${prefix}:${parts.map(slugify).join(':')}`;
}

/** Relationship id: one per (type, source, target, evidence), so re-loading merges instead of duplicating. */
export function makeEdgeId(type: string, source: string, target: string, evidence?: { articleId: string; start: number }): string {
  const base = `${type.toLowerCase().replace(/_/g, '-')}:${source}--${target}`;
  return evidence ? `${base}--${evidence.articleId}:${evidence.start}` : base;
}

/** Orders ids by code point (not locale): the one order every deterministic output uses. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `compareIds` on the `id` of records. */
export function compareById(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}
