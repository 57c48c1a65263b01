// name: articles-mentioning
// description: The articles that mention an actor, newest first, with how often each mentions it.
// param: name  A name or alias of the actor (case-insensitive), or a node id.
MATCH (actor)
WHERE (actor:Person OR actor:Organization OR actor:Place OR actor:Event)
  AND (actor.id = $name OR toLower(actor.name) = toLower($name)
       OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($name)))
MATCH (article:Article)-[mention:MENTIONS]->(actor)
RETURN article.title AS article,
       article.date AS date,
       article.source AS source,
       mention.count AS mentions
ORDER BY toString(date) DESC, article
