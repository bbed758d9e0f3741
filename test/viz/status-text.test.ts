import { statusText } from '../../viz/src/status-text';
import { createViewGraph } from '../../viz/src/view-graph';
import { DEFAULT_VIEWER_STATE, toggleKind } from '../../viz/src/viewer-state';
import { sampleGraphJson } from './fixtures/sample-graph';

describe('status line', () => {
  const graph = createViewGraph(sampleGraphJson());

  it('should count all nodes, and say when the layout still runs', () => {
    expect(statusText(graph, DEFAULT_VIEWER_STATE, false)).toBe('13 nodes');
    expect(statusText(graph, DEFAULT_VIEWER_STATE, true)).toBe('13 nodes · laying out…');
  });

  it('should say how many of them the filters leave', () => {
    expect(statusText(graph, toggleKind(DEFAULT_VIEWER_STATE, 'Person'), false)).toBe('10 of 13 nodes');
  });

  it('should tell what to do with an empty graph', () => {
    const empty = createViewGraph({ options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: {}, nodes: [], edges: [] });
    expect(statusText(empty, DEFAULT_VIEWER_STATE, false)).toBe('The graph is empty: import sources with "kg import" and reload.');
  });
});
