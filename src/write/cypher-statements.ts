/**
 * The writer's Cypher. Values always travel as parameters; the only things written into the text
 * are labels and relationship types, and only after the schema's enum has accepted them, so no
 * input text can ever become Cypher. Every SET is guarded by a "has it changed?" test, because
 * Neo4j counts a SET of an unchanged value as a property set and an unchanged re-import must
 * report zero.
 *
 * Labels and relationship types cannot be parameters, so there is one statement per entity kind
 * and per relation type. (One statement with a FOREACH branch per kind was tried: fewer
 * statements, but 2-4x the server time, and the writer pipelines its statements anyway.)
 */
import { EntityKind, RelationType } from '../../schema/enums';
import { KgError } from '../errors/kg-error';

/** A label or type the enum has accepted, checked again as a plain identifier. */
function identifier(schema: { safeParse(value: unknown): { success: boolean } }, what: string, value: string): string {
  if (!schema.safeParse(value).success || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    throw new KgError('E_DB_WRITE', 'neo4j write', `refusing to use "${value}" as a ${what}: not in the schema`);
  }
  return value;
}

/** `a` and `b` equal, counting two nulls as equal (plain `=` gives null for null). */
const same = (a: string, b: string) => `coalesce(${a} = ${b}, ${a} IS NULL AND ${b} IS NULL)`;
/** Run the body only when the condition holds. */
const when = (condition: string, body: string) => `FOREACH (_ IN CASE WHEN ${condition} THEN [1] ELSE [] END | ${body})`;

/**
 * Offsets and counts arrive as plain JavaScript numbers (which Bolt carries as floats) and become
 * integers here, so the client sends rows as they are instead of building a driver Integer
 * object for every value.
 */
const INTEGER_PROPERTIES = new Set(['start', 'end', 'count']);
const value = (from: string, p: string) => (INTEGER_PROPERTIES.has(p) ? `toInteger(${from}.${p})` : `${from}.${p}`);

const SOURCE_PROPERTIES = ['title', 'publisher', 'date', 'url', 'path', 'sha256', 'fingerprint', 'graph'] as const;
const setAll = (variable: string, from: string, properties: readonly string[]) => properties.map((p) => `${variable}.${p} = ${value(from, p)}`).join(', ');
const allSame = (variable: string, from: string, properties: readonly string[]) => properties.map((p) => same(`${variable}.${p}`, value(from, p))).join(' AND ');
const asMap = (from: string, properties: readonly string[]) => `{${properties.map((p) => `${p}: ${value(from, p)}`).join(', ')}}`;

/**
 * Upsert the source. Returns `existed`, which picks the first-import or the replace path, and
 * `previous`, the fingerprint of the rows last written from this source (equal: nothing to do).
 */
export const UPSERT_SOURCE = `
OPTIONAL MATCH (old:Source {id: $row.id})
WITH old IS NOT NULL AS existed, old.fingerprint AS previous
MERGE (s:Source {id: $row.id})
ON CREATE SET ${setAll('s', '$row', SOURCE_PROPERTIES)}
WITH s, existed, previous
${when(`NOT (${allSame('s', '$row', SOURCE_PROPERTIES)})`, `SET ${setAll('s', '$row', SOURCE_PROPERTIES)}`)}
RETURN existed, previous`;

/**
 * Entities of one kind, set to exactly what the graph has: its kind label (and no other kind's),
 * name, aliases, Wikidata id and description. Nothing is appended or kept from an earlier write,
 * so an alias an edit removed or a source took with it when forgotten is gone here too.
 */
export function upsertEntities(kind: EntityKind): string {
  const label = identifier(EntityKind, 'label', kind);
  const others = EntityKind.options.filter((k) => k !== kind).map((k) => identifier(EntityKind, 'label', k));
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:\`${label}\`, e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata, e.description = row.description, e.reviewed = row.reviewed, e.reviewedBy = row.reviewedBy
WITH e, row
${when(`NOT e:\`${label}\` OR ${others.map((k) => `e:\`${k}\``).join(' OR ')}`, `REMOVE e${others.map((k) => `:\`${k}\``).join('')} SET e:\`${label}\``)}
WITH e, row
WHERE NOT (${same('e.name', 'row.name')} AND coalesce(e.aliases, []) = row.aliases AND ${same('e.wikidata', 'row.wikidata')} AND ${same('e.description', 'row.description')}
  AND ${same('e.reviewed', 'row.reviewed')} AND ${same('e.reviewedBy', 'row.reviewedBy')})
