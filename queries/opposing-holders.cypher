// Holders with opposite stances on the same target: one supports it, the other opposes it, each with their quote.
// @param target string = any  name, alias or id of the target (any case); any for every target
MATCH (t:Entity)
WHERE $target = 'any' OR t.id = $target OR toLower(t.name) = toLower($target)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($target))
MATCH (a:Entity)-[:HOLDS]->(pro:Stance {polarity: 'support'})-[:ABOUT]->(t)
MATCH (b:Entity)-[:HOLDS]->(contra:Stance {polarity: 'oppose'})-[:ABOUT]->(t)
WHERE a <> b
// The same statement imported from two copies of a text is one pair, not two.
RETURN DISTINCT t.name AS target, a.name AS supporter, pro.quote AS supporterQuote, b.name AS opponent, contra.quote AS opponentQuote
ORDER BY target, supporter, opponent
