/**
 * The explorer's browser-side graph: it never holds more nodes than the budget, keeps an edge
 * only when both ends are held, colours a folded stance arrow by net polarity, and a lowered
 * budget drops the least connected nodes first.
 */
import type { ExploreEdge, ExploreNode, ExploreSlice } from '../../schema/explore-api';
import { POLARITY_COLOR } from '../../viz/src/kind-style';
import { addNode, addSlice, createExploreGraph, netPolarityColor, trimToBudget } from '../../viz/src/overview-graph';

const node = (key: string, degree: number): ExploreNode => ({ key, label: `Entity ${key}`, kind: 'Person', mentions: 1, degree });
const stance = (source: string, target: string, support: number, oppose: number): ExploreEdge => ({
  key: `stances:${source}->${target}`,
  source,
  target,
  rel: 'STANCE',
  weight: support + oppose,
  polarity: { support, oppose, mixed: 0, neutral: 0 },
  net: support - oppose,
});

describe('the explorer graph', () => {
  it('should add nodes only up to the budget and count the ones it refused', () => {
    const graph = createExploreGraph();
    const slice: ExploreSlice = { nodes: ['a', 'b', 'c', 'd', 'e'].map((key, at) => node(key, 10 - at)), edges: [] };
    const result = addSlice(graph, slice, 3);
    expect(graph.order).toBe(3);
    expect(result.added).toEqual(['a', 'b', 'c']);
    expect(result.refused).toBe(2);
    expect(addNode(graph, node('z', 1), 3)).toBe(false);
    expect(addNode(graph, node('a', 1), 3)).toBe(true);
  });

  it('should keep an edge only when it holds both ends, and not twice', () => {
    const graph = createExploreGraph();
    addSlice(graph, { nodes: [node('a', 2), node('b', 1)], edges: [stance('a', 'b', 2, 0), stance('a', 'elsewhere', 1, 0)] }, 10);
    addSlice(graph, { nodes: [node('b', 1)], edges: [stance('a', 'b', 2, 0)] }, 10);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute('stances:a->b', 'weight')).toBe(2);
  });

  it('should place nodes brought by an expansion near the node expanded', () => {
    const graph = createExploreGraph();
    addSlice(graph, { nodes: [node('hub', 5)], edges: [] }, 10);
    graph.mergeNodeAttributes('hub', { x: 500, y: 500 });
    addSlice(graph, { nodes: [node('n1', 1), node('n2', 1)], edges: [] }, 10, 'hub');
    for (const key of ['n1', 'n2']) expect(Math.hypot(graph.getNodeAttribute(key, 'x') - 500, graph.getNodeAttribute(key, 'y') - 500)).toBeLessThan(20);
  });

  it('should colour a folded stance arrow by support minus oppose', () => {
    expect(netPolarityColor({ support: 3, oppose: 1, mixed: 0, neutral: 0 })).toBe(POLARITY_COLOR.support);
    expect(netPolarityColor({ support: 1, oppose: 4, mixed: 0, neutral: 2 })).toBe(POLARITY_COLOR.oppose);
    expect(netPolarityColor({ support: 2, oppose: 2, mixed: 0, neutral: 0 })).toBe(POLARITY_COLOR.mixed);
    expect(netPolarityColor({ support: 0, oppose: 0, mixed: 0, neutral: 3 })).toBe(POLARITY_COLOR.neutral);
  });

  it('should drop the least connected nodes, never the kept one, when the budget is lowered', () => {
    const graph = createExploreGraph();
    addSlice(graph, { nodes: [node('big', 9), node('mid', 5), node('small', 1), node('chosen', 0)], edges: [] }, 10);
    expect(trimToBudget(graph, 2, new Set(['chosen']))).toBe(2);
    expect(graph.nodes().sort()).toEqual(['big', 'chosen']);
    expect(trimToBudget(graph, 5)).toBe(0);
  });
});
