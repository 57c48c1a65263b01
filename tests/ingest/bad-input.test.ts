// Each kind of bad file is rejected with its code and a message naming file, problem and fix,
// while the good file beside it is still read.
import { join } from 'node:path';
import { GOOD, makeTree, paths, read } from './helpers.js';

async function readWith(name: string, content: string | Uint8Array, maxBytes?: number) {
  const dir = makeTree({ 'good.txt': GOOD, [name]: content });
  const result = await read(dir, [dir], maxBytes);
  expect(paths(result)).toEqual(['<dir>/good.txt']);
  expect(result.rejected).toHaveLength(1);
  return result.rejected[0]!;
}

test('an empty file is EMPTY', async () => {
  const issue = await readWith('empty.txt', '');
  expect(issue.code).toBe('EMPTY');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/empty.txt has no article text (the file is empty); add the article text or remove the file"`);
});

test('a whitespace-only file is EMPTY', async () => {
  const issue = await readWith('blank.md', ' \n\n\t \n');
  expect(issue.code).toBe('EMPTY');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/blank.md has no article text (only whitespace); add the article text or remove the file"`);
});

test('front matter with no body is EMPTY', async () => {
  const issue = await readWith('header-only.md', '---\ntitle: Nothing here\n---\n\n');
  expect(issue.code).toBe('EMPTY');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/header-only.md has no article text (nothing after the front matter); add the article text or remove the file"`);
});

test('a file with NUL bytes is BINARY', async () => {
  const issue = await readWith('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  expect(issue.code).toBe('BINARY');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/image.txt is a binary file (NUL byte at offset 8); give the article as UTF-8 text (.txt, .md or .html)"`);
});

test('Windows-1252 text is NOT_UTF8 and the message gives the byte and its offset', async () => {
  const latin = Buffer.concat([Buffer.from('He said it was the army', 'latin1'), Buffer.from([0x92]), Buffer.from('s call.\n', 'latin1')]);
  const issue = await readWith('cp1252.txt', latin);
  expect(issue.code).toBe('NOT_UTF8');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/cp1252.txt is not UTF-8 text (byte 0x92 at offset 23); re-save it as UTF-8"`);
});

test('a file over maxBytes is TOO_LARGE', async () => {
  const issue = await readWith('long.txt', `${GOOD}${'More text. '.repeat(30)}`, 200);
  expect(issue.code).toBe('TOO_LARGE');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/long.txt is 415 bytes, over the limit of 200 bytes; split it into articles or raise ingest.maxBytes (KG_MAX_BYTES)"`);
});

test('the same text twice is a DUPLICATE naming the first file', async () => {
  const issue = await readWith('good2.txt', GOOD);
  expect(issue.code).toBe('DUPLICATE');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/good2.txt has the same text as <dir>/good.txt (article:041f3d950a64bece); remove one of the two files"`);
});

test('the same body under another header is still a DUPLICATE', async () => {
  const issue = await readWith('z-headed.md', `---\ntitle: Another title\ndate: 2020\n---\n${GOOD}`);
  expect(issue.code).toBe('DUPLICATE');
});

test('a path that does not exist is NOT_FOUND', async () => {
  const dir = makeTree({ 'good.txt': GOOD });
  const result = await read(dir, [join(dir, 'good.txt'), join(dir, 'missing.txt')]);
  expect(paths(result)).toEqual(['<dir>/good.txt']);
  expect(result.rejected.map((i) => i.code)).toEqual(['NOT_FOUND']);
  expect(result.rejected[0]!.message).toMatchInlineSnapshot(`"ingest: <dir>/missing.txt does not exist; check the path or remove it from the input"`);
});

test('an unknown extension in a directory is listed as UNSUPPORTED, not dropped silently', async () => {
  const issue = await readWith('report.pdf', '%PDF-1.4 not really');
  expect(issue.code).toBe('UNSUPPORTED');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/report.pdf has an unsupported extension ".pdf"; save the article as .txt, .md or .html, or remove the file from the input"`);
});

test('a date that is not YYYY, YYYY-MM or YYYY-MM-DD is BAD_FRONT_MATTER', async () => {
  const issue = await readWith('bad-date.md', `---\ntitle: Talks end\ndate: May 2018\nurl: not a url\n---\nTalks ended on Wednesday.\n`);
  expect(issue.code).toBe('BAD_FRONT_MATTER');
  expect(issue.message).toMatchInlineSnapshot(`"ingest: <dir>/bad-date.md has a bad front matter header (date must be YYYY, YYYY-MM or YYYY-MM-DD, url must be an absolute URL); fix the YAML between the --- lines (date as YYYY, YYYY-MM or YYYY-MM-DD)"`);
});

test('front matter that is not YAML is BAD_FRONT_MATTER', async () => {
  const issue = await readWith('bad-yaml.txt', `---\ntitle: "unclosed\ndate: [2018\n---\nTalks ended on Wednesday.\n`);
  expect(issue.code).toBe('BAD_FRONT_MATTER');
  expect(issue.message).toMatch(/^ingest: <dir>\/bad-yaml\.txt has a bad front matter header \(YAML: .+\); fix the YAML/);
});

test('every bad file in one run is reported, in path order, and the good ones are kept', async () => {
  const dir = makeTree({ 'a.txt': GOOD, 'b.txt': '', 'c.bin': 'x', 'd.txt': 'Another article entirely.\n', 'e.txt': GOOD });
  const result = await read(dir);
  expect(paths(result)).toEqual(['<dir>/a.txt', '<dir>/d.txt']);
  expect(result.rejected.map((i) => [i.path, i.code])).toEqual([
    ['<dir>/b.txt', 'EMPTY'], ['<dir>/c.bin', 'UNSUPPORTED'], ['<dir>/e.txt', 'DUPLICATE'],
  ]);
});
