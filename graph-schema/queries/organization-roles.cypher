// name: organization-roles
// description: The people who hold a role at an organization (or in a country), with their roles and the articles saying so.
// param: name  A name or alias of the organization or place (case-insensitive), or a node id.
MATCH (organization)
WHERE (organization:Organization OR organization:Place)
  AND (organization.id = $name OR toLower(organization.name) = toLower($name)
       OR any(alias IN coalesce(organization.aliases, []) WHERE toLower(alias) = toLower($name)))
MATCH (person:Person)-[role:HOLDS_ROLE]->(organization)
RETURN organization.name AS organization,
       person.name AS person,
       collect(DISTINCT role.role) AS roles,
       count(DISTINCT role.articleId) AS articles
ORDER BY person
