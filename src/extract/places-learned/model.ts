// The learned event places model: a logistic regression over the candidates' context features, its weights kept as
// data (model.json, written by `npm run train:places` from the annotated real articles).
import model from './model.json' with { type: 'json' };
import type { LogisticModel } from '../../learn/logistic.js';

export type PlaceModel = LogisticModel;

export const bundledPlaceModel: PlaceModel = model as PlaceModel;
