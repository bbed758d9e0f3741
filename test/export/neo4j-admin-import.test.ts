/**
 * The neo4j-admin export against the real import tool and server: a generated corpus (plus a
 * document full of quotes, commas, line breaks and non-Latin names) is written by the writer
 * into the suites' server, and exported, loaded with `neo4j-admin database import full` into a
 * fresh data folder, and served by a second local server. Both must hold the same nodes,
 * relationships and properties, and the writer, run against the loaded one, finds nothing to do.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generateCorpus } from '../../bench/generate-corpus';
import type { DocumentExtraction } from '../../schema/records';
import { connectionFromEnv } from '../../src/db/connection-config';
import { importIntoLocalServer } from '../../src/db/admin-import';
import { startLocalServer, stopLocalServer } from '../../src/db/local-server';
import { openDriver } from '../../src/db/open-driver';
import { finishAdminImport } from '../../src/export/after-import';
import { writeAdminExport } from '../../src/export/write-admin-export';
import { loadStore, storeDirFor } from '../../src/write/extraction-store';
import { graphRows } from '../../src/write/graph-rows';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace, openTestDatabase, type TestDatabase } from '../db/test-database';
import { makeExtraction } from '../write/helpers/make-extraction';
import { namespaceExtraction } from '../write/helpers/namespace-extraction';

jest.setTimeout(300_000);

const P = 'kgtest-admin-';
const KG = path.resolve(__dirname, '..', '..', 'bin', 'kg.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const NASTY_TEXT = 'Aigul "Ak" Bekova, of Kaz,Data, said: "no;\nnever" \\ the plan. Касым-Жомарт Токаев сказал: «ОДКБ уйдёт».';
const nasty = (): DocumentExtraction =>
  makeExtraction({
    id: 'nasty',
    text: NASTY_TEXT,
    entities: [
      { id: 'bekova', kind: 'Person', label: 'Aigul "Ak" Bekova', aliases: ['Bekova', 'A, Bekova', "O'Brien; `x`"] },
      { id: 'kazdata', kind: 'Organisation', label: 'Kaz,Data' },
      { id: 'tokayev-ru', kind: 'Person', label: 'Касым-Жомарт Токаев' },
      { id: 'odkb', kind: 'Organisation', label: 'ОДКБ', wikidata: 'Q1066977' },
    ],
    stances: [
      { holder: 'bekova', target: 'kazdata', polarity: 'oppose', code: '111', quote: 'no;\nnever" \\ the plan' },
      { holder: 'tokayev-ru', target: 'odkb', polarity: 'support', code: '051', quote: '«ОДКБ уйдёт»' },
    ],
    relations: [{ type: 'WORKS_FOR', from: 'bekova', to: 'kazdata', quote: 'Aigul "Ak" Bekova, of Kaz,Data', role: '' }],
  });

/** Everything under the prefix as sorted text: labels and properties of nodes, ends, type and properties of relationships. */
async function dump(driver: Driver, database: string): Promise<string[]> {
  const run = async (query: string) => (await driver.executeQuery(query, { p: P }, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const norm = (value: unknown): unknown =>
    value && typeof value === 'object' && 'toNumber' in value ? (value as { toNumber(): number }).toNumber() : Array.isArray(value) ? value.map(norm) : value;
  const props = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, norm(v)]),
    );
  const nodes = await run('MATCH (n) WHERE n.id STARTS WITH $p RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await run('MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props');
  return [
    ...nodes.map((n) => JSON.stringify({ labels: [...(n.labels as string[])].sort(), props: props(n.props as Record<string, unknown>) })),
    ...rels.map((r) => JSON.stringify({ from: r.from, type: r.type, to: r.to, props: props(r.props as Record<string, unknown>) })),
  ].sort();
}

let db: TestDatabase;
let work: string;
let second: Record<string, string>;

beforeAll(async () => {
  db = await openTestDatabase();
  await deleteNamespace(db, P);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-admin-export-'));
  second = {
    KG_NEO4J_HOME: path.join(work, 'home'),
    KG_NEO4J_PORT: String(await freePort()),
    KG_NEO4J_PASSWORD: 'admin-import-pw',
    KG_NEO4J_HEAP: '512m',
    KG_NEO4J_PAGECACHE_MB: '64',
  };
});

afterAll(async () => {
  await stopLocalServer({ env: second }).catch(() => undefined);
  if (db) {
    await deleteNamespace(db, P);
    await db.driver.close();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

describe('kg export --format neo4j-admin', () => {
  it('should load with neo4j-admin into a database equal to what the writer makes, which a later import leaves unchanged', async () => {
    const corpus = path.join(work, 'corpus');
    fs.mkdirSync(corpus);
    for (const article of generateCorpus({ count: 4, seed: 11 })) fs.writeFileSync(path.join(corpus, article.name), article.text);
    const out = path.join(work, 'out', 'graph.json');
    const imported = spawnSync(process.execPath, [KG, 'import', corpus, '--out', out, '--no-neo4j', '--quiet'], { encoding: 'utf8' });
    expect(imported.stderr).toBe('');
    const extractions = [...loadStore(storeDirFor(out)), nasty()].map((x) => namespaceExtraction(x, P));
    const graph = `/kgtest/${P}graph.json`;

    await writeExtractions(db.driver, extractions, { database: db.config.database, graph });
    const written = await dump(db.driver, db.config.database);

    const exportDir = path.join(work, 'export');
    const exported = writeAdminExport(graphRows(extractions), graph, exportDir);
    expect(exported.nodes + exported.relationships).toBe(written.length);
    expect(fs.readFileSync(path.join(exportDir, 'neo4j-admin-import.sh'), 'utf8')).toContain('database import full --id-type=string');

    const loaded = await importIntoLocalServer(exportDir, { env: second });
    expect(loaded).toMatchObject({ nodes: exported.nodes, relationships: exported.relationships });
    await startLocalServer({ env: second });
    const config = connectionFromEnv(second);
    const driver = await openDriver(config, { operation: 'test' });
    try {
      await finishAdminImport(driver, config.database);
      expect(await dump(driver, config.database)).toEqual(written);
      // The writer, pointed at the loaded database, finds every source already there as it is.
      const again = await writeExtractions(driver, extractions, { database: config.database, graph, transactionRows: 20_000 });
      expect(again.unchangedDocuments).toBe(extractions.length);
      expect(again.nodesCreated + again.relationshipsCreated + again.nodesDeleted + again.relationshipsDeleted + again.propertiesSet).toBe(0);
    } finally {
      await driver.close();
    }
  });
});
