// The read-only JSON API over the loaded graph: graph, node, edge, search, path, neighbourhood.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { byDateThenId, edgeDetails, nodeDetails } from './details.js';
import { leanElements } from './elements.js';
import { precompress, send, sendError, sendJson } from './http.js';
import { DEFAULT_NODE_LIMIT, MAX_DEPTH, MAX_NODE_LIMIT, neighbourhood } from './neighbourhood.js';
import { shortestPath } from './path.js';
import { suggest } from './search.js';
import type { LoadedGraph } from './types.js';

const graphBodies = new WeakMap<LoadedGraph, { lean?: Buffer; full?: Buffer }>();

/**
 * The whole graph as Cytoscape elements with positions, plus the article list the filters offer.
 * Lean by default (what is drawn and filtered on); `full` adds every property, for exports.
 */
function graphBody(loaded: LoadedGraph, full: boolean): Buffer {
  const cached = graphBodies.get(loaded) ?? {};
  graphBodies.set(loaded, cached);
  const key = full ? 'full' : 'lean';
  if (!cached[key]) {
    const articles = [...loaded.articles.values()].sort(byDateThenId);
    cached[key] = Buffer.from(JSON.stringify({
      elements: full ? loaded.elements : leanElements(loaded.elements),
      articles,
      meta: { nodes: loaded.graph.order, edges: loaded.graph.size, layoutMs: Math.round(loaded.layoutMs) },
    }));
  }
  return cached[key]!;
}

/** Prepares the whole-graph response (the one every page load asks for) before the first request. */
export function prepareGraphResponse(loaded: LoadedGraph): void {
  precompress(graphBody(loaded, false));
}

function intParam(value: string | null, fallback: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
}

/** `rest` is the path after `/api/`, still percent-encoded. */
export function handleApi(req: IncomingMessage, res: ServerResponse, loaded: LoadedGraph, rest: string, query: URLSearchParams): void {
  const slash = rest.indexOf('/');
  const route = slash === -1 ? rest : rest.slice(0, slash);
  let arg: string | null = null;
  try {
    arg = slash === -1 ? null : decodeURIComponent(rest.slice(slash + 1));
  } catch {
    return sendError(req, res, 400, 'BAD_ID', `the id in /api/${rest} is not valid percent-encoding`);
  }
  const { graph, articles } = loaded;
  switch (route) {
    case 'graph':
      return send(req, res, 200, graphBody(loaded, query.get('full') === '1'), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
    case 'node': {
      const details = arg ? nodeDetails(graph, articles, arg) : null;
      return details ? sendJson(req, res, 200, details) : sendError(req, res, 404, 'NODE_NOT_FOUND', `no node with id ${JSON.stringify(arg)}; find ids with /api/search?q=`);
    }
    case 'edge': {
      const details = arg ? edgeDetails(graph, articles, arg) : null;
      return details ? sendJson(req, res, 200, details) : sendError(req, res, 404, 'EDGE_NOT_FOUND', `no edge with id ${JSON.stringify(arg)}`);
    }
    case 'search': {
      const q = query.get('q') ?? '';
      return sendJson(req, res, 200, { query: q, results: suggest(graph, loaded.search, q, intParam(query.get('limit'), 10, 50)) });
    }
    case 'path': {
      const from = query.get('from');
      const to = query.get('to');
      if (!from || !to) return sendError(req, res, 400, 'PATH_ENDS_MISSING', 'give both ends: /api/path?from=<node id>&to=<node id>');
      for (const end of [from, to]) if (!graph.hasNode(end)) return sendError(req, res, 404, 'NODE_NOT_FOUND', `no node with id ${JSON.stringify(end)}`);
      return sendJson(req, res, 200, shortestPath(graph, loaded.undirected, from, to));
    }
    case 'neighbourhood': {
      const depth = intParam(query.get('depth'), 1, MAX_DEPTH);
      // At most `limit` nodes, nearest first: one request cannot make the server walk and send the whole graph.
      const limit = Math.max(1, intParam(query.get('limit'), DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT));
      const result = arg ? neighbourhood(graph, loaded.elements, arg, depth, limit) : null;
      if (!result) return sendError(req, res, 404, 'NODE_NOT_FOUND', `no node with id ${JSON.stringify(arg)}`);
      const { truncated, ...elements } = result;
      return sendJson(req, res, 200, { center: arg, depth, limit, truncated, elements });
    }
    default:
      return sendError(req, res, 404, 'NO_SUCH_ENDPOINT', `no endpoint /api/${route}; try /api/graph, /api/node/<id>, /api/edge/<id>, /api/search?q=, /api/path?from=&to=, /api/neighbourhood/<id>`);
  }
}
