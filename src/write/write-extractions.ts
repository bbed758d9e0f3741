/**
 * The Neo4j writer: every document's extraction in one write transaction, its own or (with a row
 * budget, `transactionRows`) one it shares with the documents next to it, so a failure never
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
 * are no longer in it go, with what only they supported. Every entity holds the graph's name, kind
 * and aliases: the transaction that changes an entity's sources (writes, rewrites or removes one)
 * sets it, so nothing is left to a final pass a killed run would never reach.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { DocumentExtraction } from '../../schema/records';
import { KgError } from '../errors/kg-error';
import { isUnavailable, mapDbError } from '../db/map-db-error';
import { closeWithin, DB_TIMEOUTS, noAnswer, startWatchdog, stoppedAnswering, withDeadline } from '../db/timeouts';
import { documentFacts, type DocumentFacts, type EntityFact } from '../build/graph-facts';
import { graphRowsFromFacts } from './graph-rows';
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
import { DELETE_SOURCE_EVENTS, DELETE_STALE_EVENTS, UPSERT_EVENTS } from './event-statements';
import { countRows, entityRow, type DocumentRows, type EntityRow } from './document-rows';
import {
  CREATE_MENTIONS_OF_SOURCES,
  CREATE_SOURCES,
  CREATE_STANCES_OF_SOURCES,
  ENTITIES_LEAVING_SOURCE,
  ENTITIES_OF_SOURCES,
  LOOK_UP_SOURCES,
  MARK_SOURCES_WRITTEN,
  SOURCES_NOT_HOLDING,
} from './batch-statements';
import { chunks, distinctById, groupBy, transactionGroups } from './transaction-plan';
import { ensureSchema } from './ensure-schema';
import { addCounters, changedAnything, emptyCounters, emptySummary, type WriteCounters, type WriteSummary } from './write-summary';

export interface WriteOptions {
  /** Database name (default: the server's default database). */
  database?: string;
  /** Rows per UNWIND statement (default 1000). 1 gives one statement per row. */
  batchSize?: number;
  /** Called after each document's transaction has committed (for documents sharing one, after it, in order). */
  onProgress?: (done: number, total: number, sourceId: string) => void;
  /**
   * Called inside a document's transaction after each statement; throwing aborts that document's
   * transaction (nothing of it is kept). For fine-grained progress and for fault tests.
   */
  onStatement?: (sourceId: string, statement: number) => void | Promise<void>;
  /**
   * Row budget per transaction (default 0: each document in its own transaction). Consecutive
   * documents share a transaction while their rows together fit; a document is never split.
   */
  transactionRows?: number;
  /**
   * Called in every transaction after its statements, just before the commit, with its sources;
   * throwing aborts that transaction (nothing of those sources is kept). For fault tests.
   */
  beforeCommit?: (sourceIds: readonly string[]) => void | Promise<void>;
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
  /**
   * The sources whose facts this run made again (`ArchiveState.changed`): only they, and those
   * of the others the database does not hold with their fingerprint (one statement checks them
   * all), are made into rows and written. Adding one article to a large archive then costs one
   * statement for the rest of it, not a look-up per transaction of rows made for every document.
   * Without it every document given is looked up. Ignored with `rewriteUnchanged`.
   */
  changed?: ReadonlySet<string>;
}

export const DEFAULT_WRITE_OPTIONS = { batchSize: 1000, ensureSchema: true, transactionRows: 0 } as const;

/**
 * The row budget per transaction `kg import --neo4j` uses (KG_NEO4J_TRANSACTION_ROWS to change
 * it). Measured with bench/scale.bench.ts: see the README's "Neo4j at scale".
 */
export const IMPORT_TRANSACTION_ROWS = 20_000;

/** One batched upsert per entity kind. */
function entityStatements(entities: readonly EntityRow[], batchSize: number, source: string | null): Statement[] {
  return [...groupBy(entities, (row) => row.kind)].flatMap(([kind, list]) => chunks(list, batchSize).map((batch): Statement => [upsertEntities(kind), { source, rows: batch }]));
}

