// The command line of a learned pass's trainer (`npm run train:roles`, `npm run train:participants`): learn from the
// --train batches, write the model, and with --test score the held-out batches (and --dump their candidates).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelFile, probability, type LogisticModel, type Row, type TrainOptions } from './logistic.js';
import { arg, fixtures, trainOptions, trainTestBatches } from './batches.js';

export interface Trainer<E extends Row> {
  /** The npm script, for messages. */
  command: string;
  /** Where the bundled model is written without --out. */
  modelPath: string;
  defaults: TrainOptions;
  /** The labelled candidates of one annotated article. */
  examples(batch: number, file: string): E[];
  /** What a held-out candidate shows in --dump, beside its probability and label. */
  shown(e: E): Record<string, unknown>;
  /** The held-out figures at one threshold: the candidates taken, as a line. */
  report(held: E[], taken: (e: E) => boolean, threshold: number): string;
  /** The held-out set's first line: how many candidates and gold items. */
  heading(held: E[]): string;
}

/** The labelled candidates of these batches, article by article in file order. */
export function loadBatches<E extends Row>(t: Trainer<E>, batches: number[]): E[] {
  return batches.flatMap((b) => readdirSync(join(fixtures, `batch${b}`, 'articles')).sort().flatMap((f) => t.examples(b, f)));
}

export function runTrainer<E extends Row>(t: Trainer<E>, learn: (train: number[], options: TrainOptions) => LogisticModel): void {
  const { train, test } = trainTestBatches(t.command);
  const model = learn(train, trainOptions(t.defaults));
  const out = arg('out') ?? t.modelPath;
  writeFileSync(out, modelFile(model));
  console.log(`${model.trainedOn}: ${Object.keys(model.weights).length} weights → ${out}`);
  if (!test.length) return;
  const held = loadBatches(t, test);
  const dump = arg('dump');
  if (dump) writeFileSync(dump, held.map((e) => JSON.stringify({ p: Math.round(probability(model, e.features) * 1000) / 1000, label: e.label, ...t.shown(e) })).join('\n'));
  console.log(`held out ${test[0]}-${test[test.length - 1]}: ${t.heading(held)}`);
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    console.log(`  threshold ${threshold}: ${t.report(held, (e) => probability(model, e.features) >= threshold, threshold)}`);
  }
}
