// Reads stored nodes and relationships back into graphology with plain values (numbers, ISO date strings).
import { MultiDirectedGraph } from 'graphology';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { ArticleNode, EventNode, OrganizationNode, PersonNode, PlaceNode, SourceNode, StatementNode } from '../../../graph-schema/index.js';
import type { KnowledgeGraph } from '../../graph/index.js';
import type { Connection } from './connect.js';
import { storeError } from './errors.js';
import { isNodeLabel, neighbourhoodIdsStatement, READ_NODES, READ_NODES_BY_ID, READ_RELATIONSHIPS, READ_RELATIONSHIPS_BETWEEN } from './statements.js';
import { toPlain, toPlainRecord } from './values.js';

const SHAPES = { Article: ArticleNode, Person: PersonNode, Organization: OrganizationNode, Place: PlaceNode, Source: SourceNode, Event: EventNode, Statement: StatementNode };
/** List properties whose order Neo4j's union does not keep sorted; graphology keeps them sorted. */
const SORTED_LISTS = ['aliases', 'roles'];

/** Neo4j drops null properties; the schema's nullable ones come back as null so a round trip is exact. */
function nodeAttributes(labels: string[], props: Record<string, unknown>): Record<string, unknown> {
  const type = labels.find(isNodeLabel)!;
  const { id: _id, ...rest } = toPlainRecord(props);
  const attributes: Record<string, unknown> = { type, ...rest };
  for (const [key, schema] of Object.entries(SHAPES[type].shape)) {
    if (!(key in attributes) && (schema as { safeParse(v: unknown): { success: boolean } }).safeParse(null).success) attributes[key] = null;
  }
  for (const key of SORTED_LISTS) if (Array.isArray(attributes[key])) attributes[key] = [...(attributes[key] as string[])].sort();
  return attributes;
}

function assignRecords(graph: KnowledgeGraph, nodes: Neo4jRecord[], relationships: Neo4jRecord[]): KnowledgeGraph {
  for (const record of nodes) {
    graph.mergeNode(record.get('id') as string, nodeAttributes(record.get('labels') as string[], record.get('props') as Record<string, unknown>));
  }
  for (const record of relationships) {
    const { id: _id, ...props } = toPlainRecord(record.get('props') as Record<string, unknown>);
    graph.addDirectedEdgeWithKey(record.get('id') as string, record.get('source') as string, record.get('target') as string, { type: record.get('type') as string, ...props });
  }
  return graph;
}

async function readQuery(connection: Connection, query: string, params: Record<string, unknown>) {
  const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => tx.run(query, params))).records;
  } finally {
    await session.close();
  }
}

export async function readGraph(connection: Connection): Promise<KnowledgeGraph> {
  try {
    const nodes = await readQuery(connection, READ_NODES, {});
    const relationships = await readQuery(connection, READ_RELATIONSHIPS, {});
    return assignRecords(new MultiDirectedGraph({ allowSelfLoops: false }), nodes, relationships);
  } catch (error) {
    throw storeError(error, connection.uri, 'reading the graph');
  }
}

export async function readNeighbourhood(connection: Connection, id: string, depth = 1): Promise<KnowledgeGraph> {
  try {
    const found = await readQuery(connection, neighbourhoodIdsStatement(depth), { id });
    const ids = found.length > 0 ? (toPlain(found[0]!.get('ids')) as string[]) : [];
    const nodes = await readQuery(connection, READ_NODES_BY_ID, { ids });
    const relationships = await readQuery(connection, READ_RELATIONSHIPS_BETWEEN, { ids });
    return assignRecords(new MultiDirectedGraph({ allowSelfLoops: false }), nodes, relationships);
  } catch (error) {
    throw storeError(error, connection.uri, `reading the neighbourhood of ${id}`);
  }
}
