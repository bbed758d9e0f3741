/**
 * Pull quotes credited on the line after them, as news sites lay them out:
 *
 *     We are close allies and reliable friends. I know what transformations ...
 *
 *     Vladimir Putin
 *
 * A paragraph in the first person followed by a paragraph that is nothing but a name the text
 * uses elsewhere too ("Vladimir Putin noted that ...") is that person's speech. Pure.
 */
import type { ReportedSpeech, Span, Turn } from '../../schema/records';
import { trimSpan } from './block';

/** Two to four capitalised words, hyphens and apostrophes allowed: "Vladimir Putin", "Kassym-Jomart Tokayev". */
const BARE_NAME = /^\p{Lu}[\p{Ll}’'-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}’'-]+){1,3}$/u;
const FIRST_PERSON = /\b(?:I|I’m|I'm|we|We|our|Our|my|My|us)\b/u;

/**
 * The speech of each first-person paragraph credited by a bare name on the line after it.
 * @example creditedQuotes(plain, turns, found) // [{ speaker: 'Vladimir Putin', span: [..], cue: '' }]
 */
export function creditedQuotes(plain: string, turns: readonly Turn[], found: readonly ReportedSpeech[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let i = 0; i + 1 < turns.length; i++) {
    const quote = turns[i]!;
    const credit = turns[i + 1]!;
    if (quote.kind !== 'paragraph' || credit.kind !== 'paragraph') continue;
    const name = plain.slice(credit.span[0], credit.span[1]).trim();
    if (!BARE_NAME.test(name)) continue;
    const text = plain.slice(quote.span[0], quote.span[1]);
    if (!FIRST_PERSON.test(text) || hasSpeechIn(found, quote.span)) continue;
    // The name must be the text's own elsewhere nearby ("Vladimir Putin noted ..."), so a subheading
    // such as "Economic Cooperation" credits nothing. Nearby only: a long text is not rescanned per line.
    const start = credit.span[0] + plain.slice(credit.span[0], credit.span[1]).indexOf(name);
    const near = plain.slice(Math.max(0, start - NAME_WINDOW), start) + plain.slice(start + name.length, start + name.length + NAME_WINDOW);
    if (!near.includes(name)) continue;
    const span = trimSpan(plain, quote.span[0], quote.span[1]);
    if (span) out.push({ speaker: name, speakerSpan: [start, start + name.length], cue: '', span });
  }
  return out;
}

/** How far from a credit line the text must use the name again. */
const NAME_WINDOW = 20_000;

/** Whether speech already found (in text order) overlaps the span: a binary search, then a look at the neighbours. */
export function hasSpeechIn(found: readonly ReportedSpeech[], span: Span): boolean {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.span[1] <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  return lo < found.length && found[lo]!.span[0] < span[1];
}
