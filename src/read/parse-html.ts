/**
 * HTML to a length-preserving plain view and paragraph blocks, with a real parser: jsdom with
 * `includeNodeLocations`, so every text node maps to its offsets in the raw HTML. Tags,
 * comments, scripts and styles become spaces; a character reference such as `&amp;` becomes its
 * character followed by spaces. Page metadata (title, date, canonical URL, site name, standfirst)
 * is read by `read-html-hints.ts`; the body's blocks by `find-html-blocks.ts`.
 */
import { JSDOM } from 'jsdom';
import { CharMask } from './char-mask';
import { HtmlHints, readHints } from './read-html-hints';

export type { HtmlHints } from './read-html-hints';

export interface ParsedHtml {
  dom: JSDOM;
  plain: string;
  hints: HtmlHints;
}

/** Elements whose text is never read: code, styling, embedded objects, form controls. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MATH', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD']);
/** Elements that start and end a block of their own. */
export const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'FIGURE', 'TD', 'TH', 'DD', 'DT', 'ADDRESS',
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HEADER', 'FOOTER', 'NAV',
  'ASIDE', 'BODY', 'CENTER', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'FORM', 'FIELDSET', 'CAPTION',
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

