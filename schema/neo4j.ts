/**
 * Neo4j constraints and indexes, derived from the schema's enums. The writer runs these
 * (all `IF NOT EXISTS`, so running them again is harmless) before any data goes in.
 */
import { EntityKind } from './enums';

/** Labels used in Neo4j: every entity carries `:Entity` plus its kind. */
export const NEO4J_LABELS = {
  entity: 'Entity',
  stance: 'Stance',
  event: 'ReportedEvent',
  source: 'Source',
  kinds: EntityKind.options,
} as const;

export const NEO4J_CONSTRAINTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT stance_id IF NOT EXISTS FOR (n:Stance) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT reported_event_id IF NOT EXISTS FOR (n:ReportedEvent) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
];

export const NEO4J_INDEXES: readonly string[] = [
  'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:Entity) ON (n.wikidata)',
  // The writer finds the sources a graph file wrote by it, to remove those that left the graph.
  'CREATE INDEX source_graph IF NOT EXISTS FOR (n:Source) ON (n.graph)',
  'CREATE INDEX stance_polarity IF NOT EXISTS FOR (n:Stance) ON (n.polarity)',
  'CREATE INDEX stance_code IF NOT EXISTS FOR (n:Stance) ON (n.code)',
  'CREATE INDEX reported_event_code IF NOT EXISTS FOR (n:ReportedEvent) ON (n.code)',
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
];
