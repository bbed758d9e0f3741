/**
 * Neo4j as the API's data: six read queries (entities, sources, stances, relations, mentions, reported events)
 * in one read transaction with a timeout, parameterised, assembled into graph.json data by
 * `assembleGraph`. The result is cached for a few seconds so a burst of page loads costs one read.
 * Every read has a client-side deadline too (a frozen server ignores its own timeout), and once
 * a read found the server down, the next requests first ask the server, briefly, whether it is
 * back: with Neo4j down a request fails in about two seconds instead of half a minute.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { RelationType } from '../../schema/enums';
import type { SerializedGraph } from '../../schema/graph-json';
import { connectionFromEnv, type ConnectionConfig } from '../db/connection-config';
import { mapDbError } from '../db/map-db-error';
import { openDriver } from '../db/open-driver';
import { closeWithin, DB_TIMEOUTS, noAnswer, withDeadline } from '../db/timeouts';
import { isKgError, KgError } from '../errors/kg-error';
import type { GraphSource, SourceHealth } from './graph-source';
import { READ_EVENTS } from '../write/event-statements';
import { assembleGraph, type GraphRows } from './neo4j-graph-rows';

export interface Neo4jSourceOptions {
  /** Per-read timeout in ms, on the server and (a little later) on the client (default DB_TIMEOUTS.readMs). */
  queryTimeoutMs?: number;
  /** Deadline of the health check in ms (default DB_TIMEOUTS.healthMs). */
  healthTimeoutMs?: number;
  /** How long a read graph is reused, in ms (default 5 s). */
  cacheMs?: number;
}

/*
 * `$graph` narrows the read to the sources one graph.json wrote (`Source.graph`, the graph file's
 * path) and what hangs off them; null reads everything.
 */
export const GRAPH_QUERIES = {
  entities: `MATCH (n:Entity) WHERE $graph IS NULL OR EXISTS { (n)-[:MENTIONED_IN]->(:Source {graph: $graph}) }
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata, n.description AS description,
       n.reviewed AS reviewed, n.reviewedBy AS reviewedBy`,
  sources: `MATCH (s:Source) WHERE $graph IS NULL OR s.graph = $graph
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.date AS date, s.url AS url, s.path AS path, s.sha256 AS sha256`,
  stances: `MATCH (h:Entity)-[:HOLDS]->(st:Stance)-[:ABOUT]->(t:Entity)
OPTIONAL MATCH (st)-[:STATED_IN]->(src:Source)
WITH h, st, t, src WHERE $graph IS NULL OR src.graph = $graph
RETURN st.id AS id, h.id AS holder, t.id AS target, src.id AS source, st.polarity AS polarity, st.code AS code,
       st.quote AS quote, st.start AS start, st.end AS end, st.confidence AS confidence, st.reviewed AS reviewed, st.reviewedBy AS reviewedBy`,
  relations: `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
  AND ($graph IS NULL OR EXISTS { MATCH (s:Source {id: r.source}) WHERE s.graph = $graph })
RETURN r.id AS id, r.via AS via, type(r) AS type, a.id AS from, b.id AS to, r.source AS source, r.start AS start, r.end AS end,
       r.quote AS quote, r.confidence AS confidence, r.role AS role, r.reviewed AS reviewed, r.reviewedBy AS reviewedBy`,
  mentions: `MATCH (e:Entity)-[m:MENTIONED_IN]->(s:Source) WHERE $graph IS NULL OR s.graph = $graph
RETURN e.id AS entity, s.id AS source, coalesce(m.count, 1) AS count`,
} as const;

/** Neo4j integers and temporal values to plain JSON values. */
export function plainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object' && 'toString' in value && value.constructor?.name !== 'Object') return String(value);
  return value;
}

function toRow<T>(record: Neo4jRecord): T {
  const row: Record<string, unknown> = {};
  for (const key of record.keys) row[String(key)] = plainValue(record.get(key));
  return row as T;
}

