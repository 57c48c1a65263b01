// Deterministic, content-derived ids that are valid XML NMTOKENs: `person:hadi-al-rawi`.
import { z } from 'zod';

/** NMTOKEN-safe id: lower-case prefix (hyphenated for edges: `reported-in`), a colon, then letters, digits, '.', '-', '_' or ':'. */
export const Id = z.string().regex(/^[a-z]+(?:-[a-z]+)*:[a-z0-9][a-z0-9._:-]*$/, 'id must be `prefix:slug` and a valid NMTOKEN');

/** Folds a display string to an id slug: ascii, lower case, words joined by '-'. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug : 'x';
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
