// Passes 00 and 10: sentences and tokens. The scanner in 10-tokens.ts must give the tokens of the regular expression
// it replaced, which stays here as the reference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/extract/00-sentences.js';
import { tokenize } from '../../src/extract/10-tokens.js';
import { newState } from '../../src/extract/state.js';

const REFERENCE = /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+(?:\.)?)*|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\S/gu;

function stateOf(text: string) {
  const state = newState({ id: 'article:0', text, date: null, title: '' }, false);
  splitSentences(state);
  tokenize(state);
  return state;
}

/** Word spans of the reference regex before abbreviation dots and possessives are split off. */
function referenceSpans(text: string, start: number, end: number): string[] {
  return [...text.slice(start, end).matchAll(REFERENCE)].map((m) => `${start + m.index}:${m[0]}`);
}

/** Token spans of the scanner, with an abbreviation's dot and a possessive joined back to the word. */
function scannerSpans(text: string): string[][] {
  const state = stateOf(text);
  return state.sentences.map((_, s) => {
    const out: string[] = [];
    for (const t of state.tokens.filter((x) => x.sentence === s)) {
      const last = out[out.length - 1];
      const lastEnd = last ? Number(last.split(':')[0]) + last.slice(last.indexOf(':') + 1).length : -1;
      if (t.possessive && lastEnd === t.start) out[out.length - 1] = `${last}${t.text}`;
      else if (t.text.length > 1 && t.text.endsWith('.') && !/\.\p{L}/u.test(t.text)) out.push(`${t.start}:${t.text.slice(0, -1)}`, `${t.end - 1}:.`);
      else out.push(`${t.start}:${t.text}`);
    }
    return out;
  });
}

describe('tokens', () => {
  const tricky = [
    'U.S.A. and U.S.-led forces, x.y.z-abc.def-ghi. AT&T’s shares and Bob’s car, A’s grade.',
    'Ṣadr’s «quote» Δ.Ε. “café́” x-’y ’s 𝒜𝒷 F.B.I.-1 2-3 al-Sadr and Al-Sadr',
  ];
  test.each(tricky)('the scanner splits %j as the reference regex does', (text) => {
    const state = stateOf(text);
    const spans = scannerSpans(text);
    state.sentences.forEach((s, i) => expect(spans[i]).toEqual(referenceSpans(text, s.start, s.end)));
  });

  test('the development articles tokenize as the reference regex does', () => {
    const dir = join(process.cwd(), 'data/articles');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      const state = stateOf(text);
      const spans = scannerSpans(text);
      state.sentences.forEach((s, i) => expect(spans[i]).toEqual(referenceSpans(text, s.start, s.end)));
    }
  });

  test.each([
    ['Then-Sen. Joe Biden voted for it.', ['Then-Sen.', 'Joe', 'Biden']],
    ['Reps. Ana Ruiz and Tom Hale filed it.', ['Reps.', 'Ana', 'Ruiz']],
    ['Brig. Gen. Ana Ruiz’s unit left.', ['Brig.', 'Gen.', 'Ana', 'Ruiz', '’s']],
  ])('%s', (text, first) => {
    expect(stateOf(text).tokens.slice(0, first.length).map((t) => t.text)).toEqual(first);
  });
});

describe('sentences', () => {
  test.each([
    ['Reps. Ana Ruiz and Tom Hale filed a bill. It failed.', 2],
    ['Lt. Cols. Ana Ruiz and Tom Hale spoke. Sens. Tim Kaine and Todd Young wrote it.', 2],
    ['Then-Sen. Joe Biden voted for it. He later regretted it.', 2],
    ['Troops left the U.S. The talks ended.', 2],
  ])('%s', (text, count) => {
    expect(stateOf(text).sentences).toHaveLength(count);
  });
});
