// Pass 70 (roles), visits: who travels and who hosts, so that a visitor's office is not given to the host country.
import { lexicons } from './lexicon.js';
import { beforeTitleModifiers, isPossessiveMark, tokenIndex } from './70-roles-context.js';
import { countryAt } from './70-roles-places.js';
import { tokenRange, type ExtractState, type RoleDraft } from './state.js';
import type { Mention } from './types.js';

/** A visitor's sentence: "LISBON — President Ana Ruiz landed in Portugal" names no Portuguese president. */
export const VISIT = /\b(?:arriv\w*|land(?:s|ed|ing)?|visit\w*|trip|tour(?:s|ed|ing)?|met|meets?|meetings? with|(?:for|attend\w*) (?:a|an|the) (?:[\w-]+ ){0,2}meeting|counterparts?|summit|talks with|flew|travel\w*|(?:hosted|welcomed)(?: by)?)\b/i;

/**
 * A visitor's sentence names no office of the host, unless it gives the other side a country of its own (not `home`):
 * "Defence Minister X held talks with his Japanese counterpart in New Delhi" is the host's.
 */
export function visitorSentence(state: ExtractState, sentence: number, home: string | null, person: Mention): boolean {
  const s = state.sentences[sentence];
  const visit = s ? VISIT.exec(s.text) : null;
  if (!s || !visit) return false;
  // "The result will be welcomed by the veteran head of state, President X": the one after "by" is the host.
  // Not where the sentence names a visit of its own ("… welcomed by President X, who is in Lisbon on a state visit").
  if (/ by$/.test(visit[0]) && person.start > s.start + visit.index && !VISIT.test(`${s.text.slice(0, visit.index)} ${s.text.slice(visit.index + visit[0].length)}`)) return false;
  const [from, to] = tokenRange(state, s.start, s.end);
  for (let k = from + 1; k < to; k++) {
    if (!/^counterparts?$/.test(state.tokens[k]!.lower)) continue;
    // "his Japanese counterpart", "Japan's counterpart": the other side's country, not the host's.
    const at = isPossessiveMark(state, k - 1) ? k - 2 : k - 1;
    const other = at >= from ? countryAt(state, at)?.name : undefined;
    if (other && other !== home) return false;
  }
  // "the agreement between President X and Japanese Prime Minister Y", "Vice President X and Venezuelan opposition
  // leader Y met in Bogota": the other side's office names a country of its own; the unmarked one is the host's.
  const name = person.canonical ?? person.text;
  if (state.roles.some((r) => r.sentence === sentence && r.country && r.country !== home && !r.bareOffice && (r.person.canonical ?? r.person.text) !== name)) return false;
  return true;
}

/**
 * Before the holder: "Visiting President X". After: "X visited", "X, who …, arrived", "X was welcomed by" (a host's
 * verb only in the passive: "X received the envoy" is the host).
 */
const VISITING_BEFORE = /\bvisiting\s+(?:[\w.-]+\s+){0,3}$/i;
const TRAVELS_AFTER = /^(?:\s*,[^,.]{0,80},)?\s*(?:(?:has|had|will|would|also)\s+)*(?:visit\w*|arriv\w*|land(?:s|ed)|flew|travel\w*|tour(?:s|ed)|(?:was|were|is|has been|had been)\s+(?:warmly\s+)?(?:welcomed|received|hosted)|(?:was|is)\s+(?:visiting|arriving|touring|travell?ing))\b/i;

/** The holder is the one who travels: the subject of a verb of travel, or "visiting" before the office. */
export function travels(state: ExtractState, draft: RoleDraft): boolean {
  const s = state.sentences[draft.sentence];
  if (!s) return false;
  return VISITING_BEFORE.test(state.text.slice(s.start, draft.person.start)) || TRAVELS_AFTER.test(state.text.slice(draft.person.end, s.end));
}

/** Verbs whose object is the one visited: "would visit President X", "met Prime Minister X". */
const VISITED = new Set(['visit', 'visits', 'visited', 'met', 'meet', 'meets']);
/** Before "with": "talks with President X", "a meeting with Prime Minister X". */
const MEETING_WITH = new Set(['met', 'meet', 'meets', 'meeting', 'meetings', 'talks', 'talked', 'spoke', 'speaks']);

/** The office holder is the one visited or met, the host of the story's country, not the visitor: "Renzi said he
 * would visit President X" (not "Visiting President X met …", where the holder is the guest). */
export function visitedHolder(state: ExtractState, person: Mention, home: string): boolean {
  const at = tokenIndex(state, person.start);
  let title: { from: number } | undefined;
  for (const span of state.titles.values()) if (span.to === at) title = span;
  // "met with caretaker Prime Minister X": the office's modifiers stand between.
  const k = beforeTitleModifiers(state, (title?.from ?? at) - 1);
  const before = state.tokens[k];
  if (!before || before.sentence !== person.sentence) return false;
  // "President X met Prime Minister Y in Osaka": a meeting placed abroad makes Y the host there.
  const lex = lexicons();
  const abroad = state.mentions.some((m) => {
    if (m.type !== 'Place' || m.sentence !== person.sentence || m.rule === '20-boilerplate/dateline') return false;
    const name = m.canonical ?? m.text;
    const kind = lex.places.get(name)?.kind;
    return (kind === 'country' || kind === 'city') && name !== home && lex.capitalOf.get(name)?.name !== home;
  });
  if (abroad) return false;
  if (VISITED.has(before.lower)) return true;
  if (before.lower !== 'with') return false;
  // "met early Wednesday with Prime Minister X": the meeting word a few words before "with".
  for (let j = k - 1; j >= k - 3 && j >= 0 && state.tokens[j]!.sentence === person.sentence; j--) if (MEETING_WITH.has(state.tokens[j]!.lower)) return true;
  return false;
}
