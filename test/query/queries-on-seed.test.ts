/**
 * Every named query on the real pipeline's output for the two documents in import/ (the CABAR.asia
 * interview with Ivar Dale and a news report), written to the real server. Expected answers are
 * worked out from the extractions themselves, so the test checks that Neo4j and the queries give
 * back exactly what the pipeline found, plus a few facts a reader of the interview would check.
 * Ids are put under a test prefix so this never touches a developer's own import of the same files.
 */
import path from 'node:path';
import type { DocumentExtraction } from '../../schema/records';
import { importSources } from '../../src/pipeline/import-sources';
import { bindParams } from '../../src/query/bind-params';
import { loadQuery } from '../../src/query/load-queries';
import { runQuery } from '../../src/query/run-query';
import { documentRows } from '../../src/write/document-rows';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace, openTestDatabase, type TestDatabase } from '../db/test-database';
import { namespaceExtraction } from '../write/helpers/namespace-extraction';

const P = 'kgtest-seed-';
const ROOT = path.resolve(__dirname, '..', '..');
const INTERVIEW = `${P}cabar-2022-01-ivar-dale-kazakhstan-protests`;
const REPORT = `${P}bishkek-2025-03-kun-media-detentions`;

let db: TestDatabase;
let docs: DocumentExtraction[];
let interview: DocumentExtraction;
const names = new Map<string, string>();

beforeAll(async () => {
  const imported = await importSources([
    path.join(ROOT, 'import', 'cabar-2022-01-ivar-dale-kazakhstan-protests.txt'),
    path.join(ROOT, 'import', 'bishkek-2025-03-kun-media-detentions.txt'),
  ]);
  expect(imported.failures).toEqual([]);
  docs = imported.extractions.map((x) => namespaceExtraction(x, P));
  interview = docs.find((d) => d.source.id === INTERVIEW)!;
  // The writer takes an entity's name from the first source in id order; so does this map.
  const ordered = [...docs].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));
  for (const doc of ordered) for (const entity of doc.entities) if (!names.has(entity.id)) names.set(entity.id, entity.label);
  db = await openTestDatabase();
  await deleteNamespace(db, P);
  const summary = await writeExtractions(db.driver, docs, { database: db.config.database });
  expect(summary.documents).toBe(2);
}, 120_000);

afterAll(async () => {
  if (!db) return;
  await deleteNamespace(db, P);
  await db.driver.close();
});

