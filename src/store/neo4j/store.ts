// The Neo4j GraphStore: one driver, constraints applied once, every load idempotent.
import type { Config } from '../../config/index.js';
import type { Logger } from '../../errors.js';
import { asGraphData } from '../graph-input.js';
import type { GraphStore, LoadOptions } from '../types.js';
import { connect, type ConnectOptions, type Connection } from './connect.js';
import { storeError } from './errors.js';
import { deleteProjectNodes, loadData } from './load.js';
import { readGraph, readNeighbourhood } from './read.js';
import { COUNT_PROJECT_NODES, COUNT_PROJECT_RELATIONSHIPS } from './statements.js';
import { toPlain } from './values.js';

export interface Neo4jStore extends GraphStore {
  readonly connection: Connection;
}

export async function openNeo4jStore(config: Pick<Config, 'neo4j'>, options: ConnectOptions & { logger?: Logger } = {}): Promise<Neo4jStore> {
  const connection = await connect(config, options);
  let constraintsDone = false;
  const count = async (query: string): Promise<number> => {
    const session = connection.driver.session({ database: connection.database, defaultAccessMode: 'READ' });
    try {
      return toPlain((await session.run(query)).records[0]!.get('count')) as number;
    } catch (error) {
      throw storeError(error, connection.uri, 'counting');
    } finally {
      await session.close();
    }
  };
  return {
    connection,
    async load(input, loadOptions: LoadOptions = {}) {
      const summary = await loadData(connection, asGraphData(input), { ...loadOptions, logger: options.logger, skipConstraints: constraintsDone });
      constraintsDone = true;
      return summary;
    },
    readGraph: () => readGraph(connection),
    readNeighbourhood: (id, depth) => readNeighbourhood(connection, id, depth),
    async counts() {
      return { nodes: await count(COUNT_PROJECT_NODES), relationships: await count(COUNT_PROJECT_RELATIONSHIPS) };
    },
    clear: () => deleteProjectNodes(connection),
    close: () => connection.driver.close(),
  };
}
