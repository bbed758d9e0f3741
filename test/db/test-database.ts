/**
 * How the integration suites share one real Neo4j (Community has a single user database):
 * every suite writes only ids under its own prefix and deletes exactly those before and after,
 * so suites can run side by side and a developer's own imported data is never touched.
 * No server is a failure, never a skip: openTestDriver throws E_DB_UNAVAILABLE.
 */
import type { Driver } from 'neo4j-driver';
import { connectionFromEnv, type ConnectionConfig } from '../../src/db/connection-config';
import { openDriver } from '../../src/db/open-driver';

export interface TestDatabase {
  driver: Driver;
  config: ConnectionConfig;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const config = connectionFromEnv();
  const driver = await openDriver(config, { operation: 'test' });
  return { driver, config };
}

/** Delete every node whose id starts with `prefix`, and the stances and reported events stated in such sources. */
export async function deleteNamespace(db: TestDatabase, prefix: string): Promise<void> {
  await db.driver.executeQuery(
    `MATCH (s:Source) WHERE s.id STARTS WITH $prefix
     OPTIONAL MATCH (st:Stance)-[:STATED_IN]->(s)
     DETACH DELETE st`,
    { prefix },
    { database: db.config.database },
  );
  await db.driver.executeQuery(`MATCH (ev:ReportedEvent)-[:STATED_IN]->(s:Source) WHERE s.id STARTS WITH $prefix DETACH DELETE ev`, { prefix }, { database: db.config.database });
  await db.driver.executeQuery(`MATCH (n) WHERE (n:Entity OR n:Stance OR n:Source) AND n.id STARTS WITH $prefix DETACH DELETE n`, { prefix }, { database: db.config.database });
}

/** Run a read query and return plain objects (Neo4j integers as numbers). */
export async function read(db: TestDatabase, query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await db.driver.executeQuery(query, params, { database: db.config.database, routing: 'READ' });
  return result.records.map((record) => plain(record.toObject()) as Record<string, unknown>);
}

function plain(value: unknown): unknown {
  if (value && typeof value === 'object') {
    if ('toNumber' in value && typeof (value as { toNumber: unknown }).toNumber === 'function' && 'low' in value) return (value as { toNumber(): number }).toNumber();
    if (Array.isArray(value)) return value.map(plain);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * The hooks every integration suite needs: open the database and clear the suite's namespace
 * before it, clear the namespace and close the driver after it. `opened` hands the database to
 * the suite's own variable.
 */
export function useTestNamespace(prefix: string, opened: (db: TestDatabase) => void): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await openTestDatabase();
    opened(db);
    await deleteNamespace(db, prefix);
  });
  afterAll(async () => {
    if (!db) return;
    await deleteNamespace(db, prefix);
    await db.driver.close();
  });
}
