// Small response helpers: security headers on everything, gzip when the client accepts it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** The one inline <style> Cytoscape adds (`.__________cytoscape_container { position: relative; }`). */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/** Scripts only from this origin and no inline script, so text from articles can never run. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self' ${CYTOSCAPE_STYLE_HASH}; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const gzipCache = new WeakMap<Buffer, Buffer>();

function gzipped(body: Buffer): Buffer {
  let zipped = gzipCache.get(body);
  if (!zipped) { zipped = gzipSync(body, { level: 6 }); gzipCache.set(body, zipped); }
  return zipped;
}

/** Compresses a body that will be sent often now, so the first request for it does not wait. */
export function precompress(body: Buffer): void {
  if (body.length > 1024) gzipped(body);
}

export function send(req: IncomingMessage, res: ServerResponse, status: number, body: Buffer, contentType: string, extra: Record<string, string> = {}): void {
  let payload = body;
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': contentType, Vary: 'Accept-Encoding', ...extra };
  if (body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    payload = gzipped(body);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = String(payload.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  send(req, res, status, Buffer.from(JSON.stringify(value)), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
}

export function sendError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify({ error: { code, message } }));
  send(req, res, status, body, 'application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...extra });
}
