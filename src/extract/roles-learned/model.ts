// The learned roles model: a logistic regression over the candidates' context features, its weights kept as data
// (model.json, written by `npm run train:roles` from the annotated real articles).
import model from './model.json' with { type: 'json' };

export interface RoleModel {
  /** The annotated batches it was learned from (`1-502`): `npm run train:roles -- --train <batches>` gives it again. */
  batches: string;
  /** What the weights were learned from, and when. */
  trainedOn: string;
  /** A candidate whose probability reaches this becomes a role. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

export const bundledRoleModel: RoleModel = model as RoleModel;

/** The model's probability that the candidate with these features is an affiliation the text states. */
export function probability(m: RoleModel, features: string[]): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
