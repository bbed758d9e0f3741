// The shortest path between two entities through typed relations and stances (never through a source), hop by hop.
// @param from string  name, alias or id of the first entity (any case)
// @param to string  name, alias or id of the second entity (any case)
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($from))
MATCH (b:Entity)
WHERE (b.id = $to OR toLower(b.name) = toLower($to)
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($to))) AND a <> b
MATCH p = shortestPath((a)-[:WORKS_FOR|LEADS|MEMBER_OF|BASED_IN|NATIONAL_OF|PART_OF|LOCATED_IN|INTERVIEWED|HOLDS|ABOUT*..10]-(b))
WITH p, [n IN nodes(p) | CASE WHEN n:Stance THEN n.polarity + ' stance "' + left(n.quote, 40) + CASE WHEN size(n.quote) > 40 THEN '…"' ELSE '"' END ELSE n.name END] AS names
RETURN length(p) AS hops,
  reduce(text = names[0], i IN range(0, length(p) - 1) |
    text + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
      THEN ' -[' + type(relationships(p)[i]) + ']-> '
      ELSE ' <-[' + type(relationships(p)[i]) + ']- ' END + names[i + 1]) AS path
ORDER BY hops, path
LIMIT 5
