/**
 * A real crash: an import process is killed with SIGKILL while it writes, then the import is run
 * again. Neo4j must hold every document exactly once, as if the first run had never happened.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { writeExtractions } from '../../src/write/write-extractions';
import { read, type TestDatabase, useTestNamespace } from '../db/test-database';
import { expectedSize, syntheticExtractions } from './helpers/synthetic-extractions';

const P = 'kgtest-kill-';
const DOCUMENTS = 12;
const ROOT = path.resolve(__dirname, '..', '..');

let db: TestDatabase;
useTestNamespace(P, (opened) => (db = opened));

/** Start the writer in a child process and SIGKILL it right after its second commit. */
function writeAndKill(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', path.join(__dirname, 'helpers', 'write-until-killed.ts'), P, String(DOCUMENTS)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`committed 2/${DOCUMENTS}`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`writer was not killed (exit ${_code}): ${out} ${err}`))));
  });
}

describe('an import killed half way', () => {
  it('should leave only whole documents, and a rerun should complete them with no duplicates', async () => {
    const output = await writeAndKill();
    expect(output).not.toContain('finished');

    const committed = await read(db, 'MATCH (s:Source) WHERE s.id STARTS WITH $p RETURN count(s) AS c', { p: P });
    expect(committed[0]!.c).toBeGreaterThanOrEqual(2);
    expect(committed[0]!.c).toBeLessThan(DOCUMENTS);
    // Whole documents only: every committed source has all its stances (20 each), no source is half there.
    const partial = await read(
      db,
      `MATCH (s:Source) WHERE s.id STARTS WITH $p
       OPTIONAL MATCH (st:Stance)-[:STATED_IN]->(s) WITH s, count(st) AS n WHERE n <> 20 RETURN s.id AS id`,
      { p: P },
    );
    expect(partial).toEqual([]);

    const extractions = syntheticExtractions({ prefix: P, documents: DOCUMENTS, entitiesPerDocument: 60, sharedEntities: 10, relationsPerDocument: 60, stancesPerDocument: 20 });
    const rerun = await writeExtractions(db.driver, extractions, { database: db.config.database });
    expect(rerun.unchangedDocuments).toBe(committed[0]!.c);

    const expected = expectedSize(extractions);
    const [nodes] = await read(db, 'MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS c', { p: P });
    const [rels] = await read(db, 'MATCH (n)-[r]->() WHERE n.id STARTS WITH $p RETURN count(r) AS c', { p: P });
    expect({ nodes: nodes!.c, relationships: rels!.c }).toEqual(expected);
    const [dupes] = await read(db, `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p WITH a, b, type(r) AS t, r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS c`, { p: P });
    expect(dupes!.c).toBe(0);
  });
});
