// "Ethiopia’s prime minister says his country will not seek conflict … ¶ … Prime Minister X said": an office a
// country's name or adjective gives with no holder named is the office a bare title holds in another sentence.
import { matchTitle } from './30-titles.js';
import { countryAt } from './70-roles-places.js';
import { isPossessiveMark, tokenIndex, withoutModifiers } from './70-roles-context.js';
import { note, type ExtractState } from './state.js';

const ENVOY = /\b(?:ambassador|envoy|consul|attach[eé]|charg[eé])/;

/** The office's words, lower-case, as a key: "Prime Minister" and "prime minister" are one office. */
function officeKey(words: string): string {
  return words.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The state offices named with a country and no holder ("Ethiopia’s prime minister", "the Ethiopian prime minister
 * said"), by office: the countries and sentences each is named with. An office a modifier dates ("Ethiopia's former
 * prime minister") is left out: it is someone else's than the office's present holder.
 */
function unnamedOffices(state: ExtractState): Map<string, { countries: Set<string>; sentences: Set<number> }> {
  const tokens = state.tokens;
  const out = new Map<string, { countries: Set<string>; sentences: Set<number> }>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || state.inTitle[k] || state.owner[k]) continue;
    const title = matchTitle(state, k);
    if (!title || !title.entry.state || title.entry.courtesy) continue;
    // A holder's name right after the office ("Ethiopian Prime Minister X") or set off by a comma is the holder's own
    // role, placed where it is read.
    const after = tokens[title.to];
    if (after && after.sentence === t.sentence && (state.owner[title.to]?.type === 'Person' || after.text === ',' || after.text === '(')) continue;
    const words = tokens.slice(k, title.to).map((x) => x.text).join(' ');
    const key = officeKey(words);
    // "the U.S. ambassador": an envoy's office tells two countries, the one sending and the one received.
    if (withoutModifiers(key) !== key || ENVOY.test(key)) continue;
    const country = isPossessiveMark(state, k - 1) ? countryAt(state, k - 2) : countryAt(state, k - 1);
    if (!country) continue;
    const entry = out.get(key) ?? { countries: new Set<string>(), sentences: new Set<number>() };
    entry.countries.add(country.name);
    entry.sentences.add(t.sentence);
    out.set(key, entry);
  }
  return out;
}

/**
 * A bare state office ("Prime Minister X" with no country, body or place of its own) takes the country an unnamed
 * mention of the same office gives elsewhere in the article, when that is one country, the office is held by one
 * person of the article, and the two are in different sentences ("Ethiopia’s prime minister met Prime Minister X" is
 * two people).
 */
export function unnamedOfficeCountry(state: ExtractState): void {
  const bare = state.roles.filter((r) => r.bareOffice && !r.org && !r.country);
  if (bare.length === 0) return;
  const offices = unnamedOffices(state);
  if (offices.size === 0) return;
  const holders = new Map<string, Set<string>>();
  for (const r of state.roles) {
    const key = officeKey(r.role);
    if (!holders.has(key)) holders.set(key, new Set());
    holders.get(key)!.add(r.person.canonical ?? r.person.text);
  }
  // "Syria's Ahmed al-Sharaa", "his Bhutanese counterpart Tshering Tobgay": a country someone else is given right
  // before their name may be that person's office ("Putin Meets With Syrian President"), not the bare title's.
  const others = new Map<string, Set<string>>();
  for (const m of state.mentions) {
    if (m.type !== 'Person') continue;
    const at = tokenIndex(state, m.start);
    for (let j = at - 1; j >= Math.max(0, at - 3) && state.tokens[j]!.sentence === state.tokens[at]!.sentence; j--) {
      const c = countryAt(state, j);
      if (!c) continue;
      const set = others.get(c.name) ?? new Set<string>();
      set.add(m.canonical ?? m.text);
      others.set(c.name, set);
      break;
    }
  }
  // A person placed in a country or body by another role is left to it.
  const placed = new Set(state.roles.filter((r) => r.org || r.country).map((r) => r.person.canonical ?? r.person.text));
  for (const draft of bare) {
    const key = officeKey(draft.role);
    const office = offices.get(key);
    const who = draft.person.canonical ?? draft.person.text;
    if (!office || office.countries.size !== 1 || office.sentences.has(draft.sentence) || placed.has(who) || holders.get(key)!.size !== 1) continue;
    const country = [...office.countries][0]!;
    if ([...others.get(country) ?? []].some((name) => name !== who)) continue;
    draft.country = country;
    draft.rule = `${draft.rule}+unnamed-office`;
    note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role} of ${country}`, rule: draft.rule, start: draft.person.start, end: draft.person.end, sentenceIndex: draft.sentence });
  }
}
