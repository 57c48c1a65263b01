// `kg query <name> --param k=v`, `kg query --list`, `kg query --cypher "…"`: read-only queries against Neo4j.
import { Command } from 'commander';
import Table from 'cli-table3';
import { resolveConfig } from '../../config/index.js';
import { KgError } from '../../errors.js';
import type { QueryResult } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';
import { addNeo4jOptions, neo4jOverrides, type Neo4jFlags } from './load.js';

interface QueryFlags extends Neo4jFlags {
  param: string[];
  json: boolean;
  list: boolean;
  cypher?: string;
}

function collectParam(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new KgError('cli', 'QUERY_PARAM_INVALID', `--param ${pair} is not key=value; write e.g. --param name="Ada Lind"`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return params;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Natural widths when they fit the terminal; otherwise the widest columns give way first. */
function columnWidths(columns: string[], cells: string[][]): number[] {
  const available = Math.max(60, process.stdout.columns ?? 160) - (3 * columns.length + 1);
  const natural = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i]!.length)) + 2);
  let cap = Math.max(...natural);
  while (natural.reduce((sum, w) => sum + Math.min(w, cap), 0) > available && cap > 12) cap -= 1;
  return natural.map((w) => Math.min(w, cap));
}

export function renderTable(result: QueryResult): string {
  if (result.rows.length === 0) return '(no rows)\n';
  const cells = result.rows.map((row) => result.columns.map((column) => cell(row[column])));
  const table = new Table({ head: result.columns, style: { head: [], border: [] }, wordWrap: true, colWidths: columnWidths(result.columns, cells) });
  for (const row of cells) table.push(row);
  return `${table.toString()}\n${result.rows.length} row${result.rows.length === 1 ? '' : 's'}\n`;
}

export async function runQuery(name: string | undefined, flags: QueryFlags): Promise<number> {
  const { listQueries, openNeo4jStore, runNamedQuery, runReadQuery } = await import('../../store/index.js');
  if (flags.list) {
    const queries = listQueries();
    if (flags.json) process.stdout.write(`${JSON.stringify(queries.map(({ name: n, description, params, defaults }) => ({ name: n, description, params, defaults })), null, 2)}\n`);
    else for (const query of queries) {
      process.stdout.write(`${query.name}\n  ${query.description}\n`);
      for (const param of query.params) process.stdout.write(`  --param ${param.name}=…  ${param.description}${query.defaults[param.name] ? ` (default ${query.defaults[param.name]})` : ''}\n`);
    }
    return EXIT.OK;
  }
  if (!name && !flags.cypher) throw new KgError('cli', 'QUERY_MISSING', 'name a query (kg query --list shows them) or pass --cypher "MATCH …"');
  if (name && flags.cypher) throw new KgError('cli', 'QUERY_AMBIGUOUS', 'give either a query name or --cypher, not both');
  const params = parseParams(flags.param);
  const config = resolveConfig(neo4jOverrides(flags));
  const store = await openNeo4jStore(config);
  try {
    const result = flags.cypher ? await runReadQuery(store.connection, flags.cypher, params) : await runNamedQuery(store.connection, name!, params);
    process.stdout.write(flags.json ? `${JSON.stringify(result.rows, null, 2)}\n` : renderTable(result));
  } finally {
    await store.close();
  }
  return EXIT.OK;
}

export function register(program: Command): void {
  const command = program
    .command('query')
    .description('Run a named query from graph-schema/queries (or ad-hoc read-only Cypher) against Neo4j and print a table.')
    .argument('[name]', 'query name (see --list)')
    .option('-p, --param <key=value>', 'a query parameter; repeat for more', collectParam, [])
    .option('--json', 'print the rows as JSON', false)
    .option('--list', 'list the named queries and their parameters', false)
    .option('--cypher <query>', 'run this Cypher in a read-only session (writes are refused by the server)');
  addNeo4jOptions(command, false)
    .addHelpText('after', '\nExample: kg query person-statements --param name="Ada Lind"\nExit codes: 0 ok, 1 bad query, 5 Neo4j unreachable or refused the credentials.')
    .action(async (name: string | undefined, flags: QueryFlags) => {
      process.exitCode = await runQuery(name, flags);
    });
}
