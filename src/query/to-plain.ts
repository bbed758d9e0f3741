/**
 * Neo4j values as plain JSON-friendly data: integers as numbers (or strings beyond 2^53),
 * nodes and relationships as their properties, paths as their node names.
 */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof neo4j.types.Node) return { labels: value.labels, ...(toPlain(value.properties) as object) };
  if (value instanceof neo4j.types.Relationship) return { type: value.type, ...(toPlain(value.properties) as object) };
  if (value instanceof neo4j.types.Path) return value.segments.length === 0 ? [toPlain(value.start)] : [toPlain(value.start), ...value.segments.map((s) => toPlain(s.end))];
  if (typeof value === 'object') {
    // Temporal and spatial values print as Neo4j writes them.
    if (typeof (value as { toString?: unknown }).toString === 'function' && Object.getPrototypeOf(value) !== Object.prototype) return String(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
