/**
 * A cheap, linear sentence splitter for reported-speech detection: a sentence ends at . ! ? or …
 * (plus closing quotes/brackets) followed by white space and a capital, a digit or an opening
 * quote, except after common abbreviations and single initials.
 */
import type { Span } from '../../schema/records';
import { trimSpan } from './block';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen col lt sgt capt maj rev jr sr vs etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept gov sen rep est approx fig'.split(
    ' ',
  ),
);
const CLOSERS = '”"’»)]\'';
const OPENERS = '“"‘«([\'„';

function isUpperStart(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch);
}

/** Sentence spans inside `[start, end)` of `plain`, trimmed, in order. */
export function splitSentences(plain: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i += 1) {
    const ch = plain[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < end && CLOSERS.includes(plain[j]!)) j += 1;
    if (j < end && !/\s/.test(plain[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(plain[k]!)) k += 1;
    if (k < end && !isUpperStart(plain[k]!)) continue;
    if (ch === '.') {
      let w = i;
      while (w > sentenceStart && /[\p{L}.]/u.test(plain[w - 1]!)) w -= 1;
      const word = plain.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(plain.slice(w, i))) continue;
    }
    const span = trimSpan(plain, sentenceStart, j);
    if (span) out.push(span);
    sentenceStart = k;
    i = k - 1;
  }
  const last = trimSpan(plain, sentenceStart, end);
  if (last) out.push(last);
  return out;
}
