// Text → findings, in ordered passes; each pass is a numbered file that reads the JSON word lists beside it.
// Order: 00 sentences, 10 tokens, 20 page furniture, 30 titles, 40 certain names, 50 organizations, 60 places,
// 65 names from context and surnames, 70 roles; then quotes and events (src/extract/quotes, src/extract/events), and
// last the countries named only by their people's word (60-places-nationalities: "Somali soldiers").
import { splitSentences } from './00-sentences.js';
import { tokenize } from './10-tokens.js';
import { readBoilerplate } from './20-boilerplate.js';
import { findTitles } from './30-titles.js';
import { findNames } from './40-names.js';
import { findOrganizations } from './50-organizations.js';
import { findPlaces } from './60-places.js';
import { findNationalities } from './60-places-nationalities.js';
import { findHomeInstitutions } from './62-organizations-home.js';
import { findPartyFamilies } from './62-organizations-families.js';
import { findContextNames } from './65-names-context.js';
import { findRoles } from './70-roles.js';
import { learnedRoles } from './70-roles-learned.js';
import { bundledRoleModel, type RoleModel } from './roles-learned/model.js';
import type { RoleCandidate } from './roles-learned/features.js';
import { learnedCountries } from './70-roles-countries-learned.js';
import { bundledCountryModel, type CountryModel } from './countries-learned/model.js';
import type { CountryCandidate } from './countries-learned/features.js';
import { homeCountries } from './70-roles-places.js';
import { findEvents, type EventFinding } from './events/index.js';
import { speakersTakePart } from './event-speakers.js';
import { learnedParticipants } from './event-participants-learned.js';
import { bundledParticipantModel, type ParticipantModel } from './participants-learned/model.js';
import type { ParticipantCandidate } from './participants-learned/features.js';
import { learnedPlaces } from './event-places-learned.js';
import { learnedDates } from './event-dates-learned.js';
import { bundledDateModel, type DateModel } from './dates-learned/model.js';
import type { DateCandidate } from './dates-learned/features.js';
import { bundledPlaceModel, type PlaceModel } from './places-learned/model.js';
import type { PlaceCandidate } from './places-learned/features.js';
import { findQuotes, type QuoteFinding } from './quotes/index.js';
import { newState } from './state.js';
import { keepStyledNames } from './styled-names.js';
import { unwrapLines } from './wrapped-lines.js';
import { statementDate } from './statement-date.js';
import type { DateExpression } from './events/10-dates.js';
import type { ArticleExtraction, ExtractInput, Finding, Mention, NationalityFinding, RoleFinding, Sentence } from './types.js';
export type * from './types.js';

export interface ExtractOptions {
  /**
   * Record every finding with its rule and sentence (`kg build --explain`); on by default. Without it
   * `findings` is empty and extraction is a little faster.
   */
  explain?: boolean;
  /** The learned roles model (roles-learned/model.json by default); `null` leaves the pass out. */
  roleModel?: RoleModel | null;
  /** Called with the learned pass's candidates before it scores them (`npm run train:roles`). */
  onRoleCandidates?: (candidates: RoleCandidate[]) => void;
  /** The learned countries model (`npm run train:countries`); null switches that pass off, undefined takes the bundled one. */
  countryModel?: CountryModel | null;
  /** Called with the learned countries pass's candidates before it ranks them (`npm run train:countries`). */
  onCountryCandidates?: (candidates: CountryCandidate[]) => void;
  /** The learned participants model (participants-learned/model.json by default); `null` leaves the pass out. */
  participantModel?: ParticipantModel | null;
  /** Called with the learned participants pass's candidates before it scores them (`npm run train:participants`). */
  onParticipantCandidates?: (candidates: ParticipantCandidate[], found: { events: EventFinding[]; mentions: Mention[]; sentences: Sentence[] }) => void;
  /** The learned event dates model (dates-learned/model.json by default); `null` leaves the pass out. */
  dateModel?: DateModel | null;
  /** Called with the learned dates pass's candidates before it scores them (`npm run train:dates`). */
  onDateCandidates?: (candidates: DateCandidate[], found: { events: EventFinding[]; mentions: Mention[]; sentences: Sentence[] }) => void;
  /** The learned event places model (places-learned/model.json by default); `null` leaves the pass out. */
  placeModel?: PlaceModel | null;
  /** Called with the learned places pass's candidates before it scores them (`npm run train:places`). */
  onPlaceCandidates?: (candidates: PlaceCandidate[], found: { events: EventFinding[]; mentions: Mention[]; sentences: Sentence[] }) => void;
}

const HYPHEN_VARIANTS = /[\u2010\u2011]/;
const HYPHEN_VARIANTS_ALL = /[\u2010\u2011]/g;

