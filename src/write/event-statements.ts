/**
 * The writer's Cypher for reported events: `(:ReportedEvent {id, code, name, trigger, quote, start,
 * end, confidence, source, date, actor, target, place})`, `(actor)-[:CARRIED_OUT]->(event)`,
 * `(event)-[:AGAINST]->(target)`, `(event)-[:LOCATED_IN]->(place)`, `(event)-[:STATED_IN]->(source)`.
 * The node keeps its participants' keys too, so "has it changed?" is one comparison of
 * properties: an unchanged event costs nothing, and one whose actor was re-keyed across documents
 * (its id is where it is stated, so it stays) has its edges replaced. Values travel as parameters
 * only; there is no label or type to choose, so nothing is built from input.
 */

const PROPERTIES = ['code', 'name', 'trigger', 'quote', 'start', 'end', 'confidence', 'source', 'date', 'actor', 'target', 'place'] as const;
const INTEGERS = new Set(['start', 'end']);
const value = (p: string) => (INTEGERS.has(p) ? `toInteger(row.${p})` : `row.${p}`);
/** Equal, two nulls counting as equal. */
const same = (p: string) => `coalesce(old.${p} = ${value(p)}, old.${p} IS NULL AND row.${p} IS NULL)`;

/**
 * Write events (first import, rewrite or a batch of new sources alike: every row names its
 * source). Only events that are new or differ from what is stored are touched.
 */
export const UPSERT_EVENTS = `
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
OPTIONAL MATCH (old:ReportedEvent {id: row.id})
WITH row, s, old
WHERE old IS NULL OR NOT (${PROPERTIES.map(same).join(' AND ')})
MERGE (ev:ReportedEvent {id: row.id})
SET ${PROPERTIES.map((p) => `ev.${p} = ${value(p)}`).join(', ')}
MERGE (ev)-[:STATED_IN]->(s)
WITH ev, row
OPTIONAL MATCH (ev)-[out:AGAINST|LOCATED_IN]->(:Entity)
OPTIONAL MATCH (:Entity)-[by:CARRIED_OUT]->(ev)
WITH ev, row, collect(DISTINCT out) + collect(DISTINCT by) AS stale
FOREACH (r IN stale | DELETE r)
WITH ev, row
OPTIONAL MATCH (a:Entity {id: row.actor})
OPTIONAL MATCH (t:Entity {id: row.target})
OPTIONAL MATCH (p:Entity {id: row.place})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (a)-[:CARRIED_OUT]->(ev))
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:AGAINST]->(t))
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (ev)-[:LOCATED_IN]->(p))`;

/** A source written again: the events it no longer states go. */
export const DELETE_STALE_EVENTS = `
MATCH (ev:ReportedEvent)-[:STATED_IN]->(:Source {id: $source})
WHERE NOT ev.id IN $ids
DETACH DELETE ev`;

/** Sources removed from the graph take their events with them. */
export const DELETE_SOURCE_EVENTS = `
MATCH (ev:ReportedEvent)-[:STATED_IN]->(s:Source)
WHERE s.id IN $ids
DETACH DELETE ev`;

/** Read back for `kg serve` and the round-trip test: every event of the graph, with its edges' ends. */
export const READ_EVENTS = `
MATCH (ev:ReportedEvent)-[:STATED_IN]->(src:Source)
WHERE $graph IS NULL OR src.graph = $graph
OPTIONAL MATCH (a:Entity)-[:CARRIED_OUT]->(ev)
OPTIONAL MATCH (ev)-[:AGAINST]->(t:Entity)
OPTIONAL MATCH (ev)-[:LOCATED_IN]->(p:Entity)
RETURN ev.id AS id, ev.code AS code, ev.name AS name, ev.trigger AS trigger, ev.quote AS quote, ev.start AS start, ev.end AS end,
       ev.confidence AS confidence, ev.date AS date, src.id AS source, a.id AS actor, t.id AS target, p.id AS place`;
