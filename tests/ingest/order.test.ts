// The same inputs give the same articles in the same order, whatever order the paths are given in.
import { join } from 'node:path';
import { GOOD, makeTree, paths, read } from './helpers.js';

const tree = () => makeTree({
  'b/2.txt': 'Second story.\n', 'b/1.md': 'First story.\n', 'a.txt': 'Top story.\n', 'c/d/e.txt': 'Deep story.\n',
  '.hidden/x.txt': 'Hidden.\n', '.DS_Store': 'junk',
});

test('directories are walked recursively in sorted path order, hidden entries skipped', async () => {
  const dir = tree();
  expect(paths(await read(dir))).toEqual(['<dir>/a.txt', '<dir>/b/1.md', '<dir>/b/2.txt', '<dir>/c/d/e.txt']);
});

test('the order of the paths given does not change the result', async () => {
  const dir = tree();
  const forward = await read(dir, [join(dir, 'a.txt'), join(dir, 'b'), join(dir, 'c')]);
  const backward = await read(dir, [join(dir, 'c'), join(dir, 'b'), join(dir, 'a.txt')]);
  expect(backward).toEqual(forward);
  expect(forward).toEqual(await read(dir));
});

test('the first path in sorted order wins a duplicate, however the paths are given', async () => {
  const dir = makeTree({ 'x.txt': GOOD, 'y.txt': GOOD });
  const result = await read(dir, [join(dir, 'y.txt'), join(dir, 'x.txt')]);
  expect(paths(result)).toEqual(['<dir>/x.txt']);
  expect(result.rejected.map((i) => [i.path, i.code])).toEqual([['<dir>/y.txt', 'DUPLICATE']]);
});

test('a file named directly and through its folder is read once, not reported as its own duplicate', async () => {
  const dir = makeTree({ 'a.txt': GOOD });
  const result = await read(dir, [dir, join(dir, 'a.txt'), `${dir}/./a.txt`]);
  expect(paths(result)).toEqual(['<dir>/a.txt']);
  expect(result.rejected).toEqual([]);
});
