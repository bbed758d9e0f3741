/**
 * `/api/node/:id`: one node with the edges that touch it and the nodes at their other ends,
 * cut from graph.json data. Pure, so the API test needs no server.
 */
import type { SerializedGraph } from '../../schema/graph-json';

export interface NodeNeighbourhood {
  node: SerializedGraph['nodes'][number];
  edges: SerializedGraph['edges'];
  neighbours: SerializedGraph['nodes'];
}

export function nodeNeighbourhood(graph: SerializedGraph, key: string): NodeNeighbourhood | null {
  const node = graph.nodes.find((candidate) => candidate.key === key);
  if (!node) return null;
  const edges = graph.edges.filter((edge) => edge.source === key || edge.target === key);
  const others = new Set(edges.map((edge) => (edge.source === key ? edge.target : edge.source)));
  return { node, edges, neighbours: graph.nodes.filter((candidate) => others.has(candidate.key)) };
}