/** Remove sources and everything only they supported, in one transaction. */
async function removeSources(
  tx: ManagedTransaction,
  ids: readonly string[],
  graphEntities: ReadonlyMap<string, EntityRow>,
  batchSize: number,
  touch: () => void,
): Promise<WriteCounters> {
  const counters = emptyCounters();
  // The entities these sources mentioned that stay (others mention them) lose what these gave
  // them; they get the graph's values in the same transaction as the removal.
  const mentioned = (await tx.run(ENTITIES_OF_SOURCES, { ids })).records.map((r) => String(r.get('id')));
  touch();
  for (const query of [DELETE_SOURCE_STANCES, DELETE_SOURCE_EVENTS, DELETE_SOURCE_RELATIONS, DELETE_SOURCE_MENTIONS, DELETE_SOURCES]) {
    addCounters(counters, (await tx.run(query, { ids })).summary.counters.updates());
    touch();
  }
  for (const [query, params] of entityStatements(resyncRows(mentioned, graphEntities), batchSize, null)) {
    addCounters(counters, (await tx.run(query, params)).summary.counters.updates());
    touch();
  }
  return counters;
}

/** Of these documents, the ids of those the database does not hold with their fingerprint, in one read. */
async function staleSources(driver: Driver, database: string | undefined, documents: readonly DocumentFacts[]): Promise<Set<string>> {
  if (documents.length === 0) return new Set();
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const rows = documents.map((x) => ({ id: x.source.id, fingerprint: x.fingerprint }));
    const result = await session.executeRead((tx) => tx.run(SOURCES_NOT_HOLDING, { rows }));
    return new Set(result.records.map((r) => String(r.get('id'))));
  } finally {
    await session.close();
  }
}

/** Sources removed per transaction when the graph no longer has them. */
const REMOVE_SOURCES_PER_TRANSACTION = 100;

/** Set every entity to what the graph has; unchanged ones cost nothing. */
async function syncEntities(tx: ManagedTransaction, entities: readonly EntityFact[], batchSize: number, touch: () => void): Promise<WriteCounters> {
  const counters = emptyCounters();
  for (const [query, params] of entityStatements(entities.map(entityRow), batchSize, null)) {
    addCounters(counters, (await tx.run(query, params)).summary.counters.updates());
    touch();
  }
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
  graphEntities: ReadonlyMap<string, EntityRow>,
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
    await runAll([...byKind, ...batches(CREATE_MENTIONS, rows.mentions), ...byType('create'), ...batches(CREATE_STANCES, rows.stances), ...batches(UPSERT_EVENTS, rows.events)]);
    return { counters, statements };
  }

  // Entities the source stops mentioning lose what it gave them (an alias, perhaps their name):
  // they are set to the graph's values in this same transaction, so no later step, which a
  // killed run would never reach, is needed for them.
  const losing = await tx.run(ENTITIES_LEAVING_SOURCE, { source, ids: rows.mentions.map((row) => row.entity) });
  await finish(losing.summary.counters.updates());
  const resync = resyncRows(
    losing.records.map((r) => String(r.get('id'))),
    graphEntities,
  );

  // The source was there: drop what it no longer supports, while the old mentions still lead to
  // the old relations, then merge the rest (an unchanged source changes nothing).
  await runAll([
    ...byKind,
    [DELETE_STALE_STANCES, { source, ids: rows.stances.map((row) => row.id) }],
    [DELETE_STALE_EVENTS, { source, ids: rows.events.map((row) => row.id) }],
    [DELETE_STALE_RELATIONS, { source, ids: rows.relations.map((row) => row.id) }],
    [DELETE_STALE_MENTIONS, { source, ids: rows.mentions.map((row) => row.entity) }],
    ...batches(UPSERT_MENTIONS, rows.mentions),
    ...byType('merge'),
    ...batches(UPSERT_STANCES, rows.stances),
    ...batches(UPSERT_EVENTS, rows.events),
    ...entityStatements(resync, batchSize, source),
  ]);
  return { counters, statements };
}

/** The graph's rows of these entities; those the graph no longer has are left to the clean-up that deletes them. */
function resyncRows(ids: readonly string[], graphEntities: ReadonlyMap<string, EntityRow>): EntityRow[] {
  return ids.flatMap((id) => {
    const row = graphEntities.get(id);
    return row ? [row] : [];
  });
}

