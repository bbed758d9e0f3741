/**
 * Constraints and indexes from schema/neo4j.ts, each in its own auto-commit transaction (Neo4j
 * does not mix schema and data changes in one transaction). All are `IF NOT EXISTS`, so running
 * them before every import is cheap and harmless.
 */
import type { Driver } from 'neo4j-driver';
import { NEO4J_CONSTRAINTS, NEO4J_INDEXES } from '../../schema/neo4j';
import { addCounters, emptyCounters, type WriteCounters } from './write-summary';

export async function ensureSchema(driver: Driver, database?: string): Promise<WriteCounters> {
  const counters = emptyCounters();
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of [...NEO4J_CONSTRAINTS, ...NEO4J_INDEXES]) {
      const result = await session.run(statement);
      addCounters(counters, result.summary.counters.updates());
    }
    // New indexes populate in the background; wait so the first import already uses them.
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  return counters;
}
