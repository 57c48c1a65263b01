// The view's state and its round trip through the URL hash, so a view can be shared as a link.

export interface ViewState {
  /** Node types shown; empty means all. */
  types: Set<string>;
  article: string | null;
  /** Inclusive range of date keys (YYYY, YYYY-MM). */
  from: string | null;
  to: string | null;
  minDegree: number;
  /** A node or edge id. */
  selected: string | null;
  focus: string | null;
  depth: number;
  expanded: Set<string>;
  path: [string, string] | null;
  /** First end of a path being picked. */
  pathStart: string | null;
}

export function emptyState(): ViewState {
  return { types: new Set(), article: null, from: null, to: null, minDegree: 0, selected: null, focus: null, depth: 1, expanded: new Set(), path: null, pathStart: null };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function parseHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  state.types = new Set(list(p.get('types')));
  state.article = p.get('article');
  state.from = p.get('from');
  state.to = p.get('to');
  state.minDegree = Math.max(0, Number.parseInt(p.get('deg') ?? '0', 10) || 0);
  state.selected = p.get('sel');
  state.focus = p.get('focus');
  state.depth = Math.min(3, Math.max(1, Number.parseInt(p.get('depth') ?? '1', 10) || 1));
  state.expanded = new Set(list(p.get('exp')));
  const path = list(p.get('path'));
  state.path = path.length === 2 ? [path[0]!, path[1]!] : null;
  return state;
}

export function toHash(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.types.size) p.set('types', [...state.types].sort().join(','));
  if (state.article) p.set('article', state.article);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.minDegree > 0) p.set('deg', String(state.minDegree));
  if (state.selected) p.set('sel', state.selected);
  if (state.focus) { p.set('focus', state.focus); if (state.depth !== 1) p.set('depth', String(state.depth)); }
  if (state.expanded.size) p.set('exp', [...state.expanded].sort().join(','));
  if (state.path) p.set('path', state.path.join(','));
  const text = p.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text ? `#${text}` : '';
}

export function writeHash(state: ViewState): void {
  const hash = toHash(state);
  if (hash !== location.hash && !(hash === '' && location.hash === '')) {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }
}
