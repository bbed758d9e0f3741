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

/** A key's first and last word: what comes before its first and after its last space or hyphen. */
const firstPiece = (phrase: string) => phrase.split(/[ -]/u, 1)[0]!;
const lastPiece = (phrase: string) => phrase.slice(Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1);

interface TitleEnds {
  size: number;
  first: Set<string>;
  last: Set<string>;
}
const endsByTitles = new WeakMap<ReadonlyMap<string, TitleInfo>, TitleEnds>();

/**
 * The first and last words of the title keys, built once per title map (again if it grows). Every
 * token is asked whether a title starts or ends on it, and most are no title word: a set lookup
 * then saves building up to seven phrases to look up. A phrase begins with its first token's
 * text, and a space or a glued hyphen follows it, so its first word is the token's; likewise
 * for the last.
 */
function titleEnds(titles: ReadonlyMap<string, TitleInfo>): TitleEnds {
  let ends = endsByTitles.get(titles);
  if (!ends || ends.size !== titles.size) {
    ends = { size: titles.size, first: new Set(), last: new Set() };
    for (const key of titles.keys()) {
      ends.first.add(firstPiece(key));
      ends.last.add(lastPiece(key));
    }
    endsByTitles.set(titles, ends);
  }
  return ends;
}

/** Longest title phrase ending right before `end` (exclusive). */
export function matchTitleEndingAt(tokens: readonly Token[], end: number, titles: ReadonlyMap<string, TitleInfo>): { start: number; info: TitleInfo } | undefined {
  if (end < 1 || !titleEnds(titles).last.has(lastPiece(tokens[end - 1]!.lower))) return undefined;
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
  if (start >= tokens.length || !titleEnds(titles).first.has(firstPiece(tokens[start]!.lower))) return undefined;
  for (let n = Math.min(MAX_TITLE_WORDS, tokens.length - start); n >= 1; n--) {
    if (tokens[start + n - 1]!.sentence !== tokens[start]!.sentence) continue;
    const info = titles.get(phraseOf(tokens, start, start + n));
    if (info) return { end: start + n, info };
  }
  return undefined;
}
