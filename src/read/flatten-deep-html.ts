/**
 * Bounds how deeply a page nests before it reaches the DOM parser. jsdom walks every new node's
 * ancestors on insertion (recursively, and once per node), so a page nested 20,000 deep overflows
 * the stack and one nested 10,000 deep takes minutes. No real page nests anywhere near
 * `MAX_HTML_DEPTH`; past it, the start and end tags of the deeper elements are overwritten with
 * spaces, so their text joins the enclosing element's and every character keeps its offset.
 * Elements whose content is never read (scripts, styles, form controls, embedded objects) are
 * blanked whole when they sit that deep, so flattening never makes hidden text visible.
 *
 * The scan is a tokenizer, not a parser: it knows comments, raw-text elements, void elements and
 * the common implied end tags (`<p>`, `<li>`, `<td>`, ...), which is all it needs to keep its
 * depth close to the parser's. Below the limit it changes nothing.
 */

/** Elements deeper than this are flattened into their ancestor at this depth. */
export const MAX_HTML_DEPTH = 256;

export interface FlattenedHtml {
  /** The HTML with the over-deep tags blanked; the same string when nothing was that deep. */
  text: string;
  /** How many elements were flattened (0: the page was left as it was). */
  flattened: number;
  /** The deepest nesting the scan saw. */
  depth: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements whose content the read stage never shows (parse-html's SKIP_TAGS). */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'video',
  'audio',
  'math',
  'select',
  'button',
  'input',
  'textarea',
  'head',
]);
/** A start tag of the key closes an open element of the listed names on top of the stack. */
const IMPLIED_END: Readonly<Record<string, readonly string[]>> = {
  p: ['p'],
  li: ['li', 'p'],
  dt: ['dt', 'dd', 'p'],
  dd: ['dt', 'dd', 'p'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  tr: ['tr', 'td', 'th'],
  option: ['option'],
  optgroup: ['optgroup', 'option'],
};
/** Block starts close an open paragraph. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'pre',
  'section',
  'table',
  'ul',
]);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Open {
  name: string;
  blanked: boolean;
  /** Inside <svg> or <math>, where `<x/>` closes itself. */
  foreign: boolean;
}

/** The innermost open element called `name`, searched from the top (where it nearly always is). */
function lastOpen(stack: readonly Open[], name: string): number {
  for (let i = stack.length - 1; i >= 0; i -= 1) if (stack[i]!.name === name) return i;
  return -1;
}

/** `text` with the ranges (sorted, disjoint) overwritten by spaces, line breaks kept so lines stay lines. */
function blankRanges(text: string, ranges: readonly [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Where the element opened by the tag ending at `from` ends (after its end tag), counting nested ones of the same name. */
function elementEnd(text: string, name: string, from: number, raw: boolean): number {
  const tags = new RegExp(raw ? `</${name}[\\s/>]` : `<(/?)${name}[\\s/>]`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    depth += raw || m[1] ? -1 : 1;
    if (depth === 0) {
      const close = text.indexOf('>', m.index);
      return close < 0 ? text.length : close + 1;
    }
  }
  return text.length;
}

/**
 * The page with every element deeper than `maxDepth` flattened. Linear in the page's length.
 * @example flattenDeepHtml('<div><div><p>x</p></div></div>', 1).text === '<div>          x              </div>'
 */
export function flattenDeepHtml(text: string, maxDepth = MAX_HTML_DEPTH): FlattenedHtml {
  const stack: Open[] = [];
  const ranges: [number, number][] = [];
  let flattened = 0;
  let deepest = 0;
  const blankRange = (start: number, end: number) => {
    ranges.push([start, end]);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const at = lastOpen(stack, name);
      if (at < 0) continue;
      const open = stack[at]!;
      stack.length = at;
      if (open.blanked) blankRange(start, end);
      continue;
    }
    const implied = IMPLIED_END[name];
    while (stack.length > 0 && ((implied?.includes(stack[stack.length - 1]!.name) ?? false) || (CLOSES_P.has(name) && stack[stack.length - 1]!.name === 'p'))) stack.pop();
    const foreign = stack.length > 0 && stack[stack.length - 1]!.foreign;
    // `<div/>` opens a div in HTML; only foreign content (SVG, MathML) closes itself.
    const selfClosing = (foreign || name === 'svg' || name === 'math') && m[3]!.trimEnd().endsWith('/');
    const deep = stack.length >= maxDepth;
    if ((RAW_TEXT.has(name) && !foreign) || (deep && HIDDEN.has(name) && !VOID.has(name) && !selfClosing)) {
      // Raw text is one leaf whatever it contains; a hidden element that deep goes whole.
      const close = elementEnd(text, name, end, RAW_TEXT.has(name) && !foreign);
      if (deep) {
        blankRange(start, close);
        flattened += 1;
      }
      TOKEN.lastIndex = close;
      deepest = Math.max(deepest, stack.length + 1);
      continue;
    }
    if ((VOID.has(name) && !foreign) || selfClosing) {
      deepest = Math.max(deepest, stack.length + 1);
      if (deep && !VOID.has(name)) {
        blankRange(start, end);
        flattened += 1;
      }
      continue;
    }
    stack.push({ name, blanked: deep, foreign: foreign || name === 'svg' || name === 'math' });
    deepest = Math.max(deepest, stack.length);
    if (deep) {
      blankRange(start, end);
      flattened += 1;
    }
  }
  return { text: ranges.length > 0 ? blankRanges(text, ranges) : text, flattened, depth: deepest };
}
