// The `kg` command: parses arguments and hands each subcommand to its module in ./commands.
import { Command, CommanderError } from 'commander';
import { KgError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import * as build from './commands/build.js';
import * as evaluate from './commands/eval.js';
import * as load from './commands/load.js';
import * as query from './commands/query.js';
import * as serve from './commands/serve.js';
import * as neo4j from './commands/neo4j.js';

export interface CommandModule {
  register(program: Command): void;
}

export function createProgram(): Command {
  const program = new Command('kg')
    .description('Build, store, query and view a knowledge graph of the people, organizations, events and statements in news articles.')
    .showHelpAfterError()
    .exitOverride();
  for (const module of [build, evaluate, load, query, serve, neo4j] as CommandModule[]) module.register(program);
  return program;
}

/** Runs the CLI and returns the exit code (see README, "Exit codes"). */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof KgError) {
      process.stderr.write(`kg: ${error.message} [${error.code}]\n`);
      return error.stage === 'store' ? EXIT.STORE : EXIT.FAILURE;
    }
    process.stderr.write(`kg: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.FAILURE;
  }
}
