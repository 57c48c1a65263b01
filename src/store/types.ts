// What every graph store offers: the contract the in-memory store and Neo4j both pass (tests/store/contract).
import type { GraphData } from '../../graph-schema/index.js';
import type { KnowledgeGraph } from '../graph/index.js';

export type LoadPhase = 'constraints' | 'clear' | 'nodes' | 'relationships';

export interface LoadProgress {
  phase: LoadPhase;
  /** Rows written so far in this phase. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Remove this project's nodes (and so their relationships) before loading. */
  replace?: boolean;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  /** Relationships whose endpoints were not in the store (invalid input); nothing was written for them. */
  relationshipsSkipped: number;
  /** Nodes removed by `replace`. */
  nodesDeleted: number;
  elapsedMs: number;
}

export interface StoreCounts {
  nodes: number;
  relationships: number;
}

export interface GraphStore {
  /** Merges the graph in: one node per id, one relationship per id; aliases are unioned. */
  load(graph: KnowledgeGraph | GraphData, options?: LoadOptions): Promise<LoadSummary>;
  /** Everything this project stored, as a graphology graph with plain values. */
  readGraph(): Promise<KnowledgeGraph>;
  /** The node with this id and everything within `depth` hops of it (either direction). */
  readNeighbourhood(id: string, depth?: number): Promise<KnowledgeGraph>;
  counts(): Promise<StoreCounts>;
  /** Removes this project's nodes and relationships, and nothing else. */
  clear(): Promise<number>;
  close(): Promise<void>;
}
