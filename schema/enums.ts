/**
 * The fixed vocabularies of the graph. Every Neo4j label and relationship type the project writes
 * comes from these enums, never from input text, so a document cannot inject a label.
 */
import { z } from 'zod';
import { CameoCode } from './cameo';

/** Kinds of real-world entity the extractor recognises. */
export const EntityKind = z.enum(['Person', 'Organisation', 'Country', 'Region', 'City', 'Group', 'Event']);
export type EntityKind = z.infer<typeof EntityKind>;

/**
 * Every node in graph.json has one of these kinds: the entity kinds plus the record kinds. A
 * `ReportedEvent` is one act a text states ("police detained five activists"); an `Event` entity is
 * a named happening the gazetteer knows ("the January events").
 */
export const NodeKind = z.enum([...EntityKind.options, 'Stance', 'ReportedEvent', 'Source']);
export type NodeKind = z.infer<typeof NodeKind>;

/** Typed relations between entities, each backed by evidence in a source. */
export const RelationType = z.enum([
  'WORKS_FOR', // person -> organisation (role on the edge)
  'LEADS', // person -> organisation | country
  'MEMBER_OF', // person | organisation | country -> organisation | group
  'BASED_IN', // organisation -> city | country
  'NATIONAL_OF', // person | group -> country
  'PART_OF', // group | organisation | region | city -> organisation | country | region
  'LOCATED_IN', // city | region -> country | region; event -> place (a reported event's LOCATED_IN carries no evidence of its own: the event's quote is it)
  'INTERVIEWED', // organisation | person (interviewer) -> person (interviewee)
]);
export type RelationType = z.infer<typeof RelationType>;

/**
 * Structural edges that tie stances, reported events, mentions and sources together: STATED_IN
 * joins a stance or a reported event to its source, CARRIED_OUT an actor to the event it did,
 * AGAINST the event to whom it was done to (its place is LOCATED_IN).
 */
export const StructuralEdgeType = z.enum(['HOLDS', 'ABOUT', 'STATED_IN', 'MENTIONED_IN', 'CARRIED_OUT', 'AGAINST']);
export type StructuralEdgeType = z.infer<typeof StructuralEdgeType>;

export const EdgeType = z.enum([...RelationType.options, ...StructuralEdgeType.options]);
export type EdgeType = z.infer<typeof EdgeType>;

export const Polarity = z.enum(['support', 'oppose', 'neutral', 'mixed']);
export type Polarity = z.infer<typeof Polarity>;

/**
 * A stance's category is its CAMEO event code ("111" criticize or denounce, "1053" demand release
 * of persons or property); the codebook's names are in `schema/cameo.ts`.
 */
export const StanceCode = CameoCode;
export type StanceCode = CameoCode;

/** The role a speaker plays in a document. */
export const SpeakerRole = z.enum(['interviewer', 'interviewee', 'author', 'quoted']);
export type SpeakerRole = z.infer<typeof SpeakerRole>;

/** Input formats the reader understands. */
export const SourceFormat = z.enum(['text', 'markdown', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/**
 * The shape of a text in the evaluation corpus (`eval/corpus/`): how turns, speakers and voices
 * are marked. Scores are reported per shape because each one stresses a different part of the
 * reader (question/answer turns, dashes, bare question paragraphs, reported speech, an
 * organisation as the voice, a byline author, several labelled speakers).
 */
export const SourceShape = z.enum([
  'interview-labels', // "Q:" / "A:" or "Name:" prefixes mark the turns
  'interview-dashes', // turns open with –, — or - at the start of a paragraph
  'interview-nomarkers', // questions are short paragraphs ending in "?", answers follow unmarked
  'news-wire', // wire and news reports: datelines, reported speech
  'statement', // NGO or government statements and press releases: the organisation is the voice
  'column', // bylined opinion columns: the author is the voice
  'press-conference', // transcripts with several labelled speakers
  'analysis', // analytical articles
]);
export type SourceShape = z.infer<typeof SourceShape>;

/**
 * What an analyst's review did to a node or edge (`schema/decisions.ts`): confirmed it as the
 * machine had it, or corrected it (polarity, code, kind, name, QID, merge). Rejected items are
 * not in the graph at all.
 */
export const ReviewStatus = z.enum(['confirmed', 'corrected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;
