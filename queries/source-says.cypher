// Everything one source says: its stances and its typed relations, in the order they appear in the text.
// @param source string  id or title of the source (kg query sources lists them)
MATCH (s:Source)
WHERE s.id = $source OR toLower(s.title) = toLower($source)
CALL (s) {
  MATCH (h:Entity)-[:HOLDS]->(st:Stance)-[:STATED_IN]->(s)
  MATCH (st)-[:ABOUT]->(t:Entity)
  RETURN 'stance' AS kind, h.name AS subject, st.polarity + ' ' + st.code AS predicate, t.name AS object, st.quote AS quote, st.start AS offset
  UNION
  MATCH (s)<-[:MENTIONED_IN]-(a:Entity)-[r]->(b:Entity)
  // A fact from the gazetteer is not something the source says (it has no quote).
  WHERE r.source = s.id AND coalesce(r.via, 'text') = 'text'
  RETURN 'relation' AS kind, a.name AS subject, type(r) + coalesce(' (' + r.role + ')', '') AS predicate, b.name AS object, r.quote AS quote, r.start AS offset
}
RETURN kind, subject, predicate, object, quote, offset
ORDER BY offset, kind, subject, object
