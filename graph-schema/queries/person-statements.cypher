// name: person-statements
// description: Everything a person said, with the date and title of the article that reported it.
// param: name  A name or alias of the speaker (case-insensitive), or a node id.
MATCH (speaker)
WHERE (speaker:Person OR speaker:Organization OR speaker:Source)
  AND (speaker.id = $name OR toLower(speaker.name) = toLower($name)
       OR any(alias IN coalesce(speaker.aliases, []) WHERE toLower(alias) = toLower($name)))
MATCH (speaker)-[:SAID]->(statement:Statement)
OPTIONAL MATCH (statement)-[:REPORTED_IN]->(article:Article)
WITH speaker, statement, article
ORDER BY toString(article.date), article.title, statement.start
RETURN speaker.name AS speaker,
       statement.text AS statement,
       article.date AS date,
       article.title AS article
