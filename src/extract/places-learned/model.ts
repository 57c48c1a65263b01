// The learned event places model: a logistic regression over the candidates' context features, its weights kept as
// data (model.json, written by `npm run train:places` from the annotated real articles).
import { lazyModel, type LogisticModel } from '../../learn/logistic.js';

export type PlaceModel = LogisticModel;

/** The bundled model (model.json beside this file), read on first use. */
export const bundledPlaceModel: () => PlaceModel = lazyModel(new URL('./model.json', import.meta.url));
