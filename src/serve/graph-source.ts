/**
 * Where the server's read-only API gets graph.json data from: a file (`--file`) or Neo4j. Both
 * hand back the same format (schema/graph-json.ts), so the viewer never knows which it is.
 */
import type { SerializedGraph } from '../../schema/graph-json';

export interface GraphSource {
  /** Short description for the startup line and /api/health: `file out/graph.json`, `neo4j bolt://...`. */
  readonly description: string;
  /** The whole graph. Throws KgError when the source cannot be read. */
  loadGraph(): Promise<SerializedGraph>;
  close(): Promise<void>;
}