SET e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata, e.description = row.description, e.reviewed = row.reviewed, e.reviewedBy = row.reviewedBy`;
}

const RELATION_PROPERTIES = ['id', 'via', 'source', 'start', 'end', 'quote', 'role', 'confidence', 'reviewed', 'reviewedBy'] as const;

/** Relations of one type, one relationship per piece of evidence; `create` for a source's first import. */
export function writeRelations(mode: 'create' | 'merge', type: RelationType): string {
  const relType = identifier(RelationType, 'relationship type', type);
  const write =
    mode === 'create'
      ? `CREATE (a)-[:\`${relType}\` ${asMap('row', RELATION_PROPERTIES)}]->(b)`
      : `MERGE (a)-[r:\`${relType}\` {id: row.id}]->(b)
ON CREATE SET ${setAll(
          'r',
          'row',
          RELATION_PROPERTIES.filter((p) => p !== 'id'),
        )}
WITH r, row
WHERE NOT (${same('r.role', 'row.role')} AND r.confidence = row.confidence AND ${same('r.via', 'row.via')} AND ${same('r.reviewed', 'row.reviewed')} AND ${same('r.reviewedBy', 'row.reviewedBy')})
SET r.role = row.role, r.confidence = row.confidence, r.via = row.via, r.reviewed = row.reviewed, r.reviewedBy = row.reviewedBy`;
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
${write}`;
}

const STANCE_PROPERTIES = ['polarity', 'code', 'quote', 'start', 'end', 'confidence', 'source'] as const;
/** Properties that may be null (no review): compared with `same`, since `=` with a null is never true. */
const STANCE_NULLABLE = ['reviewed', 'reviewedBy'] as const;

export const UPSERT_MENTIONS = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (e)-[m:MENTIONED_IN]->(s)
ON CREATE SET m.count = toInteger(row.count)
WITH m, row
WHERE m.count <> toInteger(row.count)
SET m.count = toInteger(row.count)`;

export const UPSERT_STANCES = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (h:Entity {id: row.holder})
MATCH (t:Entity {id: row.target})
MERGE (st:Stance {id: row.id})
ON CREATE SET ${setAll('st', 'row', [...STANCE_PROPERTIES, ...STANCE_NULLABLE])}
MERGE (h)-[:HOLDS]->(st)
MERGE (st)-[:ABOUT]->(t)
MERGE (st)-[:STATED_IN]->(s)
WITH st, row
WHERE NOT (${STANCE_PROPERTIES.map((p) => `st.${p} = ${value('row', p)}`).join(' AND ')} AND ${allSame('st', 'row', STANCE_NULLABLE)})
SET ${setAll('st', 'row', [...STANCE_PROPERTIES, ...STANCE_NULLABLE])}`;

/*
 * First import of a source: nothing of it can exist yet (its mentions, relation evidence and
 * stances all hang off the source, and the source node did not exist when this transaction
 * looked), so plain CREATE does the work without MERGE's lookups and locks.
 */
export const CREATE_MENTIONS = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
CREATE (e)-[:MENTIONED_IN {count: toInteger(row.count)}]->(s)`;

export const CREATE_STANCES = `
MATCH (s:Source {id: $source})
UNWIND $rows AS row
MATCH (h:Entity {id: row.holder})
MATCH (t:Entity {id: row.target})
CREATE (st:Stance ${asMap('row', ['id', ...STANCE_PROPERTIES, ...STANCE_NULLABLE])})
CREATE (h)-[:HOLDS]->(st), (st)-[:ABOUT]->(t), (st)-[:STATED_IN]->(s)`;

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

/*
 * Sources that left the graph (forgotten, or not in the store any more after --fresh): found by
 * the graph file they were written for, and removed with everything only they supported.
 */
export const FIND_SOURCES_NOT_IN_GRAPH = `
MATCH (s:Source {graph: $graph})
WHERE NOT s.id IN $keep
RETURN s.id AS id ORDER BY id`;

export const DELETE_SOURCE_STANCES = `
MATCH (st:Stance)-[:STATED_IN]->(s:Source)
WHERE s.id IN $ids
DETACH DELETE st`;

export const DELETE_SOURCE_RELATIONS = `
MATCH (s:Source)<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE s.id IN $ids AND r.source = s.id
WITH DISTINCT r
DELETE r`;

/** The sources' mentions, then every entity no source mentions any more, then the sources. */
export const DELETE_SOURCE_MENTIONS = `
MATCH (e:Entity)-[m:MENTIONED_IN]->(s:Source)
WHERE s.id IN $ids
DELETE m
WITH DISTINCT e
WHERE NOT (e)-[:MENTIONED_IN]->(:Source)
DETACH DELETE e`;

export const DELETE_SOURCES = `
MATCH (s:Source)
WHERE s.id IN $ids
DETACH DELETE s`;
