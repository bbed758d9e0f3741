// Entities ranked by mentions across sources or by degree (relations and stances they take part in).
// @param by string = mentions  rank by mentions or by degree
// @param limit integer = 20  how many entities to list
// @param kind string = any  only this kind (Person, Organisation, Country, Region, City, Group, Event); any for all
// @param source string = any  only count mentions in this source (its id); any for all sources
MATCH (e:Entity)-[m:MENTIONED_IN]->(s:Source)
WHERE ($kind = 'any' OR $kind IN labels(e)) AND ($source = 'any' OR s.id = $source)
WITH e, sum(m.count) AS mentions, count(DISTINCT s) AS sources
WITH e, mentions, sources,
  COUNT { (e)-[:WORKS_FOR|LEADS|MEMBER_OF|BASED_IN|NATIONAL_OF|PART_OF|LOCATED_IN|INTERVIEWED]-(:Entity) } AS relations,
  COUNT { (e)-[:HOLDS]->(:Stance) } AS holds,
  COUNT { (e)<-[:ABOUT]-(:Stance) } AS targetOf
WITH e, mentions, sources, relations + holds + targetOf AS degree, holds, targetOf
RETURN e.name AS entity, [label IN labels(e) WHERE label <> 'Entity'][0] AS kind, mentions, sources, degree, holds AS stancesHeld, targetOf AS stancesAbout
ORDER BY CASE $by WHEN 'degree' THEN degree ELSE mentions END DESC, CASE $by WHEN 'degree' THEN mentions ELSE degree END DESC, entity
LIMIT $limit
