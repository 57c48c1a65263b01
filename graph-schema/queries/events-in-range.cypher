// name: events-in-range
// description: Events dated within a range, with their participants and places. Partial dates (2020, 2020-01) count
//   when they overlap the range.
// param: from  First day of the range, YYYY-MM-DD (or YYYY, YYYY-MM).
// param: to    Last day of the range, YYYY-MM-DD (or YYYY, YYYY-MM).
MATCH (event:Event)
WHERE event.date IS NOT NULL
WITH event, toString(event.date) AS day
WHERE day >= left($from, size(day)) AND left(day, size($to)) <= $to
OPTIONAL MATCH (participant)-[taking:PARTICIPATED_IN]->(event)
WITH event, day, collect(DISTINCT participant.name + CASE WHEN taking.role IS NULL OR taking.role = 'participant' THEN '' ELSE ' (' + taking.role + ')' END) AS participants
OPTIONAL MATCH (event)-[:OCCURRED_IN]->(place:Place)
RETURN day AS date,
       event.name AS event,
       event.eventType AS type,
       participants,
       collect(DISTINCT place.name) AS places
ORDER BY date, event
