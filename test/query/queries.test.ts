/**
 * Every named query against the real server, on a small hand-built graph with known answers.
 * (queries-on-seed.test.ts runs them on the imported seed interview.)
 */
import { bindParams } from '../../src/query/bind-params';
import { loadQuery } from '../../src/query/load-queries';
import { runQuery } from '../../src/query/run-query';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace, openTestDatabase, type TestDatabase } from '../db/test-database';
import { makeExtraction } from '../write/helpers/make-extraction';

const P = 'kgtest-query-';
const INTERVIEW =
  'Ivar Dale said the CSTO deployment was a pretext for repression. Tokayev thanked the CSTO for its help. ' +
  'Dale is a senior adviser at the Norwegian Helsinki Committee, which is based in Norway.';
const REPORT = 'The CSTO finished its mission in Kazakhstan. Tokayev met CSTO officials in Almaty.';

const extractions = [
  makeExtraction({
    id: `${P}interview`,
    title: 'An interview with Ivar Dale',
    text: INTERVIEW,
    entities: [
      { id: `${P}dale`, kind: 'Person', label: 'Ivar Dale', aliases: ['Dale'], mentions: 2 },
      { id: `${P}csto`, kind: 'Organisation', label: 'CSTO', aliases: ['Collective Security Treaty Organization'], mentions: 2 },
      { id: `${P}tokayev`, kind: 'Person', label: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'], mentions: 1 },
      { id: `${P}nhc`, kind: 'Organisation', label: 'Norwegian Helsinki Committee', mentions: 1 },
      { id: `${P}norway`, kind: 'Country', label: 'Norway', mentions: 1 },
    ],
    stances: [
      { holder: `${P}dale`, target: `${P}csto`, polarity: 'oppose', code: '112', quote: 'the CSTO deployment was a pretext for repression' },
      { holder: `${P}tokayev`, target: `${P}csto`, polarity: 'support', code: '051', quote: 'Tokayev thanked the CSTO for its help' },
    ],
    relations: [
      { type: 'WORKS_FOR', from: `${P}dale`, to: `${P}nhc`, role: 'senior adviser', quote: 'Dale is a senior adviser at the Norwegian Helsinki Committee' },
      { type: 'BASED_IN', from: `${P}nhc`, to: `${P}norway`, quote: 'which is based in Norway' },
    ],
  }),
  makeExtraction({
    id: `${P}report`,
    text: REPORT,
    entities: [
      { id: `${P}csto`, kind: 'Organisation', label: 'CSTO', mentions: 2 },
      { id: `${P}kz`, kind: 'Country', label: 'Kazakhstan', mentions: 1 },
      { id: `${P}tokayev`, kind: 'Person', label: 'Kassym-Jomart Tokayev', mentions: 1 },
      { id: `${P}almaty`, kind: 'City', label: 'Almaty', mentions: 1 },
    ],
    relations: [{ type: 'LOCATED_IN', from: `${P}almaty`, to: `${P}kz`, quote: 'Almaty' }],
  }),
];

// An analyst confirmed Tokayev's stance (as applying a `stance.confirm` decision leaves it).
extractions[0]!.stances[1] = { ...extractions[0]!.stances[1]!, reviewed: 'confirmed', reviewedBy: 'ana' };

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  await deleteNamespace(db, P);
  await writeExtractions(db.driver, extractions, { database: db.config.database });
});
afterAll(async () => {
  if (!db) return;
  await deleteNamespace(db, P);
  await db.driver.close();
});

const ask = async (name: string, given: Record<string, string>) => {
  const query = loadQuery(name);
  return (await runQuery(db.driver, query, bindParams(query, given), { database: db.config.database })).rows;
};
const ours = (rows: Record<string, unknown>[], key: string) => rows.filter((row) => String(row[key]).startsWith(P));

