// Positions kept beside graph.json: reused for the same nodes and edges, recomputed when they change.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/graph/build.js';
import { computeLayout } from '../../src/graph/layout.js';
import { cachedLayout, LAYOUT_CACHE_FILE, layoutKey } from '../../src/serve/layout-cache.js';
import { newsGraph } from './fixture.js';

const data = newsGraph();

test('a second start on the same graph reads the positions the first one computed, and they are the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-layout-'));
  const graphPath = join(dir, 'graph.json');
  const first = cachedLayout(graphPath, buildGraph(data));
  expect(first.cached).toBe(false);
  expect(existsSync(join(dir, LAYOUT_CACHE_FILE))).toBe(true);
  const reversed = buildGraph({ nodes: [...data.nodes].reverse(), relationships: [...data.relationships].reverse() });
  const second = cachedLayout(graphPath, reversed);
  expect(second.cached).toBe(true);
  expect(second.positions).toEqual(first.positions);
  expect(second.positions).toEqual(computeLayout(buildGraph(data)));
});

test('another edge changes the key, so stale positions are never reused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-layout-'));
  const graphPath = join(dir, 'graph.json');
  cachedLayout(graphPath, buildGraph(data));
  const [a, b] = data.nodes.filter((n) => n.type === 'Person');
  const more = { nodes: data.nodes, relationships: [...data.relationships, { id: 'holds-role:extra', type: 'HOLDS_ROLE', source: a!.id, target: b!.id, role: 'x', articleId: data.nodes.find((n) => n.type === 'Article')!.id, sentence: 's', start: 1, end: 2, rule: 't' } as never] };
  expect(layoutKey(buildGraph(more))).not.toBe(layoutKey(buildGraph(data)));
  const changed = cachedLayout(graphPath, buildGraph(more));
  expect(changed.cached).toBe(false);
  expect(changed.positions).toEqual(computeLayout(buildGraph(more)));
});

test('a damaged cache file is ignored and replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-layout-'));
  writeFileSync(join(dir, LAYOUT_CACHE_FILE), '{not json');
  const result = cachedLayout(join(dir, 'graph.json'), buildGraph(data));
  expect(result.cached).toBe(false);
  expect(JSON.parse(readFileSync(join(dir, LAYOUT_CACHE_FILE), 'utf8')).key).toBe(layoutKey(buildGraph(data)));
});
