// Run by robustness.test.ts in its own process (so a text the extractor loops on can be stopped): extracts
// every text of a JSON array file, prints "<index>" to stderr before each, and one JSON line of errors at the end.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/extract/index.js';

const texts = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[];
const errors: Array<{ index: number; message: string }> = [];
for (const [index, text] of texts.entries()) {
  process.stderr.write(`${index}\n`);
  try {
    extractArticle({ id: `article:robust-${index}`, text, date: '2024-01-15', title: 'Robustness' });
  } catch (error) {
    errors.push({ index, message: (error as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(error) });
  }
}
process.stdout.write(`${JSON.stringify(errors)}\n`);
