// Issue #12's smaller faults of reading input: each test fails on the code before the fix.
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFingerprint } from '../../src/cli/stale.js';
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

test('a named pipe and a link to /dev/zero are refused by kind, never opened; the other files are read', async () => {
  const dir = makeTree({ 'ok.txt': GOOD });
  expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
  symlinkSync('/dev/zero', join(dir, 'zero.txt'));
  const { articles, rejected } = await read(dir);
  expect(articles.map((a) => a.path)).toEqual(['<dir>/ok.txt']);
  expect(rejected.map((r) => [r.path, r.code])).toEqual([['<dir>/pipe.txt', 'NOT_REGULAR'], ['<dir>/zero.txt', 'NOT_REGULAR']]);
  expect(rejected[0]!.message).toContain('named pipe');
});

test('the freshness fingerprint opens no pipe or device and reads no file over the size limit', () => {
  const dir = makeTree({ 'ok.txt': GOOD, 'big.txt': 'x'.repeat(5000) });
  expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
  symlinkSync('/dev/zero', join(dir, 'zero.txt'));
  const first = buildFingerprint([dir], 'maxBytes=1000', 1000);
  // A change inside the oversized file (same size) does not matter: ingest rejects it whole either way.
  writeFileSync(join(dir, 'big.txt'), 'y'.repeat(5000));
  expect(buildFingerprint([dir], 'maxBytes=1000', 1000)).toBe(first);
  writeFileSync(join(dir, 'ok.txt'), `${GOOD}more\n`);
  expect(buildFingerprint([dir], 'maxBytes=1000', 1000)).not.toBe(first);
});

test('a web page nested 10,000 elements deep is refused with the reason; the build reads the other files', async () => {
  const deep = `<html><body>${'<div>'.repeat(10_000)}<p>The minister said hello.</p>${'</div>'.repeat(10_000)}</body></html>`;
  const dir = makeTree({ 'deep.html': deep, 'ok.txt': GOOD });
  const { articles, rejected } = await read(dir);
  expect(articles.map((a) => a.path)).toEqual(['<dir>/ok.txt']);
  expect(rejected.map((r) => [r.path, r.code])).toEqual([['<dir>/deep.html', 'BAD_HTML']]);
  expect(rejected[0]!.message).toContain('nest');
});

test('a page nested a few hundred deep is still read', async () => {
  const page = `<html><head><title>Troops stay</title></head><body>${'<div>'.repeat(300)}<article><p>The commander said on Tuesday that the troops would stay in the region for another year.</p></article>${'</div>'.repeat(300)}</body></html>`;
  const { articles, rejected } = await read(makeTree({ 'a.html': page }));
  expect(rejected).toEqual([]);
  expect(articles[0]!.text).toContain('The commander said');
});
