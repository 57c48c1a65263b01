// `npm run train:places [-- --train 1-400 --test 401-506 --out file --dump file]`: learns the event places model from the
// annotated real articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass
// (features.ts) belongs to an event the extractor found; the gold event it reports is found as for the participants
// (src/learn/gold-events.ts), and the candidate is positive when it names that event's place. A logistic regression over
// the features (src/learn/logistic.ts) is written to model.json (or --out); with --test, the held-out batches are
// scored at several thresholds.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnModel, modelFile, type TrainOptions } from '../../learn/logistic.js';
import { loadBatches, runTrainer, type Trainer } from '../../learn/trainer.js';
import { eventExamples, takenReport, type EventExample } from '../../learn/event-examples.js';
import type { PlaceModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The candidates of one article, positive when they name the gold event's place (the patterns' place and no model). */
function examples(batch: number, file: string): EventExample[] {
  return eventExamples(batch, file, (hook) => ({ placeModel: null, participantModel: null, onPlaceCandidates: hook }), (m, g, is) => g.place !== null && is(m, g.place), false);
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 20, minCount: 5, l2: 1e-2, threshold: 0.4 };

const trainer: Trainer<EventExample> = {
  command: 'train:places', modelPath: join(here, 'model.json'), defaults: DEFAULT_TRAINING, examples,
  shown: (e) => ({ key: e.key, context: e.context }),
  heading: (held) => `${held.length} candidates of ${new Set(held.map((e) => e.event)).size} found events, ${held.filter((e) => e.label).length} of them gold places`,
  report: takenReport('places'),
};

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnPlaceModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): PlaceModel {
  return learnModel(loadBatches(trainer, train), train, 'candidates', options);
}

export { modelFile };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runTrainer(trainer, learnPlaceModel);