describe('named queries on a hand-built graph', () => {
  it('stances-about should list who opposes the CSTO, with the quote and the source', async () => {
    const rows = await ask('stances-about', { target: `${P}csto`, polarity: 'oppose' });
    expect(rows).toEqual([
      {
        target: 'CSTO',
        holder: 'Ivar Dale',
        polarity: 'oppose',
        code: '112',
        quote: 'the CSTO deployment was a pretext for repression',
        source: `${P}interview`,
        offset: INTERVIEW.indexOf('the CSTO deployment'),
        reviewed: null,
        reviewedBy: null,
      },
    ]);
  });

  it('stances-about limited to confirmed stances should give only the one an analyst confirmed', async () => {
    const rows = await ask('stances-about', { target: `${P}csto`, reviewed: 'confirmed' });
    expect(rows.map((r) => [r.holder, r.reviewed, r.reviewedBy])).toEqual([['Kassym-Jomart Tokayev', 'confirmed', 'ana']]);
    expect(await ask('stances-about', { target: `${P}csto` })).toHaveLength(2);
  });

  it('reviewed should list the confirmed stance with who confirmed it', async () => {
    const rows = (await ask('reviewed', {})).filter((r) => r.quote === 'Tokayev thanked the CSTO for its help');
    expect(rows).toEqual([
      { item: 'stance', what: 'Kassym-Jomart Tokayev -> CSTO: support 051', reviewed: 'confirmed', reviewedBy: 'ana', quote: 'Tokayev thanked the CSTO for its help' },
    ]);
  });

  it('stances-about should find the target by an alias, in any case', async () => {
    const rows = ours(await ask('stances-about', { target: 'collective security treaty organization' }), 'source');
    expect(rows.map((r) => r.holder)).toEqual(['Ivar Dale', 'Kassym-Jomart Tokayev']);
  });

  it('opposing-holders should pair the supporter and the opponent of the same target', async () => {
    expect(await ask('opposing-holders', { target: `${P}csto` })).toEqual([
      {
        target: 'CSTO',
        supporter: 'Kassym-Jomart Tokayev',
        supporterQuote: 'Tokayev thanked the CSTO for its help',
        opponent: 'Ivar Dale',
        opponentQuote: 'the CSTO deployment was a pretext for repression',
      },
    ]);
  });

  it('source-says should give the stances and relations of a source in text order', async () => {
    const rows = await ask('source-says', { source: `${P}interview` });
    expect(rows.map((r) => [r.kind, r.subject, r.predicate, r.object])).toEqual([
      ['stance', 'Ivar Dale', 'oppose 112', 'CSTO'],
      ['stance', 'Kassym-Jomart Tokayev', 'support 051', 'CSTO'],
      ['relation', 'Ivar Dale', 'WORKS_FOR (senior adviser)', 'Norwegian Helsinki Committee'],
      ['relation', 'Norwegian Helsinki Committee', 'BASED_IN', 'Norway'],
    ]);
  });

  it('shared-entities should list the entities both sources mention', async () => {
    const rows = await ask('shared-entities', { a: `${P}interview`, b: `${P}report` });
    expect(rows).toEqual([
      { entity: 'CSTO', kind: 'Organisation', mentionsInA: 2, mentionsInB: 2 },
      { entity: 'Kassym-Jomart Tokayev', kind: 'Person', mentionsInA: 1, mentionsInB: 1 },
    ]);
  });

  it('shortest-path should walk from a person to a country through relations', async () => {
    const rows = await ask('shortest-path', { from: `${P}dale`, to: `${P}norway` });
    expect(rows[0]).toEqual({ hops: 2, path: 'Ivar Dale -[WORKS_FOR]-> Norwegian Helsinki Committee -[BASED_IN]-> Norway' });
  });

  it('shortest-path should go through stances but never through a source', async () => {
    const [row] = await ask('shortest-path', { from: `${P}dale`, to: `${P}tokayev` });
    expect(row!.hops).toBe(4);
    expect(row!.path).toContain('-[HOLDS]->');
    expect(row!.path).not.toContain('MENTIONED_IN');
  });

  it('top-entities should rank the entities of a source by mentions and by degree', async () => {
    const byMentions = await ask('top-entities', { source: `${P}interview`, limit: '3' });
    expect(byMentions.map((r) => [r.entity, r.mentions])).toEqual([
      ['CSTO', 2],
      ['Ivar Dale', 2],
      // Ties on mentions go to the higher degree: the NHC has two relations, Tokayev one stance.
      ['Norwegian Helsinki Committee', 1],
    ]);
    const byDegree = await ask('top-entities', { source: `${P}interview`, by: 'degree', limit: '1' });
    expect(byDegree).toEqual([{ entity: 'CSTO', kind: 'Organisation', mentions: 2, sources: 1, degree: 2, stancesHeld: 0, stancesAbout: 2 }]);
  });

  it('sources should list both sources with their entity and stance counts', async () => {
    const rows = ours(await ask('sources', {}), 'source');
    expect(rows.map((r) => [r.source, r.entities, r.stances])).toEqual([
      [`${P}interview`, 5, 2],
      [`${P}report`, 4, 0],
    ]);
  });
});
