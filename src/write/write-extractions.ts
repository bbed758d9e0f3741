/**
 * The Neo4j writer: every document's extraction in its own write transaction, so a failure never
 * leaves part of a document behind, and a rerun after a crash simply completes the rest.
 * Statements are batched `UNWIND $rows AS row MERGE ...`, one per entity kind and relation type,
 * and a document's statements are pipelined (sent before the previous result is read). A source
 * seen for the first time is written with CREATE, since nothing of it can exist yet; a source
 * written again replaces what only it supported (stale stances, relation evidence, mentions,
 * and entities no other source mentions), and an unchanged one changes nothing at all: its rows'
 * fingerprint, kept on the Source node, matches and the document costs a single statement.
 *
 * Entities are written as the whole graph has them (`mergeFacts` over every extraction given),
 * the same projection graph.json is built from. With `graph` (the graph file's path, kept on each
 * Source node) the write makes Neo4j hold exactly that graph: sources written for that file that
 * are no longer in it go first, with what only they supported, and at the end every entity is set
 * to the graph's name, kind and aliases, also those no rewritten document touched.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { DocumentExtraction } from '../../schema/records';
import { KgError } from '../errors/kg-error';
import { isUnavailable, mapDbError } from '../db/map-db-error';
import { closeWithin, DB_TIMEOUTS, noAnswer, startWatchdog, stoppedAnswering, withDeadline } from '../db/timeouts';
import { documentFacts, mergeFacts, type DocumentFacts, type EntityFact } from '../build/graph-facts';
import {
  CREATE_MENTIONS,
  DELETE_SOURCE_MENTIONS,
  DELETE_SOURCE_RELATIONS,
  DELETE_SOURCE_STANCES,
  DELETE_SOURCES,
  FIND_SOURCES_NOT_IN_GRAPH,
  CREATE_STANCES,
  DELETE_STALE_MENTIONS,
  DELETE_STALE_RELATIONS,
  DELETE_STALE_STANCES,
  UPSERT_MENTIONS,
  UPSERT_SOURCE,
  UPSERT_STANCES,
  upsertEntities,
  writeRelations,
} from './cypher-statements';
import { countRows, entityRow, rowsFromFacts, type DocumentRows, type EntityRow } from './document-rows';
import { ensureSchema } from './ensure-schema';
import { addCounters, changedAnything, emptyCounters, emptySummary, type WriteCounters, type WriteSummary } from './write-summary';

export interface WriteOptions {
  /** Database name (default: the server's default database). */
  database?: string;
  /** Rows per UNWIND statement (default 1000). 1 gives one statement per row. */
  batchSize?: number;
  /** Called after each document's transaction has committed. */
  onProgress?: (done: number, total: number, sourceId: string) => void;
  /**
   * Called inside a document's transaction after each statement; throwing aborts that document's
   * transaction (nothing of it is kept). For fine-grained progress and for fault tests.
   */
  onStatement?: (sourceId: string, statement: number) => void | Promise<void>;
  /** Run the schema's constraints and indexes first (default true). */
  ensureSchema?: boolean;
  /**
   * Write a document even when the database already holds exactly its rows (default false: such
   * a document costs one statement). For repairing a database someone edited by hand.
   */
  rewriteUnchanged?: boolean;
  /** For error messages. */
  uri?: string;
  /**
   * The graph file these extractions are all of (its absolute path). Given, Neo4j is made to hold
   * exactly this graph: sources earlier written for the same file and absent here are removed
   * with what only they supported. Without it nothing outside the given sources is touched.
   */
  graph?: string;
  /** A document's transaction is given up when nothing comes back for this long (ms; default DB_TIMEOUTS.idleMs). */
  idleTimeoutMs?: number;
}

export const DEFAULT_WRITE_OPTIONS = { batchSize: 1000, ensureSchema: true } as const;

/** Group rows by a key, keeping the rows' order (they come sorted by id). */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** One batched upsert per entity kind. */
function entityStatements(entities: readonly EntityRow[], batchSize: number, source: string | null): Statement[] {
  return [...groupBy(entities, (row) => row.kind)].flatMap(([kind, list]) => chunks(list, batchSize).map((batch): Statement => [upsertEntities(kind), { source, rows: batch }]));
}

/** Remove sources and everything only they supported, in one transaction. */
async function removeSources(tx: ManagedTransaction, ids: readonly string[]): Promise<WriteCounters> {
  const counters = emptyCounters();
  for (const query of [DELETE_SOURCE_STANCES, DELETE_SOURCE_RELATIONS, DELETE_SOURCE_MENTIONS, DELETE_SOURCES])
    addCounters(counters, (await tx.run(query, { ids })).summary.counters.updates());
  return counters;
}

