import { readFileSync } from 'node:fs';
import { CONSTRAINTS_CYPHER_PATH, renderConstraintsCypher } from '../../src/store/neo4j/constraints-file.js';

test('graph-schema/constraints.cypher is up to date with graph-schema/constraints.ts (run `npm run schema:constraints`)', () => {
  expect(readFileSync(CONSTRAINTS_CYPHER_PATH, 'utf8')).toBe(renderConstraintsCypher());
});

test('every statement is idempotent and ends with a semicolon', () => {
  const statements = renderConstraintsCypher().split('\n').filter((line) => line && !line.startsWith('//'));
  expect(statements.length).toBeGreaterThan(7);
  for (const statement of statements) expect(statement).toMatch(/^CREATE (CONSTRAINT|INDEX) \w+ IF NOT EXISTS .*;$/);
});
