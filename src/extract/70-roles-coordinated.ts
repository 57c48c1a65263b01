// Pass 70 (roles), offices joined to one whose country the text gives: "Iraqi Prime Minister A and President B".
import { titlesBefore } from './30-titles.js';
import { beforeTitleModifiers, endsInLocalOffice, tokenIndex } from './70-roles-context.js';
import { note, type ExtractState, type RoleDraft } from './state.js';

/** Offices held abroad: "Ambassador to Lebanon", "special envoy". */
const ENVOY = /\b(?:ambassador|envoy|consul|charg[ée])/i;

/** Rules whose country the text does not give for this office: the story's, the dateline's. */
const GUESSED = /article-country|dateline-country|office-country/;

/**
 * "Chinese President A and Premier B", "Jordan’s King A and Foreign Minister B", "Poland’s Prime Minister A, Defense
 * Minister B, Interior Minister C": a bare state office joined by "and" or a list's comma to the name before it,
 * whose office the text gives a country, is that country's. Not "talks between Chinese President A and President B",
 * where the two are the two sides.
 */
export function coordinatedCountry(state: ExtractState): void {
  const tokens = state.tokens;
  const placed = (r: RoleDraft): boolean => !!r.country && (!r.bareOffice || /\+coordinated-country$/.test(r.rule)) && !GUESSED.test(r.rule);
  const drafts = state.roles.filter((r) => r.bareOffice && !r.org && !r.country && !endsInLocalOffice(r.role)).sort((a, b) => a.person.start - b.person.start);
  for (const draft of drafts) {
    const at = tokenIndex(state, draft.person.start);
    // "and caretaker Prime Minister B": the office's own modifiers stand between.
    const k = beforeTitleModifiers(state, (titlesBefore(state, at)?.from ?? at) - 1);
    // "Qatar’s Emir A, and King B in turn asked …": a comma before "and" joins clauses, not offices.
    if ((tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') || (tokens[k]!.lower === 'and' && tokens[k - 1]?.text === ',')) continue;
    const before = state.owner[k - 1];
    if (before?.type !== 'Person' || before.sentence !== draft.sentence || before === draft.person) continue;
    // "US Ambassador to Lebanon A and Foreign Minister B": an envoy's country is not the host's offices'.
    const other = state.roles.find((r) => r.person === before && r.sentence === draft.sentence && placed(r) && !ENVOY.test(r.role));
    if (!other) continue;
    const s = state.sentences[draft.sentence]!;
    if (/\bbetween\b/i.test(state.text.slice(s.start, before.start))) continue;
    draft.country = other.country;
    draft.rule = `${draft.rule}+coordinated-country`;
    note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role} of ${other.country}`, rule: draft.rule, start: draft.person.start, end: draft.person.end, sentenceIndex: draft.sentence });
  }
}
