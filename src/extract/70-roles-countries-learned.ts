// Countries the rules did not give: "President X" in a story about Kenya, "Defence Minister Y" in a story that names
// Slovakia only as "Slovak". For each person no rule ties to a country, a model learned on annotated real articles
// ranks the countries the article names against "none" (countries-learned/features.ts); the country whose share
// reaches the model's threshold becomes the person's, at the sentence of the person's role. The weights are data
// (countries-learned/model.json). The person's country-less office takes the country (its rule gains
// `+learned-country`); a person with no such office gets a role of its own (`70-roles-countries-learned/model`).
import { note, type ExtractState } from './state.js';
import { push } from './70-roles-context.js';
import { countryCandidates, type CountryCandidate } from './countries-learned/features.js';
import type { CountryModel } from './countries-learned/model.js';
import { choices } from '../learn/ranker.js';

/** Each person's candidates with their shares, in the order of the people's first mentions. */
export function rankedCountries(candidates: CountryCandidate[], model: CountryModel): Array<{ c: CountryCandidate; share: number }[]> {
  const groups: CountryCandidate[][] = [];
  let last: string | null = null;
  for (const c of candidates) {
    if (c.personKey !== last) groups.push([]);
    last = c.personKey;
    groups[groups.length - 1]!.push(c);
  }
  return groups.map((g) => {
    const shares = choices(model, g);
    return g.map((c, i) => ({ c, share: shares[i]! }));
  });
}

export function learnedCountries(state: ExtractState, model: CountryModel | null, seen?: (candidates: CountryCandidate[]) => void): void {
  const candidates = countryCandidates(state);
  seen?.(candidates);
  if (!model || model.threshold > 1 || candidates.length === 0) return;
  for (const group of rankedCountries(candidates, model)) {
    const best = group.reduce((a, b) => (b.share > a.share ? b : a));
    if (!best.c.country || best.c.barred || best.share < model.threshold) continue;
    const { person, country, role, draft } = best.c;
    // The office the rules left without a country takes it, as the story-country rule gives one (and, like that
    // rule's, yields in the graph to the same office another article states elsewhere: `+learned-country`).
    if (draft) {
      draft.country = country;
      draft.rule = `${draft.rule}+learned-country`;
      note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role} of ${country}`, rule: draft.rule, start: draft.person.start, end: draft.person.end, sentenceIndex: draft.sentence });
      continue;
    }
    push(state, {
      person, role: role ?? 'affiliated', org: null, country, government: false, impliedOrgs: [],
      sentence: person.sentence, rule: '70-roles-countries-learned/model',
    }, person.start);
  }
}
