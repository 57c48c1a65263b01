// Jest globalSetup: makes a directory where the first test file that needs Neo4j starts one shared server.
// Nothing is started here, so test runs that never touch Neo4j pay nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function neo4jGlobalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  process.env.KG_TEST_NEO4J_DIR = mkdtempSync(join(tmpdir(), 'kg-neo4j-tests-'));
}
