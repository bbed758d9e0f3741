import Graph from 'graphology';
import { SerializedGraph } from '../../schema/graph-json';
import { aboutEdgeKey, holdsEdgeKey, relationEdgeKey, statedInEdgeKey } from '../../schema/keys';
import type { DocumentExtraction, Relation } from '../../schema/records';
import { buildGraph } from '../../src/build/build-graph';
import { extractionWithStance } from '../helpers/extraction-fixture';

const kazakhstan = { id: 'Q232', kind: 'Country' as const, label: 'Kazakhstan', aliases: ['Kazakh'], wikidata: 'Q232' };
const aida = { id: 'n:aida-bekova', kind: 'Person' as const, label: 'Aida Bekova', aliases: [] };
const marat = { id: 'n:marat-ospanov', kind: 'Person' as const, label: 'Marat Ospanov', aliases: ['Ospanov'] };

describe('buildGraph', () => {
  const a = extractionWithStance('doc-a', 'Aida Bekova criticised Kazakhstan.', aida, kazakhstan);
  const b = extractionWithStance('doc-b', 'Marat Ospanov criticised Kazakhstan.', marat, kazakhstan);

  it('should merge the same entity from two sources into one node', () => {
    const graph = buildGraph([a, b]);
    expect(graph.filterNodes((_, attrs) => attrs.label === 'Kazakhstan')).toEqual(['Q232']);
    expect(graph.getNodeAttribute('Q232', 'mentions' as never)).toBe(2);
  });

  it('should export the same JSON whatever the order of the inputs', () => {
    expect(JSON.stringify(buildGraph([a, b]).export())).toBe(JSON.stringify(buildGraph([b, a]).export()));
  });

  it('should link holder, stance, target and source with HOLDS, ABOUT and STATED_IN', () => {
    const graph = buildGraph([a]);
    const stance = a.stances[0]!.id;
    expect(graph.edges(aida.id, stance).map((e) => graph.getEdgeAttribute(e, 'type'))).toEqual(['HOLDS']);
    expect(graph.edges(stance, 'Q232').map((e) => graph.getEdgeAttribute(e, 'type'))).toEqual(['ABOUT']);
    expect(graph.edges(stance, 'source:doc-a').map((e) => graph.getEdgeAttribute(e, 'type'))).toEqual(['STATED_IN']);
    expect(graph.edges(aida.id, stance)).toEqual([holdsEdgeKey(aida.id, stance)]);
    expect(graph.edges(stance, 'Q232')).toEqual([aboutEdgeKey(stance, 'Q232')]);
    expect(graph.edges(stance, 'source:doc-a')).toEqual([statedInEdgeKey(stance, 'source:doc-a')]);
    expect(graph.getNodeAttribute(stance, 'source' as never)).toBe('source:doc-a');
  });

  it('should export a graph that matches the documented graph.json schema', () => {
    const parsed = SerializedGraph.safeParse(buildGraph([a, b]).export());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('should give relation evidence the key of its Source node', () => {
    const withRelation = {
      ...a,
      relations: [
        { type: 'NATIONAL_OF' as const, from: aida.id, to: 'Q232', confidence: 0.8, evidence: { source: 'doc-a', span: [0, 11] as [number, number], quote: 'Aida Bekova' } },
      ],
    };
    const graph = buildGraph([withRelation]);
    const [edge] = graph.edges(aida.id, 'Q232');
    expect(graph.getEdgeAttributes(edge!)).toMatchObject({ type: 'NATIONAL_OF', via: 'text', source: 'source:doc-a', quote: 'Aida Bekova', sources: ['source:doc-a'] });
  });

  // "Uzbek Minister Aziz Karimov" says two things about one pair: his nationality and his office.
  const text = 'Uzbek Minister Aziz Karimov spoke.';
  const uzbekistan = { id: 'Q265', kind: 'Country' as const, label: 'Uzbekistan', aliases: ['Uzbek'], wikidata: 'Q265' };
  const karimov = { id: 'n:aziz-karimov', kind: 'Person' as const, label: 'Aziz Karimov', aliases: [] };
  const stated = (type: Relation['type'], start: number, end: number): Relation => ({
    type,
    from: karimov.id,
    to: uzbekistan.id,
    confidence: 0.8,
    evidence: { source: 'doc-m', span: [start, end], quote: text.slice(start, end) },
  });
  const twoTypes: DocumentExtraction = {
    ...extractionWithStance('doc-m', text, karimov, uzbekistan),
    stances: [],
    relations: [stated('NATIONAL_OF', 0, 5), stated('LEADS', 6, 14)],
  };

  it('should keep two relation types between one pair as two edges of a multigraph', () => {
    const graph = buildGraph([twoTypes]);
    expect(graph.multi).toBe(true);
    expect(graph.edges(karimov.id, uzbekistan.id).sort()).toEqual([relationEdgeKey('LEADS', karimov.id, uzbekistan.id), relationEdgeKey('NATIONAL_OF', karimov.id, uzbekistan.id)]);
  });

  it('should export a graph that graphology opens as it is, with the multi option from the file', () => {
    const json = JSON.parse(JSON.stringify(buildGraph([twoTypes, a]).export()));
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    const reopened = Graph.from(json);
    expect(reopened.multi).toBe(true);
    expect(reopened.order).toBe(json.nodes.length);
    expect(reopened.size).toBe(json.edges.length);
    expect(JSON.stringify(reopened.export())).toBe(JSON.stringify(json));
    expect(SerializedGraph.safeParse(json).success).toBe(true);
  });

  it('should mark a relation known only from the gazetteer as such, with no quote, span or evidence', () => {
    const known: DocumentExtraction = { ...twoTypes, relations: [{ type: 'MEMBER_OF', from: karimov.id, to: uzbekistan.id, confidence: 0.6, via: 'gazetteer', source: 'doc-m' }] };
    const graph = buildGraph([known]);
    const attrs = graph.getEdgeAttributes(relationEdgeKey('MEMBER_OF', karimov.id, uzbekistan.id));
    expect(attrs).toEqual({ type: 'MEMBER_OF', confidence: 0.6, via: 'gazetteer', evidence: [], sources: ['source:doc-m'] });
    expect(SerializedGraph.safeParse(graph.export()).success).toBe(true);
  });

  it('should let a sentence that states a relation win over the gazetteer fact of another source', () => {
    const fromGazetteer: DocumentExtraction = {
      ...extractionWithStance('doc-g', 'Aziz Karimov and Uzbekistan.', karimov, uzbekistan),
      stances: [],
      relations: [{ type: 'LEADS', from: karimov.id, to: uzbekistan.id, confidence: 0.6, via: 'gazetteer', source: 'doc-g' }],
    };
    const graph = buildGraph([twoTypes, fromGazetteer]);
    const attrs = graph.getEdgeAttributes(relationEdgeKey('LEADS', karimov.id, uzbekistan.id));
    expect(attrs).toMatchObject({ via: 'text', quote: 'Minister', confidence: 0.8, sources: ['source:doc-g', 'source:doc-m'] });
    expect((attrs as { evidence: unknown[] }).evidence).toHaveLength(1);
  });
});
