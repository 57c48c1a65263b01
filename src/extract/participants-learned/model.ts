// The learned participants model: a logistic regression over the candidates' context features, its weights kept as
// data (model.json, written by `npm run train:participants` from the annotated real articles).
import { lazyModel, type LogisticModel } from '../../learn/logistic.js';

export type ParticipantModel = LogisticModel;

/** The bundled model (model.json beside this file), read on first use. */
export const bundledParticipantModel: () => ParticipantModel = lazyModel(new URL('./model.json', import.meta.url));
