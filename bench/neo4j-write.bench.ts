/**
 * Neo4j write benchmark: the same generated graph (>= 100,000 nodes + relationships) written
 * batched (`UNWIND $rows` of 1000) and one statement per row (the same Cypher with one row), then
 * a re-import that changes nothing. Prints rows/s for each way, their ratio, and the re-import time.
 *
 * Needs the server: `node bin/kg.js db start` (or NEO4J_URI ...). Writes only ids under "kgbench-",
 * deleted before and after. Run: npx tsx bench/neo4j-write.bench.ts
 * Both ways first write a few warm-up documents (deleted again) so statement planning and the
 * server's JIT warm-up count against neither.
 * Sizes: KG_BENCH_DOCUMENTS (default 40), KG_BENCH_PER_ROW_DOCUMENTS (default 4: the per-row way
 * runs on that many of the same documents, its rate measured there, since at its speed the full
 * graph would take minutes).
 */
import type { Driver } from 'neo4j-driver';
import { connectionFromEnv } from '../src/db/connection-config';
import { openDriver } from '../src/db/open-driver';
import { isKgError } from '../src/errors/kg-error';
import { ensureSchema } from '../src/write/ensure-schema';
import { writeExtractions } from '../src/write/write-extractions';
import type { WriteSummary } from '../src/write/write-summary';
import { syntheticExtractions } from '../test/write/helpers/synthetic-extractions';

const PREFIX = 'kgbench-';
const TARGET_ROWS_PER_SECOND = 20_000;
const TARGET_RATIO = 10;

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

const written = (s: WriteSummary) => s.nodesCreated + s.relationshipsCreated;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const documents = Number(process.env.KG_BENCH_DOCUMENTS ?? 40);
  const perRowDocuments = Math.min(documents, Number(process.env.KG_BENCH_PER_ROW_DOCUMENTS ?? 4));
  const config = connectionFromEnv();
  const driver = await openDriver(config, { operation: 'bench' });
  const database = config.database;
  try {
    const extractions = syntheticExtractions({ prefix: PREFIX, documents, entitiesPerDocument: 400, sharedEntities: 100, relationsPerDocument: 900, stancesPerDocument: 300 });
    await deleteBenchData(driver, database);
    await ensureSchema(driver, database);
    // Warm-up, not measured: a fresh server plans every statement shape once and its JIT is
    // cold; both ways get the same warm-up so neither pays for it in the figures.
    const warmUp = syntheticExtractions({ prefix: `${PREFIX}warmup-`, documents: 3, entitiesPerDocument: 400, sharedEntities: 100, relationsPerDocument: 900, stancesPerDocument: 300 });
    await writeExtractions(driver, warmUp, { database, batchSize: 1000, ensureSchema: false });
    await deleteBenchData(driver, database);
    await writeExtractions(driver, warmUp.slice(0, 1), { database, batchSize: 1, ensureSchema: false });
    await deleteBenchData(driver, database);

    const batched = await writeExtractions(driver, extractions, { database, batchSize: 1000, ensureSchema: false });
    const batchedRate = rate(written(batched), batched.milliseconds);

    const again = await writeExtractions(driver, extractions, { database, batchSize: 1000, ensureSchema: false });

    await deleteBenchData(driver, database);
    const subset = extractions.slice(0, perRowDocuments);
    const perRow = await writeExtractions(driver, subset, { database, batchSize: 1, ensureSchema: false });
    const perRowRate = rate(written(perRow), perRow.milliseconds);
    await deleteBenchData(driver, database);

    const lines = [
      `neo4j-write: ${documents} documents, ${fmt(written(batched))} nodes + relationships (${fmt(batched.nodesCreated)} nodes, ${fmt(batched.relationshipsCreated)} relationships) from ${fmt(batched.rows)} parameter rows`,
      `  batched (1000 rows per statement): ${fmt(batched.statements)} statements in ${(batched.milliseconds / 1000).toFixed(2)} s = ${fmt(batchedRate)} rows/s (target >= ${fmt(TARGET_ROWS_PER_SECOND)}: ${batchedRate >= TARGET_ROWS_PER_SECOND ? 'met' : 'MISSED'})`,
      `  one statement per row: ${perRowDocuments} of the same documents, ${fmt(written(perRow))} rows, ${fmt(perRow.statements)} statements in ${(perRow.milliseconds / 1000).toFixed(2)} s = ${fmt(perRowRate)} rows/s` +
        (perRowDocuments < documents ? ` (all ${documents} documents at that rate: ~${((written(batched) / perRowRate)).toFixed(0)} s)` : ''),
      `  ratio batched / per-row: ${(batchedRate / perRowRate).toFixed(1)}x (target >= ${TARGET_RATIO}x: ${batchedRate / perRowRate >= TARGET_RATIO ? 'met' : 'MISSED'})`,
      `  re-import with no change: ${(again.milliseconds / 1000).toFixed(2)} s, ${again.unchangedDocuments}/${again.documents} documents unchanged, counters: +${again.nodesCreated} nodes, +${again.relationshipsCreated} relationships, ${again.propertiesSet} properties set, -${again.nodesDeleted} nodes, -${again.relationshipsDeleted} relationships`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (again.unchangedDocuments !== again.documents) process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

main().catch((error) => {
  process.stderr.write(isKgError(error) ? `neo4j-write bench: ${error.message}\n` : `${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
});
