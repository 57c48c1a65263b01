// Runs the extractor on a small text and returns what a reader of the graph would notice.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle, type ExtractOptions } from '../../src/extract/index.js';
import { modelFile, type LogisticModel } from '../../src/learn/logistic.js';
import type { ArticleExtraction } from '../../src/extract/types.js';
import type { HandLists } from '../../src/extract/gazetteer/derive-core.js';

/** The text follows a plain headline line, as in an article, unless `asIs` (page-furniture tests). */
export function extract(text: string, asIs = false, options: ExtractOptions = {}): ArticleExtraction {
  const body = asIs ? text : `Report\n\n${text}`;
  return extractArticle({ id: 'article:0000000000000000', text: body, date: '2024-01-17', title: body.split('\n')[0] ?? '' }, options);
}

/** `Type:text` of every mention, in text order. */
export function mentionsOf(text: string, asIs = false): string[] {
  return extract(text, asIs).mentions.map((m) => `${m.type}:${m.text}`);
}

/** `person | role | org-or-country` of every role. */
export function rolesOf(text: string, asIs = false): string[] {
  return roleLines(extract(text, asIs));
}

/** The roles of an article with its own headline (metadata title), outlet (metadata source) and a body taken as it is. */
export function rolesOfArticle(title: string, body: string, date = '2024-01-17', source: string | null = null, options: ExtractOptions = {}): string[] {
  return roleLines(extractArticle({ id: 'article:0000000000000000', text: body, date, title, source }, options));
}

/** The roles the rules give, without the learned passes' ("X from the Ministry of Defence", "President X" of the story's country): what a rule's guard tests. */
export function ruleRolesOf(text: string, asIs = false): string[] {
  const x = extract(text, asIs, { countryModel: null });
  return roleLines({ ...x, roles: (x.roles ?? []).filter((r) => r.rule !== LEARNED) });
}

/** The roles with the learned countries pass left out (the roles model's kept): what a guard of the story-country rule tests. */
export function rolesBeforeCountryModelOf(text: string, asIs = false): string[] {
  return roleLines(extract(text, asIs, { countryModel: null }));
}

const LEARNED = '70-roles-learned/model';

function roleLines(x: ArticleExtraction): string[] {
  return (x.roles ?? []).map((r) => `${x.mentions[r.person]!.text} | ${r.role} | ${r.org != null ? x.mentions[r.org]!.text : r.country ?? ''}`);
}

/** The speaker of every quote, in text order: a mention's text, an unnamed source's words, or null. */
export function speakersOf(text: string): (string | null)[] {
  const x = extract(text);
  return x.quotes!.map((q) => (q.speaker?.kind === 'mention' ? x.mentions[q.speaker.mention]!.text : q.speaker ? q.speaker.text : null));
}

/** The hand lists of 60-places.json and the other passes, all empty: deriveGazetteer on invented package data alone. */
export function noHandLists(): HandLists {
  return {
    places: { countries: [], cities: [], regions: [], usStates: [] },
    names: { firstNames: [], notNames: [] },
    orgs: { heads: [], arabicOrgWords: [], companyNouns: [], groupNouns: [] },
    titles: { titles: [] },
  };
}

/**
 * A bundled learned model as its file reads, and as training again on the batches it names (`batches: "1-506"`) writes
 * it: the two texts a reproduction test compares.
 */
export function modelTexts(path: string, bundled: LogisticModel, learn: (batches: number[]) => LogisticModel): { file: string; retrained: string } {
  const [from, to] = bundled.batches.split('-').map(Number);
  const batches = Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
  return { file: readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'), retrained: modelFile(learn(batches)) };
}
