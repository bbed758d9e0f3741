/** Person titles and roles in running text ("President", "Senior Policy Adviser"), longest match first. */
import type { TitleInfo } from './knowledge';
import type { Token } from './tokenize';

export const MAX_TITLE_WORDS = 5;

/** Longest title phrase ending right before `end` (exclusive), or starting at `start`. */
export function matchTitleEndingAt(tokens: readonly Token[], end: number, titles: ReadonlyMap<string, TitleInfo>): { start: number; info: TitleInfo } | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, end); n >= 1; n--) {
    const first = end - n;
    if (tokens[first]!.sentence !== tokens[end - 1]!.sentence) continue;
    const phrase = tokens.slice(first, end).map((t) => t.lower).join(' ');
    const info = titles.get(phrase);
    if (info) return { start: first, info };
  }
  return undefined;
}

export function matchTitleAt(tokens: readonly Token[], start: number, titles: ReadonlyMap<string, TitleInfo>): { end: number; info: TitleInfo } | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, tokens.length - start); n >= 1; n--) {
    const slice = tokens.slice(start, start + n);
    if (slice.some((t) => t.sentence !== tokens[start]!.sentence)) continue;
    const info = titles.get(slice.map((t) => t.lower).join(' '));
    if (info) return { end: start + n, info };
  }
  return undefined;
}
