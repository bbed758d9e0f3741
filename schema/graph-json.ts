/**
 * The `graph.json` format: graphology's own serialisation (`graph.export()`) of a directed
 * multigraph (one pair of entities may be joined by several relation types), so Gephi Lite and
 * every graphology tool open it as it is (`Graph.from(json)` takes the options from the file).
 * These schemas pin down the attributes each node and edge carries; `schema/graph-json.md`
 * documents them, and edge keys come from `schema/keys.ts`.
 */
import { z } from 'zod';
import { CameoCode } from './cameo';
import { EdgeType, EntityKind, Polarity, RelationType, ReviewStatus, StanceCode } from './enums';
import { Evidence, Span } from './records';

/** Present only on what an analyst's decision confirmed or corrected (`schema/decisions.ts`). */
const Reviewed = {
  reviewed: ReviewStatus.optional(),
  /** Who made the last decision on it. */
  reviewedBy: z.string().min(1).optional(),
};

const NodeBase = z.object({
  label: z.string().min(1),
  aliases: z.array(z.string()),
});

export const EntityNodeAttributes = NodeBase.extend({
  kind: EntityKind,
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  description: z.string().optional(),
  /** Total mentions across all sources. */
  mentions: z.number().int().nonnegative(),
  ...Reviewed,
});
export type EntityNodeAttributes = z.infer<typeof EntityNodeAttributes>;

export const StanceNodeAttributes = NodeBase.extend({
  kind: z.literal('Stance'),
  polarity: Polarity,
  code: StanceCode,
  quote: z.string().min(1),
  span: Span,
  /** Key of the Source node the quote comes from. */
  source: z.string().min(1),
  confidence: z.number().min(0).max(1),
  holder: z.string().min(1),
  target: z.string().min(1),
  ...Reviewed,
});
export type StanceNodeAttributes = z.infer<typeof StanceNodeAttributes>;

/** An act a source states happened (`ReportedEvent` in `schema/records.ts`), keyed `event:<hash>`. */
export const EventNodeAttributes = NodeBase.extend({
  kind: z.literal('ReportedEvent'),
  code: CameoCode,
  /** The codebook's name of the code. */
  name: z.string().min(1),
  /** The word that states it, as written. */
  trigger: z.string().min(1),
  quote: z.string().min(1),
  span: Span,
  /** Key of the Source node the quote comes from. */
  source: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** Entity keys, each present only where the clause names it. */
  actor: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  place: z.string().min(1).optional(),
  /** When, as the clause writes it. */
  date: z.string().min(1).optional(),
});
export type EventNodeAttributes = z.infer<typeof EventNodeAttributes>;

export const SourceNodeAttributes = NodeBase.extend({
  kind: z.literal('Source'),
  title: z.string(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SourceNodeAttributes = z.infer<typeof SourceNodeAttributes>;

export const NodeAttributes = z.discriminatedUnion('kind', [
  ...EntityKind.options.map((kind) => EntityNodeAttributes.extend({ kind: z.literal(kind) })),
  StanceNodeAttributes,
  EventNodeAttributes,
  SourceNodeAttributes,
] as unknown as [typeof StanceNodeAttributes, typeof EventNodeAttributes, typeof SourceNodeAttributes]);
export type NodeAttributes = EntityNodeAttributes | StanceNodeAttributes | EventNodeAttributes | SourceNodeAttributes;

const RelationEdgeBase = z.object({
  type: RelationType,
  role: z.string().optional(),
  confidence: z.number().min(0).max(1),
  /** Key of every Source node that supports the relation (by a sentence, or by naming both ends of a gazetteer fact), sorted. */
  sources: z.array(z.string().min(1)).min(1),
  ...Reviewed,
});

/** A relation some sentence states: its first evidence (by source key, then offset) inline, all of it in `evidence`. */
export const TextRelationEdgeAttributes = RelationEdgeBase.extend({
  via: z.literal('text'),
  source: z.string().min(1),
  span: Span,
  quote: z.string(),
  evidence: z.array(Evidence).min(1),
});

/** A relation only the gazetteer knows: no sentence states it, so no quote, no span, no evidence. */
export const GazetteerRelationEdgeAttributes = RelationEdgeBase.extend({
  via: z.literal('gazetteer'),
  evidence: z.array(Evidence).max(0),
});

export const RelationEdgeAttributes = z.discriminatedUnion('via', [TextRelationEdgeAttributes, GazetteerRelationEdgeAttributes]);
export type RelationEdgeAttributes = z.infer<typeof RelationEdgeAttributes>;

export const StructuralEdgeAttributes = z.object({
  type: z.enum(['HOLDS', 'ABOUT', 'STATED_IN']),
});
export const MentionEdgeAttributes = z.object({
  type: z.literal('MENTIONED_IN'),
  count: z.number().int().positive(),
});

/**
 * The edges of a reported event: actor -CARRIED_OUT-> event -AGAINST-> target, event -LOCATED_IN->
 * place, event -STATED_IN-> source. No evidence of their own: the event node's quote states them.
 */
export const EventEdgeAttributes = z.object({
  type: z.enum(['CARRIED_OUT', 'AGAINST', 'LOCATED_IN', 'STATED_IN']),
  event: z.literal(true),
});
export type EventEdgeAttributes = z.infer<typeof EventEdgeAttributes>;

// An event's edges first: the union keeps the first option that parses, and the structural one
// would take an event's STATED_IN and drop its `event` mark.
export const EdgeAttributes = z.union([EventEdgeAttributes, RelationEdgeAttributes, StructuralEdgeAttributes, MentionEdgeAttributes]);
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const SerializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z.object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributes })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: EdgeAttributes,
    }),
  ),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;

export { EdgeType };
