// A pronoun agrees with the speaker it points back to: "she said" is not "Jonathan Adams", and "he said" is not "a
// ministry spokeswoman". Genders come from the given names the gazetteer's language lists agree on (a name the lists
// give both ways, "Andrea", "Ali", has none) and from the gendered heads of unnamed sources; no gender, no verdict.
import { lexicons, stripDiacritics } from '../lexicon.js';

export type Gender = 'female' | 'male';

/** "he" → male, "she" → female; any other word has no gender. */
export function pronounGender(word: string | undefined): Gender | undefined {
  const w = word?.toLowerCase();
  return w === 'she' ? 'female' : w === 'he' ? 'male' : undefined;
}

/**
 * The gender of a person's name by its first word ("Maria Lopez" → female), where the lists agree on it. A name of one
 * word may be a surname ("Fidan said"), and has none.
 */
export function nameGender(name: string): Gender | undefined {
  const lex = lexicons();
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  for (const w of [first, stripDiacritics(first)]) {
    if (lex.femaleNames.has(w)) return 'female';
    if (lex.maleNames.has(w)) return 'male';
  }
  return undefined;
}

/** "spokeswoman", "woman", "congresswoman" → female; "spokesman", "man", "businessman" → male. */
export function headGender(head: string): Gender | undefined {
  const h = head.toLowerCase();
  if (/wom[ae]n$/.test(h)) return 'female';
  if (/^(?:spokes|chair|congress|business|police|gun|camera)?m[ae]n$/.test(h)) return 'male';
  return undefined;
}

/** No gender on either side, or the same. */
export function agrees(pronoun: Gender | undefined, other: Gender | undefined): boolean {
  return !pronoun || !other || pronoun === other;
}
