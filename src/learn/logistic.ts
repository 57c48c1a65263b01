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
 * The passes of stochastic gradient descent over n rows: each epoch's order (shuffled by a seeded generator, so the
 * same rows always give the same weights) and its learning rate.
 */
export function* passes(n: number, epochs: number): Generator<{ order: number[]; rate: number }> {
  const random = mulberry32(42);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    yield { order, rate: 0.2 / (1 + epoch) };
  }
}

/** A small deterministic generator, so the same rows always give the same weights. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fit(data: Row[], epochs: number, minCount: number, l2: number): { bias: number; weights: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const e of data) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= minCount;
  const rows = data.map((e) => ({ f: e.features.filter(keep), y: e.label ? 1 : 0 }));
  const weights = new Map<string, number>();
  let bias = 0;
  for (const { order, rate } of passes(rows.length, epochs)) {
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
    trainedOn: `tests/fixtures/real batches ${train[0]}-${train[train.length - 1]} (${train.length} batches), ${data.length} ${what}, ${data.filter((e) => e.label).length} positive; epochs ${epochs}, min count ${minCount}, l2 ${l2}`,
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
