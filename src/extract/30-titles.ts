// Pass 30: titles and ranks before names ("Brig. Gen.", "Prime Minister", "national security adviser").
// They are recorded as spans so the name passes leave them out of names and the role pass keeps them as roles.
import { lexicons, type TitleEntry } from './lexicon.js';
import type { ExtractState } from './state.js';

/** `then-President` → `President`: a prefix the role keeps but the title lookup ignores. */
export function stripPrefix(word: string): string {
  return word.replace(/^(?:then|ex|former)-/i, '');
}

export function matchTitle(state: ExtractState, i: number): { entry: TitleEntry; to: number } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  const t = tokens[i]!;
  if (!lex.titleFirst.has(t.text.includes('-') ? stripPrefix(t.text).toLowerCase() : t.lower)) return null;
  for (let n = Math.min(lex.maxTitleWords, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t, k) => !t.word || (k > 0 && t.sentence !== span[0]!.sentence))) continue;
    const words = span.map((t, k) => (k === 0 ? stripPrefix(t.text) : t.text)).join(' ');
    const entry = lex.titles.get(words) ?? lex.titlesLower.get(words.toLowerCase());
    if (entry && (lex.titles.has(words) || words === words.toLowerCase() || /^\p{Lu}/u.test(words))) return { entry, to: i + n };
  }
  return null;
}

export function findTitles(state: ExtractState): void {
  const tokens = state.tokens;
  state.inTitle = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    if (state.skipped[i] || !tokens[i]!.word) continue;
    const found = matchTitle(state, i);
    if (!found) continue;
    const next = tokens[found.to];
    // A title matters only before a name or another title ("commander Maj. Gen. Qasem Soleimani").
    if (!next || next.sentence !== tokens[i]!.sentence || !next.cap) continue;
    const text = tokens.slice(i, found.to).map((t) => t.text).join(' ');
    state.titles.set(found.to - 1, {
      from: i, to: found.to, text, state: found.entry.state, government: found.entry.government ?? false, orgs: found.entry.orgs ?? [],
    });
    for (let k = i; k < found.to; k++) state.inTitle[k] = true;
    i = found.to - 1;
  }
}

/** The title span that ends right before token `i`, following a chain of titles back to the first. */
export function titlesBefore(state: ExtractState, i: number): { from: number; titles: string[]; state: boolean; government: boolean; orgs: string[] } | null {
  let at = i - 1;
  const titles: string[] = [];
  let isState = false;
  let government = false;
  const orgs: string[] = [];
  let from = i;
  for (let span = state.titles.get(at); span; span = state.titles.get(at)) {
    titles.unshift(span.text);
    isState ||= span.state;
    government ||= span.government;
    orgs.push(...span.orgs);
    from = span.from;
    at = span.from - 1;
  }
  return titles.length ? { from, titles, state: isState, government, orgs } : null;
}

export function isTitleToken(state: ExtractState, i: number): boolean {
  return state.inTitle[i] === true;
}
