// name: role-holders-at
// description: Who held a role at an organization or in a country at a given time ("who was Iraq's prime minister
//   when this statement was made?"): the people whose role there a report gives as current, the reports dated at or
//   before that time first, latest first; then later reports, nearest first.
// param: name  A name or alias of the organization or place (case-insensitive), or a node id.
// param: role  Words of the role ("prime minister"); matched case-insensitively inside the role as printed.
// param: at    A date (YYYY, YYYY-MM or YYYY-MM-DD) or the id of a Statement, whose date is used.
OPTIONAL MATCH (statement:Statement {id: $at})
WITH CASE WHEN statement IS NOT NULL THEN statement.dateEnd
          WHEN size($at) = 4 THEN date($at + '-12-31')
          WHEN size($at) = 7 THEN date($at + '-01') + duration({months: 1}) - duration({days: 1})
          ELSE date($at) END AS moment
MATCH (organization)
WHERE (organization:Organization OR organization:Place)
  AND (organization.id = $name OR toLower(organization.name) = toLower($name)
       OR any(alias IN coalesce(organization.aliases, []) WHERE toLower(alias) = toLower($name)))
MATCH (person:Person)-[role:HOLDS_ROLE]->(organization)
WHERE coalesce(role.current, true) AND toLower(role.role) CONTAINS toLower($role) AND role.dateStart IS NOT NULL
WITH person, role, moment, role.dateStart <= moment AS before,
     abs(duration.inDays(role.dateStart, moment).days) AS distance
ORDER BY before DESC, distance
WITH person, collect(role)[0] AS nearest, collect(before)[0] AS before, min(distance) AS distance
RETURN person.name AS person,
       nearest.role AS role,
       nearest.asOf AS reported,
       before AS reportedBefore,
       nearest.sentence AS evidence
ORDER BY reportedBefore DESC, distance, person
