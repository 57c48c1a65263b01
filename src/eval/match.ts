// What the scorers share: the folded names a node answers to, set overlap, a safe ratio.
import type { Node } from '../../graph-schema/index.js';
import { foldName } from './fold.js';

/** A node's name and aliases, folded; a node without a name answers to nothing. */
export function namesOfNode(node: Node | undefined): Set<string> {
  if (!node) return new Set();
  if (!('aliases' in node)) return new Set('name' in node ? [foldName(node.name)] : []);
  return new Set([node.name, ...(node.aliases ?? [])].map(foldName));
}

export function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
