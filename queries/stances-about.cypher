// Stances towards an entity: who holds them, polarity, CAMEO-style code, the verbatim quote and its source.
// @param target string  name, alias or id of the entity the stances are about (any case)
// @param polarity string = any  only support, oppose, neutral or mixed; any for all
// @param reviewed string = any  only stances an analyst confirmed (confirmed), corrected (corrected) or either (reviewed); any for all
MATCH (t:Entity)
WHERE t.id = $target OR toLower(t.name) = toLower($target)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($target))
MATCH (h:Entity)-[:HOLDS]->(st:Stance)-[:ABOUT]->(t)
WHERE ($polarity = 'any' OR st.polarity = $polarity)
  AND ($reviewed = 'any' OR st.reviewed = $reviewed OR ($reviewed = 'reviewed' AND st.reviewed IS NOT NULL))
MATCH (st)-[:STATED_IN]->(s:Source)
RETURN t.name AS target, h.name AS holder, st.polarity AS polarity, st.code AS code, st.quote AS quote, s.id AS source, st.start AS offset,
  st.reviewed AS reviewed, st.reviewedBy AS reviewedBy
ORDER BY target, holder, source, offset
