/**
 * The main content of a parsed page as blocks: the article element (or the container densest in
 * paragraph text), minus the furniture the publisher rules name by CSS selector, walked in
 * document order; each block spans its first to last visible character in the raw HTML.
 */
import type { Span } from '../../schema/records';
import type { Block } from './block';
import { trimSpan } from './block';
import type { ParsedHtml } from './parse-html';
import { BLOCK_TAGS, SKIP_TAGS } from './parse-html';
import { cleanText } from './read-html-hints';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Inner text length of an element's paragraphs, for choosing the main-content container. */
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * The element holding the article: `<article>` (the one with most text), `<main>`,
 * `[itemprop=articleBody]`, else the container scoring highest on paragraph text (a paragraph's
 * text counts fully for its parent and half for its grandparent), else `<body>`.
 */
export function findMainContent(doc: Document): Element {
  const articles = Array.from(doc.querySelectorAll('[itemprop="articleBody"], article'));
  if (articles.length > 0) return articles.sort((a, b) => textLength(b) - textLength(a))[0]!;
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const length = textLength(p);
    if (length < 25) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}

/** Inline elements that set text in bold or italics. */
const EMPHASIS_TAGS = new Set(['STRONG', 'B', 'EM', 'I']);
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|photo-credit|image-credit)(?:$|[\s_-])/i;

/**
 * The main content's blocks, in document order, after dropping the elements matched by
 * `dropSelectors` (navigation, share bars, related links, ...). Each block's span runs from
 * its first to its last visible character in the raw HTML.
 */
export function findHtmlBlocks(parsed: ParsedHtml, dropSelectors: readonly string[]): Block[] {
  const { dom, plain, textSpan } = parsed;
  const doc = dom.window.document;
  const root = findMainContent(doc);
  const dropped = new Set<Element>();
  for (const selector of dropSelectors) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const el of found) dropped.add(el);
  }
  const blocks: Block[] = [];
  let run: { start: number; end: number; heading: number; caption: boolean; emphasis: boolean } | null = null;
  const flush = (): void => {
    if (run) {
      const span: Span | null = trimSpan(plain, run.start, run.end);
      if (span) blocks.push(run.emphasis ? { span, heading: run.heading, caption: run.caption, emphasis: true } : { span, heading: run.heading, caption: run.caption });
      run = null;
    }
  };
  const walk = (el: Element, heading: number, caption: boolean, emphasis: boolean): void => {
    // Sibling links, not `childNodes`: indexing jsdom's live NodeList is linear, which made long pages quadratic.
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const location = textSpan(child);
        if (!location || !/\S/.test((child as Text).data)) continue;
        if (!run) run = { start: location[0], end: location[1], heading, caption, emphasis };
        else {
          run.end = location[1];
          run.emphasis &&= emphasis;
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || dropped.has(element)) continue;
        const emphasised = emphasis || EMPHASIS_TAGS.has(tag);
        if (BLOCK_TAGS.has(tag)) {
          flush();
          const level = /^H[1-6]$/.test(tag) ? Number(tag[1]) : heading;
          const isCaption = caption || tag === 'FIGCAPTION' || tag === 'CAPTION' || CAPTION_CLASS.test(element.getAttribute('class') ?? '');
          walk(element, level, isCaption, emphasised);
          flush();
        } else {
          walk(element, heading, caption || CAPTION_CLASS.test(element.getAttribute('class') ?? ''), emphasised);
        }
      }
    }
  };
  walk(root, 0, false, false);
  flush();
  return blocks;
}

/** The standfirst the page marks as such (`.lead`, `.standfirst`, ...), as visible text. */
export function findMarkedLead(parsed: ParsedHtml): string | undefined {
  const doc = parsed.dom.window.document;
  const el = doc.querySelector('.lead, .standfirst, .dek, .article-lead, .article__lead, .intro, .summary, .excerpt, .subtitle');
  return cleanText(el?.textContent);
}
