// Pass 62: "Labour leader Sir Keir Starmer", "the Tories", "Civic Democrat Vlastimil Tlustý": the name of a family of
// parties that many countries have (50-organizations.json `partyFamilies`) is a party where the text reads it as one.
// It is the party of the story's country, keyed by that country and the family, so "the Tories" and "Conservative
// MPs" of one story are one party and Canada's Liberals are not Australia's; a longer name of the article that holds
// the word ("the Australian Labor Party … Labor won 66 seats") keeps its own key.
import { lexicons } from './lexicon.js';
import { homeCountries } from './70-roles-places.js';
import { addMention, isFree, type ExtractState, type Token } from './state.js';
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
    if (home && home !== known?.country) rekey(state, m.key, `party:${home}:${family.toLowerCase()}`);
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
    // "Minister of Labor", "the Ministry of Labour": a portfolio, no party.
    if (before?.lower === 'of' && before.sentence === t.sentence) continue;
    // ("Labor Premier X" is the party's; "Labor Minister X" holds the portfolio.)
    let last = found.end;
    while (state.inTitle[last + 1] && tokens[last + 1]!.sentence === t.sentence) last++;
    const office = state.inTitle[found.end] === true && !/(?:minister|secretary|ministry)$/i.test(state.titles.get(last)?.text ?? after?.text ?? '');
    if (word(after, t) && after.cap && !personAfter && !lex.partyPeople.has(after.lower) && !office) continue;
    const plural = /s$/.test(found.form);
    // Read as a party: before a person it labels ("Civic Democrat X", "Liberal Jean Chretien"), before a word of its
    // people ("Labour leader X", "Green members"), a plural after "the" ("the Tories") or listed with another body
    // ("Civic Democrats, Christian Democrats and the Greens"), or a form that is no adjective at all ("Labor won").
    const people = word(after, t) && !after.cap && lex.partyPeople.has(after.lower);
    const listed = plural && [before && /^(?:,|and)$/.test(before.text) ? state.owner[i - 2] : undefined, after && /^(?:,|and)$/.test(after.text) ? state.owner[found.end + 1] ?? state.owner[found.end + 2] : undefined]
      .some((m) => m?.type === 'Organization');
    // ("Conservative Sanae Takaichi of the Liberal Democratic Party": a sentence's first word may be a leaning.)
    // ("Labor unions called for …": a sentence's first word before a plural noun is the common word.)
    const alone = lex.partyNouns.has(found.form) && !(t.first && word(after, t) && !after.cap && /s$/.test(after.lower));
    const party = (personAfter && !(t.first && !lex.partyNouns.has(found.form))) || people || (plural && before?.lower === 'the') || listed || alone;
    if (!party) continue;
    const longer = ownName(state, found.form, found.family);
    if (longer) {
      addMention(state, 'Organization', i, found.end, '62-organizations-families/short-form', { key: longer.key!, canonical: longer.canonical ?? longer.text });
      continue;
    }
    home ??= homeCountries(state).clear;
    if (!home) continue;
    addMention(state, 'Organization', i, found.end, '62-organizations-families/story-country', { key: `party:${home}:${found.family.toLowerCase()}`, canonical: found.form });
  }
}
