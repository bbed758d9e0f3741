/**
 * The pure half of the Neo4j writer: one document's facts (`src/build/graph-facts.ts`, the same
 * projection graph.json is built from) turned into plain parameter rows, each carrying the label
 * or relationship type its statement picks. No I/O, so tests can check exactly what would be
 * written without a server.
 */
import { EntityKind, RelationType, type Polarity, type ReviewStatus, type StanceCode } from '../../schema/enums';
import type { DocumentExtraction } from '../../schema/records';
import { documentFacts, type DocumentFacts, type EntityFact, type EventFact } from '../build/graph-facts';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
  path: string;
  sha256: string;
}

/** An entity as the whole graph has it (kind, name, every alias), so Neo4j holds what graph.json holds. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  /** Aliases without the name itself, sorted. */
  aliases: string[];
  wikidata: string | null;
  description: string | null;
  /** The analyst's review (null: not reviewed), so Neo4j carries what graph.json carries. */
  reviewed: ReviewStatus | null;
  reviewedBy: string | null;
}

export interface MentionRow {
  entity: string;
  count: number;
}

export interface RelationRow {
  /** Stable per piece of support: the same relation stated in two places is two relationships. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  confidence: number;
  source: string;
  /** 'text': a sentence states it (start, end, quote); 'gazetteer': known from the gazetteer, no quote. */
  via: 'text' | 'gazetteer';
  start: number | null;
  end: number | null;
  quote: string | null;
  reviewed: ReviewStatus | null;
  reviewedBy: string | null;
}

export interface StanceRow {
  id: string;
  holder: string;
  target: string;
  polarity: Polarity;
  code: StanceCode;
  confidence: number;
  source: string;
  start: number;
  end: number;
  quote: string;
  reviewed: ReviewStatus | null;
  reviewedBy: string | null;
}

/** A reported event: its node's properties, and the entity keys its edges go to (null: none); the span as start and end. */
export type EventRow = Omit<EventFact, 'span'> & { start: number; end: number };

export interface DocumentRows {
  source: SourceRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  stances: StanceRow[];
  events: EventRow[];
  /** Relations and stances left out because an end is not among the document's entities (or is the same entity). */
  skipped: { relations: number; stances: number };
  /**
   * SHA-256 of the document's own facts. Stored on the Source node, it lets the writer skip a
   * document whose facts are exactly what the database already holds from it.
   */
  fingerprint: string;
}

export function entityRow(entity: EntityFact): EntityRow {
  return {
    id: entity.id,
    kind: EntityKind.parse(entity.kind),
    name: entity.label,
    aliases: entity.aliases,
    wikidata: entity.wikidata,
    description: entity.description,
    reviewed: entity.reviewed ?? null,
    reviewedBy: entity.reviewedBy ?? null,
  };
}

/**
 * Rows for one document, deterministic: the same extraction always gives the same rows in the
 * same order. `graphEntities` (the merged entities of the whole graph) gives each entity the name,
 * kind and aliases the graph has; without it the document's own are used.
 * @example documentRows(extraction).entities[0] // { id: 'Q...', kind: 'Person', name: 'Aida Bekova', ... }
 */
export function documentRows(extraction: DocumentExtraction, graphEntities?: ReadonlyMap<string, EntityFact>): DocumentRows {
  return rowsFromFacts(documentFacts(extraction), graphEntities);
}

/** Rows for one document already projected to facts. */
export function rowsFromFacts(facts: DocumentFacts, graphEntities?: ReadonlyMap<string, EntityFact>): DocumentRows {
  return {
    source: facts.source,
    entities: facts.entities.map((own) => entityRow(graphEntities?.get(own.id) ?? own)),
    mentions: facts.mentions.map(({ entity, count }) => ({ entity, count })),
    relations: facts.relations.map((r) => ({
      id: r.id,
      type: RelationType.parse(r.type),
      from: r.from,
      to: r.to,
      role: r.role,
      confidence: r.confidence,
      source: r.source,
      via: r.via,
      start: r.span?.[0] ?? null,
      end: r.span?.[1] ?? null,
      quote: r.quote,
      reviewed: r.reviewed ?? null,
      reviewedBy: r.reviewedBy ?? null,
    })),
    stances: facts.stances.map((s) => ({
      id: s.id,
      holder: s.holder,
      target: s.target,
      polarity: s.polarity,
      code: s.code,
      confidence: s.confidence,
      source: s.source,
      start: s.span[0],
      end: s.span[1],
      quote: s.quote,
      reviewed: s.reviewed ?? null,
      reviewedBy: s.reviewedBy ?? null,
    })),
    events: (facts.events ?? []).map(({ span, ...event }) => ({ ...event, start: span[0], end: span[1] })),
    skipped: facts.skipped,
    fingerprint: facts.fingerprint,
  };
}

/** Number of rows the document's statements will send (source + entities + mentions + relations + stances + events). */
export function countRows(rows: DocumentRows): number {
  return 1 + rows.entities.length + rows.mentions.length + rows.relations.length + rows.stances.length + rows.events.length;
}
