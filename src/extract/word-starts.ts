// Where a word from a long list may start, found fast: a regex of the words after `\b` (no look-behind, no u flag,
// which would make the engine try the whole list at every offset), plus the offsets right after the word characters
// that `\b` cannot see as a word start (a digit, an underscore). Callers check each offset with the exact pattern.

/** Sorted offsets where `atBoundary` (global, `\b…`) matches, and one past each match of `afterWordChar` (global). */
export function wordStartCandidates(text: string, atBoundary: RegExp, afterWordChar: RegExp): number[] {
  const out: number[] = [];
  atBoundary.lastIndex = 0;
  for (let m = atBoundary.exec(text); m; m = atBoundary.exec(text)) {
    out.push(m.index);
    atBoundary.lastIndex = m.index + 1;
  }
  afterWordChar.lastIndex = 0;
  let extra: number[] | null = null;
  for (let m = afterWordChar.exec(text); m; m = afterWordChar.exec(text)) (extra ??= []).push(m.index + 1);
  return extra ? [...out, ...extra].sort((a, b) => a - b) : out;
}

/** The matches of the sticky `exact` pattern at the candidate offsets, left to right and not overlapping, as a global search would find them. */
export function matchesAt(text: string, candidates: readonly number[], exact: RegExp, accept: (at: number) => boolean = () => true): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of candidates) {
    if (at < next || !accept(at)) continue;
    exact.lastIndex = at;
    const m = exact.exec(text);
    if (!m) continue;
    out.push(m);
    next = at + m[0].length;
  }
  return out;
}