/** Run the read queries with a driver the caller owns. */
export async function readGraphFromNeo4j(
  driver: Driver,
  config: Pick<ConnectionConfig, 'database' | 'uri' | 'user'>,
  queryTimeoutMs: number = DB_TIMEOUTS.readMs,
  /** Only what this graph file wrote (its `Source.graph`); every source when absent. */
  graph: string | null = null,
): Promise<SerializedGraph> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  let failed = true;
  try {
    const reading = session.executeRead(
      async (tx) => {
        const run = async <T>(query: string, params: Record<string, unknown> = {}) => (await tx.run(query, params)).records.map((r) => toRow<T>(r));
        return {
          entities: await run(GRAPH_QUERIES.entities, { graph }),
          sources: await run(GRAPH_QUERIES.sources, { graph }),
          stances: await run(GRAPH_QUERIES.stances, { graph }),
          relations: await run(GRAPH_QUERIES.relations, { types: [...RelationType.options], graph }),
          mentions: await run(GRAPH_QUERIES.mentions, { graph }),
          events: await run(READ_EVENTS, { graph }),
        } as GraphRows;
      },
      { timeout: queryTimeoutMs },
    );
    // The server's own timeout first; this one only for a server that does not answer at all.
    const rows = await withDeadline(reading, queryTimeoutMs + 2_000, () => noAnswer('serve', config.uri, 'the graph read', queryTimeoutMs + 2_000));
    failed = false;
    return assembleGraph(rows);
  } catch (error) {
    if (isKgError(error)) throw error;
    throw mapDbError(error, 'serve', config);
  } finally {
    const closing = closeWithin(session);
    if (!failed) await closing;
  }
}

/**
 * Whether the server answers now, within `timeoutMs`: a real round trip (`RETURN 1`), since
 * `verifyConnectivity` is content with a pooled connection whose server has gone.
 */
export async function checkNeo4jHealth(
  driver: Driver,
  config: Pick<ConnectionConfig, 'database' | 'uri' | 'user'>,
  timeoutMs: number = DB_TIMEOUTS.healthMs,
): Promise<SourceHealth> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    await withDeadline(session.run('RETURN 1 AS ok'), timeoutMs, () => noAnswer('serve', config.uri, 'the health check', timeoutMs));
    return { ok: true, detail: `Neo4j at ${config.uri} answers` };
  } catch (error) {
    return { ok: false, detail: mapDbError(error, 'serve', config).message };
  } finally {
    void closeWithin(session);
  }
}

/** Open a verified driver (E_DB_UNAVAILABLE / E_DB_AUTH if not) and serve the graph from it. */
export async function createNeo4jGraphSource(config: ConnectionConfig = connectionFromEnv(), options: Neo4jSourceOptions = {}): Promise<GraphSource> {
  const driver = await openDriver(config, { operation: 'serve' });
  const cacheMs = options.cacheMs ?? 5_000;
  const healthMs = options.healthTimeoutMs ?? DB_TIMEOUTS.healthMs;
  let cached: { at: number; graph: Promise<SerializedGraph> } | null = null;
  // Set when a read found the server down; cleared by the next read that gets through.
  let down = false;
  const health = () => checkNeo4jHealth(driver, config, healthMs);
  const read = async (): Promise<SerializedGraph> => {
    if (down) {
      const now = await health();
      if (!now.ok) throw new KgError('E_DB_UNAVAILABLE', 'serve', now.detail.replace(/^serve: /, ''));
    }
    try {
      const graph = await readGraphFromNeo4j(driver, config, options.queryTimeoutMs);
      down = false;
      return graph;
    } catch (error) {
      if (isKgError(error) && error.code === 'E_DB_UNAVAILABLE') down = true;
      throw error;
    }
  };
  return {
    description: `neo4j ${config.uri} (database ${config.database})`,
    loadGraph() {
      const now = Date.now();
      if (cached && now - cached.at < cacheMs) return cached.graph;
      const graph = read();
      cached = { at: now, graph };
      graph.catch(() => {
        cached = null;
      });
      return graph;
    },
    health,
    close: () => closeWithin(driver),
  };
}
