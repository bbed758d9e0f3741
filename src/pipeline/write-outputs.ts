/**
 * The end of an import or a forget: the store and its archive cache, then graph.json, then (when
 * asked) Neo4j, all of one graph. The store goes first because it is what later runs build from; Neo4j is
 * written with the graph file's path, so it ends up holding exactly what graph.json holds (sources
 * the graph no longer has are removed from it too).
 */
import { resolve } from 'node:path';
import type { NumberedDecision } from '../../schema/decisions';
import type { DocumentFacts } from '../build/graph-facts';
import { KgError } from '../errors/kg-error';
import type { StoreChange } from '../write/extraction-store';
import { type ArchiveState, type CacheReads, updateArchive, writeArchiveGraph } from './update-archive';

export interface OutputTarget {
  /** The graph file (`out/graph.json`); the store lives beside it. */
  out: string;
  /** Also write Neo4j. */
  neo4j: boolean;
  onNeo4jProgress?: (done: number, total: number, sourceId: string) => void;
}

/** The graph's id in Neo4j (`Source.graph`): the graph file's absolute path. */
export function graphIdFor(out: string): string {
  return resolve(out);
}

/**
 * Apply the store change, bring the archive cache up to date and write graph.json (see
 * `update-archive.ts`): work in proportion to the documents changed, plus assembling and writing
 * the file. `reads`: cache entries this run read already (`storedSources`). A file-system failure is one clear line, and graph.json is then not written.
 */
export function writeGraphFiles(target: OutputTarget, change: StoreChange, decisions: readonly NumberedDecision[] = [], reads?: CacheReads): ArchiveState {
  try {
    const state = updateArchive(target.out, change, decisions, reads);
    writeArchiveGraph(target.out, state.graph);
    return state;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || error instanceof KgError) throw error;
    throw new KgError('E_USAGE', 'import', `cannot write the graph to "${target.out}": ${(error as Error).message}; graph.json was not written`, { cause: error });
  }
}

/**
 * The row budget per Neo4j transaction for an import: KG_NEO4J_TRANSACTION_ROWS when set (0 puts
 * each document in its own transaction), otherwise IMPORT_TRANSACTION_ROWS.
 */
export function transactionRowsFromEnv(env: Readonly<Record<string, string | undefined>>, fallback: number): number {
  const raw = env.KG_NEO4J_TRANSACTION_ROWS;
  if (raw === undefined || raw.trim() === '') return fallback;
  const rows = Number(raw);
  if (!Number.isInteger(rows) || rows < 0)
    throw new KgError('E_USAGE', 'import', `KG_NEO4J_TRANSACTION_ROWS must be a whole number >= 0 (0: one document per transaction), got "${raw}"`);
  return rows;
}

/**
 * Make Neo4j hold the graph of these documents' facts; returns the summary line. `changed`: the
 * sources whose facts this run made again (`ArchiveState.changed`); the others are checked in one
 * statement and written only when the database does not hold them as they are.
 */
export async function writeGraphToNeo4j(target: OutputTarget, documents: readonly DocumentFacts[], changed?: readonly string[]): Promise<string> {
  // require, not import(): bin/kg.js loads TypeScript through tsx's CommonJS hook, which a
  // dynamic import() bypasses (ERR_MODULE_NOT_FOUND for the extension-less path).
  const { openDriver } = require('../db/open-driver') as typeof import('../db/open-driver');
  const { connectionFromEnv } = require('../db/connection-config') as typeof import('../db/connection-config');
  const { writeDocumentFacts, formatSummary, IMPORT_TRANSACTION_ROWS } = require('../write') as typeof import('../write');
  const config = connectionFromEnv();
  const { closeWithin } = require('../db/timeouts') as typeof import('../db/timeouts');
  const driver = await openDriver(config, { operation: 'import' });
  let failed = true;
  try {
    const summary = await writeDocumentFacts(driver, documents, {
      database: config.database,
      uri: config.uri,
      graph: graphIdFor(target.out),
      // A first load of many documents shares transactions across them within this row budget.
      transactionRows: transactionRowsFromEnv(process.env, IMPORT_TRANSACTION_ROWS),
      ...(target.onNeo4jProgress ? { onProgress: target.onNeo4jProgress } : {}),
      ...(changed ? { changed: new Set(changed) } : {}),
    });
    failed = false;
    return formatSummary(summary);
  } finally {
    // After a failure the error is reported at once; a frozen server's close cannot delay it.
    const closing = closeWithin(driver);
    if (!failed) await closing;
  }
}
