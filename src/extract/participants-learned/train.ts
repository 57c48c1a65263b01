// `npm run train:participants [-- --train 1-450 --test 451-506 --out file --dump file]`: learns the participants model
// from the annotated real articles (tests/fixtures/real/batch*/articles and gold). Each candidate of the learned pass
// (features.ts, extracted with no learned places, so the two models are learned apart) belongs to an event the
// extractor found; the gold event it reports is the one whose words in that
// sentence hold the trigger (else one of the same family, else the sentence's only one), and the candidate is positive
// when the gold names its entity among that event's participants. A logistic regression over the features, fitted in
// a fixed order (src/learn/logistic.ts), is written to model.json (or --out); with --test, the held-out batches are
// scored at several thresholds.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnModel, modelFile, type TrainOptions } from '../../learn/logistic.js';
import { loadBatches, runTrainer, type Trainer } from '../../learn/trainer.js';
import { eventExamples, takenReport, type EventExample } from '../../learn/event-examples.js';
import type { ParticipantModel } from './model.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The candidates of one article, positive when the gold event names their entity among its participants. */
function examples(batch: number, file: string): EventExample[] {
  return eventExamples(batch, file, (hook) => ({ placeModel: null, participantModel: null, onParticipantCandidates: hook }), (m, g, is) => g.participants.some((p) => is(m, p)), true);
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 20, minCount: 5, l2: 1e-2, threshold: 0.5 };

const trainer: Trainer<EventExample> = {
  command: 'train:participants', modelPath: join(here, 'model.json'), defaults: DEFAULT_TRAINING, examples,
  shown: (e) => ({ key: e.key, context: e.context }),
  heading: (held) => `${held.length} candidates of found events, ${held.filter((e) => e.label).length} of them gold participants`,
  report: takenReport('participants'),
};

/** The model learned from these batches: the same batches and options always give the same weights. */
export function learnParticipantModel(train: number[], options: TrainOptions = DEFAULT_TRAINING): ParticipantModel {
  return learnModel(loadBatches(trainer, train), train, 'candidates', options);
}

export { modelFile };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runTrainer(trainer, learnParticipantModel);
