/**
 * Quotations a paragraph of their own carries after a paragraph that introduces them, as rights
 * groups and ministries write their releases:
 *
 *     Responding to the verdict, Marie Struthers, Amnesty International's Director, said:
 *
 *     “This verdict is a blatant attempt to silence a critical voice. ...”
 *
 * The quotation paragraphs (up to three in a row, each opening with a quotation mark and holding
 * no attributed speech of its own) are the introduced speaker's words. Pure.
 */
import type { ReportedSpeech, Turn } from '../../schema/records';
import { trimSpan } from './block';
import { hasSpeechIn } from './credited-quotes';
import { introducingCueAt, speakerBefore } from './find-reported-speech';

/** How many quotation paragraphs one introduction may carry. */
const MAX_QUOTED_PARAGRAPHS = 3;

/** How much of an introducing paragraph's end holds its speaker and cue. */
const INTRODUCTION_TAIL = 300;

const OPENS_WITH_QUOTE = /^\s*[“"«„]/u;

/**
 * The speech of quotation paragraphs introduced by "X said:" at the end of the paragraph before.
 * @example introducedQuotes(plain, turns, found) // [{ speaker: 'Marie Struthers', cue: 'said', span: [..] }]
 */
export function introducedQuotes(plain: string, turns: readonly Turn[], found: readonly ReportedSpeech[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (let i = 0; i + 1 < turns.length; i++) {
    const intro = turns[i]!;
    if (intro.kind !== 'paragraph') continue;
    // Only the paragraph's end is looked at: "said:" closes it.
    const from = Math.max(intro.span[0], intro.span[1] - INTRODUCTION_TAIL);
    const introText = plain.slice(from, intro.span[1]);
    const cueAt = introducingCueAt(introText);
    if (cueAt < 0) continue;
    const speaker = speakerBefore(introText.slice(0, cueAt));
    if (!speaker) continue;
    const cue = /^\S+/u.exec(introText.slice(cueAt))![0];
    const speakerStart = from + speaker.offset;
    for (let k = i + 1; k < turns.length && k <= i + MAX_QUOTED_PARAGRAPHS; k++) {
      const quote = turns[k]!;
      const text = plain.slice(quote.span[0], quote.span[1]);
      if (quote.kind !== 'paragraph' || !OPENS_WITH_QUOTE.test(text) || hasSpeechIn(found, quote.span)) break;
      const open = quote.span[0] + text.search(/[“"«„]/u);
      const span = trimSpan(plain, open + 1, closingQuoteEnd(plain, open + 1, quote.span[1]));
      if (span) out.push({ speaker: speaker.text, speakerSpan: [speakerStart, speakerStart + speaker.text.length], cue, span });
    }
  }
  return out;
}

/** Where the quotation opened before `from` ends: its closing mark inside the paragraph, else the paragraph's end. */
function closingQuoteEnd(plain: string, from: number, end: number): number {
  const text = plain.slice(from, end);
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('»'), text.lastIndexOf('"'));
  return close >= 0 ? from + close : end;
}
