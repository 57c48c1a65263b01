// Which elements the current filters, focus, expansions and path show; applied as the `hidden` class.
import type { Core, NodeSingular, CollectionReturnValue } from 'cytoscape';
import type { ViewState } from './state.js';

/** YYYY-MM (or YYYY) of a partial ISO date: the timeline's step. */
export function dateKey(date: unknown): string | null {
  return typeof date === 'string' && /^\d{4}/.test(date) ? date.slice(0, 7) : null;
}

/** The dates a node stands at: its own for events and articles, its article's for statements, else its articles'. */
export function dateKeysOf(node: NodeSingular, articleDates: Map<string, string | null>): string[] {
  const type = node.data('type');
  if (type === 'Event' || type === 'Article') {
    const own = dateKey(node.data('date'));
    if (own) return [own];
  }
  if (type === 'Statement') {
    const key = dateKey(node.data('date')) ?? dateKey(articleDates.get(node.data('articleId')));
    return key ? [key] : [];
  }
  const ids: string[] = node.data('articleIds') ?? [];
  return ids.map((id) => dateKey(articleDates.get(id))).filter((k): k is string => !!k);
}

/** Months are YYYY-MM; a year-precision key ("2020") covers all its months, so it overlaps any range within that year. */
function inRange(key: string, from: string | null, to: string | null): boolean {
  const first = key.length === 4 ? `${key}-01` : key;
  const last = key.length === 4 ? `${key}-12` : key;
  return (!from || last >= from) && (!to || first <= to);
}

export function passesFilters(node: NodeSingular, state: ViewState, articleDates: Map<string, string | null>): boolean {
  if (state.types.size && !state.types.has(node.data('type'))) return false;
  if (state.article && !(node.data('articleIds') ?? []).includes(state.article)) return false;
  if ((node.data('degree') ?? 0) < state.minDegree) return false;
  if (state.from || state.to) {
    const keys = dateKeysOf(node, articleDates);
    if (keys.length && !keys.some((k) => inRange(k, state.from, state.to))) return false;
  }
  return true;
}

/** Nodes within `depth` steps of `id`, edges read both ways. */
export function within(cy: Core, id: string, depth: number): CollectionReturnValue {
  let reached = cy.getElementById(id).nodes() as unknown as CollectionReturnValue;
  for (let i = 0; i < depth; i += 1) reached = reached.union(reached.neighborhood().nodes());
  return reached;
}

/** Whether the state narrows the graph at all (expansions, paths and selections only ever add to a narrowed view). */
export function narrows(state: ViewState): boolean {
  return state.types.size > 0 || !!state.article || state.minDegree > 0 || !!state.from || !!state.to || !!state.focus;
}

export function computeVisible(cy: Core, state: ViewState, articleDates: Map<string, string | null>, pathNodes: string[]): CollectionReturnValue {
  // The common case on a large graph: no per-node tests and no set algebra over every element.
  if (!narrows(state)) return cy.elements() as unknown as CollectionReturnValue;
  let nodes = cy.nodes().filter((n) => passesFilters(n, state, articleDates));
  if (state.focus && cy.getElementById(state.focus).nonempty()) {
    nodes = nodes.intersection(within(cy, state.focus, state.depth)).union(cy.getElementById(state.focus));
  }
  for (const id of state.expanded) {
    const node = cy.getElementById(id);
    if (node.nonempty()) nodes = nodes.union(node).union(node.neighborhood().nodes());
  }
  for (const id of pathNodes) nodes = nodes.union(cy.getElementById(id));
  if (state.selected) {
    const el = cy.getElementById(state.selected);
    nodes = nodes.union(el.connectedNodes().union(el.nodes()));
  }
  return nodes.union(nodes.edgesWith(nodes));
}

/** Shows exactly `visible`; returns how many nodes and edges are shown. */
export function applyVisible(cy: Core, visible: CollectionReturnValue): { nodes: number; edges: number } {
  const all = cy.elements();
  cy.batch(() => {
    if (visible.length < all.length) all.difference(visible).addClass('hidden');
    // Only the elements that carry the class are touched, so showing everything costs a scan, not a restyle.
    cy.elements('.hidden').intersection(visible).removeClass('hidden');
  });
  return { nodes: visible.nodes().length, edges: visible.edges().length };
}
