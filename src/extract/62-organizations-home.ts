// Pass 62: "those who invaded Parliament" in a story about Kenya: a capitalized institution standing alone is the
// story country's own ("Kenyan Parliament"), keyed like "Kenya's parliament" so both are one organization. It runs
// after the places pass, which tells what country the story is about; with no clear country nothing is added.
import { lexicons } from './lexicon.js';
import { institutionKey, institutionName } from './50-organizations.js';
import { homeCountries } from './70-roles-places.js';
import { addMention, isFree, type ExtractState } from './state.js';

export function findHomeInstitutions(state: ExtractState): void {
  const lex = lexicons();
  const tokens = state.tokens;
  let home: string | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !lex.homeInstitutions.has(t.text) || !isFree(state, i, i + 1) || state.headline.has(t.sentence)) continue;
    // "the European Parliament", "Parliament of Moldova", "Parliament Speaker": part of another name or title.
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.sentence === t.sentence && before.cap && before.word) continue;
    if (after?.sentence === t.sentence && ((after.cap && after.word) || after.text === 'of')) continue;
    home ??= homeCountries(state).clear;
    if (!home) return;
    const country = lex.countries.get(home);
    if (!country) return;
    // "Meanwhile in Montenegro, Parliament approved …": a sentence that names another country speaks of its parliament.
    if (state.mentions.some((m) => m.type === 'Place' && m.sentence === t.sentence && lex.countries.has(m.canonical ?? m.text) && (m.canonical ?? m.text) !== home)) continue;
    const adjective = country.adjectives[0] ?? home;
    const institution = t.text.toLowerCase();
    addMention(state, 'Organization', i, i + 1, '62-organizations-home/story-country', institutionKey(home, institution, institutionName(adjective, institution, t.text)));
  }
}
