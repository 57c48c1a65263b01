// graph-schema/constraints.cypher is generated from graph-schema/constraints.ts, for users of cypher-shell.
import { constraintStatements } from '../../../graph-schema/index.js';

export const CONSTRAINTS_CYPHER_PATH = 'graph-schema/constraints.cypher';

export function renderConstraintsCypher(): string {
  const header = [
    '// Neo4j constraints and indexes of the knowledge graph. Generated from graph-schema/constraints.ts',
    '// by `npm run schema:constraints`; do not edit. Every statement is idempotent (IF NOT EXISTS):',
    '//   cypher-shell -u neo4j -f graph-schema/constraints.cypher',
  ];
  return `${[...header, '', ...constraintStatements().map((statement) => `${statement};`)].join('\n')}\n`;
}
