/**
 * Sorts blocks into furniture (dropped by the publisher rules), captions and content. A line
 * that is only a photo credit ("Photo: NRK") is furniture; a caption with a credit
 * ("Aida Bekova. Photo: Vlast.kz") is a caption, whose span stops before the credit so the credit's
 * name is not read as part of the text.
 */
import type { Span } from '../../schema/records';
import type { Block } from './block';
import { blockText, trimSpan } from './block';
import type { PublisherRules } from './publisher-rules';

/** Furniture is short: a long paragraph that happens to contain "subscribe" is content. */
const MAX_FURNITURE_LENGTH = 400;
const MAX_CAPTION_LENGTH = 300;
/** A credit follows a full stop, comma, semicolon or bracket and is short: "… . Photo: NRK", "(Photo by X)". */
const CREDIT = /(?:[.,;]\s*|\s*\(\s*|\s*[–—|]\s*)(?:photo|photograph|image|picture|illustration|фото|credit)s?(?:\s*[:©]|\s+(?:by|courtesy of)\b)\s*\S.{0,80}$/iu;

export interface ClassifiedBlocks {
  content: Block[];
  captions: Span[];
  /** Blocks the rules dropped, kept for tests and diagnostics. */
  furniture: Block[];
}

/** Whether one collapsed line of text is publisher furniture under any of `rules`. */
export function isFurniture(line: string, rules: readonly PublisherRules[]): boolean {
  if (line.length === 0 || line.length > MAX_FURNITURE_LENGTH) return false;
  for (const r of rules) for (const pattern of r.dropPatterns) if (pattern.test(line)) return true;
  return false;
}

/** The caption part of a "X. Photo: Y" line, or null when the line is not such a caption. */
export function captionSpan(plain: string, span: Span): Span | null {
  const text = plain.slice(span[0], span[1]);
  if (text.length > MAX_CAPTION_LENGTH) return null;
  const credit = CREDIT.exec(text);
  if (!credit || credit.index === 0) return null;
  // The separator's full stop or comma closes the caption; keep it out of the caption span.
  const caption = trimSpan(plain, span[0], span[0] + credit.index);
  if (!caption) return null;
  // Keep the caption's own words, not the full stop that separated it from the credit.
  let end = caption[1];
  while (end > caption[0] && /[.,;:–—-]/u.test(plain[end - 1]!)) end -= 1;
  return end > caption[0] ? [caption[0], end] : null;
}

export function looksLikeCaption(line: string): boolean {
  return line.length <= MAX_CAPTION_LENGTH && CREDIT.test(line) && !/^[\s.,;(]*(?:photo|photograph|image|picture|illustration|фото|credit)/iu.test(line);
}

export function classifyBlocks(plain: string, blocks: readonly Block[], rules: readonly PublisherRules[]): ClassifiedBlocks {
  const content: Block[] = [];
  const captions: Span[] = [];
  const furniture: Block[] = [];
  for (const block of blocks) {
    const text = blockText(plain, block);
    if (isFurniture(text, rules)) {
      furniture.push(block);
      continue;
    }
    if (block.caption) {
      // A figcaption may still end with a credit: keep only the caption's words.
      captions.push(captionSpan(plain, block.span) ?? block.span);
      continue;
    }
    const caption = block.heading ? null : captionSpan(plain, block.span);
    if (caption) {
      captions.push(caption);
      continue;
    }
    content.push(block);
  }
  return { content, captions, furniture };
}
