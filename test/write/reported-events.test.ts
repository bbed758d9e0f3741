/**
 * Reported events end to end: extracted from sentences of our own, in graph.json as ReportedEvent
 * nodes with CARRIED_OUT, AGAINST, LOCATED_IN and STATED_IN edges, written to the real local Neo4j
 * and read back unchanged, a second write changing nothing, and the events-against query.
 * Every source id is under this suite's prefix.
 */
import { SerializedGraph } from '../../schema/graph-json';
import type { DocumentExtraction } from '../../schema/records';
import { buildGraph } from '../../src/build/build-graph';
import { extractDocument } from '../../src/extract/extract-document';
import { bindParams } from '../../src/query/bind-params';
import { loadQuery } from '../../src/query/load-queries';
import { runQuery } from '../../src/query/run-query';
import { readGraphFromNeo4j } from '../../src/serve/neo4j-graph-source';
import { writeExtractions } from '../../src/write/write-extractions';
import { read, useTestNamespace, type TestDatabase } from '../db/test-database';
import { docFromText } from '../helpers/doc-from-text';
import { namespaceExtraction } from './helpers/namespace-extraction';

const P = 'kgtest-events-';
const GRAPH = `/kgtest/${P}graph.json`;
const FIRST = 'Police detained five activists in Almaty on Monday. The union called for the arrest of the mayor.';
const SECOND = 'Three journalists were detained by the police in Almaty on 4 May. Officers did not arrest the students.';

/** Real pipeline output, every id under the suite's prefix, so the shared database keeps its own entities untouched. */
const extract = (id: string, text: string): DocumentExtraction => namespaceExtraction(extractDocument(docFromText(text, `inline/${id}.txt`, { id })), P);
const documents = () => [extract('one', FIRST), extract('two', SECOND)];
const attrs = (n: SerializedGraph['nodes'][number]) => n.attributes as Record<string, unknown>;
const events = (graph: SerializedGraph) => graph.nodes.filter((n) => n.attributes.kind === 'ReportedEvent');

describe('reported events in graph.json', () => {
  it('should give each stated act a node with its code, name, quote and participants, and edges to them', () => {
    const graph = SerializedGraph.parse(buildGraph(documents()).export());
    const nodes = events(graph);
    expect(nodes.map(attrs).sort((a, b) => String(a.quote).localeCompare(String(b.quote)))).toEqual([
      expect.objectContaining({
        code: '173',
        name: 'Arrest, detain, or charge with legal action',
        trigger: 'detained',
        actor: `${P}n:police`,
        target: `${P}n:activists`,
        place: `${P}Q35493`,
        date: 'on Monday',
        quote: 'Police detained five activists in Almaty on Monday',
        source: `source:${P}one`,
      }),
      expect.objectContaining({ code: '173', actor: `${P}n:police`, target: `${P}n:journalists`, place: `${P}Q35493`, date: '4 May', source: `source:${P}two` }),
    ]);
    const first = nodes.find((n) => attrs(n).target === `${P}n:activists`)!;
    const types = graph.edges.filter((e) => e.source === first.key || e.target === first.key).map((e) => `${e.attributes.type}:${e.source}->${e.target}`);
    expect(types.sort()).toEqual(
      [`AGAINST:${first.key}->${P}n:activists`, `CARRIED_OUT:${P}n:police->${first.key}`, `LOCATED_IN:${first.key}->${P}Q35493`, `STATED_IN:${first.key}->source:${P}one`].sort(),
    );
  });

  it('should record neither the act asked for nor the act denied', () => {
    const graph = buildGraph(documents()).export() as SerializedGraph;
    expect(events(graph)).toHaveLength(2);
  });

  it('should give the same graph, byte for byte, on every build', () => {
    expect(JSON.stringify(buildGraph(documents()).export())).toBe(JSON.stringify(buildGraph(documents()).export()));
  });
});

let db: TestDatabase;
useTestNamespace(P, (opened) => (db = opened));

describe('reported events in Neo4j', () => {
  it('should read back exactly the graph buildGraph makes, and change nothing when written again', async () => {
    const extractions = documents();
    await writeExtractions(db.driver, extractions, { database: db.config.database, graph: GRAPH });
    const back = await readGraphFromNeo4j(db.driver, db.config, 30_000, GRAPH);
    expect(back).toEqual(JSON.parse(JSON.stringify(buildGraph(extractions).export())));
    const again = await writeExtractions(db.driver, documents(), { database: db.config.database, graph: GRAPH, rewriteUnchanged: true });
    expect(again).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    const rows = await read(db, 'MATCH (ev:ReportedEvent)-[:STATED_IN]->(s:Source) WHERE s.id STARTS WITH $p RETURN count(ev) AS n', { p: P });
    expect(rows).toEqual([{ n: 2 }]);
    // Nothing of the suite reaches outside its prefix: every participant is one of its entities.
    expect(await read(db, 'MATCH (e:Entity)-[:CARRIED_OUT|MENTIONED_IN]->(x) WHERE x.id STARTS WITH $p AND NOT e.id STARTS WITH $p RETURN e.id AS id', { p: P })).toEqual([]);
  });

  it('should replace an event whose actor changed and drop one the text no longer states', async () => {
    const [one, two] = documents();
    const moved = { ...two!, events: two!.events!.map((e) => ({ ...e, actor: `${P}n:journalists`, target: `${P}n:police` })) };
    const changed = [{ ...one!, events: [] }, moved];
    await writeExtractions(db.driver, changed, { database: db.config.database, graph: GRAPH });
    const back = await readGraphFromNeo4j(db.driver, db.config, 30_000, GRAPH);
    expect(events(back).map((n) => [attrs(n).actor, attrs(n).target])).toEqual([[`${P}n:journalists`, `${P}n:police`]]);
    expect(back).toEqual(JSON.parse(JSON.stringify(buildGraph(changed).export())));
    await writeExtractions(db.driver, documents(), { database: db.config.database, graph: GRAPH });
  });

  it('events-against should say which events targeted the journalists, by whom, where, and in which source', async () => {
    const query = loadQuery('events-against');
    const { rows } = await runQuery(db.driver, query, bindParams(query, { target: `${P}n:journalists` }), { database: db.config.database });
    expect(rows.filter((r) => String(r.source).startsWith(P))).toEqual([
      {
        target: 'journalists',
        code: '173',
        event: 'Arrest, detain, or charge with legal action',
        actor: 'police',
        place: 'Almaty',
        date: '4 May',
        quote: 'Three journalists were detained by the police in Almaty on 4 May',
        source: `${P}two`,
        offset: 0,
      },
    ]);
    const { rows: none } = await runQuery(db.driver, query, bindParams(query, { target: `${P}n:journalists`, code: '18' }), { database: db.config.database });
    expect(none.filter((r) => String(r.source).startsWith(P))).toEqual([]);
  });
});
