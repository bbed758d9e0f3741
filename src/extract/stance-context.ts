/** What the stance pass reads: the document's text, tokens, mentions and who speaks where. */
import type { ReportedEvent, ReportedSpeech } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import type { Sentence, TokenizedText } from './tokenize';

export interface Voice {
  /** Entity key of whoever speaks in this stretch of text. */
  holder: string;
  /** Entity key of the speaker's organisation, for "we". */
  organisation?: string;
  /** Entity keys of the bodies that speak together with the holder (a joint statement's other issuers). */
  coHolders?: readonly string[];
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
  /** Whether the offset lies in a photo caption: its names count, but it takes no position. */
  isCaption?: (offset: number) => boolean;
  /** The organisation a person speaks for (WORKS_FOR / LEADS in this document), for "we". */
  organisationOf: (entity: string) => string | undefined;
  /**
   * Whether the target is the holder itself named otherwise ('self') or on its own side ('side':
   * its body, its state, a body of the same state): no support or neutral stance is taken towards it.
   */
  sideOf?: (holder: string, target: string) => 'self' | 'side' | undefined;
  /** The Government entity of a country (added to the document when first asked for), for acts of unnamed authorities. */
  governmentOf?: (country: string) => string | undefined;
  /** Key of the country the text is mostly about. */
  focusCountry?: string;
  /** The events the text reports, in text order: "the move" or "the expulsion" judged later refers back to one. */
  events?: readonly ReportedEvent[];
  /**
   * Whether the entity is a body whose work is to report on others (a human rights group, an
   * international organisation, a news outlet): the acts of coercion it states, it charges.
   */
  isMonitor?: (entity: string) => boolean;
  /** The country a government entity governs ("Government of Tajikistan" -> Tajikistan), for a stance named both ways at once. */
  countryOfGovernment?: (entity: string) => string | undefined;
}

export const ACTOR_KINDS = new Set(['Person', 'Organisation', 'Country', 'Group', 'Region', 'Event', 'City']);

export const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours']);

interface SentenceIndex {
  mentions: ResolvedMention[][];
  speech: ReportedSpeech[][];
}

const indexes = new WeakMap<StanceContext, SentenceIndex>();

/** Index of the sentence holding an offset (the last one starting at or before it), by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Mentions and reported speech by sentence, built once per document so long texts stay linear. */
function indexOf(ctx: StanceContext): SentenceIndex {
  let index = indexes.get(ctx);
  if (index) return index;
  const { sentences } = ctx.tokenized;
  index = { mentions: sentences.map(() => []), speech: sentences.map(() => []) };
  for (const m of ctx.mentions) if (m.tokenEnd > m.tokenStart) index.mentions[m.sentence]?.push(m);
  for (const rs of ctx.reportedSpeech) {
    if (sentences.length === 0) break;
    for (let k = sentenceAt(sentences, rs.span[0]); k < sentences.length && sentences[k]!.start < rs.span[1]; k++) {
      if (sentences[k]!.end > rs.span[0]) index.speech[k]!.push(rs);
    }
  }
  indexes.set(ctx, index);
  return index;
}

/** The mentions of a sentence that cover tokens (not the empty parents named inside names). */
export function mentionsIn(ctx: StanceContext, sentence: number): ResolvedMention[] {
  return indexOf(ctx).mentions[sentence] ?? [];
}

/** Reported speech that overlaps a sentence. */
export function speechIn(ctx: StanceContext, sentence: number): ReportedSpeech[] {
  return indexOf(ctx).speech[sentence] ?? [];
}

/** Mentions overlapping a span, looked up through the sentences it touches. */
export function mentionsOverlapping(ctx: StanceContext, span: readonly [number, number]): ResolvedMention[] {
  const { sentences } = ctx.tokenized;
  if (sentences.length === 0) return [];
  const out: ResolvedMention[] = [];
  for (let k = sentenceAt(sentences, span[0]); k < sentences.length && sentences[k]!.start < span[1]; k++) {
    for (const m of mentionsIn(ctx, k)) if (m.start < span[1] && m.end > span[0]) out.push(m);
  }
  return out;
}
