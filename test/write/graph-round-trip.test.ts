/**
 * Neo4j gives back the graph buildGraph makes: generated extractions with random relation types
 * (often several between one pair), facts from the gazetteer, shared entities whose names differ
 * between documents, written to the real local Neo4j and read back through the viewer's queries.
 * Every id is under this suite's prefix and the read is narrowed to this suite's graph id.
 */
import { RelationType } from '../../schema/enums';
import type { DocumentExtraction, Relation } from '../../schema/records';
import { createRandom } from '../../bench/seeded-random';
import { buildGraph } from '../../src/build/build-graph';
import { readGraphFromNeo4j } from '../../src/serve/neo4j-graph-source';
import { writeExtractions } from '../../src/write/write-extractions';
import { deleteNamespace, useTestNamespace, type TestDatabase } from '../db/test-database';
import { syntheticExtractions } from './helpers/synthetic-extractions';

const P = 'kgtest-roundtrip-';
const GRAPH = `/kgtest/${P}graph.json`;

/** Synthetic documents with extra random relations between a few pairs, gazetteer facts and renamed shared entities. */
function generated(seed: number, documents: number): DocumentExtraction[] {
  const next = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const base = syntheticExtractions({ prefix: P, documents, entitiesPerDocument: 6, sharedEntities: 3, relationsPerDocument: 6, stancesPerDocument: 3, revision: seed });
  return base.map((x, d) => {
    const [a, b] = [x.entities[0]!, x.entities[1]!];
    const pairTypes: Relation[] = Array.from({ length: 3 }, (_, i) => {
      const sentence = x.relations[i % x.relations.length]!;
      return {
        type: pick(RelationType.options),
        from: a.id,
        to: b.id,
        confidence: Math.round(next() * 100) / 100,
        ...(i === 0 ? { role: 'envoy' } : {}),
        evidence: sentence.via === 'gazetteer' ? { source: x.source.id, span: [0, 1], quote: x.source.text.slice(0, 1) } : sentence.evidence,
      };
    });
    const known: Relation = { type: pick(RelationType.options), from: x.entities[2]!.id, to: pick(x.entities.slice(3)).id, confidence: 0.6, via: 'gazetteer', source: x.source.id };
    // Document d calls the first shared entity by another name: the graph has one label and every other name as an alias.
    const entities = x.entities.map((e, i) => (i === 0 && d % 2 === 1 ? { ...e, label: `${e.label} (also)`, aliases: [...e.aliases, `Alias ${d}`] } : e));
    return { ...x, entities, relations: [...x.relations, ...pairTypes, known] };
  });
}

let db: TestDatabase;

useTestNamespace(P, (opened) => (db = opened));

const roundTrip = async (extractions: DocumentExtraction[]) => {
  const summary = await writeExtractions(db.driver, extractions, { database: db.config.database, graph: GRAPH });
  return { summary, read: await readGraphFromNeo4j(db.driver, db.config, 30_000, GRAPH) };
};

describe('the Neo4j round trip', () => {
  it('should give back exactly the graph buildGraph makes, for generated extractions with random relation types', async () => {
    for (const seed of [1, 2, 3]) {
      await deleteNamespace(db, P);
      const extractions = generated(seed, 4);
      const expected = buildGraph(extractions).export();
      expect(expected.edges.some((e) => (e.attributes as { via?: string }).via === 'gazetteer')).toBe(true);
      const pairs = new Map<string, number>();
      for (const e of expected.edges) if ('sources' in e.attributes!) pairs.set(`${e.source}->${e.target}`, (pairs.get(`${e.source}->${e.target}`) ?? 0) + 1);
      expect(Math.max(...pairs.values())).toBeGreaterThan(1);
      const { read } = await roundTrip(extractions);
      expect(read).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('should follow the graph when documents change, leave, and change back, and write nothing when nothing changed', async () => {
    await deleteNamespace(db, P);
    const all = generated(7, 5);
    const steps = [all, all.slice(1), [all[0]!, ...generated(8, 5).slice(1, 3)], all];
    for (const step of steps) {
      const { read } = await roundTrip(step);
      expect(read).toEqual(JSON.parse(JSON.stringify(buildGraph(step).export())));
    }
    const { summary } = await roundTrip(all);
    expect(summary).toMatchObject({
      unchangedDocuments: all.length,
      removedSources: 0,
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
      labelsAdded: 0,
      labelsRemoved: 0,
    });
  });
});
