// `kg eval <paths…> --gold <dir>`: builds the graph through the pipeline and scores it against the gold files.
// `kg eval --sets <dir…>`: each dir holds articles/ and gold/ (and first-contact.json); one line per set beside its first contact.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { EXIT } from '../exit-codes.js';

/** A gold file names its article by file name: file name → Article id. */
const articleIdsOf = (articles: readonly { id: string; path: string }[]): Map<string, string> => new Map(articles.map((a) => [basename(a.path), a.id]));

interface EvalFlags { gold?: string[]; sets?: string[]; verbose: boolean; json: boolean }

async function runSets(dirs: string[], flags: EvalFlags): Promise<number> {
  const config = resolveConfig();
  const [{ readArticles }, { buildFromArticles }, { loadGold, scoreGraph }, { eventFiguresOf, figuresOf, FirstContact, renderSets }] = await Promise.all([
    import('../../ingest/index.js'), import('../../pipeline/index.js'), import('../../eval/index.js'), import('../../eval/sets.js'),
  ]);
  const rows = [];
  // batch2 before batch10: names compared with their numbers as numbers.
  for (const dir of [...dirs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const articlesDir = join(dir, 'articles');
    const goldDir = join(dir, 'gold');
    if (!existsSync(articlesDir) || !existsSync(goldDir)) {
      process.stderr.write(`kg eval: ${dir} has no articles/ and gold/ directories; a set is a directory holding both\n`);
      return EXIT.NO_INPUT;
    }
    const { articles, rejected } = await readArticles([articlesDir], { maxBytes: config.ingest.maxBytes });
    for (const issue of rejected) process.stderr.write(`kg eval: ${issue.message}\n`);
    const { data, failed } = buildFromArticles(articles);
    for (const failure of failed) process.stderr.write(`kg eval: [${failure.code}] ${failure.message}\n`);
    const report = scoreGraph(data, loadGold([goldDir]), articleIdsOf(articles));
    const figures = figuresOf(report, articles.length);
    const events = eventFiguresOf(report);
    const recordPath = join(dir, 'first-contact.json');
    let firstContact = null;
    if (existsSync(recordPath)) {
      const parsed = FirstContact.safeParse(JSON.parse(readFileSync(recordPath, 'utf8')));
      if (!parsed.success) {
        process.stderr.write(`kg eval: ${recordPath} is not a first-contact record (${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(', ')})\n`);
        return EXIT.NO_INPUT;
      }
      firstContact = parsed.data;
    }
    rows.push({ name: basename(resolve(dir)), figures, events, firstContact });
  }
  process.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : renderSets(rows));
  return EXIT.OK;
}

export async function runEval(paths: string[], flags: EvalFlags): Promise<number> {
  if (flags.sets?.length) return runSets(flags.sets, flags);
  if (!flags.gold?.length || !paths.length) {
    process.stderr.write('kg eval: pass article paths with --gold <dir>, or --sets <dir…> of directories holding articles/ and gold/\n');
    return EXIT.USAGE;
  }
  const config = resolveConfig();
  const [{ readArticles }, { buildFromArticles }, { loadGold, scoreGraph, renderReport }] = await Promise.all([
    import('../../ingest/index.js'), import('../../pipeline/index.js'), import('../../eval/index.js'),
  ]);
  const goldPaths = flags.gold;
  const gold = loadGold(goldPaths);
  let { articles, rejected } = await readArticles(paths, { maxBytes: config.ingest.maxBytes });
  for (const issue of rejected) process.stderr.write(`kg eval: ${issue.message}\n`);
  if (articles.length === 0 && rejected.length === 0) {
    // No corpus yet: the seed articles beside the gold directory (shared/eval/gold → shared/seeds).
    const seeds = goldPaths.map((g) => join(dirname(resolve(g)), '..', 'seeds')).find((p) => existsSync(p));
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
  const report = scoreGraph(data, gold, articleIdsOf(articles));
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
    .description('Score the extracted graph against gold annotations: P/R/F1 per entity type, quotes, affiliations, events (with dates, places, participants, modality, merges) and quote stance.')
    .argument('[paths...]', 'article files or directories')
    .option('--gold <paths...>', 'gold files or directories of *.gold.json')
    .option('--sets <dirs...>', 'score each directory (articles/ and gold/) on its own, beside its first-contact.json')
    .option('-v, --verbose', 'list misses and false positives', false)
    .option('--json', 'print the report as JSON', false)
    .action(async (paths: string[], flags: EvalFlags) => {
      process.exitCode = await runEval(paths, flags);
    });
}
