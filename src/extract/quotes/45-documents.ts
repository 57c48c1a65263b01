// Pass 45: a document as the subject of the sentence that quotes it, whatever its verb: "The agreement also
// recognises the Kurds as “…”", "The Declaration reaffirms … It identifies “…”". Named documents keep their name.
import { wordsIn, type Word } from './00-text.js';
import { insideQuote, sentenceEnd, sentenceStart, type QuoteContext } from './context.js';
import type { QuoteSpan } from './10-spans.js';
import { singular } from './20-noun-phrase.js';
import { resolveSubject, type Attribution, type Resolved } from './40-references.js';
import { DOCUMENT_HEADS } from './lexicon.js';
import { LETTERS_OR_HYPHENS, LOWER_START } from '../chars.js';

const OPENERS = new Set(['the', 'this']);
const CAPITAL = /^\p{Lu}/u;

/** "The Hague Summit Declaration" before `pos` for "The Declaration": the last capitalized name ending in that head. */
function namedDocument(ctx: QuoteContext, head: string, pos: number): string | null {
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{N}.'’-]*\\s+){1,5})${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  const region = ctx.text.slice(0, pos);
  let found: string | null = null;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.every((w) => OPENERS.has(w.toLowerCase())) || insideQuote(ctx, m.index)) continue;
    found = m[0].replace(/\s+/g, ' ');
  }
  return found;
}

/** "The agreement also recognises": the opening words of a sentence, when they name a document before a lower-case word. */
function documentOpening(words: Word[]): { words: Word[]; head: Word } | null {
  if (!OPENERS.has(words[0]?.norm ?? '')) return null;
  for (let i = 1; i <= 4 && i + 1 < words.length; i++) {
    const w = words[i]!;
    if (DOCUMENT_HEADS.has(singular(w.norm)) && LOWER_START.test(words[i + 1]!.raw)) return { words: words.slice(0, i + 1), head: w };
    if (!LETTERS_OR_HYPHENS.test(w.raw)) return null;
  }
  return null;
}

function resolveOpening(ctx: QuoteContext, opening: { words: Word[]; head: Word }, events: readonly Attribution[]): Resolved | null {
  const from = opening.words[0]!.start;
  if (CAPITAL.test(opening.head.raw)) {
    const name = namedDocument(ctx, opening.head.raw, from);
    if (name) return { speaker: { kind: 'unnamed', text: name, sourceKind: 'document', head: opening.head.norm }, rule: 'document-subject:named' };
  }
  const text = ctx.text.slice(from, opening.head.end);
  const subject = { kind: 'anaphora' as const, text: text[0]!.toLowerCase() + text.slice(1), sourceKind: 'document' as const, head: opening.head.norm, pos: from, how: 'document-subject' };
  return resolveSubject(ctx, subject, events);
}

export function documentSubject(ctx: QuoteContext, span: QuoteSpan, events: readonly Attribution[]): Resolved | null {
  const s = sentenceStart(ctx, span.markStart);
  const words = wordsIn(ctx.text, s, span.markStart);
  const here = documentOpening(words);
  if (here) return resolveOpening(ctx, here, events);
  // "It identifies “…”" after a sentence that opened with the document.
  if (words[0]?.norm !== 'it' || !LOWER_START.test(words[1]?.raw ?? '')) return null;
  const prev = sentenceStart(ctx, s - 1);
  const before = prev < s ? documentOpening(wordsIn(ctx.text, prev, Math.min(s, sentenceEnd(ctx, prev)))) : null;
  const resolved = before ? resolveOpening(ctx, before, events) : null;
  return resolved ? { speaker: resolved.speaker, rule: `pronoun-${resolved.rule}` } : null;
}
