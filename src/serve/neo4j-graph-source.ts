/**
 * Neo4j as the API's data: five read queries (entities, sources, stances, relations, mentions)
 * in one read transaction with a timeout, parameterised, assembled into graph.json data by
 * `assembleGraph`. The result is cached for a few seconds so a burst of page loads costs one read.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { RelationType } from '../../schema/enums';
import type { SerializedGraph } from '../../schema/graph-json';
import { connectionFromEnv, type ConnectionConfig } from '../db/connection-config';
import { mapDbError } from '../db/map-db-error';
import { openDriver } from '../db/open-driver';
import { isKgError } from '../errors/kg-error';
import type { GraphSource } from './graph-source';
import { assembleGraph, type GraphRows } from './neo4j-graph-rows';

export interface Neo4jSourceOptions {
  /** Per-transaction timeout in ms (default 30 s). */
  queryTimeoutMs?: number;
  /** How long a read graph is reused, in ms (default 5 s). */
  cacheMs?: number;
}

/*
 * `$graph` narrows the read to the sources one graph.json wrote (`Source.graph`, the graph file's
 * path) and what hangs off them; null reads everything.
 */
export const GRAPH_QUERIES = {
  entities: `MATCH (n:Entity) WHERE $graph IS NULL OR EXISTS { (n)-[:MENTIONED_IN]->(:Source {graph: $graph}) }
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata, n.description AS description`,
  sources: `MATCH (s:Source) WHERE $graph IS NULL OR s.graph = $graph
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.date AS date, s.url AS url, s.path AS path, s.sha256 AS sha256`,
  stances: `MATCH (h:Entity)-[:HOLDS]->(st:Stance)-[:ABOUT]->(t:Entity)
OPTIONAL MATCH (st)-[:STATED_IN]->(src:Source)
WITH h, st, t, src WHERE $graph IS NULL OR src.graph = $graph
RETURN st.id AS id, h.id AS holder, t.id AS target, src.id AS source, st.polarity AS polarity, st.code AS code,
       st.quote AS quote, st.start AS start, st.end AS end, st.confidence AS confidence`,
  relations: `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
  AND ($graph IS NULL OR EXISTS { MATCH (s:Source {id: r.source}) WHERE s.graph = $graph })
RETURN r.id AS id, r.via AS via, type(r) AS type, a.id AS from, b.id AS to, r.source AS source, r.start AS start, r.end AS end,
       r.quote AS quote, r.confidence AS confidence, r.role AS role`,
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
  queryTimeoutMs = 30_000,
  /** Only what this graph file wrote (its `Source.graph`); every source when absent. */
  graph: string | null = null,
): Promise<SerializedGraph> {
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  try {
    const rows = await session.executeRead(
      async (tx) => {
        const run = async <T>(query: string, params: Record<string, unknown> = {}) => (await tx.run(query, params)).records.map((r) => toRow<T>(r));
        return {
          entities: await run(GRAPH_QUERIES.entities, { graph }),
          sources: await run(GRAPH_QUERIES.sources, { graph }),
          stances: await run(GRAPH_QUERIES.stances, { graph }),
          relations: await run(GRAPH_QUERIES.relations, { types: [...RelationType.options], graph }),
          mentions: await run(GRAPH_QUERIES.mentions, { graph }),
        } as GraphRows;
      },
      { timeout: queryTimeoutMs },
    );
    return assembleGraph(rows);
  } catch (error) {
    if (isKgError(error)) throw error;
    throw mapDbError(error, 'serve', config);
  } finally {
    await session.close();
  }
}

/** Open a verified driver (E_DB_UNAVAILABLE / E_DB_AUTH if not) and serve the graph from it. */
export async function createNeo4jGraphSource(config: ConnectionConfig = connectionFromEnv(), options: Neo4jSourceOptions = {}): Promise<GraphSource> {
  const driver = await openDriver(config, { operation: 'serve' });
  const cacheMs = options.cacheMs ?? 5_000;
  let cached: { at: number; graph: Promise<SerializedGraph> } | null = null;
  return {
    description: `neo4j ${config.uri} (database ${config.database})`,
    loadGraph() {
      const now = Date.now();
      if (cached && now - cached.at < cacheMs) return cached.graph;
      const graph = readGraphFromNeo4j(driver, config, options.queryTimeoutMs);
      cached = { at: now, graph };
      graph.catch(() => {
        cached = null;
      });
      return graph;
    },
    close: () => driver.close(),
  };
}
