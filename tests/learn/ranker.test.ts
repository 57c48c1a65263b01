// The softmax ranker of the learned dates pass (src/learn/ranker.ts): it learns which candidate of each group is the
// right one from the features the candidates differ by, and the same rows always give the same weights.
import { choices, learnRanker } from '../../src/learn/ranker.js';
import { modelFile } from '../../src/learn/logistic.js';

const rows = Array.from({ length: 40 }, (_, g) => [
  { group: `g${g}`, features: ['a', g % 2 ? 'x' : 'y'], label: false },
  { group: `g${g}`, features: ['b', 'right-looking'], label: true },
  { group: `g${g}`, features: ['c'], label: false },
]).flat();
const options = { epochs: 10, minCount: 1, l2: 0, threshold: 0.3 };

test('the candidate with the feature the right ones share takes most of its group', () => {
  const model = learnRanker(rows, [1], 'groups', options);
  const p = choices(model, [{ features: ['a'] }, { features: ['b', 'right-looking'] }, { features: ['c'] }]);
  expect(p[1]).toBeGreaterThan(0.8);
  expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 10);
});

test('a group with no right candidate teaches nothing', () => {
  const unanswered = Array.from({ length: 10 }, (_, g) => [
    { group: `n${g}`, features: ['a', 'right-looking'], label: false },
    { group: `n${g}`, features: ['c'], label: false },
  ]).flat();
  expect(learnRanker([...rows, ...unanswered], [1], 'groups', options).weights).toEqual(learnRanker(rows, [1], 'groups', options).weights);
});

test('the same rows give the same model file', () => {
  expect(modelFile(learnRanker(rows, [1], 'groups', options))).toBe(modelFile(learnRanker(rows, [1], 'groups', options)));
});