/** Set every entity to what the graph has; unchanged ones cost nothing. */
async function syncEntities(tx: ManagedTransaction, entities: readonly EntityFact[], batchSize: number): Promise<WriteCounters> {
  const counters = emptyCounters();
  for (const [query, params] of entityStatements(entities.map(entityRow), batchSize, null)) addCounters(counters, (await tx.run(query, params)).summary.counters.updates());
  return counters;
}

interface DocumentResult {
  counters: WriteCounters;
  statements: number;
}

type Statement = [query: string, params: Record<string, unknown>];

async function writeDocument(
  tx: ManagedTransaction,
  rows: DocumentRows,
  batchSize: number,
  onStatement: WriteOptions['onStatement'],
  rewriteUnchanged: boolean,
  graph: string | null,
  touch: () => void = () => undefined,
): Promise<DocumentResult> {
  const counters = emptyCounters();
  const source = rows.source.id;
  let statements = 0;
  const finish = async (updates: Parameters<typeof addCounters>[1]) => {
    touch();
    addCounters(counters, updates);
    statements += 1;
    if (onStatement) await onStatement(source, statements);
  };
  /**
   * Send every statement before reading any result: the server runs them in order in this
   * transaction while the client is still encoding the next batch, instead of one round trip each.
   */
  const runAll = async (list: readonly Statement[]) => {
    const results = list.map(([query, params]) => tx.run(query, params).summary());
    // Once one fails the transaction is rolled back; the later ones fail too, and nobody waits for them.
    for (const result of results) result.catch(() => undefined);
    for (const result of results) await finish((await result).counters.updates());
  };
  const batches = (query: string, list: readonly object[]): Statement[] => chunks(list, batchSize).map((batch) => [query, { source, rows: batch }]);
  const byKind = entityStatements(rows.entities, batchSize, source);
  const byType = (mode: 'create' | 'merge') => [...groupBy(rows.relations, (row) => row.type)].flatMap(([type, list]) => batches(writeRelations(mode, type), list));

  const upserted = await tx.run(UPSERT_SOURCE, { row: { ...rows.source, fingerprint: rows.fingerprint, graph } });
  const existed = upserted.records[0]?.get('existed') === true;
  const previous: unknown = upserted.records[0]?.get('previous');
  await finish(upserted.summary.counters.updates());

  // The database holds exactly these rows from this source already: nothing to write.
  if (existed && previous === rows.fingerprint && !rewriteUnchanged) return { counters, statements };

  if (!existed) {
    // First import of this source: nothing of it exists yet, so create without merging.
    await runAll([...byKind, ...batches(CREATE_MENTIONS, rows.mentions), ...byType('create'), ...batches(CREATE_STANCES, rows.stances)]);
    return { counters, statements };
  }

  // The source was there: drop what it no longer supports, while the old mentions still lead to
  // the old relations, then merge the rest (an unchanged source changes nothing).
  await runAll([
    ...byKind,
    [DELETE_STALE_STANCES, { source, ids: rows.stances.map((row) => row.id) }],
    [DELETE_STALE_RELATIONS, { source, ids: rows.relations.map((row) => row.id) }],
    [DELETE_STALE_MENTIONS, { source, ids: rows.mentions.map((row) => row.entity) }],
    ...batches(UPSERT_MENTIONS, rows.mentions),
    ...byType('merge'),
    ...batches(UPSERT_STANCES, rows.stances),
  ]);
  return { counters, statements };
}

/**
 * Write extractions to Neo4j, one transaction per source document.
 * @example
 *   const driver = await openDriver(config, { operation: 'import' });
 *   const summary = await writeExtractions(driver, extractions, { database: config.database, onProgress: (d, t, id) => log(`${d}/${t} ${id}`) });
 */
export async function writeExtractions(driver: Driver, extractions: readonly DocumentExtraction[], options: WriteOptions = {}): Promise<WriteSummary> {
  return writeDocumentFacts(driver, extractions.map(documentFacts), options);
}

/**
 * The same from documents already projected to facts (what the archive cache keeps), so an
 * import need not read every stored extraction again to write Neo4j.
 */
