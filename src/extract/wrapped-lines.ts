// Old wire copy keeps the agency's hard line breaks ("… reversal for Russian President Vladimir\nPutin's dream …").
// Every pass reads a line break as the end of a paragraph, so a name broken over two lines is lost. When a text is
// wrapped that way, the breaks inside its paragraphs become spaces: one character for one, so every offset into the
// text is unchanged.

/** A wrapped line is long; a shorter line inside a paragraph is a heading or a list item, and keeps its break. */
const WRAPPED_LINE = 35;
/** How many breaks must fall mid-sentence ("… voted on\nSaturday to …") before a text counts as wrapped. */
const MID_SENTENCE_BREAKS = 4;
const ENDS_IN_WORD = /[\p{L},]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** A list item ("* Parliament speaker calls …"), a byline ("By X and Y") or a dateline ("SANAA, Jan 23 …") stays a line. */
const OWN_LINE = /^(?:[*•–-]\s|By\s)/u;
const DATELINE_START = /^\p{Lu}{3,}(?:[ ,]|$)/u;

/** The text with the line breaks inside its paragraphs read as spaces, when it is hard-wrapped; else the text itself. */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let midSentence = 0;
  let joins = 0;
  let longJoins = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trimEnd();
    const b = lines[i + 1]!.trimStart();
    if (!a || !b) continue;
    joins++;
    if (a.length >= WRAPPED_LINE && a.length <= 100) longJoins++;
    if (ENDS_IN_WORD.test(a) && STARTS_LOWER.test(b)) midSentence++;
  }
  // Wrapped copy: several breaks mid-sentence, and most lines that run on into another are of a wrapped line's length.
  if (midSentence < MID_SENTENCE_BREAKS || longJoins < joins * 0.8) return text;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out += line;
    if (i + 1 === lines.length) break;
    const a = line.trim();
    const b = lines[i + 1]!.trim();
    // Only a break inside a sentence is the wrap's: a line that ends a sentence may end its paragraph too.
    const wrapped = a.length >= WRAPPED_LINE && ENDS_IN_WORD.test(a) && b !== '' && !OWN_LINE.test(a) && !OWN_LINE.test(b) && !DATELINE_START.test(b);
    out += wrapped ? ' ' : '\n';
  }
  return out;
}
