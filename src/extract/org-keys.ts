// Keys of organization names the text gives: "name:<folded name>", the same for "The Lowy Institute’s" and "Lowy Institute".
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Folded names repeat across articles ("Pentagon", "the group"): remembered, up to a bound. */
const folds = new Map<string, string>();

export function fold(text: string): string {
  let out = folds.get(text);
  if (out === undefined) {
    if (folds.size >= 50_000) folds.clear();
    out = foldText(text);
    folds.set(text, out);
  }
  return out;
}

function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]s\b/g, '').replace(/^the\s+/i, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

export function nameKey(text: string): string {
  return `name:${fold(text)}`;
}

/** The last word of a name, in lower case. */
export const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();

/** "Syrian Observatory for Human Rights" → "observatory": the last word before a complement, in lower case. */
export const headWord = (s: string): string => lastWord(s.split(/ (?:of|for|in|on|to) /)[0]!);

/** The name ends in the word, or its head is that word: "the observatory", "the ministry". */
export const namedBy = (name: string, w: string): boolean => lastWord(name) === w || headWord(name) === w;
