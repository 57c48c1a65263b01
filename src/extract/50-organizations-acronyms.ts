// Acronyms an article defines for an organization it names, and the acronym's later mentions:
// "ISF [Iraq Security Forces]", "Higher Military Commission (HMC)", "the Law and Justice (PiS) party",
// "the Croatian Democratic Union (HDZ — Hrvatska demokratska zajednica)", "the Republican People’s Party’s (CHP)",
// "the National Liberation Army, or ELN,", "the Kurdistan Workers' Party - or PKK -", "State Organization for
// Marketing of Oil, known as SOMO".
import { lexicons } from './lexicon.js';
import { addMention, isFree, tokenStartingAt, type ExtractState, type Token } from './state.js';
import type { Mention } from './types.js';
import { nameKey } from './org-keys.js';

/**
 * An acronym as an article defines it: two to seven letters or digits opening with a capital, at least two of them
 * capitals ("HMC", "PiS", "HoR", "M5S", "YBŞ"), maybe with a hyphenated part ("SPLM-IO").
 */
export function isDefinedAcronym(text: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{Ll}\d]{1,6}(?:-\p{Lu}{1,3})?$/u.test(text)) return false;
  return (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

const DASHES = new Set(['-', '–', '—']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);

/** The punctuation that may close an acronym given after "or": ", or ELN,", "- or PKK -", "or MPSR." */
const OR_CLOSERS = new Set([',', '.', ';', ':', ')', ...DASHES]);

/** The acronym token the tokens after an organization's name (`to` = first token after it) define, or -1. */
function definedAfter(tokens: Token[], to: number): number {
  let k = to;
  // "the Republican People’s Party’s (CHP)", "the “Military Committee for Refoundation” (CMR)".
  if (tokens[k]?.possessive || CLOSING_QUOTES.has(tokens[k]?.text ?? '')) k++;
  const open = tokens[k];
  if (open && /^[[(]$/.test(open.text)) {
    const acronym = tokens[k + 1];
    const after = tokens[k + 2]?.text ?? '';
    // "(HDZ — Hrvatska demokratska zajednica in Croatian)": the acronym, then a gloss after a dash or comma.
    if (acronym && isDefinedAcronym(acronym.text) && (/^[\])]$/.test(after) || DASHES.has(after) || after === ',')) return k + 1;
    return -1;
  }
  // "the National Liberation Army, or ELN, after …", "the Kurdistan Workers' Party - or PKK -".
  if (tokens[k]?.text === ',' || DASHES.has(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.text !== 'or') return -1;
  const acronym = tokens[k + 1];
  const after = tokens[k + 2];
  if (!acronym || !isDefinedAcronym(acronym.text) || acronym.sentence !== tokens[to]?.sentence) return -1;
  // "sanctions by the European Union or NATO": a body the lexicon knows after "or" is another body, not a gloss.
  if (lexicons().orgs.has(acronym.text)) return -1;
  return !after || after.sentence !== acronym.sentence || OR_CLOSERS.has(after.text) ? k + 1 : -1;
}

/** Acronyms the article defines for an organization, then every free use of them takes that organization's key. */
export function definedAcronyms(state: ExtractState): void {
  const tokens = state.tokens;
  const defined = new Map<string, Mention>();
  for (const m of state.mentions) {
    if (m.type !== 'Organization') continue;
    const from = tokenStartingAt(state, m.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= m.end) to++;
    const open = tokens[from - 1];
    const acronym = tokens[from - 2];
    const close = tokens[to];
    // ACRONYM [Expansion]
    if (open && acronym && close && /^[[(]$/.test(open.text) && /^[\])]$/.test(close.text) && isDefinedAcronym(acronym.text)) defined.set(acronym.text, m);
    // "State Organization for Marketing of Oil, known as SOMO"
    const known = tokens[to + 3];
    if (close?.text === ',' && tokens[to + 1]?.text === 'known' && tokens[to + 2]?.text === 'as' && known && isDefinedAcronym(known.text)) defined.set(known.text, m);
    const at = definedAfter(tokens, to);
    if (at >= 0 && !defined.has(tokens[at]!.text)) defined.set(tokens[at]!.text, m);
  }
  if (defined.size === 0) return;
  const keyOf = (target: Mention) => ({ key: target.key ?? nameKey(target.text), canonical: target.canonical ?? target.text });
  // "International Chamber of Commerce (ICC)": the article's own expansion wins over the lexicon's; "the PiS party"
  // found by its head word is the body the acronym stands for.
  for (const m of state.mentions) {
    if (m.type !== 'Organization') continue;
    const [first, ...rest] = m.text.split(' ');
    const target = defined.get(first!);
    if (!target || target === m) continue;
    if (rest.length === 0 ? m.rule !== '50-organizations/known' : rest.some((w) => !/^\p{Ll}+$/u.test(w))) continue;
    Object.assign(m, keyOf(target));
  }
  tokens.forEach((t, i) => {
    const target = defined.get(t.text);
    if (!target || !isFree(state, i, i + 1)) return;
    addMention(state, 'Organization', i, i + 1, '50-organizations/acronym', keyOf(target));
  });
}
