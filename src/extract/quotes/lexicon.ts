// The word lists of the quote passes, read once from the JSON files beside them; the speech verbs come from the
// extractor's one speech-verb lexicon (../speech-verbs.json), shared with the names and events passes.
import abbreviationsJson from './abbreviations.json' with { type: 'json' };
import sourcesJson from './sources.json' with { type: 'json' };
import { PASSIVE_BEFORE, QUOTE_ONLY, SPEECH_WORDS, VERB_FIRST } from '../speech-verbs.js';

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** "According to X, …" opens a sentence: a verb-first phrase may start with a capital. */
const pattern = (w: string): string => (VERB_FIRST.has(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${escape(w.slice(1))}` : escape(w));
/** Longest first, so "according to" wins over any shorter word that begins it. */
const verbAlternation = [...SPEECH_WORDS].sort((a, b) => b.length - a.length).map(pattern).join('|');

export const SPEECH_VERB_SOURCE = `(?<![\\p{L}\\p{N}'’-])(?:${verbAlternation})(?![\\p{L}\\p{N}-])`;
/** The same without the leading look-behind, which makes the engine try every offset: callers test the character before. */
export const SPEECH_VERB_FAST = `(?:${verbAlternation})(?![\\p{L}\\p{N}-])`;
/** The verbs alone, no look-arounds: for a fast scan of where they may start. */
export const SPEECH_VERB_ALTERNATION = `(?:${verbAlternation})`;
export { PASSIVE_BEFORE, QUOTE_ONLY, VERB_FIRST };

export const PERSON_HEADS = set(sourcesJson.personHeads);
/** "After the vote Mr X said": a sentence's time phrase left without its comma, its preposition and occasion noun. */
export const TIME_PREPOSITIONS = set(sourcesJson.timePrepositions);
export const OCCASION_NOUNS = set(sourcesJson.occasionNouns);
/** Where one speaks ("at a news conference", "in the interview"): no place or body a source is in. */
export const SPEAKING_OCCASIONS = set(sourcesJson.speakingOccasions);
/** Offices written short ("the PM"), read as written out ("the prime minister"). */
export const ABBREVIATED_HEADS = new Map<string, string>(Object.entries(sourcesJson.abbreviatedHeads as Record<string, string>));
/** Heads of unnamed sources that are not an epithet of someone named ("the official", "the witness"). */
export const GENERIC_SOURCE_HEADS = set(sourcesJson.genericSourceHeads);
export const DOCUMENT_HEADS = set(sourcesJson.documentHeads);
export const GROUP_HEADS = set(sourcesJson.groupHeads);
export const ISSUING_BODIES = set(sourcesJson.issuingBodies);
export const LY_NOUNS = set(sourcesJson.lyNouns);
/** Documents one body issues and speaks through ("a statement from X"); agreements and treaties have parties instead. */
export const ISSUED_HEADS = set(sourcesJson.issuedHeads);
/** A court's documents: "the judgement said" speaks for the court. */
export const COURT_DOCUMENTS = set(sourcesJson.courtDocuments);
export const ORG_HEADS = set(sourcesJson.orgHeads);
export const INDEFINITE = set(sourcesJson.indefinite);
export const DEFINITE = set(sourcesJson.definite);
/** A Map, not the JSON object: looking up arbitrary words as object keys is slow (and finds `constructor`). */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'plural'> = new Map(Object.entries(sourcesJson.pronouns as Record<string, 'person' | 'thing' | 'plural'>));
/** "according to him", "quoted them as saying": an object pronoun names a speaker only when it stands alone. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, 'person' | 'thing' | 'plural'> = new Map(Object.entries(sourcesJson.objectPronouns as Record<string, 'person' | 'plural'>));
export const NEGATIVE = set(sourcesJson.negative);
/** "His Excellency said": a person referred to by an honorific, as by "he". */
export const HONORIFICS = set(sourcesJson.honorifics);
/** "HE the Prime Minister said": written before a title or name, left out of the phrase (as written, capitals). */
export const HONORIFIC_PREFIXES = new Set<string>(sourcesJson.honorificPrefixes);
export const NP_STOP = set(sourcesJson.npStop);
export const HEAD_STOP = set(sourcesJson.headStop);
export const LEADING_WORDS = set(sourcesJson.leadingWords);
export const TRAILING_WORDS = set(sourcesJson.trailingWords);
export const ADVERBIAL_OPENERS = set(sourcesJson.adverbialOpeners);
export const TITLE_WORDS = set(sourcesJson.titleWords);
export const QUESTION_SOURCE = sourcesJson.questionSource;
export const QUESTION_CUE = set(sourcesJson.questionCue);
export const FRAGMENT_STARTS = set(sourcesJson.fragmentStarts);
export const ABBREVIATIONS = set(abbreviationsJson.abbreviations);
