// `kg eval` as a user runs it: one set against its gold, and `--sets` (each batch beside its first contact).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function kg(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/kg.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('kg eval', () => {
  test('--sets prints each batch now and at first contact, and the sums', () => {
    const run = kg('eval', '--sets', 'tests/fixtures/real/batch1', 'tests/fixtures/real/batch2');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^set\s+when\s+articles\s+Person F1\s+Org F1\s+Place F1\s+speakers right\s+affiliations$/);
    expect(lines.some((l) => /^batch1\s+now\s+10\s/.test(l))).toBe(true);
    // batch1's record: extractor of 6e5472d, speakers 18 of 29, affiliations 12 of 17.
    expect(run.stdout).toMatch(/first contact 2026-12-01 6e5472d\s+10\s+0\.865\s+0\.745\s+0\.944\s+18\/29 62%\s+12\/17 71%/);
    expect(lines.some((l) => /^all sets\s+now\s+20\s/.test(l))).toBe(true);
    expect(run.stdout).toContain('first contact (2 sets)');
  }, 60_000);

  test('a set that is not a directory of articles/ and gold/ is named, with exit 4', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    const run = kg('eval', '--sets', dir);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`${dir} has no articles/ and gold/ directories`);
  });

  test('a broken first-contact record is named, field by field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, 'articles', 'a.txt'), '---\ntitle: "T"\ndate: "2024-01-02"\n---\nT\n\nAna Ruiz said “the port is open all week”.\n');
    writeFileSync(join(dir, 'gold', 'a.gold.json'), JSON.stringify({ article: 'a.txt', date: '2024-01-02', entities: [], optional: [], quotes: [], affiliations: [] }));
    writeFileSync(join(dir, 'first-contact.json'), JSON.stringify({ date: '2024-01-02', figures: {} }));
    const run = kg('eval', '--sets', dir);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/first-contact\.json is not a first-contact record \(commit .*figures\.articles/);
  });

  test('no articles and no --sets is a usage error, exit 2', () => {
    const run = kg('eval');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--sets');
  });
});
