// name: roles-at-statement
// description: What the speaker of a statement was at the time they said it: their roles as the reports at or
//   before the statement's date give them (current ones only; "former" roles are kept apart), latest first.
// param: statement  The id of a Statement.
MATCH (speaker)-[:SAID]->(statement:Statement {id: $statement})
OPTIONAL MATCH (speaker)-[role:HOLDS_ROLE]->(organization)
WHERE role.dateStart IS NULL OR statement.dateEnd IS NULL OR role.dateStart <= statement.dateEnd
WITH speaker, statement, role, organization
ORDER BY coalesce(role.current, true) DESC, role.dateStart DESC, organization.name, role.role
RETURN speaker.name AS speaker,
       statement.date AS said,
       role.role AS role,
       organization.name AS organization,
       coalesce(role.current, true) AS current,
       role.asOf AS reported
