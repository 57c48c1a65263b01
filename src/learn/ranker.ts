// A conditional logit (softmax over each group's candidates) over sparse string features, fitted by stochastic
// gradient descent in a fixed order: for a pass that picks one of several candidates (the learned event dates), the
// weights learn which candidate is the right one against the others of its group, not each candidate alone. The model
// is kept as a LogisticModel (its bias unused) and scored with `choices`.
import { meanOfRuns, passes, RUNS, type LogisticModel, type Row, type TrainOptions } from './logistic.js';

/** Each candidate's probability among its group's candidates (a softmax of the sums of its weights). */
export function choices(m: LogisticModel, group: Array<{ features: string[] }>): number[] {
  const z = group.map((c) => c.features.reduce((s, f) => s + (m.weights[f] ?? 0), 0));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The model these groups give (rows of one group share `group`, in order), its weights rounded and sorted. */
export function learnRanker<R extends Row & { group: string }>(data: R[], train: number[], what: string, options: TrainOptions): LogisticModel {
  const { epochs, minCount, l2, threshold } = options;
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const groups: Array<Array<{ f: string[]; y: number }>> = [];
  const names: string[] = [];
  let last: string | null = null;
  for (const e of data) {
    if (e.group !== last) { groups.push([]); names.push(e.group); }
    last = e.group;
    groups[groups.length - 1]!.push({ f: e.features.filter((f) => (counts.get(f) ?? 0) >= minCount), y: e.label ? 1 : 0 });
  }
  // Only groups with a right candidate teach which one is right.
  const kept = groups.map((g, i) => ({ g, name: names[i]! })).filter(({ g }) => g.some((c) => c.y) && g.length > 1);
  const taught = kept.map(({ g }) => g);
  const keys = kept.map(({ name }) => name);
  const { weights } = meanOfRuns((run) => rankRun(taught, keys, epochs, l2, run));
  const nonzero = [...weights].filter(([, w]) => Math.abs(w) >= 0.001).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    batches: `${train[0]}-${train[train.length - 1]}`,
    trainedOn: `tests/fixtures/real batches ${train[0]}-${train[train.length - 1]} (${train.length} batches), ${taught.length} ${what} with a right candidate, ${taught.reduce((n, g) => n + g.length, 0)} candidates; softmax over each, epochs ${epochs}, mean of ${RUNS} runs, min count ${minCount}, l2 ${l2}`,
    threshold, bias: 0,
    weights: Object.fromEntries(nonzero.map(([f, w]) => [f, Math.round(w * 1e4) / 1e4])),
  };
}

/** One run of stochastic gradient descent over the groups, in the order of `run`: each group's softmax against its right candidates. */
function rankRun(taught: Array<Array<{ f: string[]; y: number }>>, keys: string[], epochs: number, l2: number, run: number): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  for (const { order, rate } of passes(keys, epochs, run)) {
    for (const i of order) {
      const g = taught[i]!;
      const z = g.map((c) => c.f.reduce((s, k) => s + (weights.get(k) ?? 0), 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const sum = e.reduce((a, b) => a + b, 0);
      const right = g.filter((c) => c.y).length;
      g.forEach((c, k) => {
        const grad = c.y / right - e[k]! / sum;
        if (grad === 0) return;
        for (const f of c.f) { const w = weights.get(f) ?? 0; weights.set(f, w + rate * (grad - l2 * w)); }
      });
    }
  }
  return { bias: 0, weights };
}
