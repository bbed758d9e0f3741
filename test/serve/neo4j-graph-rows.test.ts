import { SerializedGraph } from '../../schema/graph-json';
import { assembleGraph, sourceNodeKey, type GraphRows } from '../../src/serve/neo4j-graph-rows';
import { plainValue } from '../../src/serve/neo4j-graph-source';
import neo4j from 'neo4j-driver';

const SHA = 'a'.repeat(64);

function rows(): GraphRows {
  return {
    entities: [
      { id: 'Q2740', labels: ['Entity', 'Person'], name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev', 'Kassym-Jomart Tokayev'], wikidata: 'Q2740', description: null },
      { id: 'Q232', labels: ['Country', 'Entity'], name: 'Kazakhstan', aliases: [], wikidata: 'Q232', description: null },
      { id: 'n:ivar-dale', labels: ['Entity', 'Person'], name: 'Ivar Dale', aliases: null, wikidata: null, description: 'Senior Policy Adviser' },
      { id: 'n:weird', labels: ['Entity', 'Spaceship'], name: 'Weird', aliases: [], wikidata: null, description: null },
    ],
    sources: [{ id: 'doc-1', title: 'Interview', publisher: 'CABAR.asia', date: '2022-01-20', url: 'https://example.org/a', path: 'import/a.txt', sha256: SHA }],
    stances: [
      {
        id: 'stance:1',
        holder: 'n:ivar-dale',
        target: 'Q2740',
        source: 'doc-1',
        polarity: 'oppose',
        code: '111',
        quote: 'It is unacceptable.',
        start: 10,
        end: 29,
        confidence: 0.8,
      },
      { id: 'stance:2', holder: 'n:ivar-dale', target: 'n:weird', source: 'doc-1', polarity: 'oppose', code: '111', quote: 'x', start: 1, end: 2, confidence: 0.8 },
    ],
    relations: [
      { type: 'LEADS', from: 'Q2740', to: 'Q232', source: 'doc-1', start: 50, end: 80, quote: 'Tokayev leads Kazakhstan', confidence: 0.7, role: null },
      { type: 'LEADS', from: 'Q2740', to: 'Q232', source: 'doc-1', start: 5, end: 9, quote: 'President', confidence: 0.9, role: 'president' },
      { type: 'DROP_TABLE', from: 'Q2740', to: 'Q232', source: 'doc-1', start: 0, end: 1, quote: 'x', confidence: 1, role: null },
    ],
    mentions: [
      { entity: 'Q2740', source: 'doc-1', count: 4 },
      { entity: 'n:ivar-dale', source: 'doc-1', count: 2 },
    ],
  };
}

describe('assembleGraph (Neo4j rows to graph.json)', () => {
  const graph = assembleGraph(rows());
  const node = (key: string) => graph.nodes.find((n) => n.key === key);

  it('should produce data that passes the graph.json schema', () => {
    expect(SerializedGraph.safeParse(graph).success).toBe(true);
  });

  it('should take the kind from the labels and skip unknown ones', () => {
    expect(node('Q2740')?.attributes.kind).toBe('Person');
    expect(node('Q232')?.attributes.kind).toBe('Country');
    expect(node('n:weird')).toBeUndefined();
  });

  it('should total mentions and drop the label from the aliases', () => {
    expect(node('Q2740')?.attributes).toMatchObject({ mentions: 4, aliases: ['Tokayev'], wikidata: 'Q2740' });
  });

  it('should key sources as graph.json does', () => {
    expect(sourceNodeKey('doc-1')).toBe('source:doc-1');
    expect(sourceNodeKey('source:doc-1')).toBe('source:doc-1');
    expect(node('source:doc-1')?.attributes).toMatchObject({ kind: 'Source', title: 'Interview' });
  });

  it('should rebuild a stance with its HOLDS, ABOUT and STATED_IN edges, and skip stances about unknown nodes', () => {
    expect(node('stance:1')?.attributes).toMatchObject({ kind: 'Stance', polarity: 'oppose', quote: 'It is unacceptable.', span: [10, 29], source: 'source:doc-1' });
    const keys = graph.edges.map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['HOLDS:n:ivar-dale->stance:1', 'ABOUT:stance:1->Q2740', 'STATED_IN:stance:1->source:doc-1']));
    expect(node('stance:2')).toBeUndefined();
  });

  it('should fold relation rows into one edge with all its evidence, first by offset', () => {
    const leads = graph.edges.filter((e) => e.attributes.type === 'LEADS');
    expect(leads).toHaveLength(1);
    expect(leads[0]!.attributes).toMatchObject({ quote: 'President', confidence: 0.9, role: 'president', span: [5, 9] });
    expect((leads[0]!.attributes as { evidence: unknown[] }).evidence).toHaveLength(2);
    expect(graph.edges.some((e) => (e.attributes.type as string) === 'DROP_TABLE')).toBe(false);
  });

  it('should clamp a malformed span instead of failing the whole graph', () => {
    const bad = rows();
    bad.relations[0] = { ...bad.relations[0]!, start: 80, end: 50 };
    bad.stances[0] = { ...bad.stances[0]!, start: 29, end: 10 };
    const graph = assembleGraph(bad);
    expect(graph.nodes.find((n) => n.key === 'stance:1')?.attributes).toMatchObject({ span: [29, 29] });
    expect(SerializedGraph.safeParse(graph).success).toBe(true);
  });

  it('should turn Neo4j integers into numbers', () => {
    expect(plainValue(neo4j.int(42))).toBe(42);
    expect(plainValue([neo4j.int(1), 'a'])).toEqual([1, 'a']);
  });
});
