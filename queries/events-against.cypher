// Reported events (arrests, attacks, raids) done to an entity: the CAMEO code and name, who did it (when the text names them), where, when, the clause and its source.
// @param target string  name, alias or id of the entity the events were done to (any case)
// @param code string = any  only events whose CAMEO code starts with this ("173" arrests, "18" assaults); any for all
MATCH (t:Entity)
WHERE t.id = $target OR toLower(t.name) = toLower($target)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($target))
MATCH (ev:ReportedEvent)-[:AGAINST]->(t)
WHERE $code = 'any' OR ev.code STARTS WITH $code
MATCH (ev)-[:STATED_IN]->(s:Source)
OPTIONAL MATCH (a:Entity)-[:CARRIED_OUT]->(ev)
OPTIONAL MATCH (ev)-[:LOCATED_IN]->(p:Entity)
RETURN t.name AS target, ev.code AS code, ev.name AS event, a.name AS actor, p.name AS place, ev.date AS date, ev.quote AS quote, s.id AS source, ev.start AS offset
ORDER BY target, source, offset
