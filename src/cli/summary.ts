// The table printed at the end of `kg build`: articles read and rejected, nodes per label, relationships per type, time.
import Table from 'cli-table3';
import { NODE_LABELS, REL_TYPES } from '../../graph-schema/index.js';
import type { KnowledgeGraph } from '../graph/index.js';
import type { IngestIssue } from '../ingest/types.js';
import type { ExtractFailure } from '../pipeline/index.js';

export interface BuildSummary {
  articles: number;
  rejected: Array<IngestIssue | ExtractFailure>;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  elapsedMs: number;
  outputs: string[];
}

export function summarize(graph: KnowledgeGraph, articles: number, rejected: Array<IngestIssue | ExtractFailure>, elapsedMs: number, outputs: string[]): BuildSummary {
  const nodes = Object.fromEntries(NODE_LABELS.map((label) => [label, 0]));
  const relationships = Object.fromEntries(REL_TYPES.map((type) => [type, 0]));
  graph.forEachNode((_id, attributes) => { nodes[attributes.type as string] = (nodes[attributes.type as string] ?? 0) + 1; });
  graph.forEachEdge((_id, attributes) => { relationships[attributes.type as string] = (relationships[attributes.type as string] ?? 0) + 1; });
  return { articles, rejected, nodes, relationships, elapsedMs, outputs };
}

export function renderSummary(summary: BuildSummary): string {
  const table = new Table({ head: ['', 'count'], style: { head: [], border: [], compact: true } });
  table.push(['articles read', summary.articles], ['articles rejected', summary.rejected.length]);
  for (const [label, count] of Object.entries(summary.nodes)) table.push([`nodes :${label}`, count]);
  for (const [type, count] of Object.entries(summary.relationships)) table.push([`relationships [:${type}]`, count]);
  table.push(['elapsed', `${(summary.elapsedMs / 1000).toFixed(2)} s`]);
  const lines = [table.toString()];
  if (summary.rejected.length > 0) {
    lines.push(`rejected ${summary.rejected.length} file(s):`);
    for (const issue of summary.rejected) lines.push(`  [${issue.code}] ${issue.message}`);
  }
  for (const output of summary.outputs) lines.push(`wrote ${output}`);
  return `${lines.join('\n')}\n`;
}
