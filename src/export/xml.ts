// XML 1.0 text safety: drop the characters XML forbids, escape the ones it reserves.

/** Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters no XML 1.0 parser accepts, even as character references. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Element content. CR is written as `&#13;` because parsers otherwise fold it into LF. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Double-quoted attribute values; whitespace is referenced so attribute normalisation keeps it. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** Approximates XML's NMTOKEN (the type of GraphML ids, key names and endpoints). */
const NMTOKEN = /^[\p{L}\p{N}\p{M}._:\-\u00B7]+$/u;

export function isNmtoken(text: string): boolean {
  return NMTOKEN.test(text);
}
