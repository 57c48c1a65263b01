// After the name passes: a sovereign known by a style and a given name ("King Abdullah II", "Pope Francis",
// "Emir Tamim", and with a full name "Sheikh Tamim bin Hamad Al Thani") keeps that styled form, which is how news and
// reference works name them, as an alias.
import type { ExtractState } from './state.js';

const REGNAL = /^(?:[IVX]+)$/;

export function keepStyledNames(state: ExtractState): void {
  for (const [last, span] of state.titles) {
    if (!span.styled || span.plural) continue;
    const first = state.tokens[span.from]!;
    if (!first.cap) continue;
    const next = state.tokens[last + 1];
    const mention = state.owner[last + 1];
    if (!next || !mention || mention.type !== 'Person' || mention.start !== next.start) continue;
    // One given name, with a regnal number if it has one: "Abdullah II", "Salman", not "Mohammed bin Salman"; a style
    // that goes with full names too keeps them all ("Sheikh Sabah al-Ahmad al-Sabah").
    const words = mention.text.split(' ');
    if (!span.styledFull && (words.length > 2 || (words.length === 2 && !REGNAL.test(words[1]!)))) continue;
    mention.styled = `${span.text} ${mention.text}`;
  }
}
