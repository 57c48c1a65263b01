// An in-memory store over graphology with the same merge rules as Neo4j: the reference for the contract suite.
import { assignGraphData, buildGraph, toGraphData, type KnowledgeGraph } from '../../graph/index.js';
import { asGraphData } from '../graph-input.js';
import type { GraphStore, LoadSummary } from '../types.js';
import { MultiDirectedGraph } from 'graphology';
import type { GraphData } from '../../../graph-schema/index.js';

function copy(graph: KnowledgeGraph): KnowledgeGraph {
  return buildGraph(toGraphData(graph));
}

export function createMemoryStore(): GraphStore {
  let graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  return {
    async load(input, options = {}) {
      const started = Date.now();
      const data = asGraphData(input);
      let nodesDeleted = 0;
      if (options.replace) {
        nodesDeleted = graph.order;
        graph = new MultiDirectedGraph({ allowSelfLoops: false });
      }
      const nodesCreated = data.nodes.filter((node) => !graph.hasNode(node.id)).length;
      const known = new Set(data.nodes.map((node) => node.id));
      const usable = data.relationships.filter((rel) => (graph.hasNode(rel.source) || known.has(rel.source)) && (graph.hasNode(rel.target) || known.has(rel.target)));
      const relationshipsCreated = usable.filter((rel) => !graph.hasEdge(rel.id)).length;
      assignGraphData(graph, { nodes: data.nodes, relationships: usable } satisfies GraphData);
      options.onProgress?.({ phase: 'nodes', done: data.nodes.length, total: data.nodes.length });
      options.onProgress?.({ phase: 'relationships', done: usable.length, total: data.relationships.length });
      const summary: LoadSummary = {
        nodesCreated,
        nodesUpdated: data.nodes.length - nodesCreated,
        relationshipsCreated,
        relationshipsUpdated: usable.length - relationshipsCreated,
        relationshipsSkipped: data.relationships.length - usable.length,
        nodesDeleted,
        elapsedMs: Date.now() - started,
      };
      return summary;
    },
    async readGraph() {
      return copy(graph);
    },
    async readNeighbourhood(id, depth = 1) {
      const keep = new Set<string>();
      if (graph.hasNode(id)) {
        let frontier = [id];
        keep.add(id);
        for (let hop = 0; hop < depth; hop++) {
          const next: string[] = [];
          for (const node of frontier) {
            graph.forEachNeighbor(node, (neighbour) => {
              if (!keep.has(neighbour)) { keep.add(neighbour); next.push(neighbour); }
            });
          }
          frontier = next;
        }
      }
      const data = toGraphData(graph);
      return buildGraph({
        nodes: data.nodes.filter((node) => keep.has(node.id)),
        relationships: data.relationships.filter((rel) => keep.has(rel.source) && keep.has(rel.target)),
      });
    },
    async counts() {
      return { nodes: graph.order, relationships: graph.size };
    },
    async clear() {
      const removed = graph.order;
      graph = new MultiDirectedGraph({ allowSelfLoops: false });
      return removed;
    },
    async close() {},
  };
}
