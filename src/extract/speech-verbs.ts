// The speech-verb lexicon: speech-verbs.json is the one list; the names, quotes and events passes derive their sets here.
import lexicon from './speech-verbs.json' with { type: 'json' };

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Verbs that attribute only a quotation after them: "called the truce “…”". */
export const QUOTE_ONLY = set(lexicon.quoteOnly);
/** Verbs with a common sense that is not speaking: "concluded talks", "claimed responsibility". */
const OTHER_SENSES = set(lexicon.otherSenses);
/** Verbs said of outlets as often as of people: "Al-Masirah reported". */
const OUTLET_VERBS = set(lexicon.outlets);
/** Phrases whose speaker follows them: "according to X". */
export const VERB_FIRST = set(lexicon.verbFirst);
/** Verbs that introduce a reported clause: "said Tuesday that talks will". */
export const REPORTING_VERBS: readonly string[] = lexicon.reporting;
/** Words that make a following speech verb passive: "was told". */
export const PASSIVE_BEFORE = set(lexicon.passiveBefore);
/** Verbs after a name that make it only the teller of the event its sentence reports: "X explained that …". */
export const TELLERS: readonly string[] = lexicon.tellers;
/** Verbs after "The prime minister" opening a sentence that make the title's holder its subject. */
export const TITLE_SUBJECT: readonly string[] = lexicon.titleSubject;

/** Every verb ("said", "warns", "adding") and phrase ("according to"), for the quotes pass, which reads them next to a quotation. */
export const SPEECH_WORDS: readonly string[] = [...lexicon.verbs, ...lexicon.phrases];
/** Verbs and phrases that mean speaking wherever they stand, with no quotation nearby: "Jon Hale said the talks …". */
export const PLAIN_SPEECH_WORDS: readonly string[] = SPEECH_WORDS.filter((w) => !OTHER_SENSES.has(w));
/**
 * Single words whose subject (or inverted subject) is someone speaking, the names pass's evidence of a person:
 * "…," said Jon Hale. Quote-only verbs are left out: "a group called Northern Wind" names no speaker; so are an
 * outlet's verbs: "Al-Masirah reported" names a channel.
 */
export const SPEAKER_VERBS = set(lexicon.verbs.filter((v) => !QUOTE_ONLY.has(v) && !OUTLET_VERBS.has(v)));
