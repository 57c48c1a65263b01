// Decides whether out/ is up to date: a fingerprint of the inputs and of the code that turns them into a graph.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

const CODE_DIRS = ['src', 'graph-schema'].map((dir) => join(PROJECT_ROOT, dir));

/** Content, not modification times: a fresh clone or a checkout must not look stale or fresh by accident. */
function walk(path: string, into: string[]): void {
  if (!existsSync(path)) { into.push(`${path}:missing`); return; }
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) walk(join(path, entry), into);
  } else {
    into.push(`${path}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
  }
}

export function buildFingerprint(inputs: string[], flags: string): string {
  const lines: string[] = [flags];
  for (const path of [...inputs].sort()) walk(resolve(path), lines);
  for (const dir of CODE_DIRS) walk(dir, lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export function isFresh(fingerprintFile: string, fingerprint: string, outputs: string[]): boolean {
  if (!outputs.every((output) => existsSync(output)) || !existsSync(fingerprintFile)) return false;
  return readFileSync(fingerprintFile, 'utf8').trim() === fingerprint;
}
