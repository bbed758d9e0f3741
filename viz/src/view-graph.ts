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
import type { EdgeType, Polarity } from '../../schema/enums';
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

/**
 * How much to shrink nodes and edges for a graph of `order` nodes: 1 up to 1,000 nodes, then
 * with the square root of the count (at most to 0.35). Thousands of large discs would only
 * cover each other, and under software WebGL every covered pixel costs drawing time.
 */
export function sizeScale(order: number): number {
  return Math.max(0.35, Math.min(1, Math.sqrt(1000 / Math.max(1, order))));
}

/** Node size in pixels: entities grow with the log of their mentions, records stay small. */
export function nodeSize(attrs: NodeAttributes, scale = 1): number {
  if (attrs.kind === 'Stance') return 3.5 * scale;
  if (attrs.kind === 'ReportedEvent') return 4.5 * scale;
  if (attrs.kind === 'Source') return 9 * scale;
  return Math.min(18, 5 + 2.2 * Math.log2(1 + attrs.mentions)) * scale;
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

/** Shared by edges that belong to no source (HOLDS, ABOUT); never written to. */
const NO_SOURCES: string[] = [];

const pushUnique = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/**
 * Build the view graph from graph.json data (already validated by the server or the exporter).
 * The data's node attribute objects are reused as the view's (extended in place), so hand it a
 * freshly parsed graph, not one still in use.
 * @example const graph = createViewGraph(await (await fetch('api/graph')).json());
 */
export function createViewGraph(data: SerializedGraph): ViewGraph {
  // Written for speed (it runs before the first frame): the parsed JSON objects become the node
  // attributes in place, each node's source list is reached through a Map, not the graph.
  const graph: ViewGraph = new MultiDirectedGraph<ViewNode, ViewEdge>({ allowSelfLoops: false });
  const scale = sizeScale(data.nodes.length);
  const nodeSources = new Map<string, string[]>();
  for (const { key, attributes } of data.nodes) {
    const view = attributes as ViewNode;
    const style = KIND_STYLE[view.kind];
    if (typeof view.x !== 'number' || typeof view.y !== 'number') {
      const position = initialPosition(key);
      view.x = position.x;
      view.y = position.y;
    }
    view.size = nodeSize(attributes, scale);
    view.color = view.kind === 'Stance' ? POLARITY_COLOR[view.polarity] : style.color;
    view.type = style.shape;
    view.sources = view.kind === 'Source' ? [key] : view.kind === 'Stance' || view.kind === 'ReportedEvent' ? [view.source] : [];
    graph.addNode(key, view);
    nodeSources.set(key, view.sources);
  }
  const has = (node: string) => nodeSources.has(node);
  const structuralSize = Math.max(0.5, 0.6 * scale);
  const relationSize = Math.max(0.5, 1.5 * scale);
  data.edges.forEach((edge, index) => {
    const fromSources = nodeSources.get(edge.source);
    const toSources = nodeSources.get(edge.target);
    if (!fromSources || !toSources) return;
    const attrs = edge.attributes;
    const key = edge.key ?? `edge:${index}`;
    let sources: string[] = NO_SOURCES;
    let structural = true;
    // A reported event's edges (CARRIED_OUT, AGAINST, its LOCATED_IN, STATED_IN) belong to the event's source.
    if ('event' in attrs) sources = [...(graph.getNodeAttributes(edge.source).kind === 'ReportedEvent' ? fromSources : toSources)];
    else
      switch (attrs.type) {
        case 'HOLDS':
        case 'ABOUT':
          break;
        case 'STATED_IN':
          sources = [edge.target];
          break;
        case 'MENTIONED_IN':
          // An entity belongs to the sources that mention it...
          sources = [edge.target];
          pushUnique(fromSources, edge.target);
          break;
        default:
          // ...and to those that give evidence for its relations.
          structural = false;
          sources = [];
          for (const evidence of attrs.evidence) pushUnique(sources, resolveSourceKey(has, evidence.source));
          // A fact from the gazetteer has no evidence; the sources that name both ends carry it.
          for (const source of 'sources' in attrs && Array.isArray(attrs.sources) ? attrs.sources : []) pushUnique(sources, resolveSourceKey(has, source));
          for (const source of sources) {
            pushUnique(fromSources, source);
            pushUnique(toSources, source);
          }
      }
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      rel: attrs.type,
      type: 'line',
      color: structural ? STRUCTURAL_EDGE_COLOR : RELATION_EDGE_COLOR,
      size: structural ? structuralSize : relationSize,
      sources,
      data: attrs,
    });
  });
  const stanceSize = Math.max(1, 2.5 * scale);
  for (const { key, attributes } of data.nodes) {
    if (attributes.kind !== 'Stance') continue;
    const holderSources = nodeSources.get(attributes.holder);
    if (!holderSources || !nodeSources.has(attributes.target) || attributes.holder === attributes.target) continue;
    pushUnique(holderSources, attributes.source);
    graph.addDirectedEdgeWithKey(`${STANCE_EDGE_PREFIX}${key}`, attributes.holder, attributes.target, {
      rel: 'STANCE',
      type: 'arrow',
      color: POLARITY_COLOR[attributes.polarity],
      size: stanceSize,
      sources: [attributes.source],
      polarity: attributes.polarity,
      stance: key,
      data: null,
    });
  }
  return graph;
}
