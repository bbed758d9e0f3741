/**
 * A block is one paragraph-like unit of a document (a paragraph, a heading, a caption line),
 * found by the format's own reader and then classified: the unit that body spans, turns and
 * captions are made of.
 */
import type { Span } from '../../schema/records';

export interface Block {
  /** Trimmed: starts and ends on a visible character of `plain`. */
  span: Span;
  /** A heading (Markdown `#`, HTML `<h1>`-`<h6>`): 1-6, or 0 for ordinary blocks. */
  heading: number;
  /** The format marked it as a caption (HTML `<figcaption>`, a Markdown image's alt text). */
  caption: boolean;
  /** All of its text is bold or italic (HTML `<strong>`/`<b>`/`<em>`/`<i>`, Markdown `**...**`): how many interviews set their questions. */
  emphasis?: boolean;
}

/** The block's visible text, whitespace collapsed: what rules and patterns are tested on. */
export function blockText(plain: string, block: { span: Span }): string {
  return plain.slice(block.span[0], block.span[1]).replace(/\s+/g, ' ').trim();
}

/** `[start, end)` narrowed to the visible characters of `plain` (no leading/trailing whitespace). */
export function trimSpan(plain: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(plain.charCodeAt(s))) s += 1;
  while (e > s && isSpace(plain.charCodeAt(e - 1))) e -= 1;
  return s < e ? [s, e] : null;
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000 ||
    code === 0x202f
  );
}
