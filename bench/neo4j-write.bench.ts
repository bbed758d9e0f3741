/**
 * Neo4j write benchmark: the same generated graph (>= 100,000 nodes + relationships) written
 *  - batched: the writer as `kg import` runs it (`UNWIND $rows` of 1000 rows, a document's
 *    statements pipelined in its one transaction), and
 *  - one statement per row: the same Cypher with one row per statement, each awaited before the
 *    next, still one transaction per document (the loop a first version of a writer would have);
 * then a re-import that changes nothing (and the same forced through every MERGE). Prints rows/s
 * for each way, their ratio, and the re-import times. Rows are what Neo4j reports created: nodes + relationships.
 *
 * Needs the server: `node bin/kg.js db start` (or NEO4J_URI ...). Writes only ids under "kgbench-",
 * deleted before and after. Run: npx tsx bench/neo4j-write.bench.ts
 * Both ways first write a few warm-up documents (deleted again) so statement planning and the
 * server's JIT warm-up count against neither.
 * The two ways alternate for KG_BENCH_ROUNDS rounds (default 3); medians are compared, since
 * other work on the machine moves single runs a lot.
 * Sizes: KG_BENCH_DOCUMENTS (default 40), KG_BENCH_PER_ROW_DOCUMENTS (default 4: the per-row way
 * runs on that many of the same documents, its rate measured there, since at its speed the full
 * graph would take a minute or more on this machine).
 */
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import type { DocumentExtraction } from '../schema/records';
import { connectionFromEnv } from '../src/db/connection-config';
import { openDriver } from '../src/db/open-driver';
import { isKgError } from '../src/errors/kg-error';
import { CREATE_MENTIONS, CREATE_STANCES, upsertEntities, UPSERT_SOURCE, writeRelations } from '../src/write/cypher-statements';
import { documentRows } from '../src/write/document-rows';
import { ensureSchema } from '../src/write/ensure-schema';
import { DEFAULT_WRITE_OPTIONS, writeExtractions } from '../src/write/write-extractions';
import type { WriteSummary } from '../src/write/write-summary';
import { syntheticExtractions } from '../test/write/helpers/synthetic-extractions';

const PREFIX = 'kgbench-';
const TARGET_ROWS_PER_SECOND = 20_000;
const TARGET_RATIO = 10;
/** Rows per UNWIND statement for the batched way (KG_BENCH_BATCH to try others). */
const BATCH = Number(process.env.KG_BENCH_BATCH ?? DEFAULT_WRITE_OPTIONS.batchSize);
const SHAPE = { entitiesPerDocument: 400, sharedEntities: 100, relationsPerDocument: 900, stancesPerDocument: 300 };

