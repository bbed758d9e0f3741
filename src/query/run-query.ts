/** Runs a named query in a read transaction and returns its columns and plain rows. */
import type { Driver } from 'neo4j-driver';
import { mapDbError } from '../db/map-db-error';
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
  options: { database?: string; uri?: string } = {},
): Promise<QueryResult> {
  try {
    const result = await driver.executeQuery(query.cypher, params, { database: options.database, routing: 'READ' });
    return {
      columns: [...result.keys] as string[],
      rows: result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>),
    };
  } catch (error) {
    throw mapDbError(error, `query ${query.name}`, { uri: options.uri ?? 'the Neo4j server', database: options.database ?? 'default', user: '' }, 'E_QUERY');
  }
}
