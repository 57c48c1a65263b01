// One LoadedGraph from a graphology graph, whatever it was read from: positions, viewer elements, search, projections.
import type { KnowledgeGraph } from '../graph/build.js';
import { articleSummaries } from './details.js';
import { viewerElements } from './elements.js';
import { cachedLayoutIn } from './layout-cache.js';
import { undirectedProjection } from './path.js';
import { buildSearchIndex } from './search.js';
import type { LoadedGraph } from './types.js';

export interface SnapshotInput {
  graph: KnowledgeGraph;
  /** The build's Cytoscape elements when the source has them (graph.json); derived from the graph otherwise. */
  elements?: unknown;
  origin: string;
  /** Where positions are cached under the layout key. */
  layoutCacheFile: string;
}

export function loadedGraph(input: SnapshotInput): LoadedGraph {
  const { graph } = input;
  const started = performance.now();
  const { positions, cached } = cachedLayoutIn(input.layoutCacheFile, graph);
  const layoutMs = performance.now() - started;
  return {
    origin: input.origin,
    graph,
    positions,
    elements: viewerElements(graph, input.elements, positions),
    articles: articleSummaries(graph),
    search: buildSearchIndex(graph),
    undirected: {
      all: undirectedProjection(graph, () => true),
      withoutArticles: undirectedProjection(graph, (_id, attributes) => attributes.type !== 'Article'),
    },
    layoutMs,
    layoutCached: cached,
  };
}
