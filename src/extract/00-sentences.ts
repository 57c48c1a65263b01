// Pass 00: splits the text into sentences with offsets; paragraphs (lines) always end a sentence.
import type { ExtractState } from './state.js';

const ABBREVIATIONS = new Set([
  'Gen', 'Brig', 'Maj', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr',
  'Inc', 'Corp', 'Ltd', 'Co', 'St', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Dept', 'No', 'vs', 'Pvt',
  'Cpl', 'Mt', 'Ft', 'Gov', 'Rev', 'Hon', 'Amb', 'approx', 'U.S', 'U.N', 'U.K', 'E.U', 'D.C',
]);

/** Words that begin a new sentence after an abbreviation such as `U.S.` ("… from the U.S. The talks …"). */
const STARTERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'There', 'In', 'On', 'At', 'After', 'Officials', 'His', 'Her', 'Their']);

const END = /[.!?]+["”’)\]]*/g;

function endsWithAbbreviation(before: string): 'abbr' | 'dotted' | null {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/\.$/, '');
  if (/^\p{Lu}$/u.test(bare)) return 'abbr'; // an initial: "Michael R. Gordon"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return 'dotted'; // "U.S", "D.C"
  if (ABBREVIATIONS.has(bare)) return 'abbr';
  return null;
}

export function splitSentences(state: ExtractState): void {
  const { text } = state;
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    const body = line[0];
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(body); m; m = END.exec(body)) {
      const stop = m.index + m[0].length;
      const rest = body.slice(stop);
      const next = /^\s+["“‘(\[]?(\S+)/u.exec(rest);
      if (!next) continue;
      const nextWord = next[1]!.replace(/^["“‘(\[]/, '');
      if (!/^[\p{Lu}\d]/u.test(nextWord)) continue;
      if (m[0] === '.') {
        const kind = endsWithAbbreviation(body.slice(from, m.index + 1));
        if (kind === 'abbr') continue;
        if (kind === 'dotted' && !STARTERS.has(nextWord.replace(/[^\p{L}]/gu, ''))) continue;
      }
      pushSentence(state, base + from, base + stop);
      from = stop + (rest.length - rest.trimStart().length);
    }
    pushSentence(state, base + from, base + body.length);
  }
}

function pushSentence(state: ExtractState, start: number, end: number): void {
  const raw = state.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  state.sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}
