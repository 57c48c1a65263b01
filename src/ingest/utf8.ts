// Bytes → text, refusing what is not UTF-8 text and saying where the first bad byte is.

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; kind: 'binary'; offset: number }
  | { ok: false; kind: 'not-utf8'; byte: number; offset: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };

/**
 * Strips a UTF-8 byte order mark; a NUL byte means binary, an invalid sequence means another encoding. A file that
 * opens with a UTF-16 byte order mark (as Windows tools save "Unicode" text) is read as UTF-16.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const order = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : null;
  if (order) {
    try {
      return { ok: true, text: utf16[order].decode(bytes) };
    } catch {
      return { ok: false, kind: 'not-utf8', byte: bytes[0]!, offset: 0 };
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, kind: 'binary', offset: nul };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    return { ok: false, kind: 'not-utf8', byte: bytes[offset] ?? 0, offset };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
      // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
      if (k === 1 && ((lead === 0xe0 && next < 0xa0) || (lead === 0xed && next > 0x9f) || (lead === 0xf0 && next < 0x90) || (lead === 0xf4 && next > 0x8f))) return i;
    }
    i += length;
  }
  return bytes.length;
}
