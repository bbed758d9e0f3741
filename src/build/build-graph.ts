/**
 * The build stage: folds per-document extractions into one graphology graph, a directed
 * multigraph (one pair of entities may be joined by several relation types). Pure and
 * deterministic: the graph is the projection of `graph-facts.ts` (the same one the Neo4j writer
 * stores and the Neo4j reader reads back), assembled in sorted order with the keys of
 * `schema/keys.ts`, so the same extractions always give the same `graph.export()`.
 */
import Graph from 'graphology';
import type { DocumentExtraction } from '../../schema/records';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../../schema/graph-json';
import { documentFacts, mergeFacts, type DocumentFacts } from './graph-facts';
import { GRAPH_OPTIONS, graphFromFacts } from './graph-from-facts';

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ ...GRAPH_OPTIONS });
}

/** A graph from graph.json data (as `graphFromFacts` or Neo4j's reader give it). */
export function graphFromData(data: SerializedGraph): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.import(data as unknown as Parameters<KnowledgeGraph['import']>[0]);
  return graph;
}

/** Build one graph from documents already projected to facts (what the pipeline checks one by one). */
export function buildGraphFromFacts(documents: readonly DocumentFacts[]): KnowledgeGraph {
  return graphFromData(graphFromFacts(mergeFacts(documents)));
}

/**
 * Build one graph from any number of document extractions.
 * @example buildGraph([extractDocument(read(file))]).export()
 */
export function buildGraph(extractions: readonly DocumentExtraction[]): KnowledgeGraph {
  return buildGraphFromFacts(extractions.map(documentFacts));
}
