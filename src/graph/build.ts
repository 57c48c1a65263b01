// Turns validated graph data into a graphology multigraph keyed by the schema's deterministic ids.
import { MultiDirectedGraph } from 'graphology';
import { compareById, type GraphData, type Node, type Relationship } from '../../graph-schema/index.js';

export type NodeAttributes = Omit<Node, 'id'>;
export type EdgeAttributes = Omit<Relationship, 'id' | 'source' | 'target'>;
export type KnowledgeGraph = MultiDirectedGraph<Record<string, unknown>, Record<string, unknown>>;

function mergeAliases(a: unknown, b: unknown): string[] | undefined {
  if (!Array.isArray(a) && !Array.isArray(b)) return undefined;
  return [...new Set([...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])])].sort();
}

function withSortedLists(attributes: Record<string, unknown>): Record<string, unknown> {
  const aliases = mergeAliases(attributes.aliases, undefined);
  if (aliases) attributes.aliases = aliases;
  const roles = mergeAliases(attributes.roles, undefined);
  if (roles) attributes.roles = roles;
  return attributes;
}

/** Adds or updates nodes and edges; a node seen twice keeps the union of its aliases and roles. */
export function assignGraphData(graph: KnowledgeGraph, data: GraphData): KnowledgeGraph {
  for (const { id, ...attributes } of data.nodes) {
    // Most nodes are new: add them without the merge below, aliases and roles still sorted and unique.
    if (!graph.hasNode(id)) { graph.addNode(id, withSortedLists(attributes)); continue; }
    graph.updateNode(id, (old) => {
      const merged: Record<string, unknown> = { ...old, ...attributes };
      const aliases = mergeAliases(old.aliases, (attributes as Record<string, unknown>).aliases);
      if (aliases) merged.aliases = aliases;
      const roles = mergeAliases(old.roles, (attributes as Record<string, unknown>).roles);
      if (roles) merged.roles = roles;
      return merged;
    });
  }
  for (const { id, source, target, ...attributes } of data.relationships) {
    if (graph.hasEdge(id)) graph.mergeEdgeAttributes(id, attributes);
    else graph.addDirectedEdgeWithKey(id, source, target, attributes);
  }
  return graph;
}

export function buildGraph(data: GraphData): KnowledgeGraph {
  return assignGraphData(new MultiDirectedGraph({ allowSelfLoops: false }), data);
}

/** The graph as plain schema records, nodes and relationships sorted by id (a stable order for exports). */
export function toGraphData(graph: KnowledgeGraph): GraphData {
  const nodes = graph.mapNodes((id, attributes) => ({ id, ...attributes }) as unknown as Node);
  const relationships = graph.mapEdges((id, attributes, source, target) => ({ id, source, target, ...attributes }) as unknown as Relationship);
  nodes.sort(compareById);
  relationships.sort(compareById);
  return { nodes, relationships };
}

/** A copy of the graph with nodes and edges inserted in id order, so every export is byte-identical. */
export function sortedGraph(graph: KnowledgeGraph): KnowledgeGraph {
  return buildGraph(toGraphData(graph));
}