/**
 * Documents none of which the database has yet, written together: their entities (each once),
 * sources, mentions, relations and stances, every statement's rows drawn from all of them, and
 * last the sources' fingerprints, which mark their rows as complete.
 */
async function writeNewDocuments(tx: ManagedTransaction, group: readonly DocumentRows[], batchSize: number, graph: string | null, finish: Finish): Promise<void> {
  const batches = (query: string, list: readonly object[]): Statement[] => chunks(list, batchSize).map((batch) => [query, { rows: batch }]);
  const entities = distinctById(group.flatMap((rows) => rows.entities));
  const mentions = group.flatMap((rows) => rows.mentions.map((m) => ({ ...m, source: rows.source.id })));
  const relations = group.flatMap((rows) => rows.relations);
  const byType = [...groupBy(relations, (row) => row.type)].flatMap(([type, list]) => batches(writeRelations('create', type), list));
  await runPipelined(
    tx,
    [
      ...entityStatements(entities, batchSize, null),
      ...batches(
        CREATE_SOURCES,
        group.map((rows) => ({ ...rows.source, graph })),
      ),
      ...batches(CREATE_MENTIONS_OF_SOURCES, mentions),
      ...byType,
      ...batches(
        CREATE_STANCES_OF_SOURCES,
        group.flatMap((rows) => rows.stances),
      ),
      ...batches(
        UPSERT_EVENTS,
        group.flatMap((rows) => rows.events),
      ),
      ...batches(
        MARK_SOURCES_WRITTEN,
        group.map((rows) => ({ id: rows.source.id, fingerprint: rows.fingerprint })),
      ),
    ],
    finish,
  );
}

type Finish = (updates: Parameters<typeof addCounters>[1]) => Promise<void>;

/** Send every statement before reading any result (see writeDocument), then read them in order. */
async function runPipelined(tx: ManagedTransaction, list: readonly Statement[], finish: Finish): Promise<void> {
  const results = list.map(([query, params]) => tx.run(query, params).summary());
  for (const result of results) result.catch(() => undefined);
  for (const result of results) await finish((await result).counters.updates());
}

interface GroupResult {
  counters: WriteCounters;
  statements: number;
  /** Documents of the group whose rows the database already held (nothing written for them). */
  unchanged: number;
  /** Ids of the entities this transaction wrote with the graph's values. */
  entities: string[];
}

/**
 * Several documents in one transaction. The look-up runs inside the same transaction, so what it
 * finds cannot change before the commit: the sources it does not find are written together, the
 * ones it finds with the same fingerprint cost nothing, and the rest are replaced one by one the
 * way a single document is.
 */
async function writeGroup(
  tx: ManagedTransaction,
  group: readonly DocumentRows[],
  batchSize: number,
  options: WriteOptions,
  graph: string | null,
  graphEntities: ReadonlyMap<string, EntityRow>,
  touch: () => void,
): Promise<GroupResult> {
  const counters = emptyCounters();
  let statements = 0;
  const finish: Finish = async (updates) => {
    touch();
    addCounters(counters, updates);
    statements += 1;
  };
  const looked = await tx.run(LOOK_UP_SOURCES, { ids: group.map((rows) => rows.source.id) });
  await finish(looked.summary.counters.updates());
  const found = new Map(looked.records.filter((r) => r.get('existed') === true).map((r) => [String(r.get('id')), r.get('fingerprint') as unknown]));
  const fresh = group.filter((rows) => !found.has(rows.source.id));
  const entities: string[] = fresh.flatMap((rows) => rows.entities.map((e) => e.id));
  if (fresh.length > 0) await writeNewDocuments(tx, fresh, batchSize, graph, finish);
  let unchanged = 0;
  for (const rows of group) {
    if (!found.has(rows.source.id)) continue;
    if (found.get(rows.source.id) === rows.fingerprint && !options.rewriteUnchanged) {
      unchanged += 1;
      continue;
    }
    const done = await writeDocument(tx, rows, batchSize, options.onStatement, options.rewriteUnchanged ?? false, graph, graphEntities, touch);
    addCounters(counters, done.counters);
    statements += done.statements;
    if (!changedAnything(done.counters)) unchanged += 1;
    entities.push(...rows.entities.map((e) => e.id));
  }
  return { counters, statements, unchanged, entities };
}

