/**
 * The sentence a quote sits in, for the review queue: an analyst judges a stance by the whole
 * sentence, not by the words the extractor cut out. Pure; offsets as everywhere (UTF-16 units).
 */

export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

/** How far either side to look for a sentence end before giving up (a run-on sentence, a list). */
const MAX_REACH = 400;
const SENTENCE_END = /[.!?…]["'”’»)]*\s+|\n\s*\n/g;

/**
 * @example sentenceAround('One. He said no to it. Two.', [12, 17]) // { before: 'He said ', quote: 'no to', after: ' it.' }
 */
export function sentenceAround(text: string, span: readonly [number, number]): QuoteInSentence {
  const [start, end] = span;
  const from = Math.max(0, start - MAX_REACH);
  let sentenceStart = from;
  for (const m of text.slice(from, start).matchAll(SENTENCE_END)) sentenceStart = from + m.index + m[0].length;
  const rest = text.slice(end, end + MAX_REACH);
  const next = /[.!?…]["'”’»)]*(?=\s|$)|\n\s*\n/.exec(rest);
  const sentenceEnd = next ? end + next.index + (next[0].startsWith('\n') ? 0 : next[0].length) : Math.min(text.length, end + MAX_REACH);
  return { before: text.slice(sentenceStart, start).trimStart(), quote: text.slice(start, end), after: text.slice(end, sentenceEnd).trimEnd() };
}
