// XML 1.0 text safety: drop the characters XML forbids, escape the ones it reserves.

/** Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters no XML 1.0 parser accepts, even as character references. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Any character that text or attribute escaping would change (surrogates checked on the slow path). */
const NEEDS_TEXT_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>\r"\t\n\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Element content. CR is written as `&#13;` because parsers otherwise fold it into LF. */
export function escapeXmlText(text: string): string {
  // Most values need nothing: one scan instead of five replacements.
  if (!NEEDS_TEXT_ESCAPE.test(text)) return text;
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Double-quoted attribute values; whitespace is referenced so attribute normalisation keeps it. */
export function escapeXmlAttribute(text: string): string {
  if (!NEEDS_ATTRIBUTE_ESCAPE.test(text)) return text;
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** Approximates XML's NMTOKEN (the type of GraphML ids, key names and endpoints). */
const NMTOKEN = /^[\p{L}\p{N}\p{M}._:\-\u00B7]+$/u;

/** The ASCII NMTOKENs (every id and property name the schema builds): a faster test than the Unicode one. */
const ASCII_NMTOKEN = /^[A-Za-z0-9._:-]+$/;

export function isNmtoken(text: string): boolean {
  return ASCII_NMTOKEN.test(text) || NMTOKEN.test(text);
}
