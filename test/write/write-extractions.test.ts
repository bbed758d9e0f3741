/**
 * The writer against the real local Neo4j (`kg db start`, or NEO4J_URI). Every id is under this
 * suite's prefix, deleted before and after, so nothing else in the database is touched.
 */
import { KgError } from '../../src/errors/kg-error';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace, useTestNamespace, read, type TestDatabase } from '../db/test-database';
import { makeExtraction, type ExtractionSpec } from './helpers/make-extraction';

const P = 'kgtest-write-';

const TEXT_A =
  'Ivar Dale, of the Norwegian Helsinki Committee, said the CSTO deployment was a mistake. ' +
  'Tokayev praised the CSTO for restoring order. Dale works for the Norwegian Helsinki Committee.';

const specA = (): ExtractionSpec => ({
  id: `${P}a`,
  text: TEXT_A,
  entities: [
    { id: `${P}dale`, kind: 'Person', label: 'Ivar Dale', aliases: ['Dale'], mentions: 3 },
    { id: `${P}nhc`, kind: 'Organisation', label: 'Norwegian Helsinki Committee', aliases: ['NHC'], mentions: 2 },
    { id: `${P}csto`, kind: 'Organisation', label: 'CSTO', aliases: ['Collective Security Treaty Organization'], wikidata: 'Q1066977', mentions: 2 },
    { id: `${P}tokayev`, kind: 'Person', label: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'] },
  ],
  stances: [
    { holder: `${P}dale`, target: `${P}csto`, polarity: 'oppose', code: '111', quote: 'the CSTO deployment was a mistake' },
    { holder: `${P}tokayev`, target: `${P}csto`, polarity: 'support', code: '051', quote: 'Tokayev praised the CSTO for restoring order' },
  ],
  relations: [{ type: 'WORKS_FOR', from: `${P}dale`, to: `${P}nhc`, quote: 'Dale works for the Norwegian Helsinki Committee', role: 'adviser' }],
});

const specB = (): ExtractionSpec => ({
  id: `${P}b`,
  text: 'The CSTO said its mission in Kazakhstan is over. Kazakhstan thanked the CSTO.',
  entities: [
    { id: `${P}csto`, kind: 'Organisation', label: 'Collective Security Treaty Organisation', aliases: ['ODKB'], mentions: 2 },
    { id: `${P}kz`, kind: 'Country', label: 'Kazakhstan', mentions: 2 },
  ],
  stances: [{ holder: `${P}kz`, target: `${P}csto`, polarity: 'support', code: '051', quote: 'Kazakhstan thanked the CSTO' }],
});

let db: TestDatabase;

useTestNamespace(P, (opened) => (db = opened));

beforeEach(async () => {
  await deleteNamespace(db, P);
});

const write = (specs: ExtractionSpec[], options = {}) => writeExtractions(db.driver, specs.map(makeExtraction), { database: db.config.database, ...options });

async function namespaceCounts(): Promise<{ nodes: number; relationships: number }> {
  const [nodes] = await read(db, 'MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS c', { p: P });
  const [rels] = await read(db, 'MATCH (n)-[r]->() WHERE n.id STARTS WITH $p RETURN count(r) AS c', { p: P });
  return { nodes: nodes!.c as number, relationships: rels!.c as number };
}

/** Pairs of nodes joined by more than one relationship of the same type and evidence id. */
async function duplicateRelationships(): Promise<number> {
  const [row] = await read(
    db,
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p
     WITH a, b, type(r) AS t, r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS c`,
    { p: P },
  );
  return row!.c as number;
}

describe('writeExtractions', () => {
  it('should write entities with their kind labels, stances with holder, target and source, relations with evidence, and mention counts', async () => {
    const summary = await write([specA()]);
    expect(summary.documents).toBe(1);
    expect(summary.nodesCreated).toBe(1 + 4 + 2); // source, entities, stances
    expect(summary.relationshipsCreated).toBe(4 + 2 * 3 + 1); // mentions, stance edges, WORKS_FOR

    const [dale] = await read(db, 'MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, e.name AS name, e.aliases AS aliases', { id: `${P}dale` });
    expect(dale).toEqual({ labels: expect.arrayContaining(['Entity', 'Person']), name: 'Ivar Dale', aliases: ['Dale'] });

    const stances = await read(
      db,
      `MATCH (h:Entity)-[:HOLDS]->(st:Stance)-[:ABOUT]->(t:Entity {id: $csto}), (st)-[:STATED_IN]->(s:Source)
       RETURN h.name AS holder, st.polarity AS polarity, st.code AS code, st.quote AS quote, st.start AS start, st.end AS end, s.id AS source ORDER BY holder`,
      { csto: `${P}csto` },
    );
    const quote = 'the CSTO deployment was a mistake';
    expect(stances).toEqual([
      { holder: 'Ivar Dale', polarity: 'oppose', code: '111', quote, start: TEXT_A.indexOf(quote), end: TEXT_A.indexOf(quote) + quote.length, source: `${P}a` },
      expect.objectContaining({ holder: 'Kassym-Jomart Tokayev', polarity: 'support', code: '051' }),
    ]);

    const [relation] = await read(
      db,
      `MATCH (:Entity {id: $from})-[r:WORKS_FOR]->(:Entity {id: $to})
       RETURN r.source AS source, r.quote AS quote, r.role AS role, valueType(r.start) AS startType, r.end - r.start AS length`,
      { from: `${P}dale`, to: `${P}nhc` },
    );
    expect(relation).toEqual({
      source: `${P}a`,
      quote: 'Dale works for the Norwegian Helsinki Committee',
      role: 'adviser',
      startType: 'INTEGER NOT NULL',
      length: 'Dale works for the Norwegian Helsinki Committee'.length,
    });

    const [mention] = await read(db, 'MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(:Source {id: $s}) RETURN m.count AS count', { id: `${P}dale`, s: `${P}a` });
    expect(mention).toEqual({ count: 3 });
    const [source] = await read(db, 'MATCH (s:Source {id: $s}) RETURN s.title AS title, s.sha256 AS sha256, s.publisher AS publisher', { s: `${P}a` });
    expect(source).toEqual({ title: `Fixture ${P}a`, sha256: makeExtraction(specA()).source.sha256, publisher: 'Fixture Press' });
  });

  it('should create, set and delete nothing when the same sources are written again', async () => {
    await write([specA(), specB()]);
    const before = await namespaceCounts();
    const again = await write([specA(), specB()]);
    expect(again).toMatchObject({
      documents: 2,
      unchangedDocuments: 2,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
      labelsAdded: 0,
    });
    // The fingerprint on each Source says nothing changed: one statement per document.
    expect(again.statements).toBe(2);
    expect(await namespaceCounts()).toEqual(before);
  });

  it('should change nothing either when unchanged sources are pushed through every merge again', async () => {
    await write([specA(), specB()]);
    const before = await namespaceCounts();
    const forced = await write([specA(), specB()], { rewriteUnchanged: true });
    expect(forced.statements).toBeGreaterThan(2);
    expect(forced).toMatchObject({ unchangedDocuments: 2, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 });
    expect(await namespaceCounts()).toEqual(before);
  });

  it('should write a source again when only its extraction changed, not its text', async () => {
    await write([specA()]);
    const relabelled = specA();
    relabelled.stances![0] = { ...relabelled.stances![0]!, code: '112' };
    const summary = await write([relabelled]);
    expect(summary.unchangedDocuments).toBe(0);
    expect(summary.propertiesSet).toBeGreaterThan(0);
    const [stance] = await read(db, 'MATCH (:Entity {id: $id})-[:HOLDS]->(st:Stance) RETURN st.code AS code', { id: `${P}dale` });
    expect(stance).toEqual({ code: '112' });
  });

  it('should keep one node for an entity two sources share, with the names of both', async () => {
    await write([specA(), specB()]);
    const rows = await read(db, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.wikidata AS wikidata', { id: `${P}csto` });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('CSTO');
    expect(rows[0]!.wikidata).toBe('Q1066977');
    expect(rows[0]!.aliases).toEqual(expect.arrayContaining(['Collective Security Treaty Organization', 'Collective Security Treaty Organisation', 'ODKB']));
    const [sources] = await read(db, 'MATCH (:Entity {id: $id})-[:MENTIONED_IN]->(s:Source) RETURN count(s) AS c', { id: `${P}csto` });
    expect(sources!.c).toBe(2);
  });

  it('should replace what only a changed source supported and keep what another source also supports', async () => {
    await write([specA(), specB()]);
    const changedText = 'Ivar Dale said the CSTO deployment was legal but unwise. Dale works for the Norwegian Helsinki Committee.';
    const changed: ExtractionSpec = {
      id: `${P}a`,
      text: changedText,
      entities: [
        { id: `${P}dale`, kind: 'Person', label: 'Ivar Dale', aliases: ['Dale'], mentions: 2 },
        { id: `${P}nhc`, kind: 'Organisation', label: 'Norwegian Helsinki Committee', mentions: 1 },
        { id: `${P}csto`, kind: 'Organisation', label: 'CSTO', mentions: 1 },
      ],
      stances: [{ holder: `${P}dale`, target: `${P}csto`, polarity: 'mixed', code: '010', quote: 'the CSTO deployment was legal but unwise' }],
      relations: [{ type: 'WORKS_FOR', from: `${P}dale`, to: `${P}nhc`, quote: 'Dale works for the Norwegian Helsinki Committee', role: 'adviser' }],
    };
    const summary = await write([changed]);
    expect(summary.nodesDeleted).toBeGreaterThan(0);

    // Tokayev was only in the old text of source a: gone, with his stance.
    expect(await read(db, 'MATCH (e:Entity {id: $id}) RETURN e', { id: `${P}tokayev` })).toEqual([]);
    const stances = await read(
      db,
      'MATCH (h)-[:HOLDS]->(st:Stance)-[:STATED_IN]->(s:Source) WHERE s.id STARTS WITH $p RETURN h.name AS holder, st.quote AS quote, s.id AS source ORDER BY source',
      { p: P },
    );
    expect(stances).toEqual([
      { holder: 'Ivar Dale', quote: 'the CSTO deployment was legal but unwise', source: `${P}a` },
      { holder: 'Kazakhstan', quote: 'Kazakhstan thanked the CSTO', source: `${P}b` },
    ]);
    // The CSTO is still supported by source b, and by the new text of a.
    const [csto] = await read(db, 'MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(s:Source) RETURN count(s) AS sources, sum(m.count) AS mentions', { id: `${P}csto` });
    expect(csto).toEqual({ sources: 2, mentions: 3 });
    // The relation's evidence moved to its new offset: one relationship, not two.
    const relations = await read(db, 'MATCH (:Entity {id: $from})-[r:WORKS_FOR]->() RETURN r.start AS start', { from: `${P}dale` });
    expect(relations).toEqual([{ start: changedText.indexOf('Dale works') }]);
    const [source] = await read(db, 'MATCH (s:Source {id: $s}) RETURN s.sha256 AS sha256', { s: `${P}a` });
    expect(source!.sha256).toBe(makeExtraction(changed).source.sha256);
  });

  it('should keep nothing of a document whose transaction fails half way, and a rerun completes it without duplicates', async () => {
    const specs = [specA(), specB()];
    let failed: unknown;
    try {
      await write(specs, {
        batchSize: 1,
        onStatement: (sourceId: string, statement: number) => {
          if (sourceId === `${P}b` && statement === 4) throw new Error('simulated crash in the middle of a document');
        },
      });
    } catch (error) {
      failed = error;
    }
    expect(failed).toBeInstanceOf(KgError);
    expect((failed as KgError).code).toBe('E_DB_WRITE');
    expect((failed as KgError).message).toContain(`source "${P}b" (fixtures/${P}b.txt) was not written, nothing of it was kept`);
    expect((failed as KgError).message).toContain('the 1 document before it is written, and running the import again completes the rest');
    // Document a committed before; nothing of b is there (not its source, not its own entity).
    expect(await read(db, 'MATCH (s:Source) WHERE s.id STARTS WITH $p RETURN s.id AS id', { p: P })).toEqual([{ id: `${P}a` }]);
    expect(await read(db, 'MATCH (e:Entity {id: $id}) RETURN e', { id: `${P}kz` })).toEqual([]);

    const rerun = await write(specs);
    expect(rerun.unchangedDocuments).toBe(1);
    const afterRerun = await namespaceCounts();
    await deleteNamespace(db, P);
    await write(specs);
    expect(afterRerun).toEqual(await namespaceCounts());
    expect(await duplicateRelationships()).toBe(0);
  });

  it('should give the same graph written one statement per row as written in batches', async () => {
    const perRow = await write([specA(), specB()], { batchSize: 1 });
    const perRowCounts = await namespaceCounts();
    await deleteNamespace(db, P);
    const batched = await write([specA(), specB()], { batchSize: 1000 });
    expect(await namespaceCounts()).toEqual(perRowCounts);
    expect(perRow.statements).toBeGreaterThan(batched.statements);
    expect(perRow.nodesCreated).toBe(batched.nodesCreated);
  });

  it('should store names and quotes full of Cypher syntax, backticks, quotes and non-Latin scripts as data', async () => {
    const evil = "Robert'); MATCH (n) DETACH DELETE n; //";
    const backticks = '`Entity`:Person {id: "x"}) DELETE n //';
    const text = `${evil} said: "$rows \\' \` ${'}'} RETURN 1". Касым-Жомарт Токаев сказал: «ОДКБ уйдёт». 习近平表示支持。`;
    const spec: ExtractionSpec = {
      id: `${P}evil`,
      text,
      entities: [
        { id: `${P}evil-1`, kind: 'Person', label: evil, aliases: [backticks, 'O\'Brien "the" `quoted`'] },
        { id: `${P}tokayev-ru`, kind: 'Person', label: 'Касым-Жомарт Токаев', aliases: ['Токаев'] },
        { id: `${P}odkb`, kind: 'Organisation', label: 'ОДКБ' },
        { id: `${P}xi`, kind: 'Person', label: '习近平' },
      ],
      stances: [
        { holder: `${P}evil-1`, target: `${P}odkb`, polarity: 'neutral', code: '010', quote: `"$rows \\' \` } RETURN 1"` },
        { holder: `${P}tokayev-ru`, target: `${P}odkb`, polarity: 'support', code: '013', quote: '«ОДКБ уйдёт»' },
        { holder: `${P}xi`, target: `${P}odkb`, polarity: 'support', code: '051', quote: '习近平表示支持' },
      ],
    };
    const [before] = await read(db, 'MATCH (n) RETURN count(n) AS nodes');
    await write([spec]);
    const [after] = await read(db, 'MATCH (n) RETURN count(n) AS nodes');
    expect((after!.nodes as number) - (before!.nodes as number)).toBe(1 + 4 + 3);

    const [stored] = await read(db, 'MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, labels(e) AS labels', { id: `${P}evil-1` });
    expect(stored).toEqual({ name: evil, aliases: [backticks, 'O\'Brien "the" `quoted`'].sort(), labels: expect.arrayContaining(['Entity', 'Person']) });
    expect((stored!.labels as string[]).sort()).toEqual(['Entity', 'Person']);
    const quotes = await read(db, 'MATCH (st:Stance)-[:STATED_IN]->(:Source {id: $s}) RETURN st.quote AS quote ORDER BY st.start', { s: `${P}evil` });
    expect(quotes.map((q) => q.quote)).toEqual([`"$rows \\' \` } RETURN 1"`, '«ОДКБ уйдёт»', '习近平表示支持']);
    for (const { quote } of quotes) expect(text).toContain(quote as string);
    const [xi] = await read(db, 'MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name: '习近平' });
    expect(xi).toEqual({ id: `${P}xi` });
  });

  it('should refuse the same source twice in one write', async () => {
    await expect(write([specA(), specA()])).rejects.toMatchObject({ code: 'E_DB_WRITE' });
  });

  it('should report progress after each committed document', async () => {
    const seen: string[] = [];
    await write([specB(), specA()], { onProgress: (done: number, total: number, id: string) => seen.push(`${done}/${total} ${id}`) });
    expect(seen).toEqual([`1/2 ${P}a`, `2/2 ${P}b`]);
  });
});
