// The learned roles model: a logistic regression over the candidates' context features, its weights kept as data
// (model.json, written by `npm run train:roles` from the annotated real articles).
import model from './model.json' with { type: 'json' };
import type { LogisticModel } from '../../learn/logistic.js';

export type RoleModel = LogisticModel;

export const bundledRoleModel: RoleModel = model as RoleModel;
