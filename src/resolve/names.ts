// Name keys for matching: Unicode folding, Arabic-style particles, and a consonant skeleton for transliterations.
import { readFileSync } from 'node:fs';

const PARTICLES = JSON.parse(readFileSync(new URL('./names.json', import.meta.url), 'utf8')) as { inner: string[]; leading: string[] };
const INNER = new Set(PARTICLES.inner);
const LEADING = new Set(PARTICLES.leading);

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]s$/u, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "al-Rawi" → "rawi"; "Al-Mohammedawi" → "mohammedawi". */
export function stripParticle(word: string): string {
  return word.replace(/^(?:al|el|ul|ad|as|ash|an|ar|at|az)[-\s]/iu, '');
}

/**
 * Transliteration key of a name: consonants kept (q/k/c as one, kh/dh/gh/th as their first letter), vowels folded
 * into two classes (a/e/i, and a y after the first letter; o/u) and doubled letters collapsed.
 * "Mustafa"/"Mostafa" → "mustafa", "Qassem"/"Qasem" → "kasam", "Mohammed"/"Muhammad" → "muhamad",
 * "Yahya"/"Yehia" → "yaha"; "Hassan" and "Hussein" stay apart.
 */
export function skeleton(word: string): string {
  return stripParticle(foldText(word).replace(/\s+/g, '-'))
    .replace(/ph/g, 'f').replace(/[qc]/g, 'k').replace(/(kh|gh|dh|th)/g, (m) => m[0]!)
    .replace(/[-']/g, '')
    .replace(/(?<=.)y/g, 'i')
    .replace(/[aei]/g, 'a').replace(/[ou]/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A surname with its article written on ("Albusaidi"), keyed like the surname without it ("Busaidi"); only for
 * comparing full names, where the first name must agree too.
 */
export function surnameKeyForm(last: string): string {
  return /^al[^aeiou\s-]/.test(last) && last.length >= 7 ? last.slice(2) : last;
}

/** A two-word form that is a surname with its particle ("Al Shara"), not a first and a last name. */
export function isParticleSurname(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return parts.length === 2 && LEADING.has(foldText(parts[0]!));
}

/**
 * The class of a name word under `sameWord`: its skeleton when at least four letters long, else the word itself.
 * Two words are the same name exactly when their keys are equal, so names can be grouped by key instead of compared
 * in pairs.
 */
export function wordKey(word: string): string {
  const s = skeleton(word);
  return s.length >= 4 ? `s:${s}` : `w:${word}`;
}

export interface PersonName {
  first: string;
  middle: string[];
  last: string;
  words: number;
}

/** "Ferdinand Marcos Jr." → Ferdinand Marcos: a generational suffix is no surname. */
export function withoutSuffix(parts: string[]): string[] {
  return parts.length > 2 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts;
}

/** First, middle and last name; particles standing as words inside the name ("bin", a spaced "Al") are left out. */
export function parseName(text: string): PersonName {
  const parts = withoutSuffix(text.split(/\s+/).filter(Boolean));
  const last = stripParticle(foldText(parts[parts.length - 1] ?? text).replace(/\s+/g, '-'));
  return {
    first: foldText(parts[0] ?? ''),
    middle: parts.slice(1, -1).map((p) => foldText(p)).filter((p) => !INNER.has(p)),
    last,
    words: parts.length,
  };
}

/** Same word, or the same transliteration key of at least four letters (short names like "Ali"/"Eli" must match exactly). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = skeleton(a);
  return sa.length >= 4 && sa === skeleton(b);
}

function initialOf(a: string, b: string): boolean {
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Middle names agree: every one of the shorter list is, or is the initial of, one of the other. */
export function sameMiddles(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  return few.every((m) => many.some((n) => sameWord(m, n) || initialOf(m, n)));
}

/** Two full names are one person: same surname and first name (up to transliteration), compatible middle names. */
export function sameFullName(a: PersonName, b: PersonName): boolean {
  return sameWord(a.last, b.last) && sameWord(a.first, b.first) && sameMiddles(a.middle, b.middle);
}

/**
 * Memoised keys for one resolution run: a corpus repeats the same few thousand names, and folding and skeletons are
 * regex chains, so each distinct string is worked out once. Scoped to a run so a long-lived process does not grow.
 */
export class NameKeys {
  private folded = new Map<string, string>();
  private names = new Map<string, PersonName>();
  private words = new Map<string, string>();
  private phrases = new Map<string, string>();

  fold(text: string): string {
    let f = this.folded.get(text);
    if (f === undefined) this.folded.set(text, (f = foldText(text)));
    return f;
  }

  name(text: string): PersonName {
    let n = this.names.get(text);
    if (n === undefined) this.names.set(text, (n = parseName(text)));
    return n;
  }

  /** A written name word by word in transliteration keys, apostrophes dropped: "Asa'ib Ahl al-Haq" ~ "Asaib Ahl al-Haq". */
  phrase(text: string): string {
    let p = this.phrases.get(text);
    if (p === undefined) this.phrases.set(text, (p = this.fold(text.replace(/['’ʼ`]/g, '')).split(' ').map((w) => this.word(w)).join(' ')));
    return p;
  }

  word(word: string): string {
    let k = this.words.get(word);
    if (k === undefined) this.words.set(word, (k = wordKey(word)));
    return k;
  }
}
