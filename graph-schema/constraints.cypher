// Neo4j constraints and indexes of the knowledge graph. Generated from graph-schema/constraints.ts
// by `npm run schema:constraints`; do not edit. Every statement is idempotent (IF NOT EXISTS):
//   cypher-shell -u neo4j -f graph-schema/constraints.cypher

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX said_article IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.articleId);
CREATE INDEX reported_in_article IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.articleId);
CREATE INDEX holds_role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId);
CREATE INDEX participated_in_article IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.articleId);
CREATE INDEX occurred_in_article IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() ON (r.articleId);
CREATE INDEX about_article IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.articleId);
