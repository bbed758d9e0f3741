/**
 * The graph the viewer draws: graph.json turned into a graphology multigraph whose attributes
 * carry what sigma needs (position, size, colour, program) next to the original record.
 *
 * It is a multigraph because, besides the stored edges, each stance also gets a direct
 * holder→target edge (coloured by polarity); the "stances as edges" switch then only changes
 * what the reducers hide, never the graph, so the layout is not disturbed.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../../schema/graph-json';
import type { EdgeType, NodeKind, Polarity } from '../../schema/enums';
import { KIND_STYLE, POLARITY_COLOR, RELATION_EDGE_COLOR, STRUCTURAL_EDGE_COLOR, type NodeShape } from './kind-style';

/** A node as drawn: the stored attributes plus display fields. */
export type ViewNode = NodeAttributes & {
  x: number;
  y: number;
  size: number;
  color: string;
  type: NodeShape;
  /** Keys of the Source nodes this node is tied to (mentions, stances, evidence); used by the source filter. */
  sources: string[];
};

/** `rel` is the stored edge type ('STANCE' for the derived holder→target edges); `type` is sigma's program. */
export interface ViewEdge {
  rel: EdgeType | 'STANCE';
  type: 'line' | 'arrow';
  color: string;
  size: number;
  sources: string[];
  polarity?: Polarity;
  /** For 'STANCE' edges: the stance node they stand for. */
  stance?: string;
  data: EdgeAttributes | null;
}

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

/** The key prefix of derived holder→target stance edges. */
export const STANCE_EDGE_PREFIX = 'stance-edge:';

function hashString(text: string): number {
  // FNV-1a: a cheap, stable hash so the same key always starts at the same place.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic starting position in the unit disc, so the same graph always opens the same way. */
export function initialPosition(key: string): { x: number; y: number } {
  const h = hashString(key);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt((h >>> 16) / 0x10000);
  return { x: radius * Math.cos(angle) * 100, y: radius * Math.sin(angle) * 100 };
}

/** Node size in pixels: entities grow with the log of their mentions, records stay small. */
export function nodeSize(attrs: NodeAttributes): number {
  if (attrs.kind === 'Stance') return 3.5;
  if (attrs.kind === 'Source') return 9;
  return Math.min(18, 5 + 2.2 * Math.log2(1 + attrs.mentions));
}

/**
 * The Source node key for a source reference. Stances carry the node key (`source:<id>`);
 * relation evidence may carry the bare document id, so both are accepted. (`schema/keys.ts`
 * has `sourceKey`, but it imports node:crypto, which the browser bundle cannot.)
 */
export function resolveSourceKey(has: (key: string) => boolean, reference: string): string {
  if (has(reference)) return reference;
  const prefixed = `source:${reference}`;
  return has(prefixed) ? prefixed : reference;
}

const pushUnique = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/**
 * Build the view graph from graph.json data (already validated by the server or the exporter).
 * @example const graph = createViewGraph(await (await fetch('api/graph')).json());
 */
export function createViewGraph(data: SerializedGraph): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph<ViewNode, ViewEdge>({ allowSelfLoops: false });
  for (const { key, attributes } of data.nodes) {
    const style = KIND_STYLE[attributes.kind as NodeKind];
    const given = attributes as Partial<{ x: unknown; y: unknown }>;
    const position =
      typeof given.x === 'number' && typeof given.y === 'number' ? { x: given.x, y: given.y } : initialPosition(key);
    const color = attributes.kind === 'Stance' ? POLARITY_COLOR[attributes.polarity] : style.color;
    const sources: string[] = [];
    if (attributes.kind === 'Source') sources.push(key);
    if (attributes.kind === 'Stance') sources.push(attributes.source);
    graph.addNode(key, { ...attributes, ...position, size: nodeSize(attributes), color, type: style.shape, sources } as ViewNode);
  }
  data.edges.forEach((edge, index) => {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return;
    const attrs = edge.attributes;
    const key = edge.key ?? `edge:${index}`;
    const structural = attrs.type === 'HOLDS' || attrs.type === 'ABOUT' || attrs.type === 'STATED_IN' || attrs.type === 'MENTIONED_IN';
    const sources: string[] = [];
    const has = (node: string) => graph.hasNode(node);
    if ('evidence' in attrs) for (const evidence of attrs.evidence) pushUnique(sources, resolveSourceKey(has, evidence.source));
    if (attrs.type === 'MENTIONED_IN' || attrs.type === 'STATED_IN') sources.push(edge.target);
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      rel: attrs.type,
      type: structural ? 'line' : 'arrow',
      color: structural ? STRUCTURAL_EDGE_COLOR : RELATION_EDGE_COLOR,
      size: structural ? 0.6 : 1.5,
      sources,
      data: attrs,
    });
    // An entity belongs to the sources that mention it or give evidence for its relations.
    for (const source of sources) {
      if (attrs.type !== 'STATED_IN') pushUnique(graph.getNodeAttribute(edge.source, 'sources'), source);
      if (attrs.type !== 'MENTIONED_IN' && attrs.type !== 'STATED_IN') pushUnique(graph.getNodeAttribute(edge.target, 'sources'), source);
    }
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'Stance' || !graph.hasNode(attrs.holder) || !graph.hasNode(attrs.target)) return;
    if (attrs.holder === attrs.target) return;
    pushUnique(graph.getNodeAttribute(attrs.holder, 'sources'), attrs.source);
    graph.addDirectedEdgeWithKey(`${STANCE_EDGE_PREFIX}${key}`, attrs.holder, attrs.target, {
      rel: 'STANCE',
      type: 'arrow',
      color: POLARITY_COLOR[attrs.polarity],
      size: 2.5,
      sources: [attrs.source],
      polarity: attrs.polarity,
      stance: key,
      data: null,
    });
  });
  return graph;
}
