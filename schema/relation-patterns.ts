/**
 * The relation patterns' word lists (`gazetteer/lexicon/relation-patterns.json`): head words of
 * names that say how a body relates to the place named at their end ("Committee for
 * Environmental Protection of <Country>" is part of the state, "Programme Office in <City>" is
 * seated there), each with an example sentence of our own (never from the evaluation texts).
 */
import { z } from 'zod';

export const RelationHeadWord = z.object({
  /** Lower-case head word of a name ("committee", "delegation"). */
  word: z.string().regex(/^[\p{Ll}-]+$/u, { message: 'expected one lower-case word' }),
  /** A sentence of our own whose name the pattern reads. */
  example: z.string().min(8),
  /**
   * The place after "in/to" belongs to the name: a body or a meeting that exists once per place
   * it serves ("the U.S. Embassy in Turkmenistan" and the one in Georgia are two bodies).
   */
  placeInName: z.boolean().default(false),
});
export type RelationHeadWord = z.infer<typeof RelationHeadWord>;

export const RelationPatternsFile = z.object({
  description: z.string().min(1),
  /** A body "<head> ... of <Country>" is a part of that state (PART_OF the country). */
  stateBodyHeads: z.array(RelationHeadWord).min(1),
  /** A body "<head> ... in|to <Place>" sits there (BASED_IN the place). */
  seatHeads: z.array(RelationHeadWord).min(1),
  /** An event "<Place> <head>" or "<head> ... in <Place>" happened there (LOCATED_IN the place). */
  eventHeads: z.array(RelationHeadWord).min(1),
  /** "<Country> <title> <Person>" names the person's own country (NATIONAL_OF): an ambassador represents their state. */
  nationalTitles: z.array(RelationHeadWord).min(1),
});
export type RelationPatternsFile = z.infer<typeof RelationPatternsFile>;
