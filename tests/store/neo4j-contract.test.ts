// The same contract against a real Neo4j server (tests/helpers/neo4j.ts starts one unless NEO4J_URI is set).
import { jest } from '@jest/globals';
import { openNeo4jStore, type GraphStore } from '../../src/store/index.js';
import { useNeo4j, type TestNeo4j } from '../helpers/neo4j.js';
import { storeContract } from './contract.js';

jest.setTimeout(180_000);
let server: TestNeo4j;

storeContract('neo4j', async () => {
  server = await useNeo4j();
  return openNeo4jStore(server.config);
}, async (store: GraphStore) => {
  await store.clear();
  await store.close();
  await server.release();
});
