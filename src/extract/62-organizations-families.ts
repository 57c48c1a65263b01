// Pass 62: "Labour leader Sir Keir Starmer", "the Tories", "Civic Democrat Vlastimil Tlustý": the name of a family of
// parties that many countries have (50-organizations.json `partyFamilies`) is a party where the text reads it as one.
// It is the party of the story's country, keyed by that country and the family, so "the Tories" and "Conservative
// MPs" of one story are one party and Canada's Liberals are not Australia's; a longer name of the article that holds
// the word ("the Australian Labor Party … Labor won 66 seats") keeps its own key.
import { lexicons } from './lexicon.js';
import { countryAt, homeCountries } from './70-roles-places.js';
import { addMention, isFree, tokenStartingAt, type ExtractState, type Token } from './state.js';
import type { Mention } from './types.js';

/** The family form that starts at token `i` (two words or one), with the token after it. */
function familyAt(state: ExtractState, i: number): { family: string; form: string; end: number } | null {
  const lex = lexicons();
  const tokens = state.tokens;
  for (const n of [2, 1]) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || words.some((w) => w.sentence !== tokens[i]!.sentence)) continue;
    const form = words.map((w) => w.text).join(' ');
    const family = lex.partyFamilies.get(form);
    if (family) return { family, form, end: i + n };
  }
  return null;
}

/**
 * The article's own name for the party: a longer name that holds the family's words ("Australian Labor Party" for
 * "Labor", "Conservative Party" for "Conservatives"), or a form of the family another rule already read.
 */
function ownName(state: ExtractState, form: string, family: string): Mention | undefined {
  const lex = lexicons();
  const wants = [...new Set([form, family])].map((f) => f.split(' '));
  return state.mentions.find((m) => {
    if (m.type !== 'Organization' || !m.key || m.rule.startsWith('62-organizations-families')) return false;
    if (lex.partyFamilies.get(m.text) === family) return true;
    const words = m.text.split(/\s+/);
    // A party's name, not "the Labor Department".
    if (!lex.partyWords.has(words[words.length - 1]!.toLowerCase()) && !lex.partyFamilies.has(words[words.length - 1]!)) return false;
    return wants.some((want) => words.length > want.length && words.some((_, k) => want.every((w, j) => words[k + j]?.startsWith(w))));
  });
}

/** "Liberal Party", "the Labour party", "Social Democratic Party": a family's generic name, nothing of a country's own. */
function genericFamily(text: string): string | undefined {
  const words = text.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2 || !/^[Pp]arty$/.test(words[words.length - 1]!)) return undefined;
  return lexicons().partyFamilies.get(words.slice(0, -1).join(' ').replace(/ic$/, ''));
}

/** Gives every mention of the article keyed `from` the key `to`. */
function rekey(state: ExtractState, from: string, to: string): void {
  for (const m of state.mentions) if (m.key === from) m.key = to;
}

/**
 * The country named right before token `k`, by its adjective or its possessive, over words of leaning or standing:
 * "Australia's Labor leader", "Germany's Greens", "Japan's ruling Liberal Democratic Party", "the British Labour".
 */
