// GraphML 1.0 that validates against the XSD and opens in networkx, igraph, Gephi, yEd, Cytoscape and graphology.
import type { KnowledgeGraph } from '../graph/index.js';
import { byId } from './canonical.js';
import { derivedEdgeProperties, derivedNodeProperties, encodeValue, inferKeys, propertyOf, type GraphMLKey } from './graphml-keys.js';
import { KgError } from '../errors.js';
import { escapeXmlAttribute, escapeXmlText, isNmtoken } from './xml.js';

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
  '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
].join('\n');

/** GraphML ids are NMTOKENs; the schema's ids always are, so another id means the graph was not built from it. */
function checkedId(kind: 'node' | 'edge', id: string): string {
  if (!isNmtoken(id)) {
    throw new KgError('export', 'GRAPHML_BAD_ID',
      `${kind} id ${JSON.stringify(id)} is not a valid GraphML id (an XML NMTOKEN); build ids with makeId/makeEdgeId from graph-schema`);
  }
  return id;
}

function keyLine(key: GraphMLKey): string {
  return `  <key id="${escapeXmlAttribute(key.id)}" for="${key.for}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.type}"/>`;
}

/** A key with the opening of its <data> element written once. */
interface DataKey { name: string; open: string }

function dataKeys(keys: readonly GraphMLKey[]): DataKey[] {
  return keys.map((key) => ({ name: key.name, open: `\n      <data key="${escapeXmlAttribute(key.id)}">` }));
}

function dataLines(keys: readonly DataKey[], attributes: Record<string, unknown>, derived: Record<string, unknown>): string {
  let out = '';
  for (const key of keys) {
    const value = propertyOf(attributes, derived, key.name);
    if (value === null || value === undefined) continue;
    out += `${key.open}${escapeXmlText(encodeValue(value))}</data>`;
  }
  return out;
}

/**
 * The document as a sequence of chunks (header and keys, then one per node and edge), for
 * writing a big graph to a stream; joined, the chunks are exactly `toGraphML(graph)`.
 * Nodes and edges come in id order and keys in a fixed order, so output depends only on content.
 */
export function* graphMLChunks(graph: KnowledgeGraph): Generator<string, void, undefined> {
  const keys = inferKeys(graph);
  const nodeKeys = dataKeys(keys.filter((key) => key.for === 'node'));
  const edgeKeys = dataKeys(keys.filter((key) => key.for === 'edge'));
  yield `${HEADER}\n${keys.map(keyLine).join('\n')}${keys.length ? '\n' : ''}  <graph id="G" edgedefault="directed">\n`;
  for (const id of graph.nodes().sort(byId)) {
    const attributes = graph.getNodeAttributes(id);
    yield `    <node id="${checkedId('node', id)}">${dataLines(nodeKeys, attributes, derivedNodeProperties(id, attributes))}\n    </node>\n`;
  }
  for (const id of graph.edges().sort(byId)) {
    const attributes = graph.getEdgeAttributes(id);
    const ends = `source="${checkedId('node', graph.source(id))}" target="${checkedId('node', graph.target(id))}"`;
    yield `    <edge id="${checkedId('edge', id)}" ${ends}>${dataLines(edgeKeys, attributes, derivedEdgeProperties(attributes))}\n    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** The whole graph as one GraphML string (UTF-8 when written), ending with a newline. */
export function toGraphML(graph: KnowledgeGraph): string {
  let out = '';
  for (const chunk of graphMLChunks(graph)) out += chunk;
  return out;
}
