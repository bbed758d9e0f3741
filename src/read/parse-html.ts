/**
 * HTML to a length-preserving plain view and paragraph blocks, with a real parser, so every text
 * node maps to its offsets in the raw HTML. Tags, comments, scripts and styles become spaces; a
 * character reference such as `&amp;` becomes its character followed by spaces. Page metadata
 * (title, date, canonical URL, site name, standfirst) is read by `read-html-hints.ts`; the body's
 * blocks by `find-html-blocks.ts`.
 *
 * The page is parsed twice, by the same HTML5 parser (parse5): once into parse5's own tree with
 * source locations, once into jsdom's DOM without them, and the text nodes of the two trees are
 * paired. jsdom's own `includeNodeLocations` lists a parent's children on every text insertion,
 * which made a page of 10,000 paragraphs take minutes; the pairing is linear.
 * Nesting past `MAX_HTML_DEPTH` is flattened first (`flatten-deep-html.ts`).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Span } from '../../schema/records';
import { CharMask } from './char-mask';
import { flattenDeepHtml } from './flatten-deep-html';
import { type HtmlHints, readHints } from './read-html-hints';

export type { HtmlHints } from './read-html-hints';

export interface ParsedHtml {
  dom: JSDOM;
  plain: string;
  hints: HtmlHints;
  /** Where a text node of `dom` lies in the raw HTML, as [start, end) offsets. */
  textSpan(node: Node): Span | undefined;
  /** How many elements nested past MAX_HTML_DEPTH were flattened into their ancestors (0 for real pages). */
  flattened: number;
}

/** Elements whose text is never read: code, styling, embedded objects, form controls. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MATH',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
]);
/** Elements that start and end a block of their own. */
export const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'FIGURE',
  'TD',
  'TH',
  'DD',
  'DT',
  'ADDRESS',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'BODY',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'HR',
  'BR',
  'FORM',
  'FIELDSET',
  'CAPTION',
]);
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;

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

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Text = DefaultTreeAdapterMap['textNode'];
type Parse5Element = DefaultTreeAdapterMap['element'];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Text-node spans for `dom`, from parse5's located tree of the same HTML. The trees are walked
 * together element by element; a parent's text children pair in order, or else by equal text:
 * jsdom appends foster-parented text (a stray word inside <table>) at the end of the parent
 * rather than before the table, so there the order differs. A text node with no twin has no span
 * and is not read, as it was with jsdom's own locations.
 */
function pairTextSpans(dom: JSDOM, html: string): Map<Node, Span> {
  // jsdom parses with scripting disabled when it runs no scripts (a <noscript> holds markup): the same here.
  const root = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const spans = new Map<Node, Span>();
  // An explicit stack: the trees may be as deep as MAX_HTML_DEPTH, and recursion is not needed.
  const stack: [Node, Parse5Node][] = [[dom.window.document, root]];
  while (stack.length > 0) {
    const [mine, theirs] = stack.pop()!;
    const myElements: Element[] = [];
    const myTexts: Text[] = [];
    for (let child = mine.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) myElements.push(child as Element);
      else if (child.nodeType === TEXT_NODE) myTexts.push(child as Text);
    }
    const children: Parse5Node[] = 'childNodes' in theirs ? theirs.childNodes : [];
    const theirElements = children.filter((c): c is Parse5Element => 'tagName' in c);
    const theirTexts = children.filter((c): c is Parse5Text => c.nodeName === '#text');
    myElements.forEach((element, i) => {
      const twin = theirElements[i];
      if (twin && twin.tagName === element.localName) stack.push([element, twin]);
    });
    const used = new Set<number>();
    let next = 0;
    for (const text of myTexts) {
      const k = next < theirTexts.length && theirTexts[next]!.value === text.data ? next : theirTexts.findIndex((t, i) => !used.has(i) && t.value === text.data);
      if (k < 0) continue;
      used.add(k);
      next = k + 1;
      const location = theirTexts[k]!.sourceCodeLocation;
      if (location) spans.set(text, [location.startOffset, location.endOffset]);
    }
  }
  return spans;
}

/** Parses the page and masks everything that is not text a reader sees. */
export function parseHtml(raw: string): ParsedHtml {
  // Same length as `raw`, so every offset below is an offset into the file's text.
  const { text, flattened } = flattenDeepHtml(raw);
  // A console of its own that prints nothing: a page's broken CSS is not the user's concern
  // (jsdom would otherwise write "Could not parse CSS stylesheet" and a stack to stderr).
  const dom = new JSDOM(text, { virtualConsole: new VirtualConsole() });
  const spans = pairTextSpans(dom, text);
  const textSpan = (node: Node): Span | undefined => spans.get(node);
  const mask = new CharMask(text, 32);
  // Line breaks stay line breaks, so the plain view keeps the page's line structure.
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) mask.set(i, 10);
  const doc = dom.window.document;
  const walker = doc.createTreeWalker(doc, dom.window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped(node)) continue;
    const span = textSpan(node);
    if (!span) continue;
    copyTextNode(mask, text, span[0], span[1], (node as Text).data);
  }
  return { dom, plain: mask.toString(), hints: readHints(doc), textSpan, flattened };
}

function skipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  return false;
}
