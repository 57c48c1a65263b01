// What the role rules share: token positions of mentions, recording a role, and the organization or region
// that "its", "the group" or "the region" points back to.
import { lexicons } from './lexicon.js';
import { note, tokenAt, tokenStartingAt, type ExtractState, type RoleDraft } from './state.js';
import type { Mention } from './types.js';
import { headWord, lastWord, namedBy } from './org-keys.js';

export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/** Ranks serve an army, not the dateline's country: "LISBON — … Gen. Ivo Horvat" need be no Portuguese general. */
// "Attorney-General", "Governor-General", "Secretary General": civil offices whose last word is no rank.
export const MILITARY_RANK = /^(?:(?:Lt|Maj|Brig|Gen|Col|Adm|Sgt|Capt|Cmdr|Vice|Rear|Field)\.?\s*)+$|(?<!(?:Attorney|Solicitor|Secretary|Governor|Inspector|Surgeon|Auditor|Postmaster|Director|Registrar|Comptroller|Accountant)[- ])General|Colonel|Major|Captain|Admiral|Brigadier|Lieutenant|Sergeant|Marshal|Commander/i;

/** "leader", "official": a title any body's member may bear, no state office of its own. */
export const GENERIC_TITLE = /^(?:leader|official|ruler)$/i;

export function tokenIndex(state: ExtractState, offset: number): number {
  return tokenStartingAt(state, offset);
}

/**
 * The index past every token the mention touches. A mention may start or end inside a token ("U.S." in
 * "U.S.-backed", "Lebanon" in "Lebanon's-led"): that token counts as the mention's, so the index is always past
 * the token where the mention starts, and a scan that jumps to it moves forward.
 */
export function endIndex(state: ExtractState, m: Mention): number {
  let i = tokenAt(state, m.start);
  if (state.tokens[i - 1] && state.tokens[i - 1]!.end > m.start) i--;
  while (i < state.tokens.length && state.tokens[i]!.start < m.end) i++;
  return i;
}

export function sentenceEndIndex(state: ExtractState, i: number): number {
  const tokens = state.tokens;
  const sentence = tokens[i]?.sentence;
  let k = i;
  while (k < tokens.length && tokens[k]!.sentence === sentence) k++;
  return k;
}

/** `’s`, or a bare apostrophe right after a plural ("the Houthis’ chief negotiator"). */
export function isPossessiveMark(state: ExtractState, k: number): boolean {
  const t = state.tokens[k];
  if (!t) return false;
  if (t.possessive) return true;
  const prev = state.tokens[k - 1];
  // "the Houthis’ spokesman"; not "Ahmad Shia’ al-Rubaie", where the mark is inside a person's name.
  return (t.text === '’' || t.text === "'") && !!prev && prev.end === t.start && /s$/i.test(prev.text) && state.owner[k]?.type !== 'Person';
}

