// `kg serve [--out out] [--port N] [--host 127.0.0.1]`: the viewer and read-only API over out/graph.json.
import { Command, Option } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';

interface ServeFlags {
  out: string;
  port?: number;
  host?: string;
  quiet: boolean;
}

export async function runServe(flags: ServeFlags): Promise<number> {
  const config = resolveConfig({ serve: { host: flags.host, port: flags.port } });
  const logger = stderrLogger(flags.quiet);
  const { startServer } = await import('../../serve/index.js');
  const server = await startServer({ outDir: flags.out, host: config.serve.host, port: config.serve.port, logger });
  process.stdout.write(`kg serve: viewer at ${server.url} (Ctrl-C stops)\n`);
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return EXIT.OK;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the graph viewer and a read-only JSON API over <out>/graph.json (run `kg build` first).')
    .option('-o, --out <dir>', 'directory holding graph.json', 'out')
    .addOption(new Option('-p, --port <n>', 'port to listen on (default 4173; env KG_PORT)').argParser((v) => Number.parseInt(v, 10)))
    .addOption(new Option('--host <address>', 'address to bind (default 127.0.0.1; env KG_HOST); anything else exposes the graph to the network'))
    .option('-q, --quiet', 'print only the address', false)
    .addHelpText('after', '\nAPI: GET /api/graph, /api/node/<id>, /api/edge/<id>, /api/search?q=, /api/path?from=&to=, /api/neighbourhood/<id>?depth=1')
    .action(async (flags: ServeFlags) => {
      process.exitCode = await runServe(flags);
    });
}
