// Roles the rules missed, from a model learned on annotated real articles: a person and an organization or place named
// in one sentence with no rule linking them become a role when the words around them say so often enough in the
// annotated articles ("X, who heads the ORG's …", "ORG lawmaker X"). One role per person and body, at the sentence
// where they stand closest. The model's weights are data (roles-learned/model.json); the rule is `70-roles-learned/model`.
import type { ExtractState, RoleDraft } from './state.js';
import type { Mention } from './types.js';
import { push } from './70-roles-context.js';
import { fullNames, roleCandidates, type RoleCandidate } from './roles-learned/features.js';
import type { RoleModel } from './roles-learned/model.js';
import { probability } from '../learn/logistic.js';

export function learnedRoles(state: ExtractState, model: RoleModel | null, seen?: (candidates: RoleCandidate[]) => void): void {
  const candidates = roleCandidates(state);
  seen?.(candidates);
  if (!model || model.threshold > 1) return;
  const best = new Map<string, { c: RoleCandidate; p: number }>();
  for (const c of candidates) {
    const p = probability(model, c.features);
    if (p < model.threshold) continue;
    const key = `${c.personKey}|${c.orgKey}`;
    const had = best.get(key);
    if (!had || p > had.p) best.set(key, { c, p });
  }
  if (best.size === 0) return;
  const names = fullNames(state);
  for (const { c } of [...best.values()].sort((a, b) => a.c.person.start - b.c.person.start || a.c.org.start - b.c.org.start)) {
    const draft: RoleDraft = {
      person: c.person, role: roleWords(state, names, c), org: c.org, country: null, government: false, impliedOrgs: [],
      sentence: c.sentence, rule: '70-roles-learned/model',
    };
    push(state, draft, c.person.start);
  }
}

/** The person's role as the article gives it elsewhere ("Prime Minister"), or a neutral word. */
function roleWords(state: ExtractState, names: Map<Mention, string>, c: RoleCandidate): string {
  for (const r of state.roles) if (names.get(r.person) === c.personKey && r.role && r.rule !== '70-roles-learned/model') return r.role;
  return 'affiliated';
}
