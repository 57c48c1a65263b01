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
