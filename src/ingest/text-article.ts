// A .txt or .md article: optional YAML front matter, then the body kept byte for byte.
import matter from 'gray-matter';
import { parseHeader } from './header.js';

export interface ParsedFields {
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
}

export type ParseOutcome =
  | { ok: true; fields: ParsedFields }
  | { ok: false; problem: 'empty' | 'header' | 'html'; detail: string };

/** The first line with a letter or digit, without Markdown heading marks: `# Troops stay` → `Troops stay`. */
export function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/^#{1,6}\s+/, '').trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) return trimmed;
  }
  return '';
}

/** An opening `---` line and a closing one; a text that merely starts with a rule has no header. */
const FRONT_MATTER = /^---[^\S\r\n]*\w*\r?\n(?:[\s\S]*?\r?\n)?---[^\S\r\n]*(?:\r?\n|$)/;

const DATE_LINE = /^date:[^\S\r\n]*["']?([^"'\r\n#]*?)["']?[^\S\r\n]*(?:#.*)?$/m;

/**
 * YAML reads an unquoted `date: 2024-02-30` as a timestamp and rolls it over to 1 March: the date is checked as
 * written instead (a time after the day is left out), so an impossible one is reported, not shifted.
 */
function withWrittenDate(data: Record<string, unknown>, front: string): Record<string, unknown> {
  if (!(data.date instanceof Date)) return data;
  const written = DATE_LINE.exec(front)?.[1]?.trim();
  if (!written) return data;
  return { ...data, date: /^\d{4}-\d{2}-\d{2}[T ]/.test(written) ? written.slice(0, 10) : written };
}

export function parseTextArticle(raw: string): ParseOutcome {
  let data: unknown = {};
  let text = raw;
  if (FRONT_MATTER.test(raw)) {
    try {
      // An options object turns off gray-matter's cache, which would otherwise keep every file alive.
      const file = matter(raw, {});
      data = withWrittenDate(file.data, file.matter);
      text = file.content;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
      return { ok: false, problem: 'header', detail: `YAML: ${reason}` };
    }
  }
  const header = parseHeader(data);
  if (!header.ok) return { ok: false, problem: 'header', detail: header.problems };
  if (!text.trim()) return { ok: false, problem: 'empty', detail: raw.trim() ? 'nothing after the front matter' : 'only whitespace' };
  const { title, date, source, url } = header.header;
  return { ok: true, fields: { title: title ?? firstLine(text), date: date ?? null, source: source ?? null, url: url ?? null, text } };
}
