/**
 * Markdown to a length-preserving plain view: syntax (`#`, emphasis markers, link targets,
 * image syntax, HTML comments and tags, list and quote markers, front matter) becomes spaces,
 * the words stay where they are. Front matter `title:`/`date:`/`url:`/`publisher:` become hints.
 * A handful of global regular expressions, so the cost stays linear in practice.
 */
import type { Span } from '../../schema/records';
import { CharMask } from './char-mask';

export interface FormatHints {
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
  lead?: string;
}

export interface MaskedMarkdown {
  plain: string;
  hints: FormatHints;
  /** Alt texts of images: what the picture shows, a caption. */
  captions: Span[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function maskGroupsOf(mask: CharMask, text: string, pattern: RegExp, keep: (m: RegExpExecArray) => [number, number][]): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    let cursor = start;
    for (const [ks, ke] of keep(m as RegExpExecArray)) {
      mask.blank(cursor, ks);
      cursor = ke;
    }
    mask.blank(cursor, end);
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

export function maskMarkdown(text: string): MaskedMarkdown {
  const mask = new CharMask(text);
  const hints: FormatHints = {};
  const captions: Span[] = [];

  const front = FRONT_MATTER.exec(text);
  if (front) {
    mask.blank(0, front[0].length);
    for (const line of front[1]!.split(/\r?\n/)) {
      const kv = /^(title|date|url|publisher|lead|description)\s*:\s*(.+?)\s*$/i.exec(line);
      if (!kv) continue;
      const value = kv[2]!.replace(/^["']|["']$/g, '');
      const key = kv[1]!.toLowerCase();
      if (key === 'description') hints.lead = value;
      else hints[key as keyof FormatHints] = value;
    }
  }
  const whole = (m: RegExpExecArray): [number, number][] => [[m.index + m[0].length, m.index + m[0].length]];
  maskGroupsOf(mask, text, /<!--[\s\S]*?-->/g, whole);
  maskGroupsOf(mask, text, /^[ \t]{0,3}(?:```|~~~).*$/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]{0,3}#{1,6}(?=[ \t])/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]{0,3}(?:>[ \t]?)+/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]*(?:[-*+•]|\d{1,3}[.)])(?=[ \t])/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]{0,3}=+[ \t]*$/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm, whole);
  maskGroupsOf(mask, text, /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm, whole);
  // Images: keep the alt text (it says what the picture shows) and record it as a caption.
  maskGroupsOf(mask, text, /!\[([^\]\n]*)\]\([^)\n]*\)/g, (m) => {
    const altStart = m.index + 2;
    const altEnd = altStart + m[1]!.length;
    if (m[1]!.trim()) captions.push([altStart, altEnd]);
    return [[altStart, altEnd]];
  });
  // Links: keep the link text, drop the brackets and the target.
  maskGroupsOf(mask, text, /(?<!!)\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])/g, (m) => [[m.index + 1, m.index + 1 + m[1]!.length]]);
  maskGroupsOf(mask, text, /<(?:https?|mailto):[^>\s]+>/g, whole);
  maskGroupsOf(mask, text, /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g, whole);
  maskGroupsOf(mask, text, /(`+)([^`\n]+?)\1/g, (m) => [[m.index + m[1]!.length, m.index + m[1]!.length + m[2]!.length]]);
  for (const m of text.matchAll(/(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])([^\n]*?[^\s*_~\\])\1/g)) {
    const open = m[1]!;
    const start = m.index!;
    const end = start + m[0].length;
    // Underscores inside words (snake_case) are not emphasis.
    if (open[0] === '_' && (isWordChar(text[start - 1]) || isWordChar(text[end]))) continue;
    mask.blank(start, start + open.length);
    mask.blank(end - open.length, end);
  }
  for (const m of text.matchAll(/\\[\\`*_{}[\]()#+\-.!>|]/g)) mask.blank(m.index!, m.index! + 1);
  for (const m of text.matchAll(/^[ \t]*\|.*\|[ \t]*$/gm)) {
    for (let i = m.index!; i < m.index! + m[0].length; i += 1) if (text[i] === '|') mask.blank(i, i + 1);
  }
  return { plain: mask.toString(), hints, captions };
}
