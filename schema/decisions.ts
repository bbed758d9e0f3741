/**
 * An analyst's review decisions, kept as data beside the sources (`import/review/decisions.jsonl`,
 * one JSON object a line) and applied again on every import, so a correction survives
 * re-extraction. Every decision says who made it, when, and optionally why; it names what it
 * judges by ids that do not change while the text does not:
 *
 * - a stance by its source, span and holder (plus its target when one sentence gives the holder
 *   two stances) and the verbatim quote, so a changed text leaves the decision stale instead of
 *   applying it to whatever sentence now sits at that span;
 * - an entity by its entity id (`schema/keys.ts`: a QID, or `n:` plus the normalised name);
 * - a relation by its graph.json edge key (`relationEdgeKey`: `TYPE:from->to`).
 *
 * Decisions apply in file order, each to the graph the earlier ones left: after a merge of A into
 * B, a later decision names B.
 */
import { z } from 'zod';
import { EntityKind, Polarity, ReviewStatus } from './enums';
import { CameoCode } from './cameo';
import { Span } from './records';

export { ReviewStatus };

const Id = z.string().min(1);
const Qid = z.string().regex(/^Q\d+$/, { message: 'a Wikidata QID is Q followed by digits' });

/** Who decided, when, and (optionally) why. */
const Meta = {
  by: z.string().min(1),
  /** ISO 8601 date and time. */
  at: z.iso.datetime({ offset: true }),
  reason: z.string().optional(),
};

/** A stance by where it is stated and who holds it; `target` tells apart two stances of one holder in one sentence. */
export const StanceRef = z
  .object({
    source: Id,
    span: Span,
    holder: Id,
    target: Id.optional(),
    /** The verbatim quote when decided: a text that changed under the span makes the decision stale. */
    quote: z.string().min(1),
  })
  .strict();
export type StanceRef = z.infer<typeof StanceRef>;

const stance = <A extends string, T extends z.ZodRawShape>(action: A, extra: T) => z.object({ action: z.literal(action), stance: StanceRef, ...extra, ...Meta }).strict();
const entity = <A extends string, T extends z.ZodRawShape>(action: A, extra: T) => z.object({ action: z.literal(action), entity: Id, ...extra, ...Meta }).strict();
const relation = <A extends string>(action: A) => z.object({ action: z.literal(action), relation: Id, ...Meta }).strict();

export const StanceConfirm = stance('stance.confirm', {});
export const StanceReject = stance('stance.reject', {});
export const StanceCorrect = stance('stance.correct', {
  polarity: Polarity.optional(),
  code: CameoCode.optional(),
  holder: Id.optional(),
  target: Id.optional(),
});
/** Merge `entity` into `into`: one real-world entity under two names (the names of both stay as aliases). */
export const EntityMerge = entity('entity.merge', { into: Id });
/** Never merge these two, neither by cross-document resolution nor by a merge decision. */
export const EntityKeepApart = entity('entity.keep-apart', { other: Id });
export const EntitySetKind = entity('entity.set-kind', { kind: EntityKind });
/** Set (a QID) or clear (null) the Wikidata id; the entity keeps its key, so links to it stay. */
export const EntitySetQid = entity('entity.set-qid', { wikidata: Qid.nullable() });
export const EntityRename = entity('entity.rename', { label: z.string().trim().min(1) });
export const EntityAddAlias = entity('entity.add-alias', { alias: z.string().trim().min(1) });
/** Not an entity at all: it goes with its mentions, relations and stances. */
export const EntityReject = entity('entity.reject', {});
export const RelationConfirm = relation('relation.confirm');
export const RelationReject = relation('relation.reject');

export const Decision = z.discriminatedUnion('action', [
  StanceConfirm,
  StanceReject,
  StanceCorrect.refine((d) => d.polarity !== undefined || d.code !== undefined || d.holder !== undefined || d.target !== undefined, {
    message: 'stance.correct needs at least one of polarity, code, holder, target',
  }),
  EntityMerge,
  EntityKeepApart,
  EntitySetKind,
  EntitySetQid,
  EntityRename,
  EntityAddAlias,
  EntityReject,
  RelationConfirm,
  RelationReject,
]);
export type Decision = z.infer<typeof Decision>;
export type DecisionAction = Decision['action'];

/** Every action, for messages and the CLI. */
export const DECISION_ACTIONS: readonly DecisionAction[] = Decision.options.map((o) => o.shape.action.value);

/** A decision with the line of the decisions file it is on (1-based). */
export interface NumberedDecision {
  line: number;
  decision: Decision;
}
