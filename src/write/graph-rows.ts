/**
 * The rows of a whole graph, the way the Neo4j writer sends them: documents sorted by source id,
 * each entity carrying the merged graph's name, kind and aliases. The writer and the
 * neo4j-admin export both start here, so the two can never hold different graphs.
 */
import type { DocumentExtraction } from '../../schema/records';
import { documentFacts, mergeFacts, type DocumentFacts, type EntityFact } from '../build/graph-facts';
import { rowsFromFacts, type DocumentRows } from './document-rows';

export interface GraphRows {
  documents: DocumentRows[];
  /** Every entity of the graph, merged across documents. */
  entities: EntityFact[];
}

export function graphRows(extractions: readonly DocumentExtraction[]): GraphRows {
  return graphRowsFromFacts(extractions.map(documentFacts));
}

/**
 * The same from documents already projected to facts (what the archive cache keeps). With
 * `graph` (every document of the graph, `documents` among them) rows are made only for
 * `documents`, their entities as the whole graph has them.
 */
export function graphRowsFromFacts(documents: readonly DocumentFacts[], graph: readonly DocumentFacts[] = documents): GraphRows {
  const facts = [...documents].sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0));
  const entities = mergeFacts(graph).entities;
  const merged = new Map(entities.map((e) => [e.id, e]));
  return { documents: facts.map((f) => rowsFromFacts(f, merged)), entities };
}
