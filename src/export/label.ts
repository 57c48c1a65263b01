// The one readable label of a node, shared by the GraphML display key and the Cytoscape elements.
import { stripInvalidXmlChars } from './xml.js';

const STATEMENT_LABEL_LENGTH = 60;

/** Shortens to at most `max` code points, at a word break when one is near, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const flat = stripInvalidXmlChars(text).replace(/\s+/g, ' ').trim();
  // Code units never undercount code points: a text this short is short enough.
  if (flat.length <= max) return flat;
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** `name`, an Article's `title`, or a Statement's opening words; the id when none is there. */
export function nodeLabel(id: string, attributes: Record<string, unknown>): string {
  if (attributes.type === 'Statement') {
    const quote = text(attributes.text);
    if (quote) return truncateText(quote, STATEMENT_LABEL_LENGTH);
  }
  return text(attributes.name) ?? text(attributes.title) ?? id;
}
