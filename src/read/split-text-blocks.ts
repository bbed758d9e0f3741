/**
 * Splits plain text (or masked Markdown) into paragraph blocks in one linear pass. Paragraphs
 * are separated by blank lines; inside a run of lines, a line break also ends a paragraph when
 * the line before looks like the end of one (a finished sentence clearly shorter than the wrap
 * width, or a long one-line paragraph), and a line that a caller marks as standalone
 * (boilerplate, a caption, a heading) or that starts with a speaker prefix is a block of its own.
 */
import type { Block } from './block';
import { trimSpan } from './block';
import { findDate } from './parse-date';
import { goesOnBelow } from './wrapped-line-breaks';

interface Line {
  start: number;
  end: number;
  /** Raw line in `text` (for Markdown heading syntax, which `plain` masks). */
  raw: string;
  /** Visible line in `plain`, trimmed. */
  visible: string;
}

const SPEAKER_PREFIX = /^(?:Q|A|Question|Answer|[\p{Lu}][\p{L}\p{N}.\-’'/]*(?:\s+[\p{Lu}][\p{L}\p{N}.\-’'/]*){0,3})\s?:\s/u;
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s/;
const ENDS_SENTENCE = /[.!?:;"”»)\]…]$/;
/** A Markdown line set wholly in bold or italics: "**What next?**", "*Why now?*", "__Why?__". */
const EMPHASISED_LINE = /^(\*{1,3}|_{1,3})(?=\S)(?:(?!\1).)+?\S\1$/u;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;

/**
 * A line that is only a place and a date ("Nur-Sultan 21 January 2022", "Washington, DC, October
 * 22, 2012"): under a statement's heading or at its foot it is a line of its own, however long the
 * heading above it, so it joins neither the heading (the title) nor the lead.
 */
function isDateLine(line: string): boolean {
  if (line.length > 48 || findDate(line) === null) return false;
  return line.split(/[\s,]+/u).every((word) => word === '' || /^[\p{Lu}\d]/u.test(word));
}

function splitLines(text: string, plain: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const span = trimSpan(plain, start, end);
    lines.push({
      start: span ? span[0] : start,
      end: span ? span[1] : start,
      raw: text.slice(start, end),
      visible: span ? plain.slice(span[0], span[1]) : '',
    });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * @param text the decoded file text
 * @param plain the same text with markup masked (equal to `text` for plain text)
 * @param isStandalone lines that must be blocks of their own (boilerplate, captions)
 */
export function splitTextBlocks(text: string, plain: string, isStandalone: (line: string) => boolean, markdown = false): Block[] {
  const lines = splitLines(text, plain);
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      const span: Block['span'] = [current[0]!.start, current[current.length - 1]!.end];
      blocks.push(
        markdown && current.length === 1 && EMPHASISED_LINE.test(current[0]!.raw.trim())
          ? { span, heading: 0, caption: false, emphasis: true }
          : { span, heading: 0, caption: false },
      );
      current = [];
    }
  };
  let i = 0;
  while (i < lines.length) {
    // One run of non-blank lines, with its widest line as the wrap width.
    if (lines[i]!.visible === '') {
      i += 1;
      continue;
    }
    let j = i;
    let width = 0;
    while (j < lines.length && lines[j]!.visible !== '') {
      width = Math.max(width, lines[j]!.visible.length);
      j += 1;
    }
    for (let k = i; k < j; k += 1) {
      const line = lines[k]!;
      const atx = markdown ? ATX_HEADING.exec(line.raw) : null;
      const setext = markdown && k + 1 < lines.length && SETEXT_UNDERLINE.test(lines[k + 1]!.raw) && !LIST_ITEM.test(line.raw.trim());
      if (atx || setext) {
        flush();
        const level = atx ? atx[1]!.length : lines[k + 1]!.raw.trim().startsWith('=') ? 1 : 2;
        blocks.push({ span: [line.start, line.end], heading: level, caption: false });
        continue;
      }
      const previous = current[current.length - 1]?.visible;
      if (isStandalone(line.visible) || (isDateLine(line.visible) && (previous === undefined || !goesOnBelow(previous, line.visible)))) {
        flush();
        blocks.push({ span: [line.start, line.end], heading: 0, caption: false });
        continue;
      }
      if (current.length > 0) {
        const prev = current[current.length - 1]!.visible;
        const endsSentence = ENDS_SENTENCE.test(prev);
        // A line that ends on a comma or on "the" goes on below, however short the wrap left it.
        const continues = goesOnBelow(prev, line.visible);
        const breaks =
          SPEAKER_PREFIX.test(line.visible) ||
          LIST_ITEM.test(line.raw.trim()) ||
          (endsSentence && (prev.length > 150 || prev.length < 0.75 * width)) ||
          (!endsSentence && width > 40 && prev.length < 0.5 * width && !continues);
        if (breaks) flush();
      }
      current.push(line);
    }
    flush();
    i = j;
  }
  return blocks;
}
