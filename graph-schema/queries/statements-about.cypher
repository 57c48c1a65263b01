// name: statements-about
// description: Who said what about an entity (person, organization, place or event).
// param: name  A name or alias of the entity the statements are about (case-insensitive), or a node id.
MATCH (subject)
WHERE (subject:Person OR subject:Organization OR subject:Place OR subject:Event)
  AND (subject.id = $name OR toLower(subject.name) = toLower($name)
       OR any(alias IN coalesce(subject.aliases, []) WHERE toLower(alias) = toLower($name)))
MATCH (speaker)-[:SAID]->(statement:Statement)-[:ABOUT]->(subject)
OPTIONAL MATCH (statement)-[:REPORTED_IN]->(article:Article)
WITH subject, speaker, statement, article
ORDER BY toString(article.date), speaker.name, statement.start
RETURN subject.name AS about,
       speaker.name AS speaker,
       statement.text AS statement,
       article.date AS date,
       article.title AS article
