/**
 * `kg import --neo4j` end to end, as a user runs it: the seed interview (copied under a test
 * source id) goes through the real pipeline into the real server, a second run changes nothing,
 * and `kg query` finds what was written. Clean-up replaces the test source with an empty
 * extraction, so the writer itself removes exactly what only that source supported (entities a
 * developer's own import also mentions stay), then the source node goes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeExtractions } from '../../src/write/write-extractions';
import { openTestDatabase, read, type TestDatabase } from '../db/test-database';
import { makeExtraction } from './helpers/make-extraction';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = 'kgtest-cli-interview';

function kg(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let db: TestDatabase;
let dir: string;

async function removeTestSource(): Promise<void> {
  await writeExtractions(db.driver, [makeExtraction({ id: SOURCE, text: 'removed', entities: [] })], { database: db.config.database, ensureSchema: false });
  await db.driver.executeQuery('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: SOURCE }, { database: db.config.database });
}

beforeAll(async () => {
  db = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-neo4j-'));
  fs.copyFileSync(path.join(ROOT, 'import', 'cabar-2022-01-ivar-dale-kazakhstan-protests.txt'), path.join(dir, 'interview.txt'));
  const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'import', 'sources.json'), 'utf8')) as { file: string }[];
  const entry = meta.find((m) => m.file === 'cabar-2022-01-ivar-dale-kazakhstan-protests.txt')!;
  fs.writeFileSync(path.join(dir, 'sources.json'), JSON.stringify([{ ...entry, file: 'interview.txt', id: SOURCE }]));
  await removeTestSource();
});

afterAll(async () => {
  if (!db) return;
  await removeTestSource();
  await db.driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('kg import --neo4j', () => {
  it('should write the interview, change nothing the second time, and answer kg query', async () => {
    const out = path.join(dir, 'out', 'graph.json');
    const first = kg(['import', path.join(dir, 'interview.txt'), '--out', out, '--neo4j', '--quiet']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const [source] = await read(db, 'MATCH (s:Source {id: $id}) RETURN s.title AS title, COUNT { (s)<-[:STATED_IN]-() } AS stances', { id: SOURCE });
    expect(source!.title).toMatch(/Ivar Dale/);
    expect(source!.stances).toBeGreaterThan(10);

    const second = kg(['import', path.join(dir, 'interview.txt'), '--out', out, '--neo4j']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/1 document \(1 unchanged\), \+0 nodes, \+0 relationships, 0 properties set, -0 nodes, -0 relationships/);

    const query = kg(['query', 'stances-about', '--param', 'target=Kassym-Jomart Tokayev', '--param', 'polarity=oppose', '--json']);
    expect(query.code).toBe(0);
    const rows = (JSON.parse(query.stdout) as { holder: string; quote: string; source: string }[]).filter((r) => r.source === SOURCE);
    expect(rows.map((r) => r.holder)).toContain('Ivar Dale');
    const text = fs.readFileSync(path.join(dir, 'interview.txt'), 'utf8');
    for (const row of rows) expect(text).toContain(row.quote);
  }, 240_000);
});
