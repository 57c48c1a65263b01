// Generated corpora on disk under bench/.corpus/, written once per (size, seed, generator version).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, toFile } from './generate.js';
import { Random } from './random.js';

/** Bump when generate.ts or words.json change, so stale corpora are not reused. */
const GENERATOR_VERSION = 1;
const FILES_PER_FOLDER = 500;

export interface CorpusInfo {
  dir: string;
  bytes: number;
  files: number;
  generated: boolean;
}

const MANIFEST = '.manifest.json';

/** Writes articles until the files total `megabytes` (10^6 bytes); reuses a complete earlier run. */
export function ensureCorpus(root: string, megabytes: number, seed: number): CorpusInfo {
  const dir = join(root, `${megabytes}mb-seed${seed}-v${GENERATOR_VERSION}`);
  const manifest = join(dir, MANIFEST);
  if (existsSync(manifest)) return { dir, ...(JSON.parse(readFileSync(manifest, 'utf8')) as { bytes: number; files: number }), generated: false };
  rmSync(dir, { recursive: true, force: true });
  const r = new Random(seed);
  const seen = new Set<string>();
  let bytes = 0;
  let files = 0;
  while (bytes < megabytes * 1e6) {
    const article = generateArticle(r, files);
    const hash = createHash('sha256').update(article.body).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    const folder = join(dir, String(Math.floor(files / FILES_PER_FOLDER)).padStart(3, '0'));
    if (files % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const text = toFile(article);
    writeFileSync(join(folder, `${String(files).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    files += 1;
  }
  writeFileSync(manifest, JSON.stringify({ bytes, files }));
  return { dir, bytes, files, generated: true };
}
