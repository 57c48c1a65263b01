// Faster equivalents of two Cytoscape internals that dominate creating a large graph; version-pinned.
import cytoscape from 'cytoscape';

interface Private {
  styleCache: unknown;
  group: string;
  appliedInitStyle?: boolean;
  edges?: Array<{ _private: Private }>;
  bbCache: unknown; bbCachePosKey: unknown; bodyBounds: unknown; overlayBounds: unknown;
  labelBounds: Record<string, unknown>;
  arrowBounds: Record<string, unknown>;
}
type Eles = ArrayLike<{ _private: Private }> & { cy(): { hasCompoundNodes(): boolean } };
interface Proto {
  dirtyStyleCache(this: Eles): unknown;
  dirtyBoundingBoxCache(this: Eles): unknown;
}

/** The internals below were read from this release line; any other version keeps Cytoscape's own code. */
const PATCHED_VERSIONS = /^3\.34\./;
const LABEL_BOUNDS = ['all', 'source', 'target', 'main', 'sourceRot', 'targetRot', 'mainRot'];
const ARROW_BOUNDS = ['source', 'target', 'mid-source', 'mid-target'];

let done = false;

/**
 * When a graph is created Cytoscape applies some 150 style properties to each element, and for every one
 * (1) forgets the element's cached style and builds a throwaway collection of its connected edges to forget
 * theirs, and (2) forgets its cached bounds and emits a `bounds` event: for 20,000 elements, three million
 * collections and events, half of the time to first render. Here (1) walks the node's own edge list, which
 * is the same set of edges without compound nodes, and (2) skips the event for an element still receiving
 * its first style, which nothing can have drawn or be listening to yet. Everything else is unchanged.
 */
export function assignFastCytoscapeInternals(): boolean {
  if (done) return true;
  if (!PATCHED_VERSIONS.test(String((cytoscape as unknown as { version?: string }).version))) return false;
  const proto = Object.getPrototypeOf(cytoscape({ headless: true, styleEnabled: false }).collection()) as Proto;
  const dirtyStyle = proto.dirtyStyleCache;
  const dirtyBounds = proto.dirtyBoundingBoxCache;
  if (typeof dirtyStyle !== 'function' || typeof dirtyBounds !== 'function') return false;
  proto.dirtyStyleCache = function dirtyStyleCache() {
    if (this.cy().hasCompoundNodes()) return dirtyStyle.call(this);
    for (let i = 0; i < this.length; i += 1) {
      const p = this[i]!._private;
      p.styleCache = null;
      if (p.group === 'nodes' && p.edges) for (const edge of p.edges) edge._private.styleCache = null;
    }
    return this;
  };
  proto.dirtyBoundingBoxCache = function dirtyBoundingBoxCache() {
    if (this.length !== 1 || this[0]!._private.appliedInitStyle) return dirtyBounds.call(this);
    const p = this[0]!._private;
    p.bbCache = null; p.bbCachePosKey = null; p.bodyBounds = null; p.overlayBounds = null;
    for (const key of LABEL_BOUNDS) p.labelBounds[key] = null;
    for (const key of ARROW_BOUNDS) p.arrowBounds[key] = null;
    return this;
  };
  done = true;
  return true;
}
