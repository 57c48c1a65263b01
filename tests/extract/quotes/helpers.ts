// Test inputs built by hand while the real sentence splitter and mention passes are elsewhere:
// a naive splitter, mentions from a [type, surface] table, and mentions from the seed gold files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention, Sentence } from '../../../src/extract/types.js';

export function naiveSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+?(?:[.!?]["”’]?(?=\s+["“‘A-Z])|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() === '') {
      re.lastIndex++;
      continue;
    }
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index + m[0].length, text: m[0].trim() });
  }
  return out;
}

type Row = [Mention['type'], string];

/** Every occurrence of every surface form, longest first, never overlapping; sorted by start. */
export function mentionsOf(text: string, table: readonly Row[], sentences: Sentence[] = naiveSentences(text)): Mention[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const out: Mention[] = [];
  const sorted = [...table].sort((a, b) => b[1].length - a[1].length);
  for (const [type, surface] of sorted) {
    const esc = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + surface.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      const sentence = Math.max(0, sentences.findIndex((s) => s.start <= start && start < s.end));
      out.push({ type, text: surface, start, end, sentence, rule: 'test/table' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface GoldQuote {
  speaker: string;
  starts: string;
}

export interface Seed {
  name: string;
  text: string;
  date: string | null;
  names: Map<string, string[]>;
  table: Row[];
  quotes: GoldQuote[];
}

const SHARED = '/work/shared';

export function loadSeeds(): Seed[] {
  const goldDir = join(SHARED, 'eval', 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as {
        article: string;
        date: string | null;
        entities: { name: string; type: Mention['type']; aliases: string[] }[];
        optional: { name: string; type: Mention['type']; aliases: string[] }[];
        quotes: GoldQuote[];
      };
      const text = readFileSync(join(SHARED, 'seeds', gold.article), 'utf8');
      const names = new Map<string, string[]>();
      const table: Row[] = [];
      for (const e of [...gold.entities, ...gold.optional]) {
        names.set(e.name, [e.name, ...e.aliases]);
        for (const s of [e.name, ...e.aliases]) table.push([e.type, s]);
      }
      return { name: gold.article, text, date: gold.date, names, table, quotes: gold.quotes };
    });
}

/** The scorer's name rule: fold, lower-case, drop a leading "the", a trailing "'s" and punctuation. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
