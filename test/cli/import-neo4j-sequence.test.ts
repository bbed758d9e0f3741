/**
 * After any sequence of imports, edits, forgets and fresh imports, Neo4j holds exactly what
 * graph.json holds. Seeded random sequences of `kg import` / edit a source / `kg forget` /
 * `kg import --fresh`, run in-process against the real local Neo4j; after every step the graph
 * read back from Neo4j (narrowed to this graph file's sources) must equal graph.json.
 * The people and organisations are invented and named nowhere else, so no other suite's nodes mix in.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../../bench/seeded-random';
import { run as forget } from '../../src/cli/commands/forget';
import { run as kgImport } from '../../src/cli/commands/import';
import { graphIdFor } from '../../src/pipeline/write-outputs';
import { loadStore, storeDirFor } from '../../src/write/extraction-store';
import { readGraphFromNeo4j } from '../../src/serve/neo4j-graph-source';
import { writeExtractions } from '../../src/write/write-extractions';
import { openTestDatabase, type TestDatabase } from '../db/test-database';

const PEOPLE = ['Zhyldyz Kgseqova', 'Bolot Kgseqov', 'Nurlan Kgseqbaev', 'Saltanat Kgseqkyzy'];
const ORGS = ['Kgseq Water Forum', 'Kgseq Media Centre', 'Kgseq Legal Clinic'];

function text(next: () => number, title: string): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () => {
    const [p, q, o] = [pick(PEOPLE), pick(PEOPLE), pick(ORGS)];
    return pick([
      `${p}, director of the ${o}, said the new rules were a mistake.`,
      `${p} criticised the ${o} for the delays.`,
      `${p} praised ${q} for the report.`,
      `"The ${o} must publish the figures," ${p} said.`,
      `${p} works for the ${o}.`,
    ]);
  });
  return `${title}\n\n${sentences.join(' ')}\n`;
}

let db: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-sequence-'));
const out = join(dir, 'out', 'graph.json');
const files = ['one', 'two', 'three', 'four'].map((name) => join(dir, `${name}.txt`));

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  if (!db) return;
  // Nothing of this graph stays behind: an empty graph for its file removes its sources.
  await writeExtractions(db.driver, [], { database: db.config.database, graph: graphIdFor(out) });
  await db.driver.close();
});

async function expectNeo4jEqualsGraphJson(step: string): Promise<void> {
  const file = JSON.parse(readFileSync(out, 'utf8'));
  const neo4j = await readGraphFromNeo4j(db.driver, db.config, 30_000, graphIdFor(out));
  expect({ step, graph: neo4j }).toEqual({ step, graph: file });
  // Only invented entities (no gazetteer QIDs another suite might also write and change meanwhile).
  expect(file.nodes.filter((n: { key: string }) => /^Q\d+$/.test(n.key))).toEqual([]);
  if (process.env.KG_DEBUG_SEQUENCE) process.stderr.write(`${step}: ${file.nodes.length} nodes, ${file.edges.length} edges\n`);
}

describe('Neo4j and graph.json after a random sequence of imports, edits, forgets and fresh imports', () => {
  it('should hold the same graph after every step', async () => {
    // One generator picks the steps, another writes the texts, so a longer text never shifts the steps.
    const next = createRandom(4711);
    const words = createRandom(815);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (const [i, file] of files.entries()) writeFileSync(file, text(words, `Report ${i}`));
    expect(await kgImport([...files.slice(0, 2), '--out', out, '--neo4j', '--quiet'])).toBe(0);
    await expectNeo4jEqualsGraphJson('first import');

    for (let step = 0; step < 10; step++) {
      const stored = loadStore(storeDirFor(out)).map((x) => x.source.id);
      const op = pick(['import', 'edit', 'forget', 'fresh'] as const);
      let label: string = op;
      if (op === 'import') {
        const chosen = files.filter(() => next() < 0.5);
        const list = chosen.length > 0 ? chosen : [pick(files)];
        label = `import ${list.length}`;
        expect(await kgImport([...list, '--out', out, '--neo4j', '--quiet'])).toBe(0);
      } else if (op === 'edit') {
        const file = pick(files);
        writeFileSync(file, text(words, `Edited report ${step}`));
        label = `edit ${file}`;
        expect(await kgImport([file, '--out', out, '--neo4j', '--quiet'])).toBe(0);
      } else if (op === 'forget' && stored.length > 1) {
        const id = pick(stored);
        label = `forget ${id}`;
        expect(await forget([id, '--out', out, '--neo4j', '--quiet'])).toBe(0);
      } else {
        const file = pick(files);
        label = `fresh ${file}`;
        expect(await kgImport([file, '--out', out, '--neo4j', '--quiet', '--fresh'])).toBe(0);
      }
      await expectNeo4jEqualsGraphJson(`step ${step}: ${label}`);
    }
    // Whatever the random steps were, every kind of step is taken at least once.
    expect(await kgImport([...files, '--out', out, '--neo4j', '--quiet'])).toBe(0);
    await expectNeo4jEqualsGraphJson('import all');
    expect(await forget(['two', '--out', out, '--neo4j', '--quiet'])).toBe(0);
    await expectNeo4jEqualsGraphJson('forget two');
    expect(await kgImport([files[0]!, '--out', out, '--neo4j', '--quiet', '--fresh'])).toBe(0);
    await expectNeo4jEqualsGraphJson('fresh one');
  });
});
