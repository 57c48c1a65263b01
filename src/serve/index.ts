// `startServer`: the viewer and a read-only JSON API over a graph source (out/graph.json by default, or Neo4j)
// on node:http; never runs the pipeline.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { KgError, silentLogger, type Logger } from '../errors.js';
import { PROJECT_ROOT } from '../paths.js';
import { handleApi, prepareGraphResponse } from './api.js';
import { precompress, send, sendError } from './http.js';
import { fileSource, type GraphSource } from './source.js';
import { bundleViewer, readViewerFile, type StaticFile } from './static.js';

export type { GraphSource } from './source.js';

/** Either `outDir` (serve <outDir>/graph.json) or a `source`, which the server then owns and closes. */
export type ServeOptions = ({ outDir: string; source?: undefined } | { source: GraphSource; outDir?: undefined }) & {
  host?: string;
  port?: number;
  logger?: Logger;
  /** The viewer's folder; the repository's viz/ by default. */
  vizDir?: string;
};

export interface RunningServer {
  url: string;
  /** Where the graph comes from: the graph.json folder, or `Neo4j at <uri>` without credentials. */
  origin: string;
  close(): Promise<void>;
}

export const DEFAULT_VIZ_DIR = `${join(PROJECT_ROOT, 'viz')}/`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** On a loopback address, refuse requests addressed to another host name (DNS rebinding). */
function hostAllowed(req: IncomingMessage, boundHost: string): boolean {
  if (!LOOPBACK.has(boundHost)) return true;
  // The whole header: a loopback name and at most a port ("[::1]evil.example" or "localhost:80x" is another host).
  return LOOPBACK_HOST.test(String(req.headers.host ?? ''));
}
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const vizDir = options.vizDir ?? DEFAULT_VIZ_DIR;
  // esbuild bundles the viewer in its own process while this one loads and lays out the graph.
  const bundling = bundleViewer(vizDir);
  bundling.catch(() => {}); // awaited below; a load failure first must not leave it unhandled
  const source = options.source ?? fileSource(options.outDir);
  // Load (and lay out) now, so a missing or broken graph (or an unreachable Neo4j) fails the start, not the first request.
  let scripts: Map<string, StaticFile>;
  try {
    const first = await source.snapshot(true);
    logger.info(`serve: ${first.graph.order} nodes, ${first.graph.size} edges from ${first.origin} (layout ${first.layoutCached ? 'from cache, ' : ''}${Math.round(first.layoutMs)} ms)`);
    scripts = await bundling;
    prepareGraphResponse(first);
    for (const script of scripts.values()) precompress(script.body);
  } catch (error) {
    await source.close().catch(() => {});
    throw error;
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(req, res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed: this server is read-only; use GET`, { Allow: 'GET, HEAD' });
    }
    if (!hostAllowed(req, host)) return sendError(req, res, 403, 'HOST_NOT_ALLOWED', `requests must be addressed to ${host}`);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    logger.debug(`serve: ${req.method} ${path}`);
    if (path.startsWith('/api/')) {
      const rest = path.slice('/api/'.length);
      let loaded;
      try {
        // Only the whole-graph request asks the source for changes: the viewer fetches it once per page load.
        loaded = await source.snapshot(rest === 'graph');
      } catch (error) {
        if (!(error instanceof KgError)) throw error;
        logger.warn(`serve: ${error.message}`);
        return sendError(req, res, 503, error.code, error.message);
      }
      return handleApi(req, res, loaded, rest, url.searchParams);
    }
    const script = scripts.get(path.slice(1));
    if (script) return send(req, res, 200, script.body, script.contentType, { 'Cache-Control': 'no-cache' });
    const file = await readViewerFile(vizDir, path === '/' ? 'index.html' : path.slice(1));
    if (file) return send(req, res, 200, file.body, file.contentType, { 'Cache-Control': 'no-cache' });
    return sendError(req, res, 404, 'NOT_FOUND', `nothing at ${path}; the viewer is at /`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.warn(`serve: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendError(req, res, 500, 'INTERNAL', 'the server failed on this request; see its log');
      else res.destroy();
    });
  });
  const listening = new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (cause: NodeJS.ErrnoException) => {
      rejectListen(new KgError('serve', cause.code === 'EADDRINUSE' ? 'PORT_IN_USE' : 'LISTEN_FAILED',
        cause.code === 'EADDRINUSE' ? `port ${options.port} on ${host} is in use; pick another with --port` : `cannot listen on ${host}:${options.port} (${cause.message})`, { cause }));
    });
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  await listening.catch(async (error: unknown) => {
    await source.close().catch(() => {});
    throw error;
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    origin: source.origin,
    close: async () => {
      await new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); });
      await source.close();
    },
  };
}
