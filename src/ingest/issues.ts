// One constructor per kind of rejected file, so every message names the file, the problem and the fix.
import type { IngestIssue, IngestIssueCode } from './types.js';

/** A file name as a terminal may show it: control characters (an escape sequence in a name) written as \\xNN. */
export function shownPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function issue(code: IngestIssueCode, path: string, problem: string, fix: string): IngestIssue {
  return { path, code, message: `ingest: ${shownPath(path)} ${problem}; ${fix}` };
}

const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0')}`;

export const issues = {
  notFound: (path: string) =>
    issue('NOT_FOUND', path, 'does not exist', 'check the path or remove it from the input'),
  unsupported: (path: string, ext: string) =>
    issue('UNSUPPORTED', path, `has an unsupported extension "${ext || '(none)'}"`,
      'save the article as .txt, .md or .html, or remove the file from the input'),
  tooLarge: (path: string, size: number, maxBytes: number) =>
    issue('TOO_LARGE', path, `is ${size} bytes, over the limit of ${maxBytes} bytes`,
      'split it into articles or raise ingest.maxBytes (KG_MAX_BYTES)'),
  notRegular: (path: string, what: string) =>
    issue('NOT_REGULAR', path, `is ${what}, not a regular file`, 'give the article as a file (.txt, .md or .html)'),
  unreadable: (path: string, reason: string) =>
    issue('UNREADABLE', path, `cannot be read (${reason})`, 'check that it is a readable file'),
  empty: (path: string, what: string) =>
    issue('EMPTY', path, `has no article text (${what})`, 'add the article text or remove the file'),
  binary: (path: string, offset: number) =>
    issue('BINARY', path, `is a binary file (NUL byte at offset ${offset})`, 'give the article as UTF-8 text (.txt, .md or .html)'),
  notUtf8: (path: string, byte: number, offset: number) =>
    issue('NOT_UTF8', path, `is not UTF-8 text (byte ${hex(byte)} at offset ${offset})`, 're-save it as UTF-8'),
  badHtml: (path: string, problem: string) =>
    issue('BAD_HTML', path, `is a web page that cannot be read: ${problem}`, 'save the article text as .txt, or the page with its markup as served'),
  badFrontMatter: (path: string, problems: string) =>
    issue('BAD_FRONT_MATTER', path, `has a bad front matter header (${problems})`,
      'fix the YAML between the --- lines (date as YYYY, YYYY-MM or YYYY-MM-DD)'),
  duplicate: (path: string, firstPath: string, id: string) =>
    issue('DUPLICATE', path, `has the same text as ${shownPath(firstPath)} (${id})`, 'remove one of the two files'),
};
