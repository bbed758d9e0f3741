import { distanceToSegment, findStanceEdgeAt } from '../../viz/src/edge-hit';
import { createViewGraph } from '../../viz/src/view-graph';
import { DEFAULT_VIEWER_STATE, setStanceMode, togglePolarity } from '../../viz/src/viewer-state';
import { sampleGraphJson } from './fixtures/sample-graph';

describe('clicking a stance arrow', () => {
  it('should measure the distance to a segment, ends included', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -4, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(Math.SQRT2);
  });

  const graph = createViewGraph(sampleGraphJson());
  // Lay the nodes on a circle so the test controls the geometry (no three of them in a line).
  const order = graph.nodes();
  const toViewport = (key: string) => {
    const angle = (order.indexOf(key) / order.length) * 2 * Math.PI;
    return { x: 400 + 300 * Math.cos(angle), y: 400 + 300 * Math.sin(angle) };
  };
  const criticism = graph.filterNodes((_, a) => a.kind === 'Stance' && a.polarity === 'oppose')[0]!;
  const mid = () => {
    const a = toViewport('n:ivar-dale');
    const b = toViewport('Q2740');
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  };

  it('should find the stance whose arrow passes under the pointer in edge mode', () => {
    expect(findStanceEdgeAt(graph, setStanceMode(DEFAULT_VIEWER_STATE, 'edges'), toViewport, mid(), 6)).toBe(criticism);
  });

  it('should find nothing in node mode, far from any arrow, or when the polarity is hidden', () => {
    expect(findStanceEdgeAt(graph, DEFAULT_VIEWER_STATE, toViewport, mid(), 6)).toBeNull();
    expect(findStanceEdgeAt(graph, setStanceMode(DEFAULT_VIEWER_STATE, 'edges'), toViewport, { x: -500, y: 900 }, 6)).toBeNull();
    const hidden = togglePolarity(setStanceMode(DEFAULT_VIEWER_STATE, 'edges'), 'oppose');
    expect(findStanceEdgeAt(graph, hidden, toViewport, mid(), 6)).not.toBe(criticism);
  });
});
