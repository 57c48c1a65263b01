// name: co-mentioned
// description: The people and organizations most often mentioned in the same articles as an actor.
// param: name   A name or alias of the actor (case-insensitive), or a node id.
// param: limit  How many to return.
// default: limit=10
MATCH (actor)
WHERE (actor:Person OR actor:Organization OR actor:Place OR actor:Event)
  AND (actor.id = $name OR toLower(actor.name) = toLower($name)
       OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($name)))
MATCH (article:Article)-[:MENTIONS]->(actor)
MATCH (article)-[:MENTIONS]->(other)
WHERE other <> actor AND (other:Person OR other:Organization)
RETURN other.name AS actor,
       [label IN labels(other) WHERE label IN ['Person', 'Organization']][0] AS type,
       count(DISTINCT article) AS articles
ORDER BY articles DESC, actor
LIMIT toInteger($limit)
