// "X of the centre-right Harbor party": the body named after "of", shared by the pass that finds people (a name "of"
// a party is a person's) and the roles pass (the office after it, "confirmed X of the Harbor party as prime minister").
import type { ExtractState } from './state.js';
import type { Mention } from './types.js';

/**
 * The organization named after the "of" at token `k`: "of", an optional "the", up to three lower-case words of its
 * leaning or kind ("centre-right"), then the organization's first word; null when anything else follows the "of".
 */
export function bodyAfterOf(state: ExtractState, k: number): Mention | null {
  const tokens = state.tokens;
  if (tokens[k]?.lower !== 'of') return null;
  const sentence = tokens[k]!.sentence;
  let j = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  for (let n = 0; n < 3 && tokens[j]?.word && !tokens[j]!.cap && !state.owner[j] && tokens[j]!.sentence === sentence; n++) j++;
  const body = state.owner[j];
  return body?.type === 'Organization' && body.start === tokens[j]!.start && body.sentence === sentence ? body : null;
}
