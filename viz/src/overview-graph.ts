/**
 * The graph the archive explorer draws: only what the server sent (an overview, then each
 * expansion), never more nodes than the budget. Entities are the nodes; each edge is either a
 * relation or all stances of one holder about one target folded into one arrow, as thick as
 * their count and coloured by their net polarity. Pure over graphology, so it is unit-tested.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityKind } from '../../schema/enums';
import type { ExploreEdge, ExploreNode, ExploreSlice, PolarityCounts } from '../../schema/explore-api';
import { KIND_STYLE, type NodeShape, POLARITY_COLOR, RELATION_EDGE_COLOR } from './kind-style';
import { initialPosition } from './view-graph';

export interface ExploreViewNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: NodeShape;
  kind: EntityKind;
  mentions: number;
  degree: number;
}

export interface ExploreViewEdge {
  size: number;
  color: string;
  type: 'arrow' | 'line';
  rel: ExploreEdge['rel'];
  weight: number;
  polarity?: PolarityCounts;
  net?: number;
}

export type ExploreGraph = MultiDirectedGraph<ExploreViewNode, ExploreViewEdge>;

export const createExploreGraph = (): ExploreGraph => new MultiDirectedGraph<ExploreViewNode, ExploreViewEdge>({ allowSelfLoops: false });

/** Support minus oppose decides the colour; with neither ahead, mixed if any stance is mixed, else neutral. */
export function netPolarityColor(polarity: PolarityCounts): string {
  const net = polarity.support - polarity.oppose;
  if (net > 0) return POLARITY_COLOR.support;
  if (net < 0) return POLARITY_COLOR.oppose;
  return polarity.mixed > 0 || polarity.support > 0 ? POLARITY_COLOR.mixed : POLARITY_COLOR.neutral;
}

export const exploreNodeSize = (degree: number) => Math.min(20, 4 + 1.8 * Math.log2(1 + degree));

function viewEdge(edge: ExploreEdge): ExploreViewEdge {
  if (edge.rel === 'STANCE' && edge.polarity) {
    return {
      rel: 'STANCE',
      type: 'arrow',
      weight: edge.weight,
      polarity: edge.polarity,
      net: edge.net ?? 0,
      color: netPolarityColor(edge.polarity),
      size: Math.min(8, 1.5 + Math.log2(edge.weight)),
    };
  }
  return { rel: edge.rel, type: 'line', weight: edge.weight, color: RELATION_EDGE_COLOR, size: 0.8 };
}

/** Where a node brought by expanding `anchor` starts: on a ring round it, one golden angle apart. */
function positionNear(graph: ExploreGraph, anchor: string | undefined, key: string, nth: number): { x: number; y: number } {
  if (!anchor || !graph.hasNode(anchor)) return initialPosition(key);
  const centre = graph.getNodeAttributes(anchor);
  const angle = nth * 2.39996;
  const radius = 4 + 1.2 * Math.sqrt(nth);
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

function viewNode(node: ExploreNode, position: { x: number; y: number }): ExploreViewNode {
  const style = KIND_STYLE[node.kind];
  return {
    ...position,
    label: node.label,
    kind: node.kind,
    mentions: node.mentions,
    degree: node.degree,
    size: exploreNodeSize(node.degree),
    color: style.color,
    type: style.shape,
  };
}

export interface SliceResult {
  /** Nodes added. */
  added: string[];
  /** Nodes left out because the budget was full. */
  refused: number;
  edges: number;
}

/**
 * Add what the server sent, within the budget: nodes already held are kept as they are, new
 * ones are added until the graph holds `budget` nodes, and an edge is added when both its ends
 * are held (an expansion also sends edges to entities the browser may not hold).
 */
export function addSlice(graph: ExploreGraph, slice: ExploreSlice, budget: number, anchor?: string): SliceResult {
  const added: string[] = [];
  let refused = 0;
  for (const node of slice.nodes) {
    if (graph.hasNode(node.key)) continue;
    if (graph.order >= budget) {
      refused += 1;
      continue;
    }
    graph.addNode(node.key, viewNode(node, positionNear(graph, anchor, node.key, added.length + 1)));
    added.push(node.key);
  }
  let edges = 0;
  for (const edge of slice.edges) {
    if (graph.hasEdge(edge.key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, viewEdge(edge));
    edges += 1;
  }
  return { added, refused, edges };
}

/** Add one node (a search hit) if the budget allows; true when the graph holds it afterwards. */
export function addNode(graph: ExploreGraph, node: ExploreNode, budget: number): boolean {
  if (graph.hasNode(node.key)) return true;
  if (graph.order >= budget) return false;
  graph.addNode(node.key, viewNode(node, initialPosition(node.key)));
  return true;
}

/** Drop nodes (the least connected first) until the graph holds at most `budget`: a lowered budget applies at once. */
export function trimToBudget(graph: ExploreGraph, budget: number, keep: ReadonlySet<string> = new Set()): number {
  const excess = graph.order - budget;
  if (excess <= 0) return 0;
  const candidates = graph
    .nodes()
    .filter((key) => !keep.has(key))
    .sort((x, y) => graph.getNodeAttribute(x, 'degree') - graph.getNodeAttribute(y, 'degree') || (x < y ? -1 : 1));
  const dropped = candidates.slice(0, excess);
  for (const key of dropped) graph.dropNode(key);
  return dropped.length;
}
