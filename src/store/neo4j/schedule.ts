// Orders relationship batches so that transactions in flight together never lock the same node ("mix and batch").
import type { RelationshipGroup } from './rows.js';

export interface RelationshipBatch {
  group: RelationshipGroup;
  rows: Record<string, unknown>[];
}

/** Lanes run side by side, each lane's batches one after another; a phase ends when all its lanes have. */
export type Phase = RelationshipBatch[][];

/** FNV-1a: a cheap, stable spread of node ids over the lanes. */
function bucket(id: unknown, lanes: number): number {
  const text = String(id);
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) % lanes;
}

/**
 * Creating a relationship locks both its endpoints, so two transactions that share a node wait for each other
 * (or deadlock and are retried): with rows in input order, two in flight ran no faster than one. Every node id
 * is hashed to one of `lanes` buckets and each group's rows are split into cells by (source bucket, target
 * bucket); in phase r lane i takes cell (i, i + r mod lanes). Within a phase the lanes touch disjoint sources
 * and disjoint targets, and a group never has the same node as source and target, since ENDPOINTS join
 * different labels.
 */
export function planRelationshipPhases(groups: RelationshipGroup[], batchSize: number, lanes: number): Phase[] {
  const size = Math.max(1, batchSize);
  const chunk = (group: RelationshipGroup, rows: Record<string, unknown>[]): RelationshipBatch[] => {
    const out: RelationshipBatch[] = [];
    for (let i = 0; i < rows.length; i += size) out.push({ group, rows: rows.slice(i, i + size) });
    return out;
  };
  const phases: Phase[] = [];
  for (const group of groups) {
    if (lanes <= 1 || group.from === group.to) {
      phases.push([chunk(group, group.rows)]);
      continue;
    }
    const cells = Array.from({ length: lanes }, () => Array.from({ length: lanes }, () => [] as Record<string, unknown>[]));
    for (const row of group.rows) cells[bucket(row.source, lanes)]![bucket(row.target, lanes)]!.push(row);
    for (let r = 0; r < lanes; r++) {
      phases.push(cells.map((line, i) => chunk(group, line[(i + r) % lanes]!)).filter((lane) => lane.length > 0));
    }
  }
  return phases.filter((phase) => phase.length > 0);
}
