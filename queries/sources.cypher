// The sources in the graph: id, title, publisher and date, with how many entities and stances each one gives.
// @param limit integer = 100  how many sources to list
MATCH (s:Source)
RETURN s.id AS source, s.title AS title, s.publisher AS publisher, s.date AS date,
  COUNT { (s)<-[:MENTIONED_IN]-(:Entity) } AS entities,
  COUNT { (s)<-[:STATED_IN]-(:Stance) } AS stances
ORDER BY date DESC, source
LIMIT $limit
