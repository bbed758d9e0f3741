/**
 * The gold-annotation format used by `kg eval`: what a careful analyst finds in one source text,
 * written by hand following the annotation guidelines in `eval/README.md`. Entities are named by
 * their gold label; relations and stances refer to those labels, and each stance carries the
 * verbatim quote so the evaluator can find where in the text it is stated.
 */
import { z } from 'zod';
import { EntityKind, Polarity, RelationType, StanceCode } from './enums';
import { LEGACY_STANCE_CODES } from './cameo';

export const GoldEntity = z.object({
  /** Fullest or most usual name: "Kassym-Jomart Tokayev". */
  label: z.string().min(1),
  kind: EntityKind,
  /** Other forms used in the text: "Tokayev", "President Tokayev". */
  aliases: z.array(z.string().min(1)).optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z.object({
  type: RelationType,
  /** Gold entity label of the relation's start. */
  from: z.string().min(1),
  /** Gold entity label of the relation's end. */
  to: z.string().min(1),
  /** Role for WORKS_FOR / LEADS where the text gives one (informative, not scored). */
  role: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldStance = z.object({
  /** Gold entity label of who holds the position. */
  holder: z.string().min(1),
  /** Gold entity label of what the position is about. */
  target: z.string().min(1),
  polarity: Polarity,
  /** A CAMEO code; the category names used before ("CRITICISE") are read as their CAMEO root. */
  code: z.preprocess((v) => (typeof v === 'string' && v in LEGACY_STANCE_CODES ? LEGACY_STANCE_CODES[v] : v), StanceCode).optional(),
  /** A verbatim substring of the source text carrying the stance. */
  quote: z.string().min(1),
});
export type GoldStance = z.infer<typeof GoldStance>;

export const GoldAnnotation = z.object({
  /** Path of the annotated text, relative to the repository root: "import/x.txt". */
  source: z.string().min(1),
  /** Free-text remarks for other annotators (not scored). */
  notes: z.string().optional(),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
  stances: z.array(GoldStance),
});
export type GoldAnnotation = z.infer<typeof GoldAnnotation>;
