// The learned models' weights are the mean of several runs of gradient descent, each visiting the rows in an order
// that comes from the rows' own keys: a row more or less leaves the others' order, and so the model, nearly as it was.
import { learnModel, passes, RUNS, type Row } from '../../src/learn/logistic.js';

const OPTIONS = { epochs: 8, minCount: 1, l2: 0.003, threshold: 0.5 };

/** Rows of a made-up task: feature "good" makes the label true, "noise:N" says nothing. */
function rows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ features: [i % 3 === 0 ? 'good' : 'bad', `noise:${i % 7}`, `id:${i}`], label: i % 3 === 0 }));
}

describe('the order of the rows in each run', () => {
  test('a row\'s place comes from its key: dropping one row leaves the others in the same order', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `row ${i}`);
    const all = [...passes(keys, 1)][0]!.order.map((i) => keys[i]);
    const fewer = keys.filter((k) => k !== 'row 17');
    const without = [...passes(fewer, 1)][0]!.order.map((i) => fewer[i]);
    expect(all).toHaveLength(50);
    expect(all).not.toEqual(keys);
    expect(without).toEqual(all.filter((k) => k !== 'row 17'));
  });

  test('each epoch and each run has its own order', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `row ${i}`);
    const [first, second] = [...passes(keys, 2)].map((p) => [...p.order]);
    expect(second).not.toEqual(first);
    expect([...passes(keys, 1, 1)][0]!.order).not.toEqual(first);
  });
});

describe('the model is the mean of its runs', () => {
  test('the model says where it was trained and how many runs it is the mean of', () => {
    expect(learnModel(rows(90), [1, 2], 'rows', OPTIONS).trainedOn).toContain(`mean of ${RUNS} runs`);
  });

  test('the mean of the runs still learns what the rows say', () => {
    const weights = learnModel(rows(90), [1], 'rows', OPTIONS).weights;
    expect(weights.good!).toBeGreaterThan(1);
    expect(weights.bad!).toBeLessThan(-1);
  });
});
