// Builds throw-away article folders and reads them back with temp paths shown as <dir>.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readArticles } from '../../src/ingest/index.js';
import type { IngestResult } from '../../src/ingest/types.js';

export const GOOD = 'Troops stay in the region\n\nThe commander said on Tuesday that the troops would stay.\n';

export function makeTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Reads with temp paths replaced by `<dir>`, so messages can be pinned in snapshots. */
export async function read(dir: string, paths: string[] = [dir], maxBytes = 1_000_000): Promise<IngestResult> {
  const result = await readArticles(paths, { maxBytes });
  const hide = (text: string) => text.split(dir).join('<dir>');
  return {
    articles: result.articles.map((a) => ({ ...a, path: hide(a.path) })),
    rejected: result.rejected.map((i) => ({ ...i, path: hide(i.path), message: hide(i.message) })),
  };
}

export const paths = (result: IngestResult) => result.articles.map((a) => a.path);
