// `kg serve [--out out] [--neo4j] [--port N] [--host 127.0.0.1]`: the viewer and read-only API over
// out/graph.json, or over the graph stored in Neo4j.
import { Command, Option } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';
import { addNeo4jOptions, neo4jOverrides, type Neo4jFlags } from './load.js';

interface ServeFlags extends Neo4jFlags {
  out: string;
  port?: number;
  host?: string;
  /** true for --neo4j, false for --no-neo4j, undefined when neither (config decides). */
  neo4j?: boolean;
  quiet: boolean;
}

export async function runServe(flags: ServeFlags): Promise<number> {
  const source = flags.neo4j === undefined ? undefined : flags.neo4j ? 'neo4j' as const : 'file' as const;
  const config = resolveConfig({ ...neo4jOverrides(flags), serve: { host: flags.host, port: flags.port, source } });
  const logger = stderrLogger(flags.quiet);
  const { startServer } = await import('../../serve/index.js');
  const options = { host: config.serve.host, port: config.serve.port, logger };
  const server = config.serve.source === 'neo4j'
    ? await startServer({ ...options, source: (await import('../../serve/source-neo4j.js')).neo4jSource({ config, outDir: flags.out }) })
    : await startServer({ ...options, outDir: flags.out });
  // Handlers first: a signal sent as soon as the address is read must stop the server, not kill the process.
  const stopped = new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write(`kg serve: viewer at ${server.url} over ${server.origin} (Ctrl-C stops)\n`);
  await stopped;
  await server.close();
  return EXIT.OK;
}

export function register(program: Command): void {
  const command = program
    .command('serve')
    .description('Serve the graph viewer and a read-only JSON API over <out>/graph.json (run `kg build` first), or with --neo4j over the graph stored in Neo4j (run `kg load` first).')
    .option('-o, --out <dir>', 'directory holding graph.json; with --neo4j, where the layout cache is kept', 'out')
    .option('--neo4j', 'read the graph from Neo4j instead of graph.json (config serve.source "neo4j"; env KG_SERVE_SOURCE=neo4j)')
    .option('--no-neo4j', 'read graph.json even when the config says neo4j')
    .addOption(new Option('-p, --port <n>', 'port to listen on (default 4173; env KG_PORT)').argParser((v) => Number.parseInt(v, 10)))
    .addOption(new Option('--host <address>', 'address to bind (default 127.0.0.1; env KG_HOST); anything else exposes the graph to the network'))
    .option('-q, --quiet', 'print only the address', false);
  addNeo4jOptions(command, false)
    .addHelpText('after', [
      '',
      'API: GET /api/graph, /api/node/<id>, /api/edge/<id>, /api/search?q=, /api/path?from=&to=, /api/neighbourhood/<id>?depth=1',
      '',
      'With --neo4j the graph is read once at start over read-only sessions; GET /api/graph (each page load) reads it',
      'again when the stored node or relationship count changed. An edit that keeps both counts is seen after a restart.',
      '',
      'Exit codes: 0 stopped by Ctrl-C, 1 no graph to serve or the port is taken, 5 Neo4j unreachable or refused the credentials.',
    ].join('\n'))
    .action(async (flags: ServeFlags) => {
      process.exitCode = await runServe(flags);
    });
}
