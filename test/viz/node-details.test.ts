import { describeNode, safeHttpUrl } from '../../viz/src/node-details';
import { countLegend, listSources } from '../../viz/src/legend-counts';
import { createViewGraph } from '../../viz/src/view-graph';
import { sampleGraphJson } from './fixtures/sample-graph';
import { SerializedGraph } from '../../schema/graph-json';
import { buildGraph } from '../../src/build/build-graph';
import { extractionWithStance } from '../helpers/extraction-fixture';

const graph = createViewGraph(sampleGraphJson());

describe('describeNode', () => {
  it('should list the stances a person holds with quote, polarity, category and source', () => {
    const details = describeNode(graph, 'n:ivar-dale')!;
    expect(details.kind).toBe('Person');
    expect(details.aliases).toEqual(['Dale']);
    expect(details.held).toHaveLength(2);
    const criticism = details.held.find((s) => s.code === '111')!;
    expect(criticism.quote).toBe('Tokayev ordered the police to shoot without warning, which is unacceptable.');
    expect(criticism.polarity).toBe('oppose');
    expect(criticism.target?.label).toBe('Kassym-Jomart Tokayev');
    expect(criticism.source?.title).toBe('Interview: the January events');
    expect(criticism.source?.url).toBe('https://example.org/interview-a');
  });

  it('should list the stances about an entity and link Wikidata when known', () => {
    const details = describeNode(graph, 'Q2740')!;
    expect(details.about.map((s) => s.holder?.label)).toEqual(['Ivar Dale']);
    expect(details.held.map((s) => s.code)).toEqual(['051']);
    expect(details.wikidata).toEqual({ id: 'Q2740', url: 'https://www.wikidata.org/wiki/Q2740' });
  });

  it('should list relations in both directions with their evidence', () => {
    const details = describeNode(graph, 'Q232')!;
    const types = details.relations.map((r) => `${r.direction}:${r.type}:${r.other.label}`);
    expect(types).toEqual(['in:LEADS:Kassym-Jomart Tokayev', 'out:MEMBER_OF:Collective Security Treaty Organization']);
    expect(details.relations[0]?.evidence[0]?.quote).toBe('President Tokayev leads Kazakhstan');
  });

  it('should show a relation known only from the gazetteer with the sources that name both ends, not a quote', () => {
    const turkmenistan = { id: 'Q874', kind: 'Country' as const, label: 'Turkmenistan', aliases: [], wikidata: 'Q874' };
    const un = { id: 'Q1065', kind: 'Organisation' as const, label: 'United Nations', aliases: ['UN'], wikidata: 'Q1065' };
    const x = extractionWithStance('brief', 'Turkmenistan spoke to the United Nations.', turkmenistan, un);
    const known = { ...x, relations: [{ type: 'MEMBER_OF' as const, from: turkmenistan.id, to: un.id, confidence: 0.6, via: 'gazetteer' as const, source: 'brief' }] };
    const view = createViewGraph(SerializedGraph.parse(buildGraph([known]).export()));
    const [relation] = describeNode(view, turkmenistan.id)!.relations;
    expect(relation).toMatchObject({ type: 'MEMBER_OF', evidence: [], gazetteer: { sources: [expect.objectContaining({ title: 'brief' })] } });
    expect(view.getEdgeAttribute(`MEMBER_OF:${turkmenistan.id}->${un.id}`, 'sources')).toEqual(['source:brief']);
    expect(describeNode(graph, 'Q232')!.relations.every((r) => r.gazetteer === null)).toBe(true);
  });

  it('should drop source URLs that are not http(s)', () => {
    expect(describeNode(graph, 'source:report-b')?.source?.url).toBeNull();
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl('http://a.example/x')).toBe('http://a.example/x');
  });

  it('should describe a stance node by its own stance', () => {
    const key = graph.filterNodes((_, a) => a.kind === 'Stance' && a.polarity === 'mixed')[0]!;
    const details = describeNode(graph, key)!;
    expect(details.stance?.holder?.label).toBe('Norwegian Helsinki Committee');
    expect(details.stance?.quote).toBe('the situation remains unclear');
  });

  it('should list what a source states and whom it mentions', () => {
    const details = describeNode(graph, 'source:report-b')!;
    expect(details.stated.map((s) => s.code).sort()).toEqual(['012', '051']);
    expect(details.mentioned.map((m) => m.label).sort()).toEqual([
      'Collective Security Treaty Organization',
      'Kassym-Jomart Tokayev',
      'Kazakhstan',
      'Norwegian Helsinki Committee',
    ]);
    expect(details.mentioned.every((m) => m.count >= 1)).toBe(true);
    expect(describeNode(graph, 'Q2740')!.stated).toEqual([]);
  });

  it('should return null for an unknown key', () => {
    expect(describeNode(graph, 'nope')).toBeNull();
  });
});

describe('legend counts', () => {
  it('should count nodes per kind and stances per polarity', () => {
    const counts = countLegend(graph);
    expect(counts.kinds.Person).toBe(3);
    expect(counts.kinds.Stance).toBe(5);
    expect(counts.polarities).toEqual({ support: 2, oppose: 1, mixed: 1, neutral: 1 });
    expect(listSources(graph).map((s) => s.title)).toEqual(['Interview: the January events', 'Report: thanks and doubts']);
  });
});
