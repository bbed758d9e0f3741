/**
 * Records handed from one pipeline stage to the next. The zod schema is the type: every type
 * here is `z.infer` of its schema, so validation and typing cannot drift apart.
 *
 * Offsets: every `span` is `[start, end)` in UTF-16 code units into the source file's text after
 * UTF-8 decoding and BOM removal, with nothing else changed, so `text.slice(start, end) === quote`.
 */
import { z } from 'zod';
import { CameoCode } from './cameo';
import { EntityKind, Polarity, RelationType, ReviewStatus, SourceFormat, SourceShape, SpeakerRole, StanceCode } from './enums';

/**
 * Set only by applying an analyst's decisions (`src/review/`), never by extraction: the store
 * keeps the machine's output, and the decisions are applied to it again on every import.
 */
const Reviewed = {
  reviewed: ReviewStatus.optional(),
  /** Who made the last decision on it. */
  reviewedBy: z.string().min(1).optional(),
};

export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, { message: 'span start must not exceed its end' });
export type Span = z.infer<typeof Span>;

/** Where a fact comes from: the source's key, the span and the verbatim text at that span. */
export const Evidence = z.object({
  source: z.string().min(1),
  span: Span,
  quote: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** Metadata a user may give for a source in `import/sources.json` (all optional). */
export const SourceMeta = z.object({
  id: z.string().min(1).optional(),
  file: z.string().min(1).optional(),
  title: z.string().optional(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  interviewer: z.string().optional(),
  interviewee: z.string().optional(),
  language: z.string().optional(),
  license: z.string().optional(),
  /** The text's shape in the evaluation corpus; only the evaluation reads it (scores per shape). */
  shape: SourceShape.optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/** One speaking turn: a question, an answer, or a paragraph of narration. */
export const Turn = z.object({
  kind: z.enum(['question', 'answer', 'paragraph']),
  /** Display name of the speaker as the document gives it, or null where nobody speaks. */
  speaker: z.string().nullable(),
  role: SpeakerRole.nullable(),
  span: Span,
});
export type Turn = z.infer<typeof Turn>;

/** Speech attributed inside a turn: "X said in an interview that ...", "Tokayev claims ...". */
export const ReportedSpeech = z.object({
  /** The speaker's name as written, and where. */
  speaker: z.string(),
  speakerSpan: Span,
  /** The reporting verb ("said", "claims"). */
  cue: z.string(),
  /** The reported content. */
  span: Span,
});
export type ReportedSpeech = z.infer<typeof ReportedSpeech>;

export const Speaker = z.object({
  name: z.string(),
  role: SpeakerRole,
  /** How the document describes the speaker ("Legal Adviser at the Osh Water Forum"). */
  description: z.string().optional(),
  /** The author issues the text as its statement ("The United States condemns ...", "Statement by X"), rather than signing it as a byline. */
  issuer: z.boolean().optional(),
});
export type Speaker = z.infer<typeof Speaker>;

/** What the read stage hands to extraction. */
export const SourceDocument = z.object({
  /** Stable key of the source, independent of its text (so a changed text replaces the old one). */
  id: z.string().min(1),
  path: z.string(),
  format: SourceFormat,
  /** The decoded file text: every span points into this. */
  text: z.string(),
  /**
   * The same text with markup masked: same length as `text`, every offset identical, but HTML
   * tags, comments and scripts, Markdown syntax and the like replaced by spaces (an entity such
   * as `&amp;` becomes `&` plus spaces). Extraction reads this; quotes are cut from `text`.
   * For plain text it equals `text`.
   */
  plain: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  lead: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  /** Spans of the main content, boilerplate removed, in reading order. */
  body: z.array(Span),
  speakers: z.array(Speaker),
  turns: z.array(Turn),
  captions: z.array(Span),
  /**
   * The headline when it is a block of the text, and wire datelines ("ALMATY, Jan 12 (Reuters)"),
   * kept out of the body like captions: their names count as mentions, but nobody speaks in them.
   * Absent means none.
   */
  headline: Span.optional(),
  datelines: z.array(Span).optional(),
  reportedSpeech: z.array(ReportedSpeech),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** A stretch of text that names (or refers to) an entity. */
export const Mention = z.object({
  entity: z.string().min(1),
  source: z.string().min(1),
  span: Span,
  text: z.string(),
  /** How the mention was linked: a name, an alias, a title+surname, a demonym, a pronoun, ... */
  via: z.enum(['name', 'alias', 'acronym', 'surname', 'demonym', 'pronoun', 'speaker', 'group-noun', 'authorities']),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  /** Stable key: a Wikidata QID when the gazetteer knows it, else a normalised-name key. */
  id: z.string().min(1),
  kind: EntityKind,
  label: z.string().min(1),
  aliases: z.array(z.string()),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  description: z.string().optional(),
  ...Reviewed,
});
export type Entity = z.infer<typeof Entity>;

const RelationBase = z.object({
  type: RelationType,
  from: z.string().min(1),
  to: z.string().min(1),
  role: z.string().optional(),
  confidence: z.number().min(0).max(1),
  ...Reviewed,
});

/** A relation a sentence states: the evidence is that sentence (or the words that say it). */
export const TextRelation = RelationBase.extend({
  via: z.literal('text').optional(),
  evidence: Evidence,
});
export type TextRelation = z.infer<typeof TextRelation>;

/**
 * A relation the gazetteer knows and the source only makes relevant by naming both ends
 * ("Kazakhstan ... the CIS": the text does not say Kazakhstan is a member). No sentence states
 * it, so it has no quote or span, only the source that names both ends.
 */
export const GazetteerRelation = RelationBase.extend({
  via: z.literal('gazetteer'),
  source: z.string().min(1),
});
export type GazetteerRelation = z.infer<typeof GazetteerRelation>;

/** A typed relation between two entities of one document: stated in its text, or known from the gazetteer. */
export const Relation = z.union([TextRelation, GazetteerRelation]);
export type Relation = z.infer<typeof Relation>;

/** The source a relation belongs to, whichever way it is known. */
export function relationSource(relation: Relation): string {
  return relation.via === 'gazetteer' ? relation.source : relation.evidence.source;
}

export const Stance = z.object({
  id: z.string().min(1),
  holder: z.string().min(1),
  target: z.string().min(1),
  polarity: Polarity,
  code: StanceCode,
  confidence: z.number().min(0).max(1),
  source: z.string().min(1),
  span: Span,
  quote: z.string().min(1),
  ...Reviewed,
});
export type Stance = z.infer<typeof Stance>;

/**
 * An act the text states happened ("police detained five activists"): a coercion, assault, fight,
 * protest or the like (CAMEO roots 14-20), recorded with its code, never as a stance of whoever
 * reports it. A named event the gazetteer knows ("the January events") stays an entity of kind
 * Event; this is one stated occurrence, keyed by where it is stated, like a stance.
 */
export const ReportedEvent = z.object({
  /** `event:` + a hash of the source, the trigger's span and the code (`eventKey`). */
  id: z.string().min(1),
  code: CameoCode,
  /** The codebook's name of the code ("Arrest, detain, or charge with legal action"). */
  name: z.string().min(1),
  /** The word that states it, as written ("detained", "arrest"). */
  trigger: z.string().min(1),
  /** Who did it, when the clause names them; absent for an implied agent ("were detained"), never the reporter. */
  actor: z.string().min(1).optional(),
  /** Whom it was done to. */
  target: z.string().min(1).optional(),
  /** Where it happened, when the same clause says so ("in Almaty"): a place entity. */
  place: z.string().min(1).optional(),
  /** When it happened, as the clause writes it ("on Monday", "12 March 2023"). */
  date: z.string().min(1).optional(),
  confidence: z.number().min(0).max(1),
  source: z.string().min(1),
  /** The clause that states it; `quote === text.slice(span[0], span[1])`. */
  span: Span,
  quote: z.string().min(1),
});
export type ReportedEvent = z.infer<typeof ReportedEvent>;

/** Everything extraction and resolution found in one document. */
export const DocumentExtraction = z.object({
  source: SourceDocument,
  entities: z.array(Entity),
  mentions: z.array(Mention),
  relations: z.array(Relation),
  stances: z.array(Stance),
  /** Acts the text states (absent in extractions stored before events were recorded). */
  events: z.array(ReportedEvent).optional(),
});
export type DocumentExtraction = z.infer<typeof DocumentExtraction>;
