/**
 * Adding one article writes to Neo4j only the sources the run changed, once one statement has
 * checked that the database holds every other source of the graph with its fingerprint. When it
 * does not (the earlier imports went to graph.json alone, or someone deleted a source in the
 * database), those sources are written too: after the import Neo4j equals graph.json. Real local
 * Neo4j; the people and organisations are invented and named nowhere else.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as kgImport } from '../../src/cli/commands/import';
import { graphIdFor } from '../../src/pipeline/write-outputs';
import { readGraphFromNeo4j } from '../../src/serve/neo4j-graph-source';
import { writeExtractions } from '../../src/write/write-extractions';
import { openTestDatabase, type TestDatabase } from '../db/test-database';

let db: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-behind-'));
const out = join(dir, 'out', 'graph.json');
const write = (name: string, body: string) => {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, body);
  return file;
};

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  if (!db) return;
  await writeExtractions(db.driver, [], { database: db.config.database, graph: graphIdFor(out) });
  await db.driver.close();
});

async function expectNeo4jEqualsGraphJson(): Promise<void> {
  const file = JSON.parse(readFileSync(out, 'utf8'));
  const neo4j = await readGraphFromNeo4j(db.driver, db.config, 30_000, graphIdFor(out));
  expect(neo4j).toEqual(file);
}

describe('kg import --neo4j of one article into an archive Neo4j is behind on', () => {
  it('should write the sources the database lacks as well as the new one', async () => {
    const first = write('first', 'Harbour notes\n\nAsel Behindova, director of the Behind Ferry Board, said the timetable was a mistake.\n');
    const second = write('second', 'Ferry notes\n\nTimur Behindov praised Asel Behindova for the new timetable.\n');
    expect(await kgImport([first, second, '--out', out, '--no-neo4j', '--quiet'])).toBe(0);
    const third = write('third', 'Quay notes\n\nTimur Behindov works for the Behind Ferry Board. He criticised the Behind Ferry Board for the delays.\n');
    expect(await kgImport([third, '--out', out, '--neo4j', '--quiet'])).toBe(0);
    await expectNeo4jEqualsGraphJson();
  });

  it('should write again a source whose rows the database lost, and nothing else', async () => {
    await db.driver.executeQuery('MATCH (s:Source {id: $id}) SET s.fingerprint = null', { id: 'first' }, { database: db.config.database });
    const fourth = write('fourth', 'Pier notes\n\nAsel Behindova said the Behind Ferry Board must publish the figures.\n');
    expect(await kgImport([fourth, '--out', out, '--neo4j', '--quiet'])).toBe(0);
    await expectNeo4jEqualsGraphJson();
  });
});
