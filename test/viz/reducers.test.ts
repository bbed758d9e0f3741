import { MUTED_EDGE_COLOR, MUTED_NODE_COLOR } from '../../viz/src/kind-style';
import { createEdgeReducer, createNodeReducer } from '../../viz/src/reducers';
import { createViewGraph } from '../../viz/src/view-graph';
import { DEFAULT_VIEWER_STATE, hoverNode, selectNode, toggleKind, type ViewerState } from '../../viz/src/viewer-state';
import { sampleGraphJson } from './fixtures/sample-graph';

const graph = createViewGraph(sampleGraphJson());

/** Like sigma, the reducers get a copy of the attributes (they change and return it). */
function reducersFor(state: ViewerState) {
  const node = createNodeReducer(graph, () => state);
  const edge = createEdgeReducer(graph, () => state);
  return {
    node: (key: string, attrs: ReturnType<typeof graph.getNodeAttributes>) => node(key, { ...attrs }),
    edge: (key: string, attrs: ReturnType<typeof graph.getEdgeAttributes>) => edge(key, { ...attrs }),
  };
}

describe('reducers', () => {
  it('should draw nodes with their own colour when nothing is hovered', () => {
    const { node } = reducersFor(DEFAULT_VIEWER_STATE);
    const shown = node('Q2740', graph.getNodeAttributes('Q2740'));
    expect(shown.hidden).toBe(false);
    expect(shown.color).toBe(graph.getNodeAttribute('Q2740', 'color'));
  });

  it('should grey everything outside the hovered node’s neighbourhood', () => {
    const state = hoverNode(graph, DEFAULT_VIEWER_STATE, 'n:ivar-dale');
    const { node, edge } = reducersFor(state);
    expect(node('n:ivar-dale', graph.getNodeAttributes('n:ivar-dale')).forceLabel).toBe(true);
    expect(node('n:norwegian-helsinki-committee', graph.getNodeAttributes('n:norwegian-helsinki-committee')).color).not.toBe(MUTED_NODE_COLOR);
    const far = node('n:xss', graph.getNodeAttributes('n:xss'));
    expect(far.color).toBe(MUTED_NODE_COLOR);
    expect(far.label).toBe('');
    expect(edge('LEADS:Q2740->Q232', graph.getEdgeAttributes('LEADS:Q2740->Q232')).color).toBe(MUTED_EDGE_COLOR);
  });

  it('should restore colours when the pointer leaves', () => {
    const state = hoverNode(graph, hoverNode(graph, DEFAULT_VIEWER_STATE, 'n:ivar-dale'), null);
    expect(reducersFor(state).node('n:xss', graph.getNodeAttributes('n:xss')).color).not.toBe(MUTED_NODE_COLOR);
  });

  it('should highlight and label the selected node', () => {
    const shown = reducersFor(selectNode(DEFAULT_VIEWER_STATE, 'Q232')).node('Q232', graph.getNodeAttributes('Q232'));
    expect(shown.highlighted).toBe(true);
    expect(shown.forceLabel).toBe(true);
  });

  it('should leave the graph’s own attributes alone', () => {
    const before = JSON.stringify(graph.export());
    const { node, edge } = reducersFor(hoverNode(graph, selectNode(toggleKind(DEFAULT_VIEWER_STATE, 'Country'), 'Q2740'), 'n:ivar-dale'));
    graph.forEachNode((key, attrs) => node(key, attrs));
    graph.forEachEdge((key, attrs) => edge(key, attrs));
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('should hide nodes of a kind toggled off, and their edges', () => {
    const { node, edge } = reducersFor(toggleKind(DEFAULT_VIEWER_STATE, 'Country'));
    expect(node('Q232', graph.getNodeAttributes('Q232')).hidden).toBe(true);
    expect(edge('MEMBER_OF:Q232->n:csto', graph.getEdgeAttributes('MEMBER_OF:Q232->n:csto')).hidden).toBe(true);
  });
});
