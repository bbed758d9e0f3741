/**
 * Runs a named query in a read transaction and returns its columns and plain rows. The server
 * stops the transaction after `timeoutMs`; a server that does not answer at all is given up a
 * little later on this side.
 */
import type { Driver } from 'neo4j-driver';
import { mapDbError } from '../db/map-db-error';
import { DB_TIMEOUTS, noAnswer, withDeadline } from '../db/timeouts';
import type { NamedQuery } from './query-file';
import { toPlain } from './to-plain';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

export async function runQuery(
  driver: Driver,
  query: NamedQuery,
  params: Record<string, unknown>,
  options: { database?: string; uri?: string; timeoutMs?: number } = {},
): Promise<QueryResult> {
  const timeoutMs = options.timeoutMs ?? DB_TIMEOUTS.queryMs;
  const clientMs = timeoutMs + 2_000;
  try {
    const running = driver.executeQuery(query.cypher, params, { database: options.database, routing: 'READ', transactionConfig: { timeout: timeoutMs } });
    const result = await withDeadline(running, clientMs, () => noAnswer(`query ${query.name}`, options.uri ?? 'the Neo4j server', 'the query', clientMs));
    return {
      columns: [...result.keys] as string[],
      rows: result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>),
    };
  } catch (error) {
    throw mapDbError(error, `query ${query.name}`, { uri: options.uri ?? 'the Neo4j server', database: options.database ?? 'default', user: '' }, 'E_QUERY');
  }
}
