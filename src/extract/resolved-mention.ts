/** A mention after resolution: the raw mention plus the key of the entity it refers to. */
import type { RawMention } from './raw-mention';
import type { Token } from './tokenize';

export interface ResolvedMention extends RawMention {
  entity: string;
}

/**
 * A mention of `entity` over tokens [from, to), for a reference that is no name of its own ("he",
 * "the group", "you"): offsets and sentence come from the tokens, the rest from the caller.
 * @example mentionOverTokens(tokens, 4, 6, { surface: 'the group', kind: 'Organisation', via: 'pronoun', entity: 'n:adilet' })
 */
export function mentionOverTokens(tokens: readonly Token[], from: number, to: number, rest: Pick<ResolvedMention, 'surface' | 'kind' | 'via' | 'entity'>): ResolvedMention {
  const first = tokens[from]!;
  return { start: first.start, end: tokens[to - 1]!.end, tokenStart: from, tokenEnd: to, sentence: first.sentence, ...rest };
}
