import { describe, expect, test } from '@jest/globals';
import { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from '../../src/export/xml.js';

describe('XML text safety', () => {
  test.each([
    ['tab, LF, CR kept', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['C0 controls dropped', 'a\u0000\u0001\u0008\u000B\u000C\u001Fb', 'ab'],
    ['U+FFFE and U+FFFF dropped', 'a\uFFFE\uFFFFb', 'ab'],
    ['lone surrogates dropped', 'a\uD800b\uDC00c', 'abc'],
    ['paired surrogates (emoji) kept', 'a😀🇮🇶b', 'a😀🇮🇶b'],
    ['Arabic and C1 controls kept (XML 1.0 allows them)', 'بغداد\u0085', 'بغداد\u0085'],
  ])('%s', (_name, input, expected) => {
    expect(stripInvalidXmlChars(input)).toBe(expected);
  });

  test.each([
    ['markup', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['ampersand first', '&lt; & ]]>', '&amp;lt; &amp; ]]&gt;'],
    ['CR as a reference, so parsers do not fold it into LF', 'a\r\nb', 'a&#13;\nb'],
  ])('text: %s', (_name, input, expected) => {
    expect(escapeXmlText(input)).toBe(expected);
  });

  test('attribute values escape quotes and whitespace', () => {
    expect(escapeXmlAttribute('say "hi"\t\n<')).toBe('say &quot;hi&quot;&#9;&#10;&lt;');
  });
});
