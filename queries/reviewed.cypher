// What an analyst reviewed: every confirmed or corrected stance, entity and relation, with who decided (rejected items are gone from the graph).
// @param status string = any  only confirmed or corrected; any for both
// @param limit integer = 200  how many items to list
CALL {
  MATCH (h:Entity)-[:HOLDS]->(st:Stance)-[:ABOUT]->(t:Entity)
  WHERE st.reviewed IS NOT NULL
  RETURN 'stance' AS item, h.name + ' -> ' + t.name + ': ' + st.polarity + ' ' + st.code AS what, st.quote AS quote, st.reviewed AS reviewed, st.reviewedBy AS reviewedBy
  UNION ALL
  MATCH (e:Entity)
  WHERE e.reviewed IS NOT NULL
  RETURN 'entity' AS item, e.name + ' (' + [label IN labels(e) WHERE label <> 'Entity'][0] + ')' AS what, null AS quote, e.reviewed AS reviewed, e.reviewedBy AS reviewedBy
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.reviewed IS NOT NULL
  RETURN DISTINCT 'relation' AS item, a.name + ' ' + type(r) + ' ' + b.name AS what, null AS quote, r.reviewed AS reviewed, r.reviewedBy AS reviewedBy
}
WITH item, what, quote, reviewed, reviewedBy
WHERE $status = 'any' OR reviewed = $status
RETURN item, what, reviewed, reviewedBy, quote
ORDER BY item, what
LIMIT $limit
