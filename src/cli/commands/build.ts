// `kg build <paths…> --out <dir>`: articles in, graph.graphml and graph.json out.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { KgError } from '../../errors.js';
import { addNeo4jOptions, loadWithProgress, neo4jOverrides, type Neo4jFlags } from './load.js';
import { EXIT } from '../exit-codes.js';
import { createProgress } from '../progress.js';
import { renderExplain } from '../explain.js';
import { buildFingerprint, isFresh } from '../stale.js';
import { renderSummary, summarize } from '../summary.js';
import { stderrLogger } from '../logger.js';

interface BuildFlags extends Neo4jFlags {
  out: string;
  maxBytes?: number;
  explain: boolean;
  ifStale: boolean;
  quiet: boolean;
  workers: number;
  articleTimeout?: number;
  neo4j: boolean;
  replace: boolean;
  validate: boolean;
}

/** Writes through a temporary file so an interrupted build never leaves half a graph behind. */
function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export async function runBuild(paths: string[], flags: BuildFlags): Promise<number> {
  const started = performance.now();
  const config = resolveConfig({ ingest: { maxBytes: flags.maxBytes }, ...neo4jOverrides(flags) });
  const logger = stderrLogger(flags.quiet);
  const outputs = [join(flags.out, 'graph.graphml'), join(flags.out, 'graph.json')];
  const fingerprintFile = join(flags.out, '.fingerprint');
  const fingerprint = buildFingerprint(paths, `maxBytes=${config.ingest.maxBytes}`, config.ingest.maxBytes);
  if (flags.ifStale && !flags.neo4j && isFresh(fingerprintFile, fingerprint, outputs)) {
    logger.info(`kg build: ${flags.out} is up to date`);
    return EXIT.OK;
  }

  // The output folder first: a path under a file fails now, named, not after the whole build with a stack trace.
  try {
    mkdirSync(flags.out, { recursive: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new KgError('cli', 'OUT_UNWRITABLE', `cannot create the output folder ${flags.out} (${code}); give --out a folder that can be written`, { cause });
  }

  // Stages load on demand so `kg --help` and the other commands stay quick.
  const [{ readArticles }, { buildFromArticles }, { buildFromArticlesParallel }, { toGraphML, toGraphJSON }] = await Promise.all([
    import('../../ingest/index.js'), import('../../pipeline/index.js'), import('../../pipeline/parallel.js'), import('../../export/index.js'),
  ]);
  const { articles, rejected } = await readArticles(paths, { maxBytes: config.ingest.maxBytes });
  const progress = createProgress('extracting', process.stderr, !flags.quiet && process.stderr.isTTY === true);
  const onProgress = (done: number, total: number) => progress.update(done, total);
  // A time budget needs a thread to stop: with --article-timeout even one worker extracts outside this thread.
  const result = flags.workers > 1 || flags.articleTimeout !== undefined
    ? await buildFromArticlesParallel(articles, { workers: flags.workers, logger, onProgress, findings: flags.explain, validate: flags.validate || undefined, articleTimeout: flags.articleTimeout ?? DEFAULT_ARTICLE_TIMEOUT })
    : buildFromArticles(articles, { logger, onProgress, findings: flags.explain, validate: flags.validate || undefined });
  progress.stop();
  if (flags.explain) process.stdout.write(renderExplain(articles, result.extractions, result.data));

  writeAtomic(outputs[0]!, toGraphML(result.graph));
  writeAtomic(outputs[1]!, toGraphJSON(result.graph));
  writeAtomic(fingerprintFile, `${fingerprint}\n`);

  // An article the extractor failed on is listed, and exits, like a rejected file; the graph holds all the others.
  const skipped = [...rejected, ...result.failed];
  const summary = summarize(result.graph, articles.length - result.failed.length, skipped, performance.now() - started, outputs);
  if (!flags.quiet) process.stderr.write(renderSummary(summary));
  if (flags.neo4j) await loadWithProgress(result.graph, config, { replace: flags.replace, quiet: flags.quiet });
  if (articles.length === 0) return EXIT.NO_INPUT;
  return skipped.length > 0 ? EXIT.REJECTED : EXIT.OK;
}

/** Seconds an article may take in a parallel build unless --article-timeout says otherwise (a 5 MiB article takes about 10). */
const DEFAULT_ARTICLE_TIMEOUT = 120;

/** "--article-timeout 30", "0.5": seconds above 0. */
function seconds(value: string): number {
  const n = Number(value.trim());
  if (!/^[0-9.]+$/.test(value.trim()) || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is no number of seconds above 0 (for example 60 or 0.5)`);
  return n;
}

/** "--max-bytes 5000", "1e6": a whole positive number of bytes; "1.5", "5MB" or "0" are refused, not read as 1 or 5. */
function byteCount(value: string): number {
  const n = Number(value.trim());
  if (!/^[0-9.e+]+$/i.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is no whole number of bytes above 0 (for example 5000000 or 5e6)`);
  return n;
}

export function register(program: Command): void {
  const command = program
    .command('build')
    .description('Read articles (.txt, .md, .html; files or directories) and write the knowledge graph as GraphML and JSON.')
    .argument('<paths...>', 'article files or directories (searched recursively)')
    .option('-o, --out <dir>', 'output directory for graph.graphml and graph.json', 'out')
    .addOption(new Option('--max-bytes <n>', 'reject article files larger than this many bytes (default 5 MiB; env KG_MAX_BYTES)').argParser(byteCount))
    .option('--explain', 'print every finding with the rule that made it and its sentence', false)
    .addOption(new Option('-w, --workers <n>', 'extract in this many worker threads (the graph is the same)').default(1).argParser((v) => Math.max(1, Number.parseInt(v, 10) || 1)))
    .addOption(new Option('--article-timeout <seconds>', `leave out (and name) an article whose extraction takes longer than this; extracts in worker threads (default with -w 2 or more: ${DEFAULT_ARTICLE_TIMEOUT})`).argParser(seconds))
    .option('--validate', 'check the graph against the schema before writing it (always on under tests; env KG_VALIDATE=1)', false)
    .option('--if-stale', 'do nothing when the output is newer than the inputs and the code', false)
    .option('-q, --quiet', 'no progress bar and no summary', false)
    .option('--neo4j', 'also load the graph into Neo4j (NEO4J_URI, or the options below)', false)
    .option('--replace', "with --neo4j: remove this project's nodes first", false);
  addNeo4jOptions(command, true)
    .addHelpText('after', '\nExit codes: 0 ok, 3 some files were rejected (listed in the summary), 4 no article could be read, 5 Neo4j failed (with --neo4j).')
    .action(async (paths: string[], flags: BuildFlags) => {
      process.exitCode = await runBuild(paths, flags);
    });
}