export function push(state: ExtractState, draft: RoleDraft, at: number): void {
  state.roles.push(draft);
  if (!state.explain) return;
  const where = draft.org ? ` at ${draft.org.text}` : draft.country ? ` of ${draft.country}` : '';
  note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role}${where}`, rule: draft.rule, start: at, end: draft.person.end, sentenceIndex: draft.sentence });
}


/**
 * The closest organization before token `at` (page furniture aside) that passes `fits`, last named no more than `back`
 * sentences earlier; with `salient`, the one named most often.
 */
function closestOrg(state: ExtractState, at: number, back: number, fits: (m: Mention) => boolean, salient = false): Mention | null {
  const t = state.tokens[at];
  if (!t) return null;
  let best: Mention | null = null;
  const seen = new Map<string, { count: number; last: Mention }>();
  for (const m of state.mentions) {
    if (m.type !== 'Organization' || m.end > t.start || m.rule.startsWith('20-boilerplate') || !fits(m)) continue;
    const key = m.key ?? m.text;
    const entry = seen.get(key) ?? { count: 0, last: m };
    entry.count++;
    if (m.end >= entry.last.end) entry.last = m;
    seen.set(key, entry);
  }
  // "the army commander" after both the Lebanese army and a U.S. Army general: the one the article talks about most.
  let bestCount = 0;
  for (const { count, last } of seen.values()) {
    if (last.sentence < t.sentence - back) continue;
    const more = salient ? count > bestCount || (count === bestCount && !!best && last.end > best.end) : !best || last.end > best.end;
    if (more) { best = last; bestCount = count; }
  }
  return best;
}

/**
 * "its spokesman" → the organization named last; "the observatory’s head" → the organization whose name ends in
 * that word; "the group’s deputy" → the last organization that is not a state institution.
 */
export function orgAntecedent(state: ExtractState, word: string, at: number, headOnly = false): Mention | null {
  const w = word.toLowerCase();
  if (POSSESSIVE_PRONOUNS.has(w)) return closestOrg(state, at, 2, () => true);
  const byHead = closestOrg(state, at, 20, (m) => namedBy(m.text, w) || (!!m.canonical && namedBy(m.canonical, w)), true);
  if (byHead || headOnly) return byHead;
  if (!lexicons().groupNouns.has(w)) return null;
  // "the leader of the movement" after the group's own "Supreme Revolutionary Committee": a committee is no movement.
  const notGroup = lexicons().notGroupHeads;
  return closestOrg(state, at, 8, (m) => !m.key?.startsWith('inst:') && !notGroup.has(headWord(m.canonical ?? m.text)));
}

/**
 * The organization a spokesperson speaks for when none is named: the first one named earlier in this sentence,
 * else the first of the sentence before (its subject, most often: "The Pentagon revealed … under the Task Force").
 */
export function recentOrganization(state: ExtractState, at: number): Mention | null {
  const t = state.tokens[at];
  if (!t) return null;
  // The sentence before counts only inside the same paragraph ("Hezbollah fired rockets. ¶ Spokesman Tom Hale said").
  const previous = state.sentences[t.sentence - 1];
  const sameParagraph = !!previous && !state.text.slice(previous.end, state.sentences[t.sentence]!.start).includes('\n');
  for (const sentence of sameParagraph ? [t.sentence, t.sentence - 1] : [t.sentence]) {
    let first: Mention | null = null;
    for (const m of state.mentions) {
      if (m.type !== 'Organization' || m.sentence !== sentence || m.end > t.start || m.rule.startsWith('20-boilerplate')) continue;
      if (!first || m.start < first.start) first = m;
    }
    if (first) return first;
  }
  return null;
}

/** "Houthi spokesman": a capitalized word that is an organization's name in the singular. */
export function orgNamedBy(state: ExtractState, word: string): Mention | null {
  for (const m of state.mentions) {
    if (m.type !== 'Organization' || m.rule.startsWith('20-boilerplate')) continue;
    const names = [m.text, m.canonical ?? m.text];
    // "Labour leader X" after "the Labour party", "Republican Gov. X" after "the Republican Party": a party by its adjective.
    if (names.some((n) => n === word || n === `${word}s` || n === `${word}es` || n === `${word} Party` || n === `${word} party`)) return m;
  }
  return null;
}

export function isRegion(m: Mention): boolean {
  const entry = lexicons().places.get(m.canonical ?? m.text);
  return m.type === 'Place' && entry?.kind === 'region';
}

/** "the region’s president" → the closest region named before token `at`. */
export function regionAntecedent(state: ExtractState, at: number): Mention | null {
  return placeBefore(state, at, isRegion);
}

/** The closest place of a kind named before token `at`, no more than `back` sentences back. */
function placeBefore(state: ExtractState, at: number, kind: (m: Mention) => boolean, back = 8): Mention | null {
  const t = state.tokens[at];
  if (!t) return null;
  let best: Mention | null = null;
  for (const m of state.mentions) if (kind(m) && m.end <= t.start && m.sentence >= t.sentence - back && (!best || m.end > best.end)) best = m;
  return best;
}

/** A city or town of the text, not a country or a region ("Buenos Aires province"), nor a sea or a base ("Black Sea",
 * "Camp Arifjan"). */
export function isTown(m: Mention): boolean {
  if (m.type !== 'Place') return false;
  const lex = lexicons();
  const kind = lex.places.get(m.canonical ?? m.text)?.kind;
  const words = m.text.split(' ');
  if (words.some((w) => lex.placeHeads.has(w) || lex.placeAreaHeads.has(w) || lex.placeLowerHeads.has(w)) || words[words.length - 1] === 'State') return false;
  return kind === 'city' || !kind;
}

/**
 * "mayor of the city", "the town’s mayor" → the one city or town named in this sentence (before token `at`) and the
 * two before, else the closest named earlier; none when those sentences name two ("Rockets hit Ashkelon. Residents
 * fled to Tel Aviv. X, mayor of the city").
 */
export function cityAntecedent(state: ExtractState, at: number): Mention | null {
  const t = state.tokens[at];
  if (!t) return null;
  const near = state.mentions.filter((m) => isTown(m) && m.end <= t.start && m.sentence >= t.sentence - 2);
  if (new Set(near.map((m) => m.canonical ?? m.text)).size > 1) return null;
  return near.sort((a, b) => a.end - b.end).pop() ?? placeBefore(state, at, isTown);
}

/** "the country’s defense minister" → the country named last before token `at`, no more than three sentences back. */
export function countryAntecedent(state: ExtractState, at: number): string | null {
  const countries = lexicons().countries;
  const best = placeBefore(state, at, (m) => m.type === 'Place' && countries.has(m.canonical ?? m.text), 3);
  return best ? best.canonical ?? best.text : null;
}

/** A region's own government when the article names it: Kurdistan → "Kurdistan Regional Government". */
export function regionGovernment(state: ExtractState, region: Mention): Mention | null {
  const name = region.canonical ?? region.text;
  return state.mentions.find((m) => m.type === 'Organization' && lastWord(m.text) === 'government' && m.text.includes(name)) ?? null;
}

/** Does "(ACRONYM)" open at token `k`: "the Syrian Democratic Forces (SDF)’s leader"? */
export function acronymAfter(state: ExtractState, k: number): boolean {
  const tokens = state.tokens;
  return tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && state.owner[k + 1]?.type === 'Organization';
}

/** "interim governor" → "governor": a title without the modifiers before it. */
/** Whether a role ends in a town's or a region's office: "then-governor", "current governor", "Ondo State Governor",
 * "duly elected governor", "chief minister". */
export function endsInLocalOffice(role: string): boolean {
  const words = role.toLowerCase().split(/[\s-]+/);
  const local = lexicons().localOffices;
  return local.has(words.slice(-2).join(' ')) || local.has(words[words.length - 1]!);
}

/** The token before the lower-case modifiers that end at `k` ("met with caretaker Prime Minister X": "with"). */
export function beforeTitleModifiers(state: ExtractState, k: number): number {
  const lex = lexicons();
  while (k > 0 && state.tokens[k]!.word && !state.tokens[k]!.cap && lex.titleModifiers.has(state.tokens[k]!.lower)) k--;
  return k;
}

export function withoutModifiers(title: string): string {
  const words = title.split(' ');
  let k = 0;
  // "chief minister" is an office of its own, not a "chief" minister.
  while (k < words.length - 1 && lexicons().titleModifiers.has(words[k]!) && !lexicons().localOffices.has(words.slice(k).join(' '))) k++;
  return words.slice(k).join(' ');
}

/**
 * "Hezbollah Beirut …", "Harbor Party (HP) Tarvo …": the body named right before a place (its acronym in brackets
 * between them allowed) whose office for that place a title gives; not a state's armed forces.
 */
export function bodyBeforePlace(state: ExtractState, place: Mention): Mention | null {
  const tokens = state.tokens;
  let b = tokenIndex(state, place.start) - 1;
  if (tokens[b]?.text === ')' && tokens[b - 2]?.text === '(' && state.owner[b - 1]?.type === 'Organization') b -= 3;
  const body = state.owner[b];
  return body?.type === 'Organization' && body.sentence === place.sentence && endIndex(state, body) === b + 1 && !lexicons().military.has(body.text) ? body : null;
}
