// "Chief Minister X" in a story about Balochistan: a regional office with no place of its own is the office of the
// region the article is about, as a national office is the office of the article's country (see articleCountry).
import { lexicons } from './lexicon.js';
import { isTown, withoutModifiers } from './70-roles-context.js';
import { note, tokenRange, type ExtractState, type RoleDraft } from './state.js';
import type { Mention } from './types.js';

/** Whether a headline names a place as a whole word ("Political fiasco in Balochistan …"). */
function namesIn(title: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(title);
}

interface PlaceCount { n: number; first: Mention; lead: boolean }

/** How often the text names each place `accept` takes (datelines left out), and whether within `extra` sentences of
 * the lead's first. */
function placeCounts(state: ExtractState, extra: number, accept: (m: Mention, name: string) => boolean): Map<string, PlaceCount> {
  const counts = new Map<string, PlaceCount>();
  let lead = 0;
  while (state.headline.has(lead)) lead++;
  for (const m of state.mentions) {
    const name = m.canonical ?? m.text;
    if (m.rule === '20-boilerplate/dateline' || !accept(m, name)) continue;
    const c = counts.get(name) ?? { n: 0, first: m, lead: false };
    c.n++;
    c.lead ||= m.sentence <= lead + extra;
    counts.set(name, c);
  }
  return counts;
}

/**
 * The region an article is about: a first-level region (not a country, not a city, unless the region is named as its
 * chief town: "Basra") named at least twice, in the headline (the article's metadata title) or the lead, and more often
 * than any other region. Null when none stands out.
 */
export function homeRegion(state: ExtractState): Mention | null {
  const lex = lexicons();
  const regions = (town: boolean): Map<string, PlaceCount> => placeCounts(state, 0, (m, name) => {
    const kind = lex.places.get(name)?.kind;
    // (Not a country's capital, the seat of its central bank's governor: "Governor X" in a story about Cairo.)
    return m.type === 'Place' && !lex.countries.has(name) && (town ? kind === 'city' && lex.townRegions.has(name) && !lex.capitalOf.has(name) : kind === 'region' || kind === 'state');
  });
  // "Basra", "Erbil": where the story names no region, a town that names its region too.
  const own = regions(false);
  const counts = own.size > 0 ? own : regions(true);
  const title = state.input.title ?? '';
  // The headline counts as one more mention ("Political fiasco in Balochistan ends after CM resigns").
  const ranked = [...counts].map(([name, c]) => {
    const titled = namesIn(title, name);
    return { name, first: c.first, n: c.n + (titled ? 1 : 0), lead: c.lead || titled };
  }).sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : 1));
  // One region and no other: a story that names two ("Texas sent buses … Governor Hochul said New York …") leaves a
  // governor's region to the clauses.
  const [first, second] = ranked;
  if (!first || first.n < 2 || !first.lead || second) return null;
  return first.first;
}

/**
 * Whether a regional office with no place of its own is the office of the story's region: "Governor X", "Chief
 * Minister X"; not "Premier X", a state's office too (Italy's, China's), which only a region tied to it by the words
 * gives a region ("Sardinia's premier", "Ontario Premier X": the clauses).
 */
export function regionalOffice(role: string, country?: string): boolean {
  const lex = lexicons();
  const office = withoutModifiers(role.toLowerCase());
  // "Premier X" in a story about South Australia: where the country's own head is a prime minister, a premier heads a
  // state or a province (`regionalPremierCountries`).
  return lex.regionalOffices.has(office) && (!lex.nationalTooOffices.has(office) || (!!country && lex.regionalPremierCountries.has(country)));
}

/**
 * The town an article is about: a city or town named at least twice, in the headline or the lead, and more often than
 * any other town. Null when none stands out.
 */
export function homeTown(state: ExtractState): Mention | null {
  const lex = lexicons();
  // "Beijing warned Taipei": a capital that speaks is its government, not the town.
  const counts = placeCounts(state, 1, (m, name) => isTown(m) && !(lex.capitalOf.has(name) && lex.speechVerbs.has(state.tokens[tokenRange(state, m.start, m.end)[1]]?.lower ?? '')));
  const title = state.input.title ?? '';
  const ranked = [...counts].map(([name, c]) => {
    const titled = namesIn(title, name);
    return { first: c.first, n: c.n, lead: c.lead || titled };
  }).sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n < 2 || !first.lead || (second && second.n >= first.n)) return null;
  return first.first;
}

