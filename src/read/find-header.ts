/**
 * The head of a document: its title (metadata, page markup, the first heading, or the first
 * short line), bylines and datelines (not body), the date (metadata, markup, or a date written
 * in a dateline near the top, never guessed) and the lead (a marked standfirst, else the first
 * paragraph after the title when more paragraphs follow).
 */
import type { Block } from './block';
import { blockText } from './block';
import { findDate, normaliseDate } from './parse-date';
import { loadNameWords, type NameWords } from './load-name-words';
import { isHeaderLabelWord, nameCueWordPattern, nameCueWords } from '../extract/name-cue-lists';
import { standfirstAuthor } from './standfirst-author';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { isLexiconWord } from '../extract/nlp';

export interface HeaderInput {
  metaTitle?: string;
  hintTitle?: string;
  hintLead?: string;
  metaDate?: string;
  hintDate?: string;
  /** Used when the document has no text block that could serve as a title. */
  fallbackTitle: string;
}

export interface Header {
  title: string;
  /** Index into the content blocks of the block that is the title, if the title is in the text. */
  titleBlock: number | null;
  lead: string | null;
  leadBlock: number | null;
  date: string | null;
  /** Bylines and datelines: content blocks that are not body. */
  metaBlocks: Set<number>;
  /** The author a byline names ("By Gulnara Bekmukhambetova, political analyst"), with the role after the name. */
  byline: { name: string; description?: string } | null;
}

const HEAD_BLOCKS = 8;
/** "Article by", "Commentary by", "An essay by": a word for the piece before "by" still opens a byline. */
const PIECE_BY = '(?:(?:an?\\s+)?(?:article|story|column|op-ed|essay|commentary|analysis|opinion|blog\\s+post|post)\\s+)?by';
const BYLINE = new RegExp(`^(?:${PIECE_BY}|written by|author|authors|text|words|interview by|interviewed by)\\s*:?\\s+\\p{Lu}`, 'iu');
const MAX_META_LINE = 120;

/** A person's name: two to four capitalised words ("Gulnara Bekmukhambetova", "Jean-Luc de Silva"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|van|von|al|el|bin)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** The author in a byline: "By Gulnara Bekmukhambetova, political analyst" -> name and role; agencies and pairs are not one author. */
export function parseByline(text: string): { name: string; description?: string } | null {
  const rest = text
    .replace(/^[*_\s]+|[*_\s]+$/gu, '')
    .replace(BYLINE_PREFIX, '')
    .trim();
  // "by Casey_Michel on 10/2/2013": a blog's byline gives the user name and the date it was posted.
  const [written, ...more] = rest
    .replace(/(?<=\p{L})_(?=\p{Lu})/gu, ' ')
    .replace(/\s+on\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu, ', ')
    .split(/\s*[,|–—]\s*|\s+for\s+/u);
  if (!written || !PERSON_NAME.test(written) || BYLINE_GROUP.test(written)) return null;
  const name = withCasedSurname(written);
  const description = more.join(', ').trim();
  return description ? { name, description } : { name };
}

/**
 * "George A. KROL": a surname set in capitals beside a name in mixed case is written as a name
 * ("George A. Krol"), so the byline and the text's "Krol" meet on one person. A name all in
 * capitals is left as it is.
 */
