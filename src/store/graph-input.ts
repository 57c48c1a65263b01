// Stores accept either a graphology graph or plain GraphData; both become GraphData here.
import type { GraphData } from '../../graph-schema/index.js';
import { toGraphData, type KnowledgeGraph } from '../graph/index.js';

export function asGraphData(input: KnowledgeGraph | GraphData): GraphData {
  if (Array.isArray((input as GraphData).nodes) && Array.isArray((input as GraphData).relationships)) return input as GraphData;
  return toGraphData(input as KnowledgeGraph);
}
