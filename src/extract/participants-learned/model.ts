// The learned participants model: a logistic regression over the candidates' context features, its weights kept as
// data (model.json, written by `npm run train:participants` from the annotated real articles).
import model from './model.json' with { type: 'json' };
import type { LogisticModel } from '../../learn/logistic.js';

export type ParticipantModel = LogisticModel;

export const bundledParticipantModel: ParticipantModel = model as ParticipantModel;
