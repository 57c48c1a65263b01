// Character-class tests the passes share, built once: a `\p{…}` regex literal written inside a function is
// compiled by tsx/esbuild into `new RegExp(…)` and so rebuilt on every call.
export const UPPER_START = /^\p{Lu}/u;
export const LOWER_START = /^\p{Ll}/u;
export const ONE_UPPER = /^\p{Lu}$/u;
export const LETTERS_OR_HYPHENS = /^[\p{L}-]+$/u;
/** "ISIS", "PMF": two to six capitals. */
export const CAPITALS_2_TO_6 = /^\p{Lu}{2,6}$/u;
export const CAPITALS_2_PLUS = /^\p{Lu}{2,}$/u;
/** A short family name written first ("Tsai", "Ko", "Lee"). */
export const SHORT_FAMILY_NAME = /^\p{Lu}\p{Ll}{0,4}$/u;
/** A hyphenated given name written after the family name ("Ing-wen", "Jae-myung"); group 1 is its last part. */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-(\p{Ll}{1,7})$/u;
/** A courtesy title before a name: "Mr Prayut", "Dr. Ruiz". */
export const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
/** A name joined to the Arabic article: "ez-Zour", "al-Abed", "el-Arish". */
export const ARTICLE_JOINED = /^(?:al|el|ez|ed|es|ash|as|ad|an|ar|at|az|adh|ath)-\p{Lu}/u;
/** The endings of words for peoples, faiths and creeds: "Maronite", "Islamist", "Yazidi", "Druze", "Alawites". */
export const PEOPLE_WORD = /(?:ites?|ists?|is|i|ians?|ese|ish|ics?|ze)$/;
