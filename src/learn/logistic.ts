// A logistic regression over sparse string features, fitted by stochastic gradient descent in a fixed order: the
// learned passes of the extractor (roles, event participants, event places) keep their weights as data and score
// candidates with it. The learned event dates keep the same file, fitted by the ranker (ranker.ts).
import { readFileSync } from 'node:fs';

/** A learned model as it is kept in a pass's model.json. */
export interface LogisticModel {
  /** The annotated batches it was learned from (`1-502`): the pass's trainer with `--train <batches>` gives it again. */
  batches: string;
  /** What the weights were learned from. */
  trainedOn: string;
  /** A candidate whose probability reaches this is taken. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

/** The model's probability that the candidate with these features is what the model was trained to find. */
export function probability(m: LogisticModel, features: string[]): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface TrainOptions { epochs: number; minCount: number; l2: number; threshold: number }

export interface Row { features: string[]; label: boolean }

/**
 * The passes of stochastic gradient descent over rows: each epoch's order and its learning rate. A row's place in an
 * epoch's order comes from a hash of its own key and the epoch, so the same rows always give the same weights, and a
 * row more or less (a rule that now links a pair the model used to be taught on) leaves the others in the order they
 * had: the model moves by what the rows say, not by a reshuffle of all of them.
 */
export function* passes(keys: string[], epochs: number, run = 0): Generator<{ order: number[]; rate: number }> {
  const base = keys.map(fnv1a);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rank = base.map((h) => mix(h ^ Math.imul(epoch + 1 + run * 1000, 0x9e3779b9)));
    const order = Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => rank[a]! - rank[b]! || a - b);
    yield { order, rate: 0.2 / (1 + epoch) };
  }
}

/**
 * How many runs of gradient descent, each in its own order, a model's weights are the mean of. One run's weights
 * depend on the order it met the rows in (trained on 1-400, the roles model found 2395 to 2448 of the 4393
 * affiliations of 401-538 by order alone); their mean is the middle of that spread, and holds still.
 */
export const RUNS = 4;

/** The mean of the runs' weights (and biases), `fit(run)` giving one run's. */
export function meanOfRuns(fit: (run: number) => { bias: number; weights: Map<string, number> }): { bias: number; weights: Map<string, number> } {
  const sum = new Map<string, number>();
  let bias = 0;
  for (let run = 0; run < RUNS; run++) {
    const one = fit(run);
    bias += one.bias / RUNS;
    for (const [k, w] of one.weights) sum.set(k, (sum.get(k) ?? 0) + w / RUNS);
  }
  return { bias, weights: sum };
}

/** FNV-1a, 32 bits, of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** An avalanche of 32 bits (murmur3's finalizer): nearby inputs give unrelated outputs. */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}


function fit(data: Row[], epochs: number, minCount: number, l2: number): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= minCount;
  const rows = data.map((e) => ({ f: e.features.filter(keep), y: e.label ? 1 : 0 }));
  // A row's key: its features and label, and how many rows alike came before it (alike rows get ranks of their own,
  // not one rank that visits them back to back).
  const seen = new Map<string, number>();
  const keys = data.map((e) => {
    const key = `${e.label ? 1 : 0}|${e.features.join('|')}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
  return meanOfRuns((run) => fitRun(rows, keys, epochs, l2, run));
}

/** One run of stochastic gradient descent over the rows, in the order of `run`. */
function fitRun(rows: Array<{ f: string[]; y: number }>, keys: string[], epochs: number, l2: number, run: number): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  for (const { order, rate } of passes(keys, epochs, run)) {
    for (const i of order) {
      const { f, y } = rows[i]!;
      let z = bias;
      for (const k of f) z += weights.get(k) ?? 0;
      const g = y - 1 / (1 + Math.exp(-z));
      bias += rate * g;
      for (const k of f) { const w = weights.get(k) ?? 0; weights.set(k, w + rate * (g - l2 * w)); }
    }
  }
  return { bias, weights };
}

/** The model these rows give, its weights rounded and sorted: the same rows and options always give the same file. */
export function learnModel(data: Row[], train: number[], what: string, options: TrainOptions): LogisticModel {
  const { epochs, minCount, l2, threshold } = options;
  const { bias, weights } = fit(data, epochs, minCount, l2);
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= 0.001).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    batches: `${train[0]}-${train[train.length - 1]}`,
    trainedOn: `tests/fixtures/real batches ${train[0]}-${train[train.length - 1]} (${train.length} batches), ${data.length} ${what}, ${data.filter((e) => e.label).length} positive; epochs ${epochs}, mean of ${RUNS} runs, min count ${minCount}, l2 ${l2}`,
    threshold, bias: Math.round(bias * 1e4) / 1e4,
    weights: Object.fromEntries(kept.map(([f, w]) => [f, Math.round(w * 1e4) / 1e4])),
  };
}

export function modelFile(model: LogisticModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

/**
 * A bundled model read from its JSON file beside the module on first use, so that commands that extract nothing
 * (`kg --help`, `kg query`) do not parse the weights at start-up.
 */
export function lazyModel(url: URL): () => LogisticModel {
  let model: LogisticModel | null = null;
  return () => (model ??= JSON.parse(readFileSync(url, 'utf8')) as LogisticModel);
}
