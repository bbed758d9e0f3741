/**
 * How a load is cut into transactions: consecutive documents share one transaction while their
 * rows together stay within the row budget. A document is never split (its rows commit together
 * or not at all), so one larger than the budget gets a transaction of its own. Pure, so the cut
 * can be checked without a server.
 */
import { KgError } from '../errors/kg-error';

/**
 * Groups of consecutive indices, in order, each group's rows summing to at most `budget` (or a
 * single document over it). A budget of 1 or less gives one document per transaction.
 * @example transactionGroups([300, 300, 500, 2000, 10], 1000) // [[0, 1], [2], [3], [4]]
 */
export function transactionGroups(rowsPerDocument: readonly number[], budget: number): number[][] {
  if (!Number.isFinite(budget) || budget < 0) throw new KgError('E_USAGE', 'neo4j write', `the row budget per transaction must be a number >= 0, got ${budget}`);
  const groups: number[][] = [];
  let current: number[] = [];
  let rows = 0;
  for (const [index, count] of rowsPerDocument.entries()) {
    if (current.length > 0 && rows + count > budget) {
      groups.push(current);
      current = [];
      rows = 0;
    }
    current.push(index);
    rows += count;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Entity rows of several documents, each id once (every document carries the graph's same row for it). */
export function distinctById<T extends { id: string }>(rows: Iterable<T>): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(row.id)) seen.set(row.id, row);
  return [...seen.values()];
}

/** Group rows by a key, keeping the rows' order (they come sorted by id). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Consecutive slices of at most `size` rows (one statement's `$rows` each). */
export function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
