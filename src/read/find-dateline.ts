/**
 * The dateline that opens a wire story or a press release: "ALMATY, Jan 12 (Reuters) -",
 * "BISHKEK —", "DUSHANBE, Tajikistan (AP) —", "Almaty, 3 June 2025 –", "(Berlin, July 1, 2024) –". It says where and when the
 * story was filed; its place is a mention, but it is neither a sentence's subject nor a voice,
 * so the reader sets it apart from the paragraph it opens.
 */
import type { Span } from '../../schema/records';
import { findDate } from './parse-date';

const AGENCY = String.raw`\(\p{Lu}[\p{L}.&/ -]{0,30}\)`;
/** A place in capitals ("ALMATY", "NEW YORK"), as wire services write it. */
const CAPS_PLACE = String.raw`\p{Lu}{2}[\p{Lu}'’.-]*(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,3}`;
/** A place written as a name ("Almaty", "Nur-Sultan"): a dateline only with a date or an agency after it. */
const NAMED_PLACE = String.raw`\p{Lu}[\p{Ll}'’.-]+(?:[ -]\p{Lu}[\p{Ll}'’.-]+){0,3}`;
const AFTER_COMMA = String.raw`[^–—\n():;]{1,40}?`;
const DASH = String.raw`(?:\s*[–—]\s*|\s+-\s+|(?<=\))\s*-\s*)`;
// "(Berlin, July 1, 2024) –": a rights group's press release puts its dateline in parentheses.
const DATELINE = new RegExp(`^\\(?(?:(${CAPS_PLACE})(?:,\\s*(${AFTER_COMMA}))?|(${NAMED_PLACE}),\\s*(${AFTER_COMMA}))\\)?\\s*(${AGENCY})?${DASH}(?=\\S)`, 'u');
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/iu;

export interface Dateline {
  /** The dateline's words, the dash after it left out. */
  span: Span;
  /** Where the paragraph's own text starts, after the dash. */
  textStart: number;
}

/** The dateline opening the block at `span` of `plain`, or null. */
export function findDateline(plain: string, span: Span): Dateline | null {
  const head = plain.slice(span[0], Math.min(span[1], span[0] + 120));
  const m = DATELINE.exec(head);
  if (!m) return null;
  const dated = (part: string | undefined) => part !== undefined && (/\d/u.test(part) || MONTH.test(part) || findDate(part) !== null);
  // "Kazakhstan, a country of 20 million — ..." is a sentence: a place written as a name needs a date or an agency.
  if (m[3] !== undefined && !dated(m[4]) && m[5] === undefined) return null;
  const dash = /(?:\s*[–—]\s*|\s*-\s*)$/u.exec(m[0])!;
  let end = span[0] + m[0].length - dash[0].length;
  while (end > span[0] && /\s/u.test(plain[end - 1]!)) end -= 1;
  return { span: [span[0], end], textStart: span[0] + m[0].length };
}
