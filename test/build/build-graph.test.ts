import { SerializedGraph } from '../../schema/graph-json';
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
    expect(graph.getEdgeAttribute(graph.edge(aida.id, stance)!, 'type')).toBe('HOLDS');
    expect(graph.getEdgeAttribute(graph.edge(stance, 'Q232')!, 'type')).toBe('ABOUT');
    expect(graph.getEdgeAttribute(graph.edge(stance, 'source:doc-a')!, 'type')).toBe('STATED_IN');
    expect(graph.getNodeAttribute(stance, 'source' as never)).toBe('source:doc-a');
  });

  it('should export a graph that matches the documented graph.json schema', () => {
    const parsed = SerializedGraph.safeParse(buildGraph([a, b]).export());
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('should give relation evidence the key of its Source node', () => {
    const withRelation = { ...a, relations: [{ type: 'NATIONAL_OF' as const, from: aida.id, to: 'Q232', confidence: 0.8, evidence: { source: 'doc-a', span: [0, 11] as [number, number], quote: 'Aida Bekova' } }] };
    const graph = buildGraph([withRelation]);
    const edge = graph.edge(aida.id, 'Q232')!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ type: 'NATIONAL_OF', source: 'source:doc-a', quote: 'Aida Bekova' });
  });
});
