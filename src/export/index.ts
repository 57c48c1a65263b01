// Exports of the graph as strings: GraphML, graphology JSON with Cytoscape elements. Writing files is the caller's job.
export { toGraphML, graphMLChunks } from './graphml.js';
export { toGraphJSON, toGraphJSONValue, toSerializedGraph, type GraphJSON, type GraphJSONOptions } from './json.js';
export { toCytoscapeElements, type CytoscapeElements, type CytoscapeNode, type CytoscapeEdge } from './cytoscape.js';
export { nodeLabel } from './label.js';
