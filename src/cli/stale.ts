// Decides whether out/ is up to date: a fingerprint of the inputs and of the code that turns them into a graph.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

const CODE_DIRS = ['src', 'graph-schema'].map((dir) => join(PROJECT_ROOT, dir));

/**
 * Content, not modification times: a fresh clone or a checkout must not look stale or fresh by accident. Only what
 * ingest would read is hashed: a file over `maxBytes` (rejected whole) by its size, a pipe, device or socket by its
 * kind, an unreadable path by its error: none of them is opened (a FIFO or a link to /dev/zero would never end).
 */
function walk(path: string, into: string[], maxBytes: number): void {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    into.push(`${path}:${(error as NodeJS.ErrnoException).code ?? 'missing'}`);
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = readdirSync(path).sort();
    } catch (error) {
      into.push(`${path}:${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
      return;
    }
    for (const entry of entries) walk(join(path, entry), into, maxBytes);
  } else if (!info.isFile()) {
    into.push(`${path}:special`);
  } else if (info.size > maxBytes) {
    into.push(`${path}:size ${info.size}`);
  } else {
    try {
      into.push(`${path}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    } catch (error) {
      into.push(`${path}:${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  }
}

export function buildFingerprint(inputs: string[], flags: string, maxBytes = Number.MAX_SAFE_INTEGER): string {
  const lines: string[] = [flags];
  for (const path of [...inputs].sort()) walk(resolve(path), lines, maxBytes);
  for (const dir of CODE_DIRS) walk(dir, lines, Number.MAX_SAFE_INTEGER);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export function isFresh(fingerprintFile: string, fingerprint: string, outputs: string[]): boolean {
  if (!outputs.every((output) => existsSync(output)) || !existsSync(fingerprintFile)) return false;
  return readFileSync(fingerprintFile, 'utf8').trim() === fingerprint;
}
