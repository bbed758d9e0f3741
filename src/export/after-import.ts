/**
 * What a database loaded by neo4j-admin still needs before it is what `kg import --neo4j` makes:
 * the constraints and indexes of schema/neo4j.ts, and the entities without aliases given the
 * empty list the writer stores (a CSV field cannot hold an empty array: the import tool leaves
 * the property out). The export writes these as `after-import.cypher`; `kg db import` runs them.
 */
import type { Driver } from 'neo4j-driver';
import { NEO4J_CONSTRAINTS, NEO4J_INDEXES } from '../../schema/neo4j';

/** In batches of its own transactions, so a large archive never needs one huge transaction. */
export const EMPTY_ALIASES = 'MATCH (e:Entity) WHERE e.aliases IS NULL CALL (e) { SET e.aliases = [] } IN TRANSACTIONS OF 10000 ROWS';

export const AFTER_IMPORT_STATEMENTS: readonly string[] = [...NEO4J_CONSTRAINTS, ...NEO4J_INDEXES, EMPTY_ALIASES];

export function afterImportCypher(): string {
  return `${AFTER_IMPORT_STATEMENTS.map((s) => `${s};`).join('\n')}\n`;
}

/** Run them, each in its own auto-commit transaction (schema and data changes cannot share one). */
export async function finishAdminImport(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const statement of AFTER_IMPORT_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
