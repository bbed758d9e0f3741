import { createViewGraph, initialPosition, STANCE_EDGE_PREFIX } from '../../viz/src/view-graph';
import { KIND_STYLE, POLARITY_COLOR } from '../../viz/src/kind-style';
import { sampleGraphJson } from './fixtures/sample-graph';

describe('createViewGraph', () => {
  const data = sampleGraphJson();
  const graph = createViewGraph(data);

  it('should keep every node of graph.json and add one holder→target edge per stance', () => {
    expect(graph.order).toBe(data.nodes.length);
    const stances = data.nodes.filter((n) => n.attributes.kind === 'Stance').length;
    expect(graph.size).toBe(data.edges.length + stances);
  });

  it('should give each kind its colour and shape and each stance its polarity colour', () => {
    expect(graph.getNodeAttribute('Q2740', 'color')).toBe(KIND_STYLE.Person.color);
    expect(graph.getNodeAttribute('n:csto', 'type')).toBe('square');
    const stance = graph.filterNodes((_, a) => a.kind === 'Stance' && a.polarity === 'oppose')[0]!;
    expect(graph.getNodeAttribute(stance, 'color')).toBe(POLARITY_COLOR.oppose);
    expect(graph.getEdgeAttribute(`${STANCE_EDGE_PREFIX}${stance}`, 'color')).toBe(POLARITY_COLOR.oppose);
  });

  it('should not use the stored relation type as the sigma program name', () => {
    const edge = graph.getEdgeAttributes('LEADS:Q2740->Q232');
    expect(edge.rel).toBe('LEADS');
    expect(['line', 'arrow']).toContain(edge.type);
  });

  it('should tie entities to the sources that mention them', () => {
    expect(graph.getNodeAttribute('Q2740', 'sources').sort()).toEqual(['source:interview-a', 'source:report-b']);
    expect(graph.getNodeAttribute('n:ivar-dale', 'sources')).toEqual(['source:interview-a']);
  });

  it('should place nodes the same way every time', () => {
    expect(initialPosition('Q2740')).toEqual(initialPosition('Q2740'));
    expect(initialPosition('Q2740')).not.toEqual(initialPosition('Q232'));
    const again = createViewGraph(data);
    expect(again.getNodeAttribute('Q232', 'x')).toBe(graph.getNodeAttribute('Q232', 'x'));
  });
});
