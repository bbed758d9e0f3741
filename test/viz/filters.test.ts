import { countVisibleNodes, isEdgeVisible, isNodeVisible } from '../../viz/src/filters';
import { createViewGraph, STANCE_EDGE_PREFIX } from '../../viz/src/view-graph';
import { DEFAULT_VIEWER_STATE, setStanceMode, toggleKind, togglePolarity, toggleSource } from '../../viz/src/viewer-state';
import { sampleGraphJson } from './fixtures/sample-graph';

const graph = createViewGraph(sampleGraphJson());
const stanceOf = (polarity: string) => graph.filterNodes((_, a) => a.kind === 'Stance' && a.polarity === polarity)[0]!;

describe('filters', () => {
  it('should show every node and no derived stance edge by default', () => {
    expect(countVisibleNodes(graph, DEFAULT_VIEWER_STATE)).toBe(graph.order);
    const derived = graph.filterEdges((e) => e.startsWith(STANCE_EDGE_PREFIX));
    expect(derived.length).toBe(5);
    for (const edge of derived) expect(isEdgeVisible(graph, edge, graph.getEdgeAttributes(edge), DEFAULT_VIEWER_STATE)).toBe(false);
  });

  it('should hide a kind and every edge touching it when the kind is toggled off', () => {
    const state = toggleKind(DEFAULT_VIEWER_STATE, 'Person');
    expect(isNodeVisible(graph.getNodeAttributes('Q2740'), state)).toBe(false);
    expect(isEdgeVisible(graph, 'LEADS:Q2740->Q232', graph.getEdgeAttributes('LEADS:Q2740->Q232'), state)).toBe(false);
    expect(countVisibleNodes(graph, state)).toBe(graph.order - 3);
    expect(countVisibleNodes(graph, toggleKind(state, 'Person'))).toBe(graph.order);
  });

  it('should swap stance nodes for coloured holder→target edges in edge mode', () => {
    const state = setStanceMode(DEFAULT_VIEWER_STATE, 'edges');
    const stance = stanceOf('oppose');
    expect(isNodeVisible(graph.getNodeAttributes(stance), state)).toBe(false);
    const edge = `${STANCE_EDGE_PREFIX}${stance}`;
    expect(isEdgeVisible(graph, edge, graph.getEdgeAttributes(edge), state)).toBe(true);
  });

  it('should hide stances of a polarity in both modes', () => {
    const stance = stanceOf('support');
    const nodes = togglePolarity(DEFAULT_VIEWER_STATE, 'support');
    expect(isNodeVisible(graph.getNodeAttributes(stance), nodes)).toBe(false);
    expect(isNodeVisible(graph.getNodeAttributes(stanceOf('oppose')), nodes)).toBe(true);
    const edges = setStanceMode(nodes, 'edges');
    const edge = `${STANCE_EDGE_PREFIX}${stance}`;
    expect(isEdgeVisible(graph, edge, graph.getEdgeAttributes(edge), edges)).toBe(false);
  });

  it('should hide what only one source says when that source is filtered out', () => {
    const state = toggleSource(DEFAULT_VIEWER_STATE, 'source:interview-a');
    expect(isNodeVisible(graph.getNodeAttributes('n:ivar-dale'), state)).toBe(false);
    expect(isNodeVisible(graph.getNodeAttributes('Q2740'), state)).toBe(true);
    expect(isNodeVisible(graph.getNodeAttributes(stanceOf('oppose')), state)).toBe(false);
    expect(isNodeVisible(graph.getNodeAttributes(stanceOf('mixed')), state)).toBe(true);
    const works = 'WORKS_FOR:n:ivar-dale->n:norwegian-helsinki-committee';
    expect(isEdgeVisible(graph, works, graph.getEdgeAttributes(works), state)).toBe(false);
  });
});
