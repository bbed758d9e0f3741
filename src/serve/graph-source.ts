/**
 * Where the server's read-only API gets graph.json data from: a file (`--file`) or Neo4j. Both
 * hand back the same format (schema/graph-json.ts), so the viewer never knows which it is.
 */
import type { SerializedGraph } from '../../schema/graph-json';

export interface GraphSource {
  /** Short description for the startup line and /api/health: `file out/graph.json`, `neo4j bolt://...`. */
  readonly description: string;
  /**
   * The whole graph. Throws KgError when the source cannot be read. While the data is unchanged
   * it returns the same object, which lets the server reuse its serialisation.
   */
  loadGraph(): Promise<SerializedGraph>;
  /** Whether the data can be read now (the database answers, the file is there), quickly and within a bound. */
  health?(): Promise<SourceHealth>;
  close(): Promise<void>;
}

export interface SourceHealth {
  ok: boolean;
  /** One line: "Neo4j at bolt://... answers", or what is wrong. */
  detail: string;
}
