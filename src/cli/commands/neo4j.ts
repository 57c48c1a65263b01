// `kg neo4j` (npm run neo4j): a local Neo4j Community server on 127.0.0.1:7687 for users without Docker.
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { resolveConfig } from '../../config/index.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';

interface Neo4jServerFlags {
  port: number;
  host: string;
  dataDir?: string;
  password?: string;
  heap: string;
}

export async function runNeo4jServer(flags: Neo4jServerFlags): Promise<number> {
  const config = resolveConfig({ neo4j: { password: flags.password } });
  const logger = stderrLogger(false);
  const { startServer, PROJECT_ROOT } = await import('../../store/neo4j/server/launcher.js');
  const home = flags.dataDir ?? join(PROJECT_ROOT, '.cache/neo4j-data');
  logger.info(`neo4j: starting Neo4j Community (data in ${home})…`);
  const server = await startServer({ home, host: flags.host, port: flags.port, password: config.neo4j.password, heap: flags.heap, stopOnStdinClose: true, logger });
  const source = flags.password ? '--password' : 'NEO4J_PASSWORD, kg.config.json or the local default (README, "Neo4j")';
  process.stdout.write(`Neo4j is ready at ${server.uri}\n  user: ${config.neo4j.user}\n  password: from ${source}\nPress Ctrl-C to stop.\n`);
  const stop = () => { void server.stop(); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await new Promise<number | null>((done) => server.process.once('exit', (c) => done(c)));
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  logger.info('neo4j: stopped');
  return code === 0 || code === 143 || code === 130 ? EXIT.OK : EXIT.STORE;
}

export function register(program: Command): void {
  program
    .command('neo4j')
    .description('Run a local Neo4j Community server (from Maven Central, no Docker) until Ctrl-C; needs java and mvn.')
    .addOption(new Option('--port <n>', 'Bolt port').default(7687).argParser((v) => Number.parseInt(v, 10)))
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data-dir <dir>', 'data directory (default .cache/neo4j-data in the project)')
    .option('--password <password>', 'password of user neo4j (env NEO4J_PASSWORD; default: the local one, see README)')
    .option('--heap <size>', 'JVM heap', '1g')
    .action(async (flags: Neo4jServerFlags) => {
      process.exitCode = await runNeo4jServer(flags);
    });
}