/** Gives the article's town to a town's offices no clause placed ("Acting Mayor X" in a story about Sumy). */
export function articleTown(state: ExtractState): void {
  const lex = lexicons();
  const bare = state.roles.filter((r) => !r.org && !r.country && lex.cityOffices.has(withoutModifiers(r.role.toLowerCase())));
  if (bare.length === 0) return;
  const town = homeTown(state);
  if (!town) return;
  const name = town.canonical ?? town.text;
  for (const draft of bare) {
    if (placedElsewhere(state, draft)) continue;
    // "Mayor X said Kyiv would help": another town named in the office holder's own sentence; "In Lviv, damage was
    // light. Mayor X said …": the last town named before, in the sentence before, is another.
    if (state.mentions.some((m) => isTown(m) && m.sentence === draft.sentence && (m.canonical ?? m.text) !== name)) continue;
    const before = state.mentions.filter((m) => isTown(m) && m.end <= draft.person.start && m.sentence >= draft.sentence - 1).sort((a, b) => a.end - b.end).pop();
    if (before && (before.canonical ?? before.text) !== name) continue;
    give(state, draft, town, 'article-town');
  }
}

/** A person placed elsewhere in the story ("RBI Governor Sanjay Malhotra … Governor Malhotra") keeps that place. A
 * party or other body the person belongs to places no office ("Thami Ntuli from the Inkatha Freedom Party"). */
function placedElsewhere(state: ExtractState, draft: RoleDraft): boolean {
  // "Ali al-Allaq" … "Governor Allaq": the surname without its article.
  const surname = (m: Mention): string => (m.canonical ?? m.text).split(' ').pop()!.replace(/^(?:al|el|as|ad|ash|an|ar)-/i, '').toLowerCase();
  return state.roles.some((r) => surname(r.person) === surname(draft.person) && (r.country || r.org?.type === 'Place' || (r.org && r.role === draft.role)));
}

/** "central bank governor X", "Central Bank Governor X": an office of a body, not of a place. */
function ofBody(state: ExtractState, draft: RoleDraft): boolean {
  const lex = lexicons();
  if (draft.role.toLowerCase().split(/\s+/).some((w) => lex.bodyNouns.has(w))) return true;
  const [at] = tokenRange(state, draft.person.start, draft.person.end);
  let k = at - 1;
  while (k >= 0 && state.inTitle[k]) k--;
  return lex.bodyNouns.has(state.tokens[k]?.lower ?? '') && state.tokens[k]!.sentence === draft.sentence;
}

function give(state: ExtractState, draft: RoleDraft, place: Mention, rule: string): void {
  draft.org = place;
  draft.rule = `${draft.rule}+${rule}`;
  note(state, { kind: 'role', text: `${draft.person.text}: ${draft.role} of ${place.canonical ?? place.text}`, rule: draft.rule, start: draft.person.start, end: draft.person.end, sentenceIndex: draft.sentence });
}

/** Gives the article's region to regional offices no clause placed ("Chief Minister X", "Governor X"). */
export function articleRegion(state: ExtractState): void {
  if (!state.roles.some((r) => !r.org && !r.country && lexicons().regionalOffices.has(withoutModifiers(r.role.toLowerCase())))) return;
  const region = homeRegion(state);
  if (!region) return;
  const regionCountry = lexicons().places.get(region.canonical ?? region.text)?.country;
  const bare = state.roles.filter((r) => !r.org && !r.country && regionalOffice(r.role, regionCountry));
  // Another place in the office holder's sentence: a country or region, or a city of another country ("Governor
  // Hochul said New York could not cope" in a story about Texas); a city of the region's own country is most often
  // inside it ("Governor X in Imphal").
  const elsewhere = (m: Mention): boolean => {
    const name = m.canonical ?? m.text;
    if (name === (region.canonical ?? region.text)) return false;
    const place = lexicons().places.get(name);
    // "in Lashkar Gah" in a story about Helmand: a town no gazetteer holds is most often inside the region.
    if (!place && isTown(m)) return false;
    return place?.kind !== 'city' || !regionCountry || place.country !== regionCountry;
  };
  for (const draft of bare) {
    if (placedElsewhere(state, draft) || ofBody(state, draft)) continue;
    // "Premier Li Qiang said China was watching": a country or another place named in the office holder's own sentence.
    // Not the region's own country beside the region itself ("Western Australia has witnessed … in all of Australia’s
    // history, with Governor X looking on").
    const named = state.mentions.some((m) => m.type === 'Place' && m.sentence === draft.sentence && (m.canonical ?? m.text) === (region.canonical ?? region.text));
    if (state.mentions.some((m) => m.type === 'Place' && m.sentence === draft.sentence && elsewhere(m) && !(named && (m.canonical ?? m.text) === regionCountry))) continue;
    give(state, draft, region, 'article-region');
  }
}