function withCasedSurname(name: string): string {
  const words = name.split(/\s+/u);
  if (!words.some((w) => /\p{Ll}/u.test(w))) return name;
  return words.map((w) => (/^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
}

/** Words that make a byline name a desk, a team or a pair: "By the culture desk", "By A and B". */
const BYLINE_GROUP = nameCueWordPattern('byline-group-words');

const BYLINE_PREFIX = new RegExp(`^(?:${PIECE_BY}|written by|author|authors|text|words)\\s*:?\\s+`, 'iu');

/** "Nodira Azimova | 4 March 2024", "Nodira Azimova, 4 March 2024": a name, a separator, then the date. */
const NAME_BEFORE_DATE = /^([^|,–—·•]{3,60}?)\s*(?:[|,–—·•]|\s-\s)\s*\S/u;
/** Words that make a line a sentence rather than a name and a role. */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|says|said|told|can|could|did|does)\b/u;
const MAX_AUTHOR_LINE = 120;

/**
 * An author line under a title: "Rustam Nazarov, political analyst" or "Rustam Nazarov" alone,
 * a name and perhaps a role, with no sentence around them.
 */
export function parseAuthorLine(text: string): { name: string; description?: string } | null {
  // A block of header lines ("Press Statement / Jane Roe, Spokesperson / 3 March 2021"): the
  // author is on the first line after the labels.
  const line = withoutLeadingLabels(text.replace(/^[*_\s]+|[*_\s]+$/gu, ''))
    .split('\n')[0]!
    .trim();
  if (line.length > MAX_AUTHOR_LINE || /[.!?:;]["”»’]?$/u.test(line) || FINITE_VERB.test(line) || isLabelOnly(line)) return null;
  const author = parseByline(line);
  return author && !isWordsHeading(author.name) ? author : null;
}

/**
 * "Systematic Repression", "Key Findings": capitalised words of the language alone, with no
 * person the gazetteer knows by them, are a section heading under the title, not an author's name.
 */
export function isWordsHeading(name: string): boolean {
  if (loadGazetteer().lookupName(name)?.kind === 'Person') return false;
  return name.split(/\s+/u).every((word) => isLexiconWord(word.replace(/[’'.-]+$/u, '')));
}

/** Section labels that open headlines the way a columnist's surname does ("ANALYSIS: ..."). */
const SECTION_LABELS = nameCueWords('section-labels');
/**
 * A header block without the words that open it only to say what kind of text it is ("Press
 * Statement", "MEDIA NOTE"): "Press Statement / Jane Roe, Spokesperson / 3 March 2021" names
 * Jane Roe, not a body called "Press Statement Jane Roe". The block's lines arrive joined.
 */
export function withoutLeadingLabels(text: string): string {
  const words = text.split(/(\s+)/u);
  let k = 0;
  while (k < words.length && (words[k]!.trim() === '' || isHeaderLabelWord(words[k]!))) k++;
  // A block of label words alone is left as it is.
  return k < words.length ? words.slice(k).join('') : text;
}

/** Whether a line holds only words that say what kind of text it is ("Press Statement", "MEDIA NOTE", "Joint Statement"). */
export function isLabelOnly(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length > 0 && words.length <= 4 && words.every(isHeaderLabelWord);
}

/** "ABDULLAEV: Astana is courting the wrong partners": a columnist's surname in capitals before the headline. */
const SURNAME_HEADLINE = /^(\p{Lu}[\p{Lu}'’-]{3,}(?:\s+\p{Lu}[\p{Lu}'’-]{1,}){0,2}):\s+\S/u;

/** The surname in capitals that opens a headline, as written, or null. */
export function headlineAuthor(title: string): string | null {
  const m = SURNAME_HEADLINE.exec(title);
  if (!m || SECTION_LABELS.has(m[1]!.toLowerCase())) return null;
  return m[1]!;
}

/** "Message from ...", "Statement by ...", "Remarks by ...": a headline that says who addresses the reader. */
const SENDER_HEADLINE =
  /^(?:(?:joint\s+)?statement|message|remarks|address|letter|greetings|congratulations|speech|op-ed|video\s+message)\s+(?:from|by)\s+(?:the\s+)?(.+?)(?:\s+(?:on|at|to|for|regarding|about|in|during|marking|ahead\s+of)\s+.*)?$/iu;

/**
 * The person a sender headline names, with the titles before the name kept ("Ambassador Jane
 * Doe"; the speaker's entity drops them): the last two to four capitalised words of who it is from.
 */
export function headlineSender(title: string, words: NameWords = loadNameWords()): string | null {
  const m = SENDER_HEADLINE.exec(title.trim());
  if (!m) return null;
  const first = senderName(m[1]!.split(/\s+/u), false, words);
  if (first !== undefined) return first;
  // "Statement by Assistant Secretary-General for Human Rights Ivan Šimonović on his visit": past a
  // post's remit ("for" and capitalised words) comes the name; a post alone is no sender's name.
  const rest = title.trim().slice(title.trim().indexOf(m[1]!) + m[1]!.length);
  const remit = /^\s+for\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,8}?)(?=(?:on|at|to|regarding|about|in|during|marking)\s|$)/u.exec(`${rest} `);
  return remit ? (senderName([...m[1]!.split(/\s+/u), 'for', ...remit[1]!.trim().split(/\s+/u)], true, words) ?? null) : null;
}

/** The last two to four capitalised words that are a person's name and no post; the shortest first past a remit. */
function senderName(who: readonly string[], shortestFirst: boolean, words: NameWords): string | undefined {
  const starts: number[] = [];
  for (let k = Math.max(0, who.length - 4); k <= who.length - 2; k++) starts.push(k);
  if (shortestFirst) starts.reverse();
  for (const k of starts) {
    const name = who.slice(k).join(' ');
    const post =
      who.slice(k).every((w) => words.titles.has(w.toLowerCase()) || /^(?:assistant|deputy|acting|special|high|under)$/iu.test(w)) || words.titles.has(name.toLowerCase());
    if (PERSON_NAME.test(name) && !/\b(?:of|and|the)\b/u.test(name) && !post) return name;
  }
  return undefined;
}

function normaliseTitle(value: string): string {
  return value
    .toLowerCase()
    .replace(/[“”"«»„‘’'`*_]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,!]+$/u, '')
    .trim();
}

function sameTitle(a: string, b: string): boolean {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= 0.6 * long.length;
}

/** "Headline | Site name" from a <title> element: the headline. */
function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s+[|•·]\s+/u);
  return parts.length > 1 ? parts[0]!.trim() : title.trim();
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

export function isQuestionText(text: string): boolean {
  return /\?[\s”"’»)*_]*$/u.test(text);
}

export function findHeader(plain: string, content: readonly Block[], input: HeaderInput): Header {
  const texts = content.slice(0, HEAD_BLOCKS).map((b) => blockText(plain, b));
  const metaBlocks = new Set<number>();
  let writtenDate: string | null = null;
  let bylineAuthor: Header['byline'] = null;
  texts.forEach((text, i) => {
    if (text.length > MAX_META_LINE || content[i]!.heading) return;
    const date = findDate(text);
    const byline = BYLINE.test(text);
    // A dateline is a date with little else around it ("Published 12 January 2022, 14:05").
    const dateline = date !== null && text.replace(/[\d\s,.:/-]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/giu, '').length <= 40;
    if (byline || dateline) {
      metaBlocks.add(i);
      if (date && !writtenDate) writtenDate = date;
    }
    if (byline && !bylineAuthor && !/^(?:interview by|interviewed by)/i.test(text.replace(/^[*_\s]+/u, ''))) bylineAuthor = parseByline(text);
    // "Nodira Azimova | 4 March 2024": the dateline opens with the author's name.
    if (dateline && !byline && !bylineAuthor) {
      const named = NAME_BEFORE_DATE.exec(withoutLeadingLabels(text).replace(/^[*_\s]+/u, ''));
      if (named && findDate(named[1]!) === null) bylineAuthor = parseByline(named[1]!);
    }
  });

  let title: string | null = null;
  let titleBlock: number | null = null;
  const given = input.metaTitle?.trim() || (input.hintTitle ? stripSiteSuffix(input.hintTitle) : '');
  if (given) {
    title = given;
    // "Interview by Assistant Secretary ..., With VOA Uzbek Service": a headline that reads like a
    // byline is still the headline, and its names are read.
    const index = texts.findIndex((t, i) => !metaBlocks.has(i) && sameTitle(t, given));
    const bylineTitle = index < 0 ? texts.findIndex((t, i) => metaBlocks.has(i) && i < HEAD_BLOCKS && sameTitle(t, given)) : -1;
    if (index >= 0) titleBlock = index;
    else if (bylineTitle >= 0) titleBlock = bylineTitle;
  }
  if (title === null) {
    const heading = content.slice(0, HEAD_BLOCKS).findIndex((b, i) => b.heading === 1 && !metaBlocks.has(i));
    const first = texts.findIndex((_, i) => !metaBlocks.has(i));
    if (heading >= 0) {
      title = texts[heading]!;
      titleBlock = heading;
    } else if (first >= 0) {
      const text = texts[first]!;
      // A headline has no full stop; it may ask a question ("Why do water deals fail?") if it is short.
      // A line ending in a comma ("President of Russia Vladimir Putin: Mr President, ladies and
      // gentlemen,") opens a speech; it is no headline.
      const headline = text.length <= 250 && !/[.!,]["”»’]?$/u.test(text) && (!/\?["”»’]?$/u.test(text) || text.length <= 150);
      if (content[first]!.heading || headline) {
        title = text;
        titleBlock = first;
      } else {
        title = cutAtWord(text, 120);
      }
    } else {
      title = input.fallbackTitle;
    }
  }

  // The line under the title may name the author ("Rustam Nazarov, political analyst"); a
  // dateline may come between ("08/31/2021 05:00 PM EDT", then "Jane Doe, Secretary of State").
  let under = titleBlock === null ? -1 : titleBlock + 1;
  // "Press Statement" on a line of its own says what kind of text follows; the author is below it.
  if (under > 0 && under < texts.length && isLabelOnly(texts[under]!)) under += 1;
  if (under > 0 && metaBlocks.has(under) && !BYLINE.test(texts[under] ?? '')) under += 1;
  if (!bylineAuthor && under > 0 && under < texts.length && !metaBlocks.has(under) && !content[under]!.heading && content.length - under >= 2) {
    const author = parseAuthorLine(texts[under]!);
    if (author) {
      bylineAuthor = author;
      metaBlocks.add(under);
    }
  }
  if (!bylineAuthor && title) {
    const surname = headlineAuthor(title);
    if (surname) bylineAuthor = { name: surname };
  }
  // "Message from the U.S. Ambassador Jane Doe on Independence Day": the headline names who speaks.
  if (!bylineAuthor && title) {
    const sender = headlineSender(title);
    if (sender) bylineAuthor = { name: sender };
  }

  let lead: string | null = input.hintLead?.trim() || null;
  let leadBlock: number | null = null;
  const after = titleBlock === null ? 0 : titleBlock + 1;
  for (let i = after; i < Math.min(content.length, HEAD_BLOCKS); i += 1) {
    if (metaBlocks.has(i)) continue;
    const text = blockText(plain, content[i]!);
    const candidate = !content[i]!.heading && !isQuestionText(text) && text.length <= 1200 && content.length - i >= 3;
    if (candidate && lead !== null && sameTitle(text, lead)) leadBlock = i;
    if (candidate && lead === null) {
      lead = text;
      leadBlock = i;
    }
    break;
  }

  // "Political analyst Rustam Nazarov argues that ...": with no byline, the standfirst may say who wrote the piece.
  if (!bylineAuthor && lead) bylineAuthor = standfirstAuthor(lead);

  const date = normaliseDate(input.metaDate) ?? normaliseDate(input.hintDate) ?? writtenDate;
  return { title, titleBlock, lead, leadBlock, date, metaBlocks, byline: bylineAuthor };
}
