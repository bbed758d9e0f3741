/** What the stance pass reads: the document's text, tokens, mentions and who speaks where. */
import type { ReportedSpeech } from '../../schema/records';
import type { ResolvedMention } from '../resolve/resolved-mention';
import type { Sentence, TokenizedText } from './tokenize';

export interface Voice {
  /** Entity key of whoever speaks in this stretch of text. */
  holder: string;
  /** Entity key of the speaker's organisation, for "we". */
  organisation?: string;
}

export interface StanceContext {
  text: string;
  source: string;
  tokenized: TokenizedText;
  /** All resolved mentions, including pronouns. */
  mentions: readonly ResolvedMention[];
  reportedSpeech: readonly ReportedSpeech[];
  /** The voice at an offset: the answer's speaker, the author, or undefined (narration with no voice). */
  voiceAt: (offset: number) => Voice | undefined;
  /** Whether the offset lies in a question turn (questions are not stances). */
  isQuestion: (offset: number) => boolean;
  /** The organisation a person speaks for (WORKS_FOR / LEADS in this document), for "we". */
  organisationOf: (entity: string) => string | undefined;
}

export const ACTOR_KINDS = new Set(['Person', 'Organisation', 'Country', 'Group', 'Region', 'Event', 'City']);

export const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours']);

export function mentionsIn(ctx: StanceContext, sentence: Sentence): ResolvedMention[] {
  return ctx.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.tokenEnd > m.tokenStart);
}
