// Issue #12: no two entities share an id. Names in scripts that fold to no ascii ("Владимир Путин") all became
// `person:x`, `person:x:2` … by order of appearance, so two corpora merged different people on load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Id, makeId, slugify } from '../../graph-schema/index.js';

test('names in any script get different, valid, stable ids; ascii names keep their readable slugs', () => {
  const names = ['Владимир Путин', 'Александр Лукашенко', 'محمد شياع السوداني', '李强', 'Hadi al-Rawi', 'José Martí'];
  const ids = names.map((n) => makeId('person', n));
  expect(new Set(ids).size).toBe(names.length);
  for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
  expect(makeId('person', 'Hadi al-Rawi')).toBe('person:hadi-al-rawi');
  expect(slugify('José Martí')).toBe('jose-marti');
  expect(slugify('Владимир Путин')).toBe(slugify('Владимир Путин'));
  expect(slugify('Сергей Лавров 2')).toMatch(/^2-u[0-9a-f]{16}$/);
});

test('a person of a Cyrillic name has the same id whatever else the corpus holds', () => {
  const root = resolve(import.meta.dirname, '../..');
  const build = (texts: string[]): Record<string, string> => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ids-'));
    mkdirSync(join(dir, 'in'));
    texts.forEach((t, i) => writeFileSync(join(dir, 'in', `${i}.txt`), `Report ${i}\n\n${t}\n`));
    const run = spawnSync(process.execPath, [join(root, 'bin/kg.js'), 'build', join(dir, 'in'), '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });
    expect(run.status).toBe(0);
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { name: string } }[] };
    return Object.fromEntries(graph.nodes.filter((n) => n.key.startsWith('person:')).map((n) => [n.attributes.name, n.key]));
  };
  const alone = build(['President Владимир Путин met officials in Minsk on Monday.']);
  const both = build(['President Александр Лукашенко met officials in Minsk on Monday.', 'President Владимир Путин met officials in Minsk on Monday.']);
  expect(both['Владимир Путин']).toBe(alone['Владимир Путин']);
  expect(both['Александр Лукашенко']).not.toBe(both['Владимир Путин']);
});