/** One document: `source "id" (path)`; several: the first and the last. */
function describeGroup(group: readonly DocumentRows[]): { subject: string; them: string; their: string; was: string } {
  const first = group[0]!;
  if (group.length === 1) return { subject: `source "${first.source.id}" (${first.source.path})`, them: 'it', their: 'its', was: 'was' };
  const last = group[group.length - 1]!;
  return {
    subject: `the ${group.length} sources "${first.source.id}" (${first.source.path}) to "${last.source.id}" (${last.source.path})`,
    them: 'them',
    their: 'their',
    was: 'were',
  };
}

/**
 * Write extractions to Neo4j. By default each source document has its own transaction; with
 * `transactionRows` consecutive documents share one while their rows fit the budget (a first
 * load of a large corpus, `kg import --neo4j`). Either way a document's rows commit together.
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
  const { batchSize, ensureSchema: withSchema, transactionRows } = { ...DEFAULT_WRITE_OPTIONS, ...options };
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new KgError('E_USAGE', 'neo4j write', `batchSize must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(transactionRows) || transactionRows < 0) throw new KgError('E_USAGE', 'neo4j write', `transactionRows must be an integer >= 0, got ${transactionRows}`);
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

  const sorted = [...documents].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const keep = sorted.map((x) => x.source.id);
  let toWrite = sorted;
  if (options.changed && !options.rewriteUnchanged) {
    const changed = options.changed;
    const rest = sorted.filter((x) => !changed.has(x.source.id));
    let stale: Set<string>;
    try {
      stale = await withDeadline(staleSources(driver, options.database, rest), idleMs, () =>
        noAnswer('neo4j write', connection.uri, 'the look-up of the sources this run did not change', idleMs),
      );
    } catch (error) {
      if (error instanceof KgError) throw error;
      throw mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE');
    }
    toWrite = sorted.filter((x) => changed.has(x.source.id) || stale.has(x.source.id));
    // The others are what the database holds already: counted as a write that changed nothing counts them.
    for (const x of rest) {
      if (stale.has(x.source.id)) continue;
      summary.documents += 1;
      summary.unchangedDocuments += 1;
      summary.rows += 1 + x.entities.length + x.mentions.length + x.relations.length + x.stances.length;
      summary.skipped.relations += x.skipped.relations;
      summary.skipped.stances += x.skipped.stances;
    }
    if (rest.length > 0) summary.statements += 1;
  }
  const { documents: documentRows, entities: graphEntities } = graphRowsFromFacts(toWrite, sorted);
  const entityRows = new Map(graphEntities.map((e) => [e.id, entityRow(e)]));
  const groups = transactionGroups(documentRows.map(countRows), transactionRows);
  const graph = options.graph ?? null;
  // Entities some transaction of this write set to the graph's values: the final sync skips them.
  const written = new Set<string>();
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  let failed = true;
  let done = keep.length - documentRows.length;
  try {
    for (const indices of groups) {
      const group = indices.map((i) => documentRows[i]!);
      let result: GroupResult;
      // Set once the transaction's work is done and the driver commits it: a failure from then
      // on leaves the outcome unknown (the server may have committed before it went silent).
      let reachedCommit = false;
      const watchdog = startWatchdog(idleMs, () => stoppedAnswering('neo4j write', connection.uri, idleMs));
      try {
        const work = session.executeWrite(async (tx): Promise<GroupResult> => {
          watchdog.touch();
          let outcome: GroupResult;
          if (group.length === 1) {
            const rows = group[0]!;
            const one = await writeDocument(tx, rows, batchSize, options.onStatement, options.rewriteUnchanged ?? false, graph, entityRows, watchdog.touch);
            const same = !changedAnything(one.counters);
            outcome = { ...one, unchanged: same ? 1 : 0, entities: same ? [] : rows.entities.map((e) => e.id) };
          } else outcome = await writeGroup(tx, group, batchSize, options, graph, entityRows, watchdog.touch);
          if (options.beforeCommit) await options.beforeCommit(group.map((rows) => rows.source.id));
          watchdog.touch();
          reachedCommit = true;
          return outcome;
        });
        result = await Promise.race([work, watchdog.expired]);
      } catch (error) {
        const { subject, them, their, was } = describeGroup(group);
        const before = done === 0 ? '' : `; the ${done} document${done === 1 ? '' : 's'} before ${them} ${done === 1 ? 'is' : 'are'} written`;
        // The connection was lost (or went silent): a commit already sent may or may not have landed.
        const lost = error instanceof KgError ? error.code === 'E_DB_UNAVAILABLE' : isUnavailable(error);
        if (reachedCommit && lost) {
          const why = mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE').message.replace(/^neo4j write: /, '');
          throw new KgError(
            'E_DB_UNAVAILABLE',
            'neo4j write',
            `${subject} ${group.length === 1 ? 'is' : 'are'} unknown: re-run to make sure; ${their} transaction was being committed when the server failed (${why}), so ${them === 'it' ? 'it' : 'they'} may or may not have been written; re-running the import is safe and writes ${them} exactly once${before}`,
            { cause: error },
          );
        }
        if (error instanceof KgError && error.code !== 'E_DB_UNAVAILABLE') throw error;
        const mapped = mapDbError(error, 'neo4j write', connection, 'E_DB_WRITE');
        const rest = `${before}${done === 0 ? '' : ', and running the import again completes the rest'}`;
        if (mapped.code === 'E_DB_AUTH') throw mapped;
        throw new KgError(
          mapped.code === 'E_DB_UNAVAILABLE' ? 'E_DB_UNAVAILABLE' : 'E_DB_WRITE',
          'neo4j write',
          `${subject} ${was} not written, nothing of ${them} was kept (${their} transaction was never committed): ${mapped.message.replace(/^neo4j write: /, '')}${rest}`,
          { cause: error },
        );
      } finally {
        watchdog.stop();
      }
      addCounters(summary, result.counters);
      summary.transactions += 1;
      summary.documents += group.length;
      summary.unchangedDocuments += result.unchanged;
      summary.statements += result.statements;
      for (const id of result.entities) written.add(id);
      for (const rows of group) {
        summary.rows += countRows(rows);
        summary.skipped.relations += rows.skipped.relations;
        summary.skipped.stances += rows.skipped.stances;
        done += 1;
        options.onProgress?.(done, keep.length, rows.source.id);
      }
    }
    // Then what the graph no longer has goes, and every entity takes the graph's name, kind and
    // aliases. After the documents, so a failure names the document it stopped at; each step is
    // bounded like a document's transaction (given up when nothing comes back for the idle
    // time), so a frozen server cannot hold the import, while a large one that keeps answering
    // is never cut short.
    if (graph !== null) {
      const bounded = async <T>(what: string, work: (touch: () => void) => Promise<T>): Promise<T> => {
        const watchdog = startWatchdog(idleMs, () => noAnswer('neo4j write', connection.uri, what, idleMs));
        try {
          return await Promise.race([work(watchdog.touch), watchdog.expired]);
        } finally {
          watchdog.stop();
        }
      };
      try {
        const gone = (
          await bounded('the look-up of sources the graph no longer has', () => session.executeRead((tx) => tx.run(FIND_SOURCES_NOT_IN_GRAPH, { graph, keep })))
        ).records.map((r) => String(r.get('id')));
        // In slices, so forgetting thousands of sources is many bounded transactions, never one
        // huge one; a run stopped in between leaves whole sources, and the next run finds the rest.
        for (const slice of chunks(gone, REMOVE_SOURCES_PER_TRANSACTION))
          addCounters(
            summary,
            await bounded('the removal of sources the graph no longer has', (touch) => session.executeWrite((tx) => removeSources(tx, slice, entityRows, batchSize, touch))),
          );
        summary.removedSources = gone.length;
        // Every change to an entity's sources re-set it in the transaction that made the change
        // (new and rewritten documents carry the graph's rows, a source losing or leaving an
        // entity re-sets it), so a normal run is done here. Repairing a database edited by hand
        // (rewriteUnchanged) sets every entity no transaction of this run set.
        const rest = options.rewriteUnchanged ? graphEntities.filter((e) => !written.has(e.id)) : [];
        if (rest.length > 0)
          addCounters(summary, await bounded("setting every entity to the graph's names", (touch) => session.executeWrite((tx) => syncEntities(tx, rest, batchSize, touch))));
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
