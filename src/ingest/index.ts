// Files → validated articles. Every file that cannot be used becomes an issue; the rest goes on.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { listInputs, type InputEntry } from './files.js';
import { parseHtmlArticle } from './html-article.js';
import { issues } from './issues.js';
import { parseTextArticle, type ParsedFields } from './text-article.js';
import type { Article, IngestIssue, IngestOptions, IngestResult } from './types.js';
import { decodeUtf8 } from './utf8.js';
export type * from './types.js';

const FORMATS: Record<string, 'text' | 'html'> = { '.txt': 'text', '.md': 'text', '.markdown': 'text', '.html': 'html', '.htm': 'html' };
/** Files read at once: enough to overlap disk waits, few enough to keep memory flat. */
const READ_AHEAD = 64;

export function articleId(text: string): string {
  return `article:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

async function load(entry: InputEntry, options: IngestOptions): Promise<ParsedFields | IngestIssue> {
  if (entry.kind === 'missing') return issues.notFound(entry.path);
  if (entry.kind === 'unreadable') return issues.unreadable(entry.path, entry.reason);
  if (entry.kind === 'special') return issues.notRegular(entry.path, entry.what);
  const ext = extname(entry.path).toLowerCase();
  const format = FORMATS[ext];
  if (!format) return issues.unsupported(entry.path, ext);
  let bytes: Uint8Array;
  try {
    const file = await open(entry.path, 'r');
    try {
      const { size } = await file.stat();
      if (size > options.maxBytes) return issues.tooLarge(entry.path, size, options.maxBytes);
      bytes = await file.readFile();
    } finally {
      await file.close();
    }
  } catch (error) {
    return issues.unreadable(entry.path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
  if (bytes.length === 0) return issues.empty(entry.path, 'the file is empty');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return decoded.kind === 'binary' ? issues.binary(entry.path, decoded.offset) : issues.notUtf8(entry.path, decoded.byte, decoded.offset);
  }
  const parsed = format === 'html' ? parseHtmlArticle(decoded.text) : parseTextArticle(decoded.text);
  if (parsed.ok) return parsed.fields;
  if (parsed.problem === 'html') return issues.badHtml(entry.path, parsed.detail);
  return parsed.problem === 'empty' ? issues.empty(entry.path, parsed.detail) : issues.badFrontMatter(entry.path, parsed.detail);
}

/**
 * Reads files and directories (recursively) in sorted path order, so the same inputs give the same
 * articles and issues in the same order. Articles with the same text are kept once, the first path wins.
 */
export async function readArticles(paths: string[], options: IngestOptions): Promise<IngestResult> {
  const entries = await listInputs(paths);
  const articles: Article[] = [];
  const rejected: IngestIssue[] = [];
  const firstPath = new Map<string, { path: string; id: string }>();
  for (let i = 0; i < entries.length; i += READ_AHEAD) {
    const batch = entries.slice(i, i + READ_AHEAD);
    const loaded = await Promise.all(batch.map((entry) => load(entry, options)));
    loaded.forEach((result, k) => {
      const path = batch[k]!.path;
      if ('code' in result) return void rejected.push(result);
      const id = articleId(result.text);
      // A copy saved with Windows line ends is the same article.
      const same = result.text.includes('\r') ? articleId(result.text.replace(/\r\n?/g, '\n')) : id;
      const first = firstPath.get(same);
      if (first !== undefined) return void rejected.push(issues.duplicate(path, first.path, first.id));
      firstPath.set(same, { path, id });
      articles.push({ id, path, ...result });
    });
  }
  return { articles, rejected };
}
