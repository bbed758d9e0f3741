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
    if (!FIRST_PERSON.test(text) || found.some((r) => overlaps(r.span, quote.span))) continue;
    // The name must be the text's own elsewhere ("Vladimir Putin noted ..."), so a subheading
    // such as "Economic Cooperation" credits nothing.
    const start = credit.span[0] + plain.slice(credit.span[0], credit.span[1]).indexOf(name);
    if (plain.indexOf(name) === start && plain.indexOf(name, start + name.length) < 0) continue;
    const span = trimSpan(plain, quote.span[0], quote.span[1]);
    if (span) out.push({ speaker: name, speakerSpan: [start, start + name.length], cue: '', span });
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && a[1] > b[0];
