// `kg eval <paths…> --gold <dir>`: builds the graph through the pipeline and scores it against the gold files.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { EXIT } from '../exit-codes.js';

interface EvalFlags { gold: string[]; verbose: boolean; json: boolean }

export async function runEval(paths: string[], flags: EvalFlags): Promise<number> {
  const config = resolveConfig();
  const [{ readArticles }, { buildFromArticles }, { loadGold, scoreGraph, renderReport }] = await Promise.all([
    import('../../ingest/index.js'), import('../../pipeline/index.js'), import('../../eval/index.js'),
  ]);
  const gold = loadGold(flags.gold);
  let { articles, rejected } = await readArticles(paths, { maxBytes: config.ingest.maxBytes });
  for (const issue of rejected) process.stderr.write(`kg eval: ${issue.message}\n`);
  if (articles.length === 0 && rejected.length === 0) {
    // No corpus yet: the seed articles beside the gold directory (shared/eval/gold → shared/seeds).
    const seeds = flags.gold.map((g) => join(dirname(resolve(g)), '..', 'seeds')).find((p) => existsSync(p));
    if (seeds) {
      process.stderr.write(`kg eval: no articles in ${paths.join(', ')}; reading ${seeds}\n`);
      ({ articles } = await readArticles([seeds], { maxBytes: config.ingest.maxBytes }));
    }
  }
  if (articles.length === 0) {
    process.stderr.write(`kg eval: no articles found in ${paths.join(', ')}; pass files or directories of .txt articles\n`);
    return EXIT.NO_INPUT;
  }
  const started = performance.now();
  const { data, failed } = buildFromArticles(articles);
  const ms = performance.now() - started;
  // Scored all the same (their gold counts as missed), but never silently.
  for (const failure of failed) process.stderr.write(`kg eval: [${failure.code}] ${failure.message}\n`);
  const report = scoreGraph(data, gold);
  if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    process.stdout.write(`kg eval: ${articles.length} articles, ${gold.length} gold files, built in ${ms.toFixed(0)} ms\n\n`);
    process.stdout.write(renderReport(report, flags.verbose));
  }
  return EXIT.OK;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score the extracted graph against gold annotations: P/R/F1 per entity type, quotes, affiliations.')
    .argument('<paths...>', 'article files or directories')
    .requiredOption('--gold <paths...>', 'gold files or directories of *.gold.json')
    .option('-v, --verbose', 'list misses and false positives', false)
    .option('--json', 'print the report as JSON', false)
    .action(async (paths: string[], flags: EvalFlags) => {
      process.exitCode = await runEval(paths, flags);
    });
}
