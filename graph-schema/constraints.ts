// Neo4j constraints and indexes, generated from the labels in the schema (see constraints.cypher).
import { NODE_LABELS } from './nodes.js';
import { REL_TYPES } from './relationships.js';

const NAMED_LABELS = ['Person', 'Organization', 'Place', 'Source', 'Event'] as const;

/** One statement per line; every one is idempotent (`IF NOT EXISTS`). */
export function constraintStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_LABELS) {
    out.push(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  for (const label of NAMED_LABELS) {
    out.push(`CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  out.push('CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)');
  out.push('CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)');
  out.push('CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId)');
  for (const type of REL_TYPES) {
    if (type === 'MENTIONS') continue;
    out.push(`CREATE INDEX ${type.toLowerCase()}_article IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.articleId)`);
  }
  return out;
}