const ask = async (name: string, given: Record<string, string>) => {
  const query = loadQuery(name);
  return (await runQuery(db.driver, query, bindParams(query, given), { database: db.config.database })).rows;
};
const idOf = (label: string) => interview.entities.find((e) => e.label === label)?.id;
const sortRows = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('named queries on the imported interview', () => {
  it('stances-about should give exactly the stances the pipeline found against Tokayev, Ivar Dale among the holders, with his verbatim quote', async () => {
    const tokayev = idOf('Kassym-Jomart Tokayev')!;
    expect(tokayev).toBeDefined();
    const rows = await ask('stances-about', { target: tokayev, polarity: 'oppose' });
    const stances = documentRows(interview).stances.filter((s) => s.target === tokayev && s.polarity === 'oppose');
    expect(stances.length).toBeGreaterThan(0);
    expect(sortRows(rows.map((r) => [r.holder, r.code, r.quote, r.offset]))).toEqual(sortRows(stances.map((s) => [names.get(s.holder), s.code, s.quote, s.start])));

    const dale = rows.filter((r) => r.holder === 'Ivar Dale');
    expect(dale.length).toBeGreaterThan(0);
    for (const row of dale) {
      expect(row.source).toBe(INTERVIEW);
      expect(interview.source.text.slice(row.offset as number, (row.offset as number) + (row.quote as string).length)).toBe(row.quote);
    }
  });

  it('stances-about should find a target by its name in any case, for the CSTO too', async () => {
    const csto = interview.entities.find((e) => /collective security treaty/i.test(e.label));
    expect(csto).toBeDefined();
    const rows = (await ask('stances-about', { target: csto!.label.toUpperCase() })).filter((r) => String(r.source).startsWith(P));
    const expected = documentRows(interview).stances.filter((s) => s.target === csto!.id);
    expect(rows).toHaveLength(expected.length);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('stances-about the CSTO deployment should list Ivar Dale among its opponents, with the sentence he said', async () => {
    const forces = interview.entities.find((e) => e.kind === 'Group' && /CSTO/.test(e.label));
    expect(forces).toBeDefined();
    const rows = await ask('stances-about', { target: forces!.id, polarity: 'oppose' });
    const dale = rows.filter((r) => r.holder === 'Ivar Dale' && r.source === INTERVIEW);
    expect(dale.map((r) => r.quote)).toContain('Foreign troops should withdraw as soon as possible.');
  });

  it('opposing-holders should pair every supporter with every opponent of the same target, as the extractions have them', async () => {
    const stances = docs.flatMap((d) => documentRows(d).stances);
    const expected: string[][] = [];
    for (const pro of stances.filter((s) => s.polarity === 'support'))
      for (const contra of stances.filter((s) => s.polarity === 'oppose' && s.target === pro.target && s.holder !== pro.holder))
        expected.push([names.get(pro.target)!, names.get(pro.holder)!, pro.quote, names.get(contra.holder)!, contra.quote]);
    expect(expected.length).toBeGreaterThan(0);
    const targets = [...new Set(stances.map((s) => s.target))];
    const rows: Record<string, unknown>[] = [];
    for (const target of targets) rows.push(...(await ask('opposing-holders', { target })));
    // The query returns each distinct pair once.
    expect(sortRows(rows.map((r) => [r.target, r.supporter, r.supporterQuote, r.opponent, r.opponentQuote]))).toEqual([...new Set(expected.map((e) => JSON.stringify(e)))].sort());
  });

  it('source-says should list every stance and relation of the interview in text order, each quote cut from the text at its offset', async () => {
    const rows = await ask('source-says', { source: INTERVIEW });
    const planned = documentRows(interview);
    expect(rows.filter((r) => r.kind === 'stance')).toHaveLength(planned.stances.length);
    // What the source says: facts only the gazetteer knows are no part of it.
    expect(rows.filter((r) => r.kind === 'relation')).toHaveLength(planned.relations.filter((r) => r.via === 'text').length);
    const offsets = rows.map((r) => r.offset as number);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const row of rows) expect(interview.source.text.slice(row.offset as number, (row.offset as number) + (row.quote as string).length)).toBe(row.quote);
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'relation', subject: 'Ivar Dale', object: 'Norwegian Helsinki Committee' }));
  });

  it('shared-entities should list exactly the entities both documents mention', async () => {
    const report = docs.find((d) => d.source.id === REPORT)!;
    const inReport = new Set(report.entities.map((e) => e.id));
    const expected = [...new Set(interview.entities.filter((e) => inReport.has(e.id)).map((e) => names.get(e.id)!))].sort();
    const rows = await ask('shared-entities', { a: INTERVIEW, b: REPORT });
    expect(rows.map((r) => r.entity as string).sort()).toEqual(expected);
    for (const row of rows) expect(row.mentionsInA as number).toBeGreaterThanOrEqual(0);
  });

  it('shortest-path should link Ivar Dale to Kazakhstan in as few hops as a search over the extraction finds', async () => {
    const dale = idOf('Ivar Dale')!;
    const kazakhstan = idOf('Kazakhstan')!;
    // Breadth-first search over relations and stance edges, the same edges the query may walk.
    const edges = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (!edges.has(a)) edges.set(a, new Set());
      if (!edges.has(b)) edges.set(b, new Set());
      edges.get(a)!.add(b);
      edges.get(b)!.add(a);
    };
    const planned = docs.map((doc) => documentRows(doc));
    for (const rows of planned) {
      for (const r of rows.relations) link(r.from, r.to);
      for (const s of rows.stances) {
        link(s.holder, s.id);
        link(s.id, s.target);
      }
    }
    const depth = new Map([[dale, 0]]);
    const queue = [dale];
    while (queue.length) {
      const node = queue.shift()!;
      for (const next of edges.get(node) ?? []) if (!depth.has(next)) depth.set(next, depth.get(node)! + 1), queue.push(next);
    }
    const rows = await ask('shortest-path', { from: dale, to: kazakhstan });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.hops).toBe(depth.get(kazakhstan));
    expect(rows[0]!.path).toMatch(/^Ivar Dale .* Kazakhstan$/);
  });

  it('top-entities should rank the interview entities by their mention counts', async () => {
    const counts = new Map<string, number>();
    for (const m of interview.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    const rows = await ask('top-entities', { source: INTERVIEW, limit: '5' });
    const expectedCounts = [...interview.entities.map((e) => counts.get(e.id) ?? 0)].sort((a, b) => b - a).slice(0, 5);
    expect(rows.map((r) => r.mentions)).toEqual(expectedCounts);
    for (const row of rows) {
      const entity = interview.entities.find((e) => e.label === row.entity)!;
      expect(row.mentions).toBe(counts.get(entity.id) ?? 0);
    }
  });

  it('top-entities by degree should put Ivar Dale first, as the extractions count his relations and stances', async () => {
    const degree = new Map<string, number>();
    const add = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const rows of docs.map((doc) => documentRows(doc))) {
      for (const r of rows.relations) add(r.from), add(r.to);
      for (const st of rows.stances) add(st.holder), add(st.target);
    }
    const [top] = await ask('top-entities', { source: INTERVIEW, by: 'degree', limit: '1' });
    const best = Math.max(...interview.entities.map((e) => degree.get(e.id) ?? 0));
    expect(top).toMatchObject({ entity: 'Ivar Dale', degree: best });
  });

  it('sources should list both documents with their entity and stance counts', async () => {
    const rows = (await ask('sources', {})).filter((r) => String(r.source).startsWith(P));
    expect(rows.map((r) => [r.source, r.entities, r.stances]).sort()).toEqual(
      docs.map((d) => [d.source.id, new Set(d.entities.map((e) => e.id)).size, documentRows(d).stances.length]).sort(),
    );
  });

  it('should change nothing when the same documents are written again, even through every merge', async () => {
    for (const rewriteUnchanged of [false, true]) {
      const again = await writeExtractions(db.driver, docs, { database: db.config.database, rewriteUnchanged });
      expect(again).toMatchObject({ unchangedDocuments: 2, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    }
  });
});
