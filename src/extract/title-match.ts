/** Person titles and roles in running text ("President", "Senior Policy Adviser"), longest match first. */
import type { TitleInfo } from './knowledge';
import type { Token } from './tokenize';

/** Up to five words; a hyphenated title ("editor-in-chief") counts its pieces and hyphens. */
export const MAX_TITLE_WORDS = 7;

/** Tokens as a title key: words joined by spaces, hyphens glued to the words they join. */
export function phraseOf(tokens: readonly Token[], from: number, to: number): string {
  let phrase = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const glued = k > from && (t.text === '-' || tokens[k - 1]!.text === '-') && tokens[k - 1]!.end === t.start;
    phrase += (k === from || glued ? '' : ' ') + t.lower;
  }
  return phrase;
}

/** Longest title phrase ending right before `end` (exclusive). */
export function matchTitleEndingAt(tokens: readonly Token[], end: number, titles: ReadonlyMap<string, TitleInfo>): { start: number; info: TitleInfo } | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, end); n >= 1; n--) {
    const first = end - n;
    if (tokens[first]!.sentence !== tokens[end - 1]!.sentence) continue;
    const info = titles.get(phraseOf(tokens, first, end));
    if (info) return { start: first, info };
  }
  return undefined;
}

/** Longest title phrase starting at `start`. */
export function matchTitleAt(tokens: readonly Token[], start: number, titles: ReadonlyMap<string, TitleInfo>): { end: number; info: TitleInfo } | undefined {
  for (let n = Math.min(MAX_TITLE_WORDS, tokens.length - start); n >= 1; n--) {
    if (tokens[start + n - 1]!.sentence !== tokens[start]!.sentence) continue;
    const info = titles.get(phraseOf(tokens, start, start + n));
    if (info) return { end: start + n, info };
  }
  return undefined;
}
