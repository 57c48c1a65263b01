// Input paths → the files to read, in one sorted, deterministic order; directories are walked recursively.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export type InputEntry =
  | { kind: 'file'; path: string }
  | { kind: 'missing'; path: string }
  | { kind: 'unreadable'; path: string; reason: string }
  /** A named pipe, a device (a link to /dev/zero), a socket: never opened, reading it could block or never end. */
  | { kind: 'special'; path: string; what: string };

function specialKind(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  return info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'no regular file';
}

function reason(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  return err.code ?? err.message ?? String(error);
}

/** Hidden entries (`.git`, `.DS_Store`) are not articles and are skipped; every other file is listed. */
async function walk(dir: string, visited: Set<string>, out: InputEntry[]): Promise<void> {
  const real = await realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ kind: 'unreadable', path: dir, reason: reason(error) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Plain files need no stat here: their size is checked when they are opened.
    if (entry.isFile()) out.push({ kind: 'file', path });
    else await visit(path, visited, out);
  }
}

async function visit(path: string, visited: Set<string>, out: InputEntry[]): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, visited, out);
    else if (info.isFile()) out.push({ kind: 'file', path });
    else out.push({ kind: 'special', path, what: specialKind(info) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    out.push(code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing', path } : { kind: 'unreadable', path, reason: reason(error) });
  }
}

/** Sorted by path (code-unit order, not locale); a file named twice, directly or through a directory, is listed once. */
export async function listInputs(paths: string[]): Promise<InputEntry[]> {
  const found: InputEntry[] = [];
  const visited = new Set<string>();
  for (const path of paths) await visit(join(path), visited, found);
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  return found.filter((entry) => {
    const key = resolve(entry.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