function countryBefore(state: ExtractState, k: number): string | undefined {
  const lex = lexicons();
  const tokens = state.tokens;
  if (!tokens[k]) return undefined;
  let j = k - 1;
  while (j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence && !tokens[j]!.cap && (lex.standingWords.has(tokens[j]!.lower) || lex.leaningWords.has(tokens[j]!.lower))) j--;
  if (/^['’]s?$/.test(tokens[j]?.text ?? '')) j--;
  return j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence ? countryAt(state, j)?.name : undefined;
}

export function findPartyFamilies(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  const word = (t: Token | undefined, at: Token): t is Token => !!t && t.sentence === at.sentence && t.word;
  let home: string | null | undefined;
  // "the Liberal Party" of a Canadian story and of an Australian one: a family's generic name is the story country's
  // party, not one party of every story that writes it.
  // So is a family's name the lexicon knows as one country's party ("the Greens" of a Czech story are not Germany's).
  for (const m of state.mentions) {
    if (m.type !== 'Organization' || !m.key) continue;
    const text = m.text.replace(/^the\s+/i, '');
    const family = lex.partyFamilies.get(text) ?? genericFamily(text);
    if (!family) continue;
    const known = m.key.startsWith('org:') ? lex.orgs.get(m.canonical ?? text) : undefined;
    if (!m.key.startsWith('name:') && !known?.country) continue;
    home ??= homeCountries(state).clear;
    // "Australia's Labor Party" in a story about Britain is Australia's; "Germany's SPD" keeps the lexicon's key.
    const country = countryBefore(state, tokenStartingAt(state, m.start)) ?? home;
    if (!country || country === known?.country) continue;
    const key = `party:${country}:${family.toLowerCase()}`;
    if (known) m.key = key;
    else rekey(state, m.key, key);
  }
  // Twice: the first of a list ("Civic Democrats, Christian Democrats and the Greens") learns of the later ones.
  for (let round = 0; round < 2; round++) for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || state.headline.has(t.sentence) || !lex.partyFamilies.has(t.text) && !lex.partyFamilies.has(`${t.text} ${tokens[i + 1]?.text}`)) continue;
    const found = familyAt(state, i);
    if (!found || !isFree(state, i, found.end)) continue;
    const before = tokens[i - 1];
    const after = tokens[found.end];
    // Part of a longer name: "Scottish Labour", "the Liberal Democratic Party", "Labour Day", "Labor Secretary X".
    const personAfter = state.owner[found.end]?.type === 'Person' && state.owner[found.end]!.start === after?.start;
    if (word(before, t) && before.cap && !before.first) continue;
    // "the People's National party": a word whose possessive sits inside a name runs the name on.
    const owner = /^['’]s?$/.test(before?.text ?? '') ? tokens[i - 2] : before?.possessive ? before : undefined;
    if (owner && lex.possessiveNameWords.has(owner.text.replace(/['’]s?$/, ''))) continue;
    // "Minister of Labor", "Cabinet Secretary for Labour": a portfolio, no party.
    if (before?.lower === 'of' && before.sentence === t.sentence) continue;
    if (before?.lower === 'for' && before.sentence === t.sentence && (state.inTitle[i - 2] || lex.roleNouns.has(tokens[i - 2]?.lower ?? ''))) continue;
    // ("Labor Premier X", "Liberal Prime Minister X" are the party's; "Labor Minister X" holds the portfolio.)
    let last = found.end;
    while (state.inTitle[last + 1] && tokens[last + 1]!.sentence === t.sentence) last++;
    const titleText = state.titles.get(last)?.text ?? after?.text ?? '';
    const office = state.inTitle[found.end] === true && (/prime minister$/i.test(titleText) || !/(?:minister|secretary|ministry)$/i.test(titleText));
    if (word(after, t) && after.cap && !personAfter && !lex.partyPeople.has(after.lower) && !office) continue;
    const plural = /s$/.test(found.form);
    // Read as a party: before a person it labels ("Civic Democrat X", "Liberal Jean Chretien"), before a word of its
    // people ("Labour leader X", "Green members"), a plural after "the" ("the Tories") or listed with another body
    // ("Civic Democrats, Christian Democrats and the Greens"), or a form that is no adjective at all ("Labor won").
    // A sentence's first word, after a dateline too ("LONDON — Labor unions called …"), is capitalized whatever it is.
    const first = t.first || /^[—–-]$/.test(before?.text ?? '');
    const people = word(after, t) && !after.cap && lex.partyPeople.has(after.lower);
    // "National" is a party's name only before the word for a party or its members ("the National party", "National MPs").
    const weak = lex.partyWeakForms.get(found.form);
    if (weak && !(word(after, t) && weak.has(after.lower)) && !(plural && before?.lower === 'the')) continue;
    const listed = plural && [before && /^(?:,|and)$/.test(before.text) ? state.owner[i - 2] : undefined, after && /^(?:,|and)$/.test(after.text) ? state.owner[found.end + 1] ?? state.owner[found.end + 2] : undefined]
      .some((m) => m?.type === 'Organization');
    // ("Conservative Sanae Takaichi of the Liberal Democratic Party": a sentence's first word may be a leaning; "Labor
    // leaders marched": there, a word of people makes a party only before a person's name.)
    // ("Labour shortages", "Labor unions", "Labor productivity": a form alone before a plural noun, or before a noun of
    // work and its market, is the common word; "Labor wins", "Labor won 66 seats", "the Labor landslide" are the party.)
    const commonAfter = word(after, t) && !after.cap && ((/^\p{Ll}{2,}[^su]s$/u.test(after.lower) && !lex.partyVerbs.has(after.lower) && !lex.speechVerbs.has(after.text)) || lex.partyNotBefore.has(after.lower));
    const alone = lex.partyNouns.has(found.form) && !commonAfter;
    const personLater = people && state.owner[found.end + 1]?.type === 'Person';
    // "Canada's Liberal Prime Minister Justin Trudeau": before a state's or a leader's office and its holder's name,
    // inside the sentence ("Conservative Prime Minister X" opening one may be a leaning; "Liberal lawyer X" holds none).
    const span = state.titles.get(last);
    const holder = office && !first && state.owner[last + 1]?.type === 'Person' && (span?.state === true || lex.leaderTitles.has(titleText.toLowerCase().split(' ').pop()!));
    const party = (personAfter && !(first && !lex.partyNouns.has(found.form))) || (people && (!first || personLater)) || (plural && before?.lower === 'the') || listed || alone || holder;
    if (!party) continue;
    const longer = countryBefore(state, i) ? undefined : ownName(state, found.form, found.family);
    if (longer) {
      addMention(state, 'Organization', i, found.end, '62-organizations-families/short-form', { key: longer.key!, canonical: longer.canonical ?? longer.text });
      continue;
    }
    home ??= homeCountries(state).clear;
    const country = countryBefore(state, i) ?? home;
    if (!country) continue;
    addMention(state, 'Organization', i, found.end, '62-organizations-families/story-country', { key: `party:${country}:${found.family.toLowerCase()}`, canonical: found.form });
  }
}
