// Issue #12's smaller faults of reading input: each test fails on the code before the fix.
import { GOOD, makeTree, read } from './helpers.js';

test('a copy of an article saved with Windows line ends is a duplicate of it', async () => {
  const dir = makeTree({ 'a.txt': GOOD, 'b.txt': GOOD.replace(/\n/g, '\r\n') });
  const { articles, rejected } = await read(dir);
  expect(articles.map((a) => a.path)).toEqual(['<dir>/a.txt']);
  expect(rejected.map((r) => [r.path, r.code])).toEqual([['<dir>/b.txt', 'DUPLICATE']]);
});

test('UTF-16 text with its byte order mark is read, not called binary', async () => {
  const other = `${GOOD}The minister agreed.\n`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(other, 'utf16le').swap16()]);
  const dir = makeTree({ 'le.txt': le, 'be.txt': be });
  const { articles, rejected } = await read(dir);
  expect(rejected).toEqual([]);
  expect(articles.map((a) => [a.path, a.text])).toEqual([['<dir>/be.txt', other], ['<dir>/le.txt', GOOD]]);
});

test('a file name with a terminal escape sequence is shown escaped in the message, never raw', async () => {
  const dir = makeTree({ 'evil\u001b[31mred.txt': '', 'ok.txt': GOOD });
  const { rejected } = await read(dir);
  expect(rejected).toHaveLength(1);
  expect(rejected[0]!.message).toContain('evil\\x1b[31mred.txt');
  expect(rejected[0]!.message).not.toContain('\u001b');
});
