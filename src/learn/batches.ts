// The annotated real batches a trainer reads (tests/fixtures/real/batchN), and its command-line options.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrainOptions } from './logistic.js';
import { parseTextArticle } from '../ingest/text-article.js';
import { loadGold, type GoldFile } from '../eval/gold.js';
import type { ExtractInput } from '../extract/types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = join(here, '..', '..', 'tests', 'fixtures', 'real');

/** The annotated batches under tests/fixtures/real, in order. */
export function annotatedBatches(): number[] {
  return readdirSync(fixtures).map((d) => /^batch(\d+)$/.exec(d)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b);
}

/** The batches of `all` in "400-502" (or "7"); all of them without a range. */
export function batchRange(text: string | undefined, all: number[]): number[] {
  if (!text) return all;
  const [a, b] = text.split('-').map(Number);
  return all.filter((n) => n >= a! && n <= (b ?? a!));
}

/** The value after `--name` on the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The training options from `--epochs`, `--min-count`, `--l2`, `--threshold`, else the defaults. */
export function trainOptions(defaults: TrainOptions): TrainOptions {
  return {
    epochs: Number(arg('epochs') ?? defaults.epochs), minCount: Number(arg('min-count') ?? defaults.minCount),
    l2: Number(arg('l2') ?? defaults.l2), threshold: Number(arg('threshold') ?? defaults.threshold),
  };
}

/** The train and test batches of the command line, or an exit naming the empty range. */
export function trainTestBatches(command: string): { train: number[]; test: number[] } {
  const all = annotatedBatches();
  const train = batchRange(arg('train'), all);
  const test = arg('test') ? batchRange(arg('test'), all) : [];
  if (!train.length || (arg('test') && !test.length)) {
    console.error(`${command}: no annotated batch in ${!train.length ? `--train ${arg('train')}` : `--test ${arg('test')}`} (batches ${all[0]}-${all[all.length - 1]} exist under ${fixtures})`);
    process.exit(2);
  }
  return { train, test };
}

/** One annotated article as the extractor takes it, with its gold; null when it does not parse or has no gold file. */
export function annotatedArticle(batch: number, file: string): { article: ExtractInput; gold: GoldFile } | null {
  const parsed = parseTextArticle(readFileSync(join(fixtures, `batch${batch}`, 'articles', file), 'utf8'));
  if (!parsed.ok) return null;
  const goldPath = join(fixtures, `batch${batch}`, 'gold', file.replace(/\.[a-z]+$/, '.gold.json'));
  if (!existsSync(goldPath)) return null;
  const { text, date, title, source } = parsed.fields;
  return { article: { id: file, text, date, title, source }, gold: loadGold([goldPath])[0]! };
}
