/**
 * Decisions reach Neo4j as they reach graph.json: the decided extractions are written to the real
 * local Neo4j and read back through the viewer's queries, and must give exactly the graph file's
 * graph, reviewed fields and all; taking a decision back brings Neo4j back with it.
 */
import type { Decision, NumberedDecision } from '../../schema/decisions';
import { graphOfExtractions } from '../../src/pipeline/import-sources';
import { readGraphFromNeo4j } from '../../src/serve/neo4j-graph-source';
import { writeExtractions } from '../../src/write/write-extractions';
import { read, type TestDatabase, useTestNamespace } from '../db/test-database';
import { namespaceExtraction } from '../write/helpers/namespace-extraction';
import { by, refAbout, reports } from './fixtures';

const P = 'kgtest-review-';
const GRAPH = `/kgtest/${P}graph.json`;
const x = reports().map((e) => namespaceExtraction(e, P));
const numbered = (...decisions: Decision[]): NumberedDecision[] => decisions.map((decision, i) => ({ line: i + 1, decision }));
const decisions = numbered(
  { action: 'stance.reject', stance: refAbout(x, `${P}n:supreme-court`), ...by('ana') },
  { action: 'stance.correct', stance: refAbout(x, `${P}n:ministry-of-information`), polarity: 'mixed', ...by('bo') },
  { action: 'entity.merge', entity: `${P}n:dina-sultan`, into: `${P}n:dinara-sultanova`, ...by('ana') },
  { action: 'relation.confirm', relation: `WORKS_FOR:${P}n:dinara-sultanova->${P}n:supreme-court`, ...by('bo') },
);

let db: TestDatabase;

useTestNamespace(P, (opened) => (db = opened));

const writeAndRead = async (list: readonly NumberedDecision[]) => {
  const { extractions, graph, review } = graphOfExtractions(x, list);
  await writeExtractions(db.driver, extractions, { database: db.config.database, graph: GRAPH });
  return { expected: JSON.parse(JSON.stringify(graph.export())), read: await readGraphFromNeo4j(db.driver, db.config, 30_000, GRAPH), review };
};

describe('review decisions in Neo4j', () => {
  it('should hold exactly the graph.json graph with decisions applied: rejected gone, corrected and confirmed marked with who decided', async () => {
    const { expected, read: back, review } = await writeAndRead(decisions);
    expect(review.stale).toEqual([]);
    expect(back).toEqual(expected);
    const rows = await read(
      db,
      'MATCH (st:Stance)-[:STATED_IN]->(s:Source) WHERE s.id STARTS WITH $p RETURN st.polarity AS polarity, st.reviewed AS reviewed, st.reviewedBy AS by ORDER BY polarity',
      { p: P },
    );
    expect(rows).toEqual([
      { polarity: 'mixed', reviewed: 'corrected', by: 'bo' },
      { polarity: 'oppose', reviewed: null, by: null },
    ]);
    const merged = await read(db, 'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.reviewed AS reviewed', { id: `${P}n:dinara-sultanova` });
    expect(merged).toEqual([{ aliases: ['Dina Sultan'], reviewed: 'corrected' }]);
    expect(await read(db, 'MATCH (e:Entity {id: $id}) RETURN e', { id: `${P}n:dina-sultan` })).toEqual([]);
    const relation = await read(db, 'MATCH (:Entity {id: $id})-[r:WORKS_FOR]->() RETURN r.reviewed AS reviewed, r.reviewedBy AS by', { id: `${P}n:dinara-sultanova` });
    expect(relation).toEqual([{ reviewed: 'confirmed', by: 'bo' }]);
  });

  it('should follow when decisions are taken back, leaving no review mark behind', async () => {
    const { expected, read: back } = await writeAndRead(decisions.slice(0, 1));
    expect(back).toEqual(expected);
    const marked = await read(
      db,
      'MATCH (n) WHERE (n:Entity OR n:Stance) AND n.reviewed IS NOT NULL AND (n.id STARTS WITH $p OR EXISTS { (n)-[:STATED_IN]->(:Source {graph: $g}) }) RETURN n.id AS id',
      {
        p: P,
        g: GRAPH,
      },
    );
    expect(marked).toEqual([]);
  });
});
