// Checks a whole graph against the schema: every node and relationship, and every endpoint label.
import type { z } from 'zod';
import { Node } from './nodes.js';
import { ENDPOINTS, Relationship } from './relationships.js';

export interface GraphData {
  nodes: Node[];
  relationships: Relationship[];
}

export interface SchemaIssue {
  /** `nodes[3].name` or `relationships[10].target` */
  path: string;
  message: string;
}

function pathOf(prefix: string, issue: z.core.$ZodIssue): string {
  return [prefix, ...issue.path.map(String)].join('.');
}

/** Returns every problem found; an empty array means the graph is valid. */
export function validateGraphData(data: GraphData): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const labels = new Map<string, string>();
  data.nodes.forEach((node, i) => {
    const parsed = Node.safeParse(node);
    if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ path: pathOf(`nodes[${i}]`, issue), message: issue.message });
    if (labels.has(node.id)) issues.push({ path: `nodes[${i}].id`, message: `duplicate node id ${node.id}` });
    labels.set(node.id, node.type);
  });
  const edgeIds = new Set<string>();
  data.relationships.forEach((rel, i) => {
    const at = `relationships[${i}]`;
    const parsed = Relationship.safeParse(rel);
    if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ path: pathOf(at, issue), message: issue.message });
    if (edgeIds.has(rel.id)) issues.push({ path: `${at}.id`, message: `duplicate relationship id ${rel.id}` });
    edgeIds.add(rel.id);
    const allowed = ENDPOINTS[rel.type];
    if (!allowed) return;
    const from = labels.get(rel.source);
    const to = labels.get(rel.target);
    if (!from) issues.push({ path: `${at}.source`, message: `${rel.type} source ${rel.source} is not a node` });
    else if (!allowed.from.includes(from as never)) issues.push({ path: `${at}.source`, message: `${rel.type} may not start at ${from}` });
    if (!to) issues.push({ path: `${at}.target`, message: `${rel.type} target ${rel.target} is not a node` });
    else if (!allowed.to.includes(to as never)) issues.push({ path: `${at}.target`, message: `${rel.type} may not end at ${to}` });
  });
  return issues;
}
