// The opening words of an organization's name, standing alone in the same article, name it: "the Syrian Observatory"
// after "the Syrian Observatory for Human Rights", "the Democratic League" beside "the Democratic League of Kosovo",
// "Self-Determination" beside "the Self-Determination Movement", "Shafaq News" beside "Shafaq News Agency".
import { lexicons } from './lexicon.js';
import type { ExtractState } from './state.js';
import type { Mention } from './types.js';
import { fold } from './org-keys.js';

/** Words that open the rest of a name after its opening words: "… for Human Rights", "… of Kosovo", "… in Libya". */
const COMPLEMENTS = new Set(['of', 'for', 'in', 'on']);

/** An organization the text names by words no lexicon knows gets the key of the one longer name it opens. */
export function openingWords(state: ExtractState): void {
  const lex = lexicons();
  const orgs = state.mentions.filter((m) => m.type === 'Organization');
  const folded = orgs.map((m) => fold(m.text));
  // The rest of a longer name after the opening words: a complement, or one head word ("Movement", "Agency").
  const completes = (rest: string, original: Mention): boolean => {
    const words = rest.split(' ');
    if (COMPLEMENTS.has(words[0]!)) return words.length > 1;
    const last = original.text.split(' ').pop()!;
    return words.length === 1 && lex.orgHeads.has(last);
  };
  for (const [s, short] of orgs.entries()) {
    if (short.key && !short.key.startsWith('name:')) continue;
    // "the Self-Determination party": the name its rule gave, without the lower-case head word.
    const name = fold(short.canonical ?? short.text);
    const words = name.split(' ');
    // "the Observatory", "Congress": a head word alone, or a common word, is no name's opening.
    if (words.length === 1 && (lex.orgHeads.has((short.canonical ?? short.text).replace(/^the\s+/i, '')) || lex.isCommonWord(words[0]!))) continue;
    const open = `${name} `;
    const longer = orgs.filter((m, k) => m !== short && m.key && folded[k]!.startsWith(open) && completes(folded[k]!.slice(open.length), m));
    const keys = [...new Set(longer.map((m) => m.key))];
    if (keys.length !== 1 || keys[0] === short.key) continue;
    short.key = keys[0]!;
    short.canonical = longer[0]!.canonical ?? longer[0]!.text;
  }
}
