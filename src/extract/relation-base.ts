/**
 * What every relation pattern reads (the document's text, tokens, resolved mentions and the
 * gazetteer's knowledge) and the one way a pattern builds a relation, so each family of patterns
 * can live in a file of its own and every relation carries the span and quote it rests on.
 */
import type { RelationType } from '../../schema/enums';
import type { Relation } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { evidenceAt } from './evidence';
import type { Knowledge, KnownEntity } from './knowledge';
import type { Token, TokenizedText } from './tokenize';

export interface RelationContext {
  text: string;
  source: string;
  tokenized: TokenizedText;
  mentions: readonly ResolvedMention[];
  knowledge: Knowledge;
  kindOf: (entity: string) => string | undefined;
  /** Key of "Government of <country>", added to the document's entities when first asked for. */
  governmentOf: (country: string) => string | undefined;
  /**
   * Key of a known entity named only inside another name ("Tajikistan" in "the Statistics Agency
   * of Tajikistan"), added to the document's entities when a relation needs it.
   */
  knownEntity?: (known: KnownEntity) => string;
}

/** The source text of tokens [from, to), as written ("editor-in-chief", not "editor - in - chief"). */
export function textOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ');
}

/** A relation stated by the text between character offsets `start` and `end`. */
export function relation(ctx: RelationContext, type: RelationType, from: string, to: string, start: number, end: number, confidence: number, role?: string): Relation {
  return { type, from, to, confidence, evidence: evidenceAt(ctx.text, ctx.source, start, end), ...(role ? { role } : {}) };
}