async function deleteBenchData(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Batches of its own, so deleting 100,000+ nodes never needs one huge transaction.
    await session.run(
      `MATCH (n) WHERE (n:Entity OR n:Stance OR n:Source) AND n.id STARTS WITH $prefix
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
      { prefix: PREFIX },
    );
  } finally {
    await session.close();
  }
}

/**
 * The per-row way: the writer's own first-import statements, one row each, each awaited.
 * Returns nodes + relationships created and the time taken.
 */
async function writePerRow(driver: Driver, database: string, extractions: readonly DocumentExtraction[]): Promise<{ rows: number; statements: number; ms: number }> {
  const started = Date.now();
  let rows = 0;
  let statements = 0;
  const session = driver.session({ database });
  try {
    for (const extraction of extractions) {
      const doc = documentRows(extraction);
      const source = doc.source.id;
      await session.executeWrite(async (tx) => {
        const run = async (query: string, params: Record<string, unknown>) => {
          const counters = (await tx.run(query, params)).summary.counters.updates();
          rows += counters.nodesCreated + counters.relationshipsCreated;
          statements += 1;
        };
        await run(UPSERT_SOURCE, { row: doc.source });
        for (const row of doc.entities) await run(upsertEntities(row.kind), { rows: [row] });
        for (const row of doc.mentions) await run(CREATE_MENTIONS, { source, rows: [row] });
        for (const row of doc.relations) await run(writeRelations('create', row.type), { rows: [row] });
        for (const row of doc.stances) await run(CREATE_STANCES, { source, rows: [row] });
      });
    }
  } finally {
    await session.close();
  }
  return { rows, statements, ms: Date.now() - started };
}

const written = (s: WriteSummary) => s.nodesCreated + s.relationshipsCreated;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

async function main(): Promise<void> {
  const documents = Number(process.env.KG_BENCH_DOCUMENTS ?? 40);
  const perRowDocuments = Math.min(documents, Number(process.env.KG_BENCH_PER_ROW_DOCUMENTS ?? 4));
  const rounds = Math.max(1, Number(process.env.KG_BENCH_ROUNDS ?? 3));
  const config = connectionFromEnv();
  const driver = await openDriver(config, { operation: 'bench' });
  const database = config.database;
  try {
    const extractions = syntheticExtractions({ prefix: PREFIX, documents, ...SHAPE });
    await deleteBenchData(driver, database);
    await ensureSchema(driver, database);
    const warmUp = syntheticExtractions({ prefix: `${PREFIX}warmup-`, documents: 3, ...SHAPE });
    await writeExtractions(driver, warmUp, { database, ensureSchema: false });
    await deleteBenchData(driver, database);
    await writePerRow(driver, database, warmUp.slice(0, 1));
    await deleteBenchData(driver, database);

    // Rounds alternate the two ways, so both meet the same load from whatever else the machine
    // runs; every round is printed, and the figures compared are the medians (and the bests).
    const subset = extractions.slice(0, perRowDocuments);
    const batchedRuns: WriteSummary[] = [];
    const perRowRuns: { rows: number; statements: number; ms: number }[] = [];
    let again: WriteSummary | undefined;
    let forced: WriteSummary | undefined;
    for (let round = 0; round < rounds; round += 1) {
      batchedRuns.push(await writeExtractions(driver, extractions, { database, batchSize: BATCH, ensureSchema: false }));
      if (round === 0) {
        again = await writeExtractions(driver, extractions, { database, batchSize: BATCH, ensureSchema: false });
        forced = await writeExtractions(driver, extractions, { database, batchSize: BATCH, ensureSchema: false, rewriteUnchanged: true });
      }
      await deleteBenchData(driver, database);
      perRowRuns.push(await writePerRow(driver, database, subset));
      await deleteBenchData(driver, database);
    }
    // For the record: the writer itself with one row per statement (still pipelined).
    const writerPerRow = await writeExtractions(driver, subset, { database, batchSize: 1, ensureSchema: false });
    await deleteBenchData(driver, database);

    const batched = batchedRuns[0]!;
    const batchedRates = batchedRuns.map((run) => rate(written(run), run.milliseconds));
    const perRowRates = perRowRuns.map((run) => rate(run.rows, run.ms));
    const batchedRate = median(batchedRates);
    const perRowRate = median(perRowRates);
    const ratio = batchedRate / perRowRate;
    const bestRatio = Math.max(...batchedRates) / Math.max(...perRowRates);
    const perRow = perRowRuns[0]!;
    const lines = [
      `neo4j-write: ${documents} documents, ${fmt(written(batched))} nodes + relationships (${fmt(batched.nodesCreated)} nodes, ${fmt(batched.relationshipsCreated)} relationships) from ${fmt(batched.rows)} parameter rows; ${rounds} rounds; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
      `  batched (${fmt(BATCH)} rows per statement, one transaction per document, ${fmt(batched.statements)} statements): ${batchedRuns.map((run) => `${(run.milliseconds / 1000).toFixed(2)} s`).join(', ')} = ${batchedRates.map(fmt).join(', ')} rows/s; median ${fmt(batchedRate)} rows/s (target >= ${fmt(TARGET_ROWS_PER_SECOND)}: ${batchedRate >= TARGET_ROWS_PER_SECOND ? 'met' : 'MISSED'})`,
      `  one statement per row, each awaited (${perRowDocuments} of the same documents, ${fmt(perRow.rows)} rows, ${fmt(perRow.statements)} statements): ${perRowRuns.map((run) => `${(run.ms / 1000).toFixed(2)} s`).join(', ')} = ${perRowRates.map(fmt).join(', ')} rows/s; median ${fmt(perRowRate)} rows/s` +
        (perRowDocuments < documents ? ` (all ${documents} documents at that rate: ~${(written(batched) / perRowRate).toFixed(0)} s)` : ''),
      `  ratio batched / per-row: ${ratio.toFixed(1)}x on the medians, ${bestRatio.toFixed(1)}x on the best runs (target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'})`,
      `  (the writer with batchSize 1, statements pipelined: ${fmt(rate(written(writerPerRow), writerPerRow.milliseconds))} rows/s)`,
      `  re-import with no change: ${(again!.milliseconds / 1000).toFixed(2)} s (${again!.statements} statements: each source's fingerprint matches), ${again!.unchangedDocuments}/${again!.documents} documents unchanged, counters: +${again!.nodesCreated} nodes, +${again!.relationshipsCreated} relationships, ${again!.propertiesSet} properties set, -${again!.nodesDeleted} nodes, -${again!.relationshipsDeleted} relationships`,
      `  the same re-import pushed through every merge (rewriteUnchanged): ${(forced!.milliseconds / 1000).toFixed(2)} s, ${forced!.unchangedDocuments}/${forced!.documents} documents unchanged, counters: +${forced!.nodesCreated} nodes, +${forced!.relationshipsCreated} relationships, ${forced!.propertiesSet} properties set`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (again!.unchangedDocuments !== again!.documents || forced!.unchangedDocuments !== forced!.documents) process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

main().catch((error) => {
  process.stderr.write(isKgError(error) ? `neo4j-write bench: ${error.message}\n` : `${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
});
