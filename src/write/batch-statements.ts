/**
 * The Cypher of a transaction that writes several documents at once (a first load): every row
 * names its own source, so one `UNWIND` carries rows of many documents. Relations and entities
 * use the per-document statements as they are (`cypher-statements.ts`): their rows already carry
 * everything they need. As there, values only ever travel as parameters.
 *
 * A source is created without its fingerprint and given it by the last statement of the
 * transaction (`MARK_SOURCES_WRITTEN`): the fingerprint is what tells a later run "this source's
 * rows are all in", so it is set only after they are.
 */

/** Which of these sources the database has, and the fingerprint of the rows last written from each. */
export const LOOK_UP_SOURCES = `
UNWIND $ids AS id
OPTIONAL MATCH (s:Source {id: id})
RETURN id, s IS NOT NULL AS existed, s.fingerprint AS fingerprint`;

/** Of these sources with fingerprints, those the database lacks or holds other rows of. */
export const SOURCES_NOT_HOLDING = `
UNWIND $rows AS row
OPTIONAL MATCH (s:Source {id: row.id})
WITH row, s
WHERE s IS NULL OR s.fingerprint IS NULL OR s.fingerprint <> row.fingerprint
RETURN row.id AS id`;

/** New sources (the look-up in the same transaction found none of them). */
export const CREATE_SOURCES = `
UNWIND $rows AS row
CREATE (:Source {id: row.id, title: row.title, publisher: row.publisher, date: row.date, url: row.url, path: row.path, sha256: row.sha256, graph: row.graph})`;

export const CREATE_MENTIONS_OF_SOURCES = `
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MATCH (e:Entity {id: row.entity})
CREATE (e)-[:MENTIONED_IN {count: toInteger(row.count)}]->(s)`;

export const CREATE_STANCES_OF_SOURCES = `
UNWIND $rows AS row
MATCH (s:Source {id: row.source})
MATCH (h:Entity {id: row.holder})
MATCH (t:Entity {id: row.target})
CREATE (st:Stance {id: row.id, polarity: row.polarity, code: row.code, quote: row.quote, start: toInteger(row.start), end: toInteger(row.end), confidence: row.confidence, source: row.source})
CREATE (h)-[:HOLDS]->(st), (st)-[:ABOUT]->(t), (st)-[:STATED_IN]->(s)`;

/** The last statement: these sources' rows are in. */
export const MARK_SOURCES_WRITTEN = `
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s.fingerprint = row.fingerprint`;

/** Entities the source mentions now and will not once its new rows are in. */
export const ENTITIES_LEAVING_SOURCE = `
MATCH (e:Entity)-[:MENTIONED_IN]->(:Source {id: $source})
WHERE NOT e.id IN $ids
RETURN e.id AS id`;

/** Entities these sources mention. */
export const ENTITIES_OF_SOURCES = `
MATCH (e:Entity)-[:MENTIONED_IN]->(s:Source)
WHERE s.id IN $ids
RETURN DISTINCT e.id AS id`;
