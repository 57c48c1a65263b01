// name: shortest-path
// description: The shortest chain of relationships (at most 8 hops, either direction) joining two actors.
// param: from  A name or alias of the first actor (case-insensitive), or a node id.
// param: to    A name or alias of the second actor (case-insensitive), or a node id.
MATCH (a)
WHERE (a:Person OR a:Organization OR a:Place OR a:Source OR a:Event)
  AND (a.id = $from OR toLower(a.name) = toLower($from)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($from)))
MATCH (b)
WHERE (b:Person OR b:Organization OR b:Place OR b:Source OR b:Event)
  AND (b.id = $to OR toLower(b.name) = toLower($to)
       OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($to)))
  AND a <> b
MATCH path = shortestPath((a)-[*..8]-(b))
RETURN length(path) AS hops,
       [node IN nodes(path) | coalesce(node.name, node.title, node.text)] AS nodes,
       [rel IN relationships(path) | type(rel)] AS relationships
ORDER BY hops
LIMIT 1
