// Writes a graph to Neo4j: constraints first, then nodes and relationships in batched, retried write transactions.
import type { ManagedTransaction } from 'neo4j-driver';
import { constraintStatements, type GraphData, type NodeLabel } from '../../../graph-schema/index.js';
import { silentLogger, type Logger } from '../../errors.js';
import type { LoadOptions, LoadSummary } from '../types.js';
import type { Connection } from './connect.js';
import { storeError } from './errors.js';
import { groupRows } from './rows.js';
import { planRelationshipPhases, type Phase, type RelationshipBatch } from './schedule.js';
import { DELETE_PROJECT_NODES, COUNT_PROJECT_NODES, isNodeLabel, mergeNodesStatement, mergeRelationshipsStatement } from './statements.js';
import { toPlain } from './values.js';

export async function applyConstraints(connection: Connection): Promise<void> {
  const session = connection.driver.session({ database: connection.database });
  try {
    for (const statement of constraintStatements()) await session.run(statement);
    // MERGE uses the id constraints only once their indexes are online.
    await session.run('CALL db.awaitIndexes(300)');
  } catch (error) {
    throw storeError(error, connection.uri, 'creating constraints');
  } finally {
    await session.close();
  }
}

export async function deleteProjectNodes(connection: Connection): Promise<number> {
  const session = connection.driver.session({ database: connection.database });
  try {
    const before = await session.run(COUNT_PROJECT_NODES);
    const count = toPlain(before.records[0]!.get('count')) as number;
    await session.run(DELETE_PROJECT_NODES);
    return count;
  } catch (error) {
    throw storeError(error, connection.uri, 'removing the previous graph');
  } finally {
    await session.close();
  }
}

/** Labels of ids already in the store, for relationships whose endpoints the input does not carry. */
async function lookupLabels(connection: Connection, ids: string[]): Promise<Map<string, NodeLabel>> {
  const found = new Map<string, NodeLabel>();
  if (ids.length === 0) return found;
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels', { ids });
    for (const record of result.records) {
      const label = (record.get('labels') as string[]).find(isNodeLabel);
      if (label) found.set(record.get('id') as string, label as NodeLabel);
    }
  } finally {
    await session.close();
  }
  return found;
}

interface BatchResult { merged: number; created: number }

async function writeBatch(connection: Connection, statement: string, rows: unknown[], kind: 'nodes' | 'relationships'): Promise<BatchResult> {
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const result = await tx.run(statement, { rows });
      const counters = result.summary.counters.updates();
      return {
        merged: toPlain(result.records[0]?.get('merged') ?? 0) as number,
        created: kind === 'nodes' ? counters.nodesCreated : counters.relationshipsCreated,
      };
    });
  } finally {
    await session.close();
  }
}

/**
 * Runs `write` on consecutive slices of `rows`, `concurrency` transactions at a time: the server works on one
 * batch while the driver encodes the next. A batch that deadlocks with another is retried by executeWrite.
 */
async function inBatches<T>(rows: T[], size: number, concurrency: number, write: (batch: T[]) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < rows.length) {
      const batch = rows.slice(next, next + size);
      next += size;
      try {
        await write(batch);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Wait for every transaction in flight before reporting the first failure, so none outlives the load.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(concurrency, Math.ceil(rows.length / size)) }, worker));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Runs a phase's lanes side by side; after a failure no lane starts another batch, and all settle before it is reported. */
async function runPhase(phase: Phase, write: (batch: RelationshipBatch) => Promise<void>): Promise<void> {
  let failed = false;
  const settled = await Promise.allSettled(phase.map(async (lane) => {
    for (const batch of lane) {
      if (failed) return;
      try {
        await write(batch);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}

export interface Neo4jLoadOptions extends LoadOptions {
  logger?: Logger;
  /** Rows per transaction; default the connection's batch size. */
  batchSize?: number;
  /** Write transactions in flight at once; default 2. */
  concurrency?: number;
  /** Skip creating constraints (they are created once per store). */
  skipConstraints?: boolean;
}

export async function loadData(connection: Connection, data: GraphData, options: Neo4jLoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const logger = options.logger ?? silentLogger;
  const batchSize = options.batchSize ?? connection.batchSize;
  const summary: LoadSummary = {
    nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0,
    relationshipsSkipped: 0, nodesDeleted: 0, elapsedMs: 0,
  };
  if (!options.skipConstraints) {
    options.onProgress?.({ phase: 'constraints', done: 0, total: 1 });
    await applyConstraints(connection);
  }
  if (options.replace) {
    options.onProgress?.({ phase: 'clear', done: 0, total: 1 });
    summary.nodesDeleted = await deleteProjectNodes(connection);
    logger.info(`store: removed ${summary.nodesDeleted} nodes of the previous graph`);
  }
  const inData = new Set(data.nodes.map((node) => node.id));
  const outside = [...new Set(data.relationships.flatMap((rel) => [rel.source, rel.target]).filter((id) => !inData.has(id)))];
  let grouped;
  try {
    grouped = groupRows(data, await lookupLabels(connection, outside));
  } catch (error) {
    throw storeError(error, connection.uri, 'looking up endpoints');
  }
  for (const { id, reason } of grouped.rejected.slice(0, 20)) logger.warn(`store: relationship ${id} skipped: ${reason}`);
  summary.relationshipsSkipped = grouped.rejected.length;

  const concurrency = Math.max(1, options.concurrency ?? 2);
  const nodeTotal = grouped.nodes.reduce((n, group) => n + group.rows.length, 0);
  let done = 0;
  try {
    for (const group of grouped.nodes) {
      await inBatches(group.rows, batchSize, concurrency, async (batch) => {
        const result = await writeBatch(connection, mergeNodesStatement(group.label), batch, 'nodes');
        summary.nodesCreated += result.created;
        summary.nodesUpdated += result.merged - result.created;
        done += batch.length;
        options.onProgress?.({ phase: 'nodes', done, total: nodeTotal });
      });
    }
  } catch (error) {
    throw storeError(error, connection.uri, `loading nodes (${done} of ${nodeTotal} written)`);
  }

  const relTotal = grouped.relationships.reduce((n, group) => n + group.rows.length, 0);
  done = 0;
  try {
    for (const phase of planRelationshipPhases(grouped.relationships, batchSize, concurrency)) {
      await runPhase(phase, async ({ group, rows }) => {
        const result = await writeBatch(connection, mergeRelationshipsStatement(group.type, group.from, group.to, group.hasExtra), rows, 'relationships');
        summary.relationshipsCreated += result.created;
        summary.relationshipsUpdated += result.merged - result.created;
        summary.relationshipsSkipped += rows.length - result.merged;
        done += rows.length;
        options.onProgress?.({ phase: 'relationships', done, total: relTotal });
      });
    }
  } catch (error) {
    throw storeError(error, connection.uri, `loading relationships (${done} of ${relTotal} written)`);
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}
