// The learned event dates model: a softmax ranker over each event's candidate dates (src/learn/ranker.ts), its weights
// kept as data (model.json, written by `npm run train:dates` from the annotated real articles).
import { lazyModel, type LogisticModel } from '../../learn/logistic.js';

export type DateModel = LogisticModel;

/** The bundled model (model.json beside this file), read on first use. */
export const bundledDateModel: () => DateModel = lazyModel(new URL('./model.json', import.meta.url));
