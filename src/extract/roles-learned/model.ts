// The learned roles model: a logistic regression over the candidates' context features, its weights kept as data
// (model.json, written by `npm run train:roles` from the annotated real articles).
import { lazyModel, type LogisticModel } from '../../learn/logistic.js';

export type RoleModel = LogisticModel;

/** The bundled model (model.json beside this file), read on first use. */
export const bundledRoleModel: () => RoleModel = lazyModel(new URL('./model.json', import.meta.url));
