// Calls to the read-only API of `kg serve`; the shapes mirror src/serve.
import type { ArticleSummary } from '../src/serve/types.js';
import type { EdgeDetails, NodeDetails } from '../src/serve/details.js';
import type { PathResult } from '../src/serve/path.js';
import type { Suggestion } from '../src/serve/search.js';

// The answers' shapes are the server's own types (type-only imports, erased from the bundle).
export type { ArticleSummary, EdgeDetails, NodeDetails, PathResult, Suggestion };
export type { EvidenceView, NodeRef, RelationView, StatementView } from '../src/serve/details.js';

export interface ElementDef { data: Record<string, unknown> & { id: string; type: string; label: string }; position?: { x: number; y: number } }
export interface GraphPayload {
  elements: { nodes: ElementDef[]; edges: ElementDef[] };
  articles: ArticleSummary[];
  meta: { nodes: number; edges: number; layoutMs: number };
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${path} answered ${res.status}`);
  }
  return res.json() as Promise<T>;
}

const enc = encodeURIComponent;

export const api = {
  graph: () => get<GraphPayload>('/api/graph'),
  /** Every property of every element, for exports. */
  fullGraph: () => get<GraphPayload>('/api/graph?full=1'),
  node: (id: string) => get<NodeDetails>(`/api/node/${enc(id)}`),
  edge: (id: string) => get<EdgeDetails>(`/api/edge/${enc(id)}`),
  search: (q: string) => get<{ results: Suggestion[] }>(`/api/search?q=${enc(q)}&limit=12`).then((r) => r.results),
  path: (from: string, to: string) => get<PathResult>(`/api/path?from=${enc(from)}&to=${enc(to)}`),
};
