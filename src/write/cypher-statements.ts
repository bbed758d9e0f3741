/**
 * The writer's Cypher. Values always travel as parameters; the only things spliced into the text
 * are a label or relationship type, and only after the schema's enum has accepted it, so no input
 * text can ever become Cypher. Every SET is guarded by a "has it changed?" test, because Neo4j
 * counts a SET of an unchanged value as a property set and re-imports must report zero.
 */
import { EntityKind, RelationType } from '../../schema/enums';
import { KgError } from '../errors/kg-error';

/** Backtick-quote an identifier that the given enum has accepted. */
function identifier<T extends string>(schema: { safeParse(value: unknown): { success: boolean } }, what: string, value: T): string {
  if (!schema.safeParse(value).success || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new KgError('E_DB_WRITE', 'neo4j write', `refusing to use "${value}" as a ${what}: not in the schema`);
  }
  return `\`${value}\``;
}

/** `a` and `b` equal, counting two nulls as equal (plain `=` gives null for null). */
const same = (a: string, b: string) => `coalesce(${a} = ${b}, ${a} IS NULL AND ${b} IS NULL)`;
/** Run the SET only when the condition holds: FOREACH over a one-element or empty list. */
const when = (condition: string, set: string) => `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | ${set})`;

const SOURCE_PROPERTIES = ['title', 'publisher', 'date', 'url', 'path', 'sha256'] as const;

export const UPSERT_SOURCE = `
MERGE (s:Source {id: $row.id})
ON CREATE SET ${SOURCE_PROPERTIES.map((p) => `s.${p} = $row.${p}`).join(', ')}
WITH s
WHERE NOT (${SOURCE_PROPERTIES.map((p) => same(`s.${p}`, `$row.${p}`)).join(' AND ')})
SET ${SOURCE_PROPERTIES.map((p) => `s.${p} = $row.${p}`).join(', ')}`;

/** Entities of one kind. The name and kind come from the first source; aliases and ids from later ones are added. */
export function upsertEntities(kind: EntityKind): string {
  const label = identifier(EntityKind, 'label', kind);
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}, e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata, e.description = row.description
WITH e, row, [a IN row.names WHERE a <> e.name AND NOT a IN coalesce(e.aliases, [])] AS added
${when('size(added) > 0', 'e.aliases = coalesce(e.aliases, []) + added')}
${when('e.wikidata IS NULL AND row.wikidata IS NOT NULL', 'e.wikidata = row.wikidata')}
${when('e.description IS NULL AND row.description IS NOT NULL', 'e.description = row.description')}`;
}

export const UPSERT_MENTIONS = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (e)-[m:MENTIONED_IN]->(s)
ON CREATE SET m.count = row.count
WITH m, row
WHERE m.count <> row.count
SET m.count = row.count`;

/** One relationship per piece of evidence, so replacing a source removes exactly its evidence. */
export function upsertRelations(type: RelationType): string {
  const relType = identifier(RelationType, 'relationship type', type);
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${relType} {id: row.id}]->(b)
ON CREATE SET r.source = row.source, r.start = row.start, r.end = row.end, r.quote = row.quote, r.role = row.role, r.confidence = row.confidence
WITH r, row
WHERE NOT (${same('r.role', 'row.role')} AND r.confidence = row.confidence)
SET r.role = row.role, r.confidence = row.confidence`;
}

const STANCE_PROPERTIES = ['polarity', 'code', 'quote', 'start', 'end', 'confidence', 'source'] as const;

export const UPSERT_STANCES = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (h:Entity {id: row.holder})
MATCH (t:Entity {id: row.target})
MERGE (st:Stance {id: row.id})
ON CREATE SET ${STANCE_PROPERTIES.map((p) => `st.${p} = row.${p}`).join(', ')}
MERGE (h)-[:HOLDS]->(st)
MERGE (st)-[:ABOUT]->(t)
MERGE (st)-[:STATED_IN]->(s)
WITH st, row
WHERE NOT (${STANCE_PROPERTIES.map((p) => `st.${p} = row.${p}`).join(' AND ')})
SET ${STANCE_PROPERTIES.map((p) => `st.${p} = row.${p}`).join(', ')}`;

/**
 * Clean-up when a source is written again: whatever it supported before and no longer does goes.
 * Relations are found through the entities the source mentioned, before those mentions go.
 */
export const DELETE_STALE_STANCES = `
MATCH (st:Stance)-[:STATED_IN]->(:Source {id: $source})
WHERE NOT st.id IN $ids
DETACH DELETE st`;

export const DELETE_STALE_RELATIONS = `
MATCH (:Source {id: $source})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE r.source = $source AND NOT r.id IN $ids
DELETE r`;

/** Drop the source's stale mentions, then every entity no source mentions any more. */
export const DELETE_STALE_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Source {id: $source})
WHERE NOT e.id IN $ids
DELETE m
WITH DISTINCT e
WHERE NOT (e)-[:MENTIONED_IN]->(:Source)
DETACH DELETE e`;
