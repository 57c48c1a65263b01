// The learned countries model: a softmax ranker over each person's candidate countries (src/learn/ranker.ts), its
// weights kept as data (model.json, written by `npm run train:countries` from the annotated real articles).
import { lazyModel, type LogisticModel } from '../../learn/logistic.js';

export type CountryModel = LogisticModel;

/** The bundled model (model.json beside this file), read on first use. */
export const bundledCountryModel: () => CountryModel = lazyModel(new URL('./model.json', import.meta.url));
