// Values the server keeps per graph snapshot (from graph.json or Neo4j) and the shapes its API answers with.
import type MiniSearch from 'minisearch';
import type { UndirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../graph/build.js';
import type { Positions } from '../graph/layout.js';

export type ElementData = Record<string, unknown> & { id: string; type: string; label: string };

export interface CyNode {
  data: ElementData;
  position?: { x: number; y: number };
}
export interface CyEdge {
  data: ElementData & { source: string; target: string };
}
export interface Elements {
  nodes: CyNode[];
  edges: CyEdge[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  date: string | null;
  url: string | null;
}

export interface SearchDoc {
  id: number;
  nodeId: string;
  text: string;
}

export interface LoadedGraph {
  /** Where the graph came from: the graph.json path, or `Neo4j at <uri>` (never credentials). */
  origin: string;
  graph: KnowledgeGraph;
  /** Cytoscape elements with precomputed positions and the fields the viewer filters on. */
  elements: Elements;
  positions: Positions;
  articles: Map<string, ArticleSummary>;
  search: MiniSearch<SearchDoc>;
  /** Undirected projections for path finding: with every node, and without Article hubs. */
  undirected: { all: UndirectedGraph; withoutArticles: UndirectedGraph };
  layoutMs: number;
  /** Positions were read from the layout cache file instead of computed. */
  layoutCached: boolean;
}
