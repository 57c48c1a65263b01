// The named query pack (graph-schema/queries/*.cypher) and ad-hoc Cypher, both run in READ sessions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../../errors.js';
import type { Connection } from './connect.js';
import { storeError } from './errors.js';
import { PROJECT_ROOT } from './server/launcher.js';
import { toPlainRecord } from './values.js';

export const QUERIES_DIR = join(PROJECT_ROOT, 'graph-schema/queries');

export interface NamedQuery {
  name: string;
  description: string;
  params: { name: string; description: string }[];
  defaults: Record<string, string>;
  cypher: string;
  file: string;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Reads the `// name:`, `// description:`, `// param:` and `// default:` header lines of one file. */
export function parseQueryFile(file: string, text: string): NamedQuery {
  const query: NamedQuery = { name: '', description: '', params: [], defaults: {}, cypher: text, file };
  let last: 'description' | 'param' | null = null;
  for (const line of text.split('\n')) {
    const header = /^\/\/\s*(name|description|param|default):\s*(.*)$/.exec(line);
    if (header) {
      const [, key, value] = header;
      if (key === 'name') query.name = value!.trim();
      if (key === 'description') { query.description = value!.trim(); last = 'description'; }
      if (key === 'param') {
        const [, name, description] = /^(\w+)\s*(.*)$/.exec(value!.trim()) ?? [];
        if (name) { query.params.push({ name, description: description ?? '' }); last = 'param'; }
      }
      if (key === 'default') for (const pair of value!.split(',')) {
        const [k, ...v] = pair.split('=');
        if (k && v.length) query.defaults[k.trim()] = v.join('=').trim();
      }
      continue;
    }
    const more = /^\/\/\s+(.*)$/.exec(line);
    if (more && last === 'description') { query.description += ` ${more[1]!.trim()}`; continue; }
    if (more && last === 'param') { query.params.at(-1)!.description += ` ${more[1]!.trim()}`; continue; }
    last = null;
  }
  if (!query.name) throw new KgError('store', 'STORE_QUERY_FILE', `${file} has no \`// name:\` line; add one`);
  return query;
}

export function listQueries(dir = QUERIES_DIR): NamedQuery[] {
  return readdirSync(dir).filter((file) => file.endsWith('.cypher')).sort()
    .map((file) => parseQueryFile(join(dir, file), readFileSync(join(dir, file), 'utf8')));
}

export function findQuery(name: string, dir = QUERIES_DIR): NamedQuery {
  const queries = listQueries(dir);
  const query = queries.find((q) => q.name === name);
  if (!query) {
    throw new KgError('cli', 'QUERY_UNKNOWN', `there is no query named "${name}"; the queries are: ${queries.map((q) => q.name).join(', ')} (kg query --list)`);
  }
  return query;
}

/** Checks every declared parameter has a value (defaults filled in) and no unknown one is given. */
export function queryParams(query: NamedQuery, given: Record<string, string>): Record<string, string> {
  const params = { ...query.defaults, ...given };
  const missing = query.params.filter((p) => params[p.name] === undefined).map((p) => p.name);
  if (missing.length > 0) {
    throw new KgError('cli', 'QUERY_PARAM_MISSING', `query ${query.name} needs ${missing.map((m) => `--param ${m}=…`).join(' ')} (${query.params.map((p) => `${p.name}: ${p.description}`).join('; ')})`);
  }
  const unknown = Object.keys(given).filter((key) => !query.params.some((p) => p.name === key));
  if (unknown.length > 0) {
    throw new KgError('cli', 'QUERY_PARAM_UNKNOWN', `query ${query.name} has no parameter ${unknown.join(', ')}; it takes ${query.params.map((p) => p.name).join(', ')}`);
  }
  return params;
}

/** Runs Cypher in a READ session: the server refuses writes. Values come back plain (numbers, ISO strings). */
/** Plan operators that read or act outside the graph: files, transactions, users, settings. */
const OUTSIDE = /^(?:LoadCSV|TerminateTransactions|ShowUsers|ShowCurrentUser|ShowRoles|ShowPrivileges|ShowSettings|ShowTransactions|ShowServers|ShowDatabase|ShowAliases)/i;
/** Procedures a read of the graph may call: the schema's names, and full-text lookups. */
const READ_PROCEDURE = /^(?:db\.(?:labels|relationshipTypes|propertyKeys|schema\.\w+|index\.fulltext\.query\w+))\s*\(/;

interface PlanNode { operatorType: string; arguments?: Record<string, unknown>; children?: PlanNode[] }

/** The first operator of the plan that reaches outside the graph ("LOAD CSV", "CALL dbms.listConfig()"), if any. */
function outsideOperator(plan: PlanNode | false | undefined): string | null {
  if (!plan) return null;
  const type = plan.operatorType.replace(/@.*$/, '');
  if (OUTSIDE.test(type)) return type;
  if (/^ProcedureCall/i.test(type)) {
    const details = String(plan.arguments?.Details ?? plan.arguments?.details ?? '');
    if (!READ_PROCEDURE.test(details)) return `CALL ${details || 'a procedure'}`;
  }
  for (const child of plan.children ?? []) {
    const found = outsideOperator(child);
    if (found) return found;
  }
  return null;
}

/**
 * Runs a query that only reads the graph: planned first (EXPLAIN, nothing runs), and refused unless the server calls it
 * a read ('r') whose plan reads no file, user, setting or transaction; then run in a read transaction.
 */
export async function runReadQuery(connection: Connection, cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'READ' });
  try {
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, params)).catch((error: { code?: string }) => {
      // A syntax error is the query's own: reported as such below, when it runs. Anything that cannot be planned as a
      // query (an administration command) is no read of the graph.
      if (error?.code?.startsWith('Neo.ClientError.Statement.Syntax')) return null;
      throw new KgError('store', 'STORE_READ_ONLY', `Neo4j at ${connection.uri} refused to plan the query as a read of the graph: queries run read-only (${(error as Error).message ?? error})`, { cause: error });
    });
    if (plan) {
      const outside = outsideOperator(plan.summary.plan as PlanNode | false);
      if (outside) throw new KgError('store', 'STORE_READ_ONLY', `the query reaches outside the graph (${outside}): queries run read-only and read only the graph`);
      if (plan.summary.queryType !== 'r') throw new KgError('store', 'STORE_READ_ONLY', `the query is no read (query type "${plan.summary.queryType}"): queries run read-only`);
    }
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    const columns = result.records[0]?.keys.map(String) ?? [];
    return { columns, rows: result.records.map((record) => toPlainRecord(record.toObject())) };
  } catch (error) {
    throw storeError(error, connection.uri, 'running the query');
  } finally {
    await session.close();
  }
}

export async function runNamedQuery(connection: Connection, name: string, given: Record<string, string>, dir = QUERIES_DIR): Promise<QueryResult> {
  const query = findQuery(name, dir);
  return runReadQuery(connection, query.cypher, queryParams(query, given));
}
