/**
 * HTML to a length-preserving plain view and paragraph blocks, with a real parser: jsdom with
 * `includeNodeLocations`, so every text node maps to its offsets in the raw HTML. Tags,
 * comments, scripts and styles become spaces; a character reference such as `&amp;` becomes its
 * character followed by spaces. Page metadata (title, date, canonical URL, site name, standfirst)
 * is read from <meta>, JSON-LD, <time>, <h1> and <title>.
 */
import { JSDOM } from 'jsdom';
import type { Span } from '../../schema/records';
import type { Block } from './block';
import { trimSpan } from './block';
import { CharMask } from './char-mask';
import type { FormatHints } from './mask-markdown';

export interface HtmlHints extends FormatHints {
  siteName?: string;
}

export interface ParsedHtml {
  dom: JSDOM;
  plain: string;
  hints: HtmlHints;
}

/** Elements whose text is never read: code, styling, embedded objects, form controls. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MATH', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD']);
/** Elements that start and end a block of their own. */
const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'FIGURE', 'TD', 'TH', 'DD', 'DT', 'ADDRESS',
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HEADER', 'FOOTER', 'NAV',
  'ASIDE', 'BODY', 'CENTER', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'FORM', 'FIELDSET', 'CAPTION',
]);
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Copies one text node into the mask at its raw location, aligning character references. */
function copyTextNode(mask: CharMask, text: string, start: number, end: number, data: string): void {
  let i = start;
  let j = 0;
  while (i < end && j < data.length) {
    const c = text[i]!;
    if (c === data[j]) {
      mask.set(i, c.charCodeAt(0));
      i += 1;
      j += 1;
      continue;
    }
    if (c === '\r') {
      i += 1;
      continue;
    }
    if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m) {
        const aligned = alignReference(text, i, m[0].length, end, data, j);
        if (aligned) {
          const [consumed, produced] = aligned;
          for (let k = 0; k < produced; k += 1) {
            const code = data.charCodeAt(j + k);
            mask.set(i + k, code === 0xa0 ? 32 : code);
          }
          i += consumed;
          j += produced;
          continue;
        }
      }
    }
    // Out of step (should not happen with a conforming parser): skip the raw character.
    i += 1;
  }
}

/** How many raw characters a reference at `i` spans and how many decoded characters it gives. */
function alignReference(text: string, i: number, length: number, end: number, data: string, j: number): [number, number] | null {
  for (let consumed = length; consumed >= 2; consumed -= 1) {
    for (let produced = 1; produced <= 2 && produced <= consumed; produced += 1) {
      let ok = true;
      for (let t = 0; t < 3; t += 1) {
        const a = i + consumed + t < end ? text[i + consumed + t] : undefined;
        const b = j + produced + t < data.length ? data[j + produced + t] : undefined;
        // Another reference or a CR ahead cannot be compared character for character: stop there.
        if (a === '\r' || a === '&') break;
        if (a !== b) {
          ok = false;
          break;
        }
        if (a === undefined) break;
      }
      if (ok) return [consumed, produced];
    }
  }
  return null;
}

function cleanText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = cleanText(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function jsonLdField(doc: Document, field: 'datePublished' | 'headline' | 'publisherName'): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])]) as Record<string, unknown>[];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      if (field === 'publisherName') {
        const name = (item.publisher as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string' && name.trim()) return name.trim();
      } else if (typeof item[field] === 'string' && (item[field] as string).trim()) {
        return (item[field] as string).trim();
      }
    }
  }
  return undefined;
}

function readHints(doc: Document): HtmlHints {
  const hints: HtmlHints = {};
  const title =
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    jsonLdField(doc, 'headline') ??
    cleanText(doc.querySelector('article h1, main h1')?.textContent) ??
    cleanText(doc.querySelector('h1')?.textContent) ??
    cleanText(doc.querySelector('title')?.textContent);
  if (title) hints.title = title;
  const date =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dc.date"]',
    ]) ??
    jsonLdField(doc, 'datePublished') ??
    cleanText(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ??
    cleanText(doc.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime'));
  if (date) hints.date = date;
  const url = cleanText(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(doc, ['meta[property="og:url"]']);
  if (url) hints.url = url;
  const siteName = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? jsonLdField(doc, 'publisherName');
  if (siteName) hints.siteName = siteName;
  else {
    // "Headline | Site": the part after the last bar names the site.
    const suffix = /\s[|•·]\s+([^|•·]{2,60})$/u.exec(cleanText(doc.querySelector('title')?.textContent) ?? '');
    if (suffix) hints.siteName = suffix[1]!.trim();
  }
  return hints;
}

/** Parses the page and masks everything that is not text a reader sees. */
export function parseHtml(text: string): ParsedHtml {
  const dom = new JSDOM(text, { includeNodeLocations: true });
  const mask = new CharMask(text, 32);
  // Line breaks stay line breaks, so the plain view keeps the page's line structure.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) mask.set(i, 10);
  const doc = dom.window.document;
  const walker = doc.createTreeWalker(doc, dom.window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped(node)) continue;
    const location = dom.nodeLocation(node);
    if (!location) continue;
    copyTextNode(mask, text, location.startOffset, location.endOffset, (node as Text).data);
  }
  return { dom, plain: mask.toString(), hints: readHints(doc) };
}

function skipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  return false;
}

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

const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|wp-caption-text|photo-credit|image-credit)(?:$|[\s_-])/i;

/**
 * The main content's blocks, in document order, after dropping the elements matched by
 * `dropSelectors` (navigation, share bars, related links, ...). Each block's span runs from
 * its first to its last visible character in the raw HTML.
 */
export function findHtmlBlocks(parsed: ParsedHtml, dropSelectors: readonly string[]): Block[] {
  const { dom, plain } = parsed;
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
  let run: { start: number; end: number; heading: number; caption: boolean } | null = null;
  const flush = (): void => {
    if (run) {
      const span: Span | null = trimSpan(plain, run.start, run.end);
      if (span) blocks.push({ span, heading: run.heading, caption: run.caption });
      run = null;
    }
  };
  const walk = (el: Element, heading: number, caption: boolean): void => {
    // Sibling links, not `childNodes`: indexing jsdom's live NodeList is linear, which made long pages quadratic.
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const location = dom.nodeLocation(child);
        if (!location || !/\S/.test((child as Text).data)) continue;
        if (!run) run = { start: location.startOffset, end: location.endOffset, heading, caption };
        else run.end = location.endOffset;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || dropped.has(element)) continue;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          const level = /^H[1-6]$/.test(tag) ? Number(tag[1]) : heading;
          const isCaption = caption || tag === 'FIGCAPTION' || tag === 'CAPTION' || CAPTION_CLASS.test(element.getAttribute('class') ?? '');
          walk(element, level, isCaption);
          flush();
        } else {
          walk(element, heading, caption || CAPTION_CLASS.test(element.getAttribute('class') ?? ''));
        }
      }
    }
  };
  walk(root, 0, false);
  flush();
  return blocks;
}

/** The standfirst the page marks as such (`.lead`, `.standfirst`, ...), as visible text. */
export function findMarkedLead(parsed: ParsedHtml): string | undefined {
  const doc = parsed.dom.window.document;
  const el = doc.querySelector('.lead, .standfirst, .dek, .article-lead, .article__lead, .intro, .summary, .excerpt, .subtitle');
  return cleanText(el?.textContent);
}
