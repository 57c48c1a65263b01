// What the compiled tree in dist/ was built from: every file under src/ and graph-schema/ with its size and
// modification time, hashed. bin/compile.js writes it into dist/.built; bin/kg.js runs dist/ only while it still
// matches, so an edit, a file moved in with an old date, an added or a deleted file all send kg back to the sources.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SOURCE_DIRS = ['src', 'graph-schema'];

export function sourceSignature(root) {
  const lines = [];
  for (const dir of SOURCE_DIRS) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath ?? entry.path, entry.name);
      const stat = statSync(path);
      lines.push(`${relative(root, path)}\t${stat.size}\t${stat.mtimeMs}`);
    }
  }
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}
