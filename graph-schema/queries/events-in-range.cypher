// name: events-in-range
// description: Events within a range, with their participants, places and how many articles report them. An event
//   counts when the days its date covers (dateStart to dateEnd: all of 2020 for "2020") overlap the range.
// param: from  First day of the range, YYYY-MM-DD (or YYYY, YYYY-MM: from its first day).
// param: to    Last day of the range, YYYY-MM-DD (or YYYY, YYYY-MM: to its last day).
WITH date(left($from + '-01-01', 10)) AS first,
     CASE size($to) WHEN 4 THEN date($to + '-12-31')
                    WHEN 7 THEN date($to + '-01') + duration({months: 1}) - duration({days: 1})
                    ELSE date($to) END AS last
MATCH (event:Event)
WHERE event.dateStart IS NOT NULL AND event.dateEnd >= first AND event.dateStart <= last
OPTIONAL MATCH (participant)-[taking:PARTICIPATED_IN]->(event)
WITH event, collect(DISTINCT participant.name + CASE WHEN taking.role IS NULL OR taking.role = 'participant' THEN '' ELSE ' (' + taking.role + ')' END) AS participants
OPTIONAL MATCH (event)-[:OCCURRED_IN]->(place:Place)
RETURN event.date AS date,
       event.name AS event,
       event.eventType AS type,
       coalesce(event.modality, 'occurred') AS modality,
       participants,
       collect(DISTINCT place.name) AS places,
       coalesce(event.reports, 1) AS reports
ORDER BY date, event