export async function writeDocumentFacts(driver: Driver, documents: readonly DocumentFacts[], options: WriteOptions = {}): Promise<WriteSummary> {
  const { batchSize, ensureSchema: withSchema } = { ...DEFAULT_WRITE_OPTIONS, ...options };
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new KgError('E_USAGE', 'neo4j write', `batchSize must be a positive integer, got ${batchSize}`);
  const started = Date.now();
  const summary = emptySummary();
  const connection = { uri: options.uri ?? 'the Neo4j server', database: options.database ?? 'default', user: '' };

  // Two extractions of one source would fight over it in two transactions: refuse up front.
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.source.id)) throw new KgError('E_DB_WRITE', 'neo4j write', `source "${document.source.id}" appears twice in one write`);
    seen.add(document.source.id);
  }

  const idleMs = options.idleTimeoutMs ?? DB_TIMEOUTS.idleMs;
  try {
    if (withSchema)
      addCounters(
        summary,
        await withDeadline(ensureSchema(driver, options.database), DB_TIMEOUTS.schemaMs, () =>
          noAnswer('neo4j write', connection.uri, 'the schema statements (constraints and indexes)', DB_TIMEOUTS.schemaMs),
        ),
      );
  } catch (error) {
    throw mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE');
  }

  const facts = [...documents].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const graphEntities = mergeFacts(facts).entities;
  const merged = new Map(graphEntities.map((e) => [e.id, e]));
  const graph = options.graph ?? null;
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  let failed = true;
  try {
    for (const [index, document] of facts.entries()) {
      const rows = rowsFromFacts(facts[index]!, merged);
      let result: DocumentResult;
      // Set once the transaction's work is done and the driver commits it: a failure from then
      // on leaves the outcome unknown (the server may have committed before it went silent).
      let reachedCommit = false;
      const watchdog = startWatchdog(idleMs, () => stoppedAnswering('neo4j write', connection.uri, idleMs));
      try {
        const written = session.executeWrite(async (tx) => {
          watchdog.touch();
          const done = await writeDocument(tx, rows, batchSize, options.onStatement, options.rewriteUnchanged ?? false, graph, watchdog.touch);
          watchdog.touch();
          reachedCommit = true;
          return done;
        });
        result = await Promise.race([written, watchdog.expired]);
      } catch (error) {
        const before = index === 0 ? '' : `; the ${index} document${index === 1 ? '' : 's'} before it ${index === 1 ? 'is' : 'are'} written`;
        // The connection was lost (or went silent): a commit already sent may or may not have landed.
        const lost = error instanceof KgError ? error.code === 'E_DB_UNAVAILABLE' : isUnavailable(error);
        if (reachedCommit && lost) {
          const why = mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE').message.replace(/^neo4j write: /, '');
          throw new KgError(
            'E_DB_UNAVAILABLE',
            'neo4j write',
            `source "${rows.source.id}" (${rows.source.path}) is unknown: re-run to make sure; its transaction was being committed when the server failed (${why}), so it may or may not have been written; re-running the import is safe and writes it exactly once${before}`,
            { cause: error },
          );
        }
        if (error instanceof KgError && error.code !== 'E_DB_UNAVAILABLE') throw error;
        const mapped = mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE');
        const rest = `${before}${index === 0 ? '' : ', and running the import again completes the rest'}`;
        if (mapped.code === 'E_DB_AUTH') throw mapped;
        throw new KgError(
          mapped.code === 'E_DB_UNAVAILABLE' ? 'E_DB_UNAVAILABLE' : 'E_DB_WRITE',
          'neo4j write',
          `source "${rows.source.id}" (${rows.source.path}) was not written, nothing of it was kept (its transaction was never committed): ${mapped.message.replace(/^neo4j write: /, '')}${rest}`,
          { cause: error },
        );
      } finally {
        watchdog.stop();
      }
      addCounters(summary, result.counters);
      summary.documents += 1;
      if (!changedAnything(result.counters)) summary.unchangedDocuments += 1;
      summary.statements += result.statements;
      summary.rows += countRows(rows);
      summary.skipped.relations += rows.skipped.relations;
      summary.skipped.stances += rows.skipped.stances;
      options.onProgress?.(index + 1, facts.length, document.source.id);
    }
    // Then what the graph no longer has goes, and every entity takes the graph's name, kind and
    // aliases. After the documents, so a failure names the document it stopped at; each step has
    // the same bound as a document's transaction, so a frozen server cannot hold the import.
    if (graph !== null) {
      const bounded = <T>(work: Promise<T>, what: string) => withDeadline(work, idleMs, () => noAnswer('neo4j write', connection.uri, what, idleMs));
      try {
        const keep = facts.map((x) => x.source.id);
        const gone = (
          await bounded(
            session.executeRead((tx) => tx.run(FIND_SOURCES_NOT_IN_GRAPH, { graph, keep })),
            'the look-up of sources the graph no longer has',
          )
        ).records.map((r) => String(r.get('id')));
        if (gone.length > 0)
          addCounters(
            summary,
            await bounded(
              session.executeWrite((tx) => removeSources(tx, gone)),
              'the removal of sources the graph no longer has',
            ),
          );
        summary.removedSources = gone.length;
        addCounters(
          summary,
          await bounded(
            session.executeWrite((tx) => syncEntities(tx, graphEntities, batchSize)),
            "setting every entity to the graph's names",
          ),
        );
      } catch (error) {
        if (error instanceof KgError) throw error;
        throw mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE');
      }
    }
    failed = false;
  } finally {
    // A frozen server never acknowledges the close: after a failure, report first and let the
    // close run in the background; after success, wait for it, within the bound.
    const closing = closeWithin(session);
    if (!failed) await closing;
  }
  summary.milliseconds = Date.now() - started;
  return summary;
}
