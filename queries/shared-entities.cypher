// Entities two sources share: mentioned in both, with how often each source mentions them.
// @param a string  id of the first source
// @param b string  id of the second source
MATCH (sa:Source {id: $a})
MATCH (sb:Source {id: $b})
MATCH (sa)<-[ma:MENTIONED_IN]-(e:Entity)-[mb:MENTIONED_IN]->(sb)
RETURN e.name AS entity, [label IN labels(e) WHERE label <> 'Entity'][0] AS kind, ma.count AS mentionsInA, mb.count AS mentionsInB
ORDER BY mentionsInA + mentionsInB DESC, entity
