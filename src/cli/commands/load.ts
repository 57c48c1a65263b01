// `kg load <out-dir>`: reads <out-dir>/graph.json (written by kg build) and merges it into Neo4j.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import Table from 'cli-table3';
import { MultiDirectedGraph } from 'graphology';
import { resolveConfig, type Config } from '../../config/index.js';
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import type { LoadProgress, LoadSummary } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';
import { createProgress, type Progress } from '../progress.js';

export interface Neo4jFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
  batchSize?: number;
}

interface LoadFlags extends Neo4jFlags {
  replace: boolean;
  quiet: boolean;
}

/** Adds --uri --user --password --database (and --batch-size) to a command. */
export function addNeo4jOptions(command: Command, withBatchSize: boolean): Command {
  command
    .option('--uri <uri>', 'Neo4j Bolt URI (env NEO4J_URI; default bolt://127.0.0.1:7687)')
    .option('--user <name>', 'Neo4j user (env NEO4J_USER; default neo4j)')
    .option('--password <password>', 'Neo4j password (env NEO4J_PASSWORD; default: the local one, see README)')
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE; default: the server default)');
  if (withBatchSize) command.addOption(new Option('--batch-size <n>', 'rows per write transaction (default 5000)').argParser((v) => Number.parseInt(v, 10)));
  return command;
}

export function neo4jOverrides(flags: Neo4jFlags) {
  return { neo4j: { uri: flags.uri, user: flags.user, password: flags.password, database: flags.database, batchSize: flags.batchSize } };
}

export function readGraphJSON(dir: string): KnowledgeGraph {
  const path = existsSync(dir) && dir.endsWith('.json') ? dir : join(dir, 'graph.json');
  if (!existsSync(path)) {
    throw new KgError('cli', 'GRAPH_MISSING', `${path} does not exist; build it first with \`kg build <articles> --out ${dir}\``);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new KgError('cli', 'GRAPH_UNREADABLE', `${path} is not valid JSON (${(cause as Error).message}); rebuild it with kg build`, { cause });
  }
  try {
    return MultiDirectedGraph.from(json as never, { allowSelfLoops: false }) as unknown as KnowledgeGraph;
  } catch (cause) {
    throw new KgError('cli', 'GRAPH_UNREADABLE', `${path} is not a serialized graph (${(cause as Error).message}); rebuild it with kg build`, { cause });
  }
}

function progressReporter(enabled: boolean): { onProgress: (p: LoadProgress) => void; stop(): void } {
  let bar: Progress | null = null;
  let phase = '';
  return {
    onProgress(progress) {
      if (progress.phase !== 'nodes' && progress.phase !== 'relationships') return;
      if (progress.phase !== phase) {
        bar?.stop();
        phase = progress.phase;
        bar = createProgress(`loading ${phase.padEnd(13)}`, process.stderr, enabled);
      }
      bar!.update(progress.done, progress.total);
    },
    stop() { bar?.stop(); },
  };
}

export function renderLoadSummary(summary: LoadSummary & { uri: string }): string {
  const table = new Table({ head: ['', 'created', 'updated'], style: { head: [], border: [] } });
  table.push(['nodes', summary.nodesCreated, summary.nodesUpdated]);
  table.push(['relationships', summary.relationshipsCreated, summary.relationshipsUpdated]);
  const lines = [`loaded into ${summary.uri} in ${(summary.elapsedMs / 1000).toFixed(2)} s`, table.toString()];
  if (summary.nodesDeleted > 0) lines.push(`removed ${summary.nodesDeleted} nodes of the previous graph first (--replace)`);
  if (summary.relationshipsSkipped > 0) lines.push(`skipped ${summary.relationshipsSkipped} relationships whose endpoints are missing`);
  return `${lines.join('\n')}\n`;
}

/** Loads a graph with a progress bar and a summary; shared by `kg load` and `kg build --neo4j`. */
export async function loadWithProgress(graph: KnowledgeGraph, config: Pick<Config, 'neo4j'>, flags: { replace: boolean; quiet: boolean }): Promise<void> {
  const logger = stderrLogger(flags.quiet);
  const { loadGraph } = await import('../../store/index.js');
  const progress = progressReporter(!flags.quiet && process.stderr.isTTY === true);
  try {
    const summary = await loadGraph(graph, config, { replace: flags.replace, onProgress: progress.onProgress, logger });
    progress.stop();
    if (!flags.quiet) process.stderr.write(renderLoadSummary(summary));
  } finally {
    progress.stop();
  }
}

export async function runLoad(dir: string, flags: LoadFlags): Promise<number> {
  const config = resolveConfig(neo4jOverrides(flags));
  await loadWithProgress(readGraphJSON(dir), config, flags);
  return EXIT.OK;
}

export function register(program: Command): void {
  const command = program
    .command('load')
    .description('Load a built graph (<out-dir>/graph.json) into Neo4j; loading again merges instead of duplicating.')
    .argument('<out-dir>', 'the directory kg build wrote (or a graph.json file)')
    .option('--replace', "remove this project's nodes and relationships first (other data is untouched)", false)
    .option('-q, --quiet', 'no progress bar and no summary', false);
  addNeo4jOptions(command, true)
    .addHelpText('after', '\nExit codes: 0 ok, 5 Neo4j unreachable, refused the credentials or failed mid-load (loading again is safe).')
    .action(async (dir: string, flags: LoadFlags) => {
      process.exitCode = await runLoad(dir, flags);
    });
}
