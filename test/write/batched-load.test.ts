/**
 * Documents sharing transactions (a first load with a row budget) against the real Neo4j: the
 * database ends exactly as when every document has its own transaction, a rerun changes
 * nothing, and a load that fails part way leaves whole documents that a rerun completes.
 */
import { KgError } from '../../src/errors/kg-error';
import type { DocumentExtraction } from '../../schema/records';
import { ensureSchema } from '../../src/write/ensure-schema';
import { writeExtractions, type WriteOptions } from '../../src/write/write-extractions';
import { deleteNamespace, useTestNamespace, read, type TestDatabase } from '../db/test-database';
import { expectedSize, syntheticExtractions } from './helpers/synthetic-extractions';

const P = 'kgtest-batch-';
const GRAPH = `/kgtest/${P}graph.json`;
const SHAPE = { prefix: P, documents: 12, entitiesPerDocument: 30, sharedEntities: 8, relationsPerDocument: 25, stancesPerDocument: 10 };
/** About 3 documents' rows: 12 documents give 4 transactions. */
const BUDGET = 300;

let db: TestDatabase;
useTestNamespace(P, (opened) => (db = opened));
beforeAll(async () => {
  await ensureSchema(db.driver, db.config.database);
});
beforeEach(async () => {
  await deleteNamespace(db, P);
});

const write = (extractions: readonly DocumentExtraction[], options: WriteOptions = {}) =>
  writeExtractions(db.driver, extractions, { database: db.config.database, graph: GRAPH, ensureSchema: false, ...options });

/** Everything under the prefix, as sorted plain text: labels and properties of nodes, ends, type and properties of relationships. */
async function dump(): Promise<string[]> {
  const nodes = await read(db, 'MATCH (n) WHERE n.id STARTS WITH $p RETURN labels(n) AS labels, properties(n) AS props', { p: P });
  const rels = await read(db, 'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props', { p: P });
  const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return [
    ...nodes.map((n) => JSON.stringify({ labels: (n.labels as string[]).sort(), props: sortKeys(n.props as Record<string, unknown>) })),
    ...rels.map((r) => JSON.stringify({ from: r.from, type: r.type, to: r.to, props: sortKeys(r.props as Record<string, unknown>) })),
  ].sort();
}

describe('a load whose documents share transactions', () => {
  it('should leave the database exactly as writing each document in its own transaction does, in fewer transactions', async () => {
    const extractions = syntheticExtractions(SHAPE);
    const perDocument = await write(extractions);
    const expected = await dump();
    expect(perDocument.transactions).toBe(12);
    expect(expected).toHaveLength(expectedSize(extractions).nodes + expectedSize(extractions).relationships);

    await deleteNamespace(db, P);
    const batched = await write(extractions, { transactionRows: BUDGET });
    expect(await dump()).toEqual(expected);
    expect(batched.transactions).toBeLessThan(6);
    expect(batched.transactions).toBeGreaterThan(1);
    expect(batched.nodesCreated).toBe(perDocument.nodesCreated);
    expect(batched.relationshipsCreated).toBe(perDocument.relationshipsCreated);
  });

  it('should change nothing when the same load runs again', async () => {
    const extractions = syntheticExtractions(SHAPE);
    await write(extractions, { transactionRows: BUDGET });
    const before = await dump();
    const again = await write(extractions, { transactionRows: BUDGET });
    expect(again.unchangedDocuments).toBe(12);
    expect({ created: again.nodesCreated + again.relationshipsCreated, deleted: again.nodesDeleted + again.relationshipsDeleted, set: again.propertiesSet }).toEqual({
      created: 0,
      deleted: 0,
      set: 0,
    });
    expect(await dump()).toEqual(before);
  });

  it('should replace changed documents and skip unchanged ones that share a transaction with new ones', async () => {
    const first = syntheticExtractions(SHAPE);
    const revised = syntheticExtractions({ ...SHAPE, revision: 1 });
    // Some documents unchanged, some with new text, some not written before at all.
    const mix = [...first.slice(0, 4), ...revised.slice(4, 8), ...first.slice(8)];
    await write(mix);
    const expected = await dump();

    await deleteNamespace(db, P);
    await write(first.slice(0, 8), { transactionRows: BUDGET });
    const summary = await write(mix, { transactionRows: BUDGET });
    expect(await dump()).toEqual(expected);
    expect(summary.unchangedDocuments).toBe(4);
  });

  it('should keep only whole documents when a transaction fails part way, and a rerun ends equal to an uninterrupted load', async () => {
    const extractions = syntheticExtractions(SHAPE);
    await write(extractions, { transactionRows: BUDGET });
    const expected = await dump();
    await deleteNamespace(db, P);

    let transactions = 0;
    let committed: string[] = [];
    let pending: readonly string[] = [];
    let failure: unknown;
    try {
      await write(extractions, {
        transactionRows: BUDGET,
        beforeCommit: (ids) => {
          transactions += 1;
          if (transactions === 3) throw new Error('simulated crash before the third commit');
          pending = ids;
        },
        onProgress: (_done, _total, id) => {
          if (pending.includes(id)) committed.push(id);
        },
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(KgError);
    expect((failure as KgError).code).toBe('E_DB_WRITE');
    expect((failure as KgError).message).toMatch(/the \d+ sources "kgtest-batch-doc-\d+" .* were not written, nothing of them was kept/);
    expect((failure as KgError).message).toContain(`the ${committed.length} documents before them are written, and running the import again completes the rest`);

    // The first two transactions' sources are in, whole (every stance of each); nothing of the third.
    const sources = await read(
      db,
      `MATCH (s:Source) WHERE s.id STARTS WITH $p
       OPTIONAL MATCH (st:Stance)-[:STATED_IN]->(s)
       RETURN s.id AS id, s.fingerprint IS NOT NULL AS complete, count(st) AS stances ORDER BY id`,
      { p: P },
    );
    committed = [...committed].sort();
    expect(sources.map((s) => s.id)).toEqual(committed);
    expect(committed.length).toBeGreaterThan(1);
    for (const source of sources) expect(source).toMatchObject({ complete: true, stances: 10 });

    const rerun = await write(extractions, { transactionRows: BUDGET });
    expect(rerun.unchangedDocuments).toBe(committed.length);
    expect(await dump()).toEqual(expected);
  });
});