export function extractArticle(article: ExtractInput, options: ExtractOptions = {}): ArticleExtraction {
  const explain = options.explain ?? true;
  // "al‑Rubaie" with a non-breaking hyphen: read as the plain hyphen it stands for (one code unit each, so every offset
  // into the text is unchanged).
  if (HYPHEN_VARIANTS.test(article.text)) article = { ...article, text: article.text.replace(HYPHEN_VARIANTS_ALL, '-') };
  const unwrapped = unwrapLines(article.text);
  if (unwrapped !== article.text) article = { ...article, text: unwrapped };
  const state = newState(article, explain);
  splitSentences(state);
  tokenize(state);
  readBoilerplate(state);
  findTitles(state);
  findNames(state);
  findOrganizations(state);
  findPlaces(state);
  findHomeInstitutions(state);
  findPartyFamilies(state);
  findContextNames(state);
  findRoles(state);
  const roleModel = options.roleModel === undefined ? bundledRoleModel() : options.roleModel;
  if (roleModel || options.onRoleCandidates) learnedRoles(state, roleModel, options.onRoleCandidates);
  const countryModel = options.countryModel === undefined ? bundledCountryModel() : options.countryModel;
  if (countryModel || options.onCountryCandidates) learnedCountries(state, countryModel, options.onCountryCandidates);
  keepStyledNames(state);

  const mentions = [...state.mentions].sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const index = new Map<Mention, number>(mentions.map((m, i) => [m, i]));
  const roles: RoleFinding[] = state.roles.map((r) => ({
    person: index.get(r.person)!, role: r.role, org: r.org ? index.get(r.org)! : null, country: r.country,
    government: r.government, impliedOrgs: r.impliedOrgs, sentence: r.sentence,
    start: state.sentences[r.sentence]?.start ?? 0, end: state.sentences[r.sentence]?.end ?? 0, rule: r.rule,
  }));
  const quotes = findQuotes(article.text, state.sentences, mentions, roles);
  const datesOf = new Map<number, DateExpression[]>();
  for (const q of quotes) q.date = statementDate(article.text, state.sentences, q.sentence, article.date ?? null, datesOf);
  // The country the story is about, as the roles pass reads it: where its events with no place of their own happened.
  const events = findEvents(article.text, state.sentences, mentions, article.date, homeCountries(state).leading);
  speakersTakePart(events, quotes, mentions);
  const dateModel = options.dateModel === undefined ? bundledDateModel() : options.dateModel;
  if (dateModel || options.onDateCandidates) {
    learnedDates(article.text, state.sentences, mentions, events, article.date, dateModel, options.onDateCandidates && ((cs) => options.onDateCandidates!(cs, { events, mentions, sentences: state.sentences })));
  }
  const placeModel = options.placeModel === undefined ? bundledPlaceModel() : options.placeModel;
  if (placeModel || options.onPlaceCandidates) {
    learnedPlaces(article.text, state.sentences, mentions, events, placeModel, options.onPlaceCandidates && ((cs) => options.onPlaceCandidates!(cs, { events, mentions, sentences: state.sentences })));
  }
  const participantModel = options.participantModel === undefined ? bundledParticipantModel() : options.participantModel;
  if (participantModel || options.onParticipantCandidates) {
    learnedParticipants(article.text, state.sentences, mentions, events, participantModel, options.onParticipantCandidates && ((cs) => options.onParticipantCandidates!(cs, { events, mentions, sentences: state.sentences })));
  }
  const nationalities = findNationalities(state);
  const findings = explain ? [...state.findings, ...nationalityFindings(state.sentences, nationalities), ...quoteFindings(article.text, state.sentences, mentions, quotes), ...eventFindings(state.sentences, events)] : [];
  return { articleId: article.id, sentences: state.sentences, mentions, findings, roles, quotes, events, authors: authorNames(state.authors), nationalities };
}

function nationalityFindings(sentences: Sentence[], found: NationalityFinding[]): Finding[] {
  return found.map((n) => ({ kind: 'mention', text: n.text, rule: '60-places-nationalities/people-word', start: n.start, end: n.end, sentence: sentences[n.sentence]?.text ?? '', detail: `Place ${n.country}` }));
}

/** Authors' names as the article prints them, capitals in title case ("By NADIA EL-TAYEB" → "Nadia El-Tayeb"), once each. */
function authorNames(authors: Mention[]): string[] {
  const names = authors.map((m) => (m.text === m.text.toUpperCase() ? m.text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : m.text));
  return [...new Set(names)];
}

function sentenceText(sentences: Sentence[], index: number): string {
  return sentences[index]?.text ?? '';
}

/** Quotes and their speakers as `--explain` lines: “…” by quotes/<rule>, speaker by <speakerRule>. */
function quoteFindings(text: string, sentences: Sentence[], mentions: Mention[], quotes: QuoteFinding[]): Finding[] {
  const out: Finding[] = [];
  for (const quote of quotes) {
    const sentence = sentenceText(sentences, quote.sentence) || text.slice(quote.start, quote.end);
    out.push({ kind: 'quote', text: quote.text, rule: quote.rule, start: quote.start, end: quote.end, sentence });
    const speaker = quote.speaker;
    if (!speaker) continue;
    const said = speaker.kind === 'mention' ? mentions[speaker.mention]?.text ?? '?' : speaker.text;
    out.push({ kind: 'speaker', text: said, rule: quote.speakerRule ?? 'quotes/speaker', start: quote.start, end: quote.end, sentence, detail: speaker.kind === 'unnamed' ? speaker.sourceKind : undefined });
  }
  return out;
}

function eventFindings(sentences: Sentence[], events: EventFinding[]): Finding[] {
  return events.map((event) => ({
    kind: 'event' as const, text: event.name, rule: event.rule, start: event.start, end: event.end,
    sentence: sentenceText(sentences, event.sentence),
    detail: [event.eventType, event.date ? `date ${event.date} ${event.dateText ? `from "${event.dateText}"` : 'without date words'}` : null,
      event.dateRule ? `by ${event.dateRule} (the patterns: ${event.patternDate?.date ?? 'none'})` : null].filter(Boolean).join(', '),
  }));
}
