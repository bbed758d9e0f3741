/**
 * The pure heart of the read stage: a file's bytes (and optional metadata) to a SourceDocument.
 * bytes -> checked text -> format view (plain + blocks) -> English check -> publisher rules ->
 * furniture, captions and content -> title, lead, date -> turns and speakers -> reported speech.
 * Plain text and Markdown are read in linear passes; only HTML goes through a DOM parser.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { normaliseName } from '../../schema/keys';
import type { ReportedSpeech, SourceDocument, SourceMeta, Span, Speaker } from '../../schema/records';
import type { Block } from './block';
import { blockText } from './block';
import { decodeBytes } from './check-bytes';
import { classifyBlocks, isFurniture, looksLikeCaption } from './classify-blocks';
import { detectFormat } from './detect-format';
import { detectLanguage } from './detect-language';
import { detectPublisher } from './detect-publisher';
import { findHeader } from './find-header';
import { creditedQuotes } from './credited-quotes';
import { introducedQuotes } from './introduced-quotes';
import { findReportedSpeech } from './find-reported-speech';
import { loadPublisherRules } from './load-publisher-rules';
import { type FormatHints, maskMarkdown } from './mask-markdown';
import { findHtmlBlocks, findMarkedLead } from './find-html-blocks';
import { parseHtml } from './parse-html';
import type { PublisherRules } from './publisher-rules';
import { readError } from './read-error';
import { type ReadOptions, resolveReadOptions } from './read-options';
import { splitTextBlocks } from './split-text-blocks';
import { splitTurns } from './split-turns';
import { splitDatelines } from './split-datelines';
import { findIssuer } from './find-issuer';
import { dateInUrl } from './parse-date';

/** The id of a source: metadata's, else the normalised file name without its extension. */
export function sourceIdFor(path: string, meta?: SourceMeta): string {
  if (meta?.id) return meta.id;
  const name = basename(path, extname(path));
  return normaliseName(name) || 'source';
}

interface FormatView {
  plain: string;
  hints: FormatHints & { siteName?: string };
  /** Blocks for HTML, computed once the publisher's drop selectors are known. */
  blocks: (rules: readonly PublisherRules[]) => Block[];
  captions: Span[];
}

function viewOf(format: SourceDocument['format'], text: string): FormatView {
  if (format === 'html') {
    const parsed = parseHtml(text);
    const lead = findMarkedLead(parsed);
    return {
      plain: parsed.plain,
      hints: lead ? { ...parsed.hints, lead } : parsed.hints,
      blocks: (rules) =>
        findHtmlBlocks(
          parsed,
          rules.flatMap((r) => r.dropSelectors),
        ),
      captions: [],
    };
  }
  if (format === 'markdown') {
    const masked = maskMarkdown(text);
    return {
      plain: masked.plain,
      hints: masked.hints,
      blocks: (rules) => splitTextBlocks(text, masked.plain, (line) => isFurniture(line.replace(/\s+/g, ' '), rules) || looksLikeCaption(line), true),
      captions: masked.captions,
    };
  }
  return {
    plain: text,
    hints: {},
    blocks: (rules) => splitTextBlocks(text, text, (line) => isFurniture(line.replace(/\s+/g, ' '), rules) || looksLikeCaption(line)),
    captions: [],
  };
}

function checkLanguage(path: string, plain: string, meta: SourceMeta | undefined, options: ReadOptions): void {
  if (meta?.language && !/^en(?:[-_]|$)/i.test(meta.language)) {
    throw readError('E_LANGUAGE', path, `the metadata gives the language as "${meta.language}"; only English sources are supported`);
  }
  if (options.skipLanguageCheck) return;
  const guess = detectLanguage(plain);
  if (!guess.english) throw readError('E_LANGUAGE', path, `the text looks like ${guess.looksLike}, not English; only English sources are supported`);
}

function within(span: Span, outer: Span): boolean {
  return span[0] >= outer[0] && span[1] <= outer[1];
}

/**
 * Decodes and structures one source. Pure apart from loading the publisher rule files once
 * (pass `options.publishers` to avoid even that).
 *
 * @example decodeSource(new TextEncoder().encode('Title\n\nFirst paragraph.'), 'a.txt')
 */
export function decodeSource(bytes: Uint8Array, path: string, meta?: SourceMeta, options?: Partial<ReadOptions>): SourceDocument {
  const resolved = resolveReadOptions(options);
  const format = detectFormat(path);
  const text = decodeBytes(path, bytes, resolved.maxBytes);
  const view = viewOf(format, text);
  if (/^[\s\p{Cf}]*$/u.test(view.plain)) throw readError('E_EMPTY', path, 'the file has no readable text');
  checkLanguage(path, view.plain, meta, resolved);

  const allRules = resolved.publishers ?? loadPublisherRules();
  const publisherRules = detectPublisher(allRules, {
    publisher: meta?.publisher,
    url: meta?.url ?? view.hints.url,
    siteName: view.hints.siteName ?? view.hints.publisher,
    plain: view.plain,
  });
  const active = allRules.filter((r) => r.publisher === null || r === publisherRules);
  const blocks = view.blocks(active).map((b) => (view.captions.some((c) => within(b.span, c) || within(c, b.span)) ? { ...b, caption: true } : b));
  const classified = classifyBlocks(view.plain, blocks, active);
  if (classified.content.length === 0) throw readError('E_EMPTY', path, 'the file has no text besides page furniture');

  const id = sourceIdFor(path, meta);
  const header = findHeader(view.plain, classified.content, {
    metaTitle: meta?.title,
    hintTitle: view.hints.title,
    hintLead: view.hints.lead,
    metaDate: meta?.date,
    hintDate: view.hints.date,
    fallbackTitle: id,
  });
  const body = classified.content.filter((_, i) => i !== header.titleBlock && !header.metaBlocks.has(i));
  const publisher = meta?.publisher ?? publisherRules?.publisher ?? view.hints.siteName ?? view.hints.publisher ?? null;
  const head = [header.title, ...(header.lead ? [header.lead] : [])];
  const { turns, speakers } = splitTurns({
    plain: view.plain,
    body,
    head,
    // A byline names the author when the metadata does not.
    meta: { ...(header.byline && !meta?.author ? { author: header.byline.name } : {}), ...(meta ?? {}) },
    publisherName: publisherRules?.shortName ?? publisher,
    interviewerPrefixes: publisherRules?.interviewerPrefixes ?? [],
  });
  const captions = classified.captions.sort((a, b) => a[0] - b[0]);
  const { turns: blocksInOrder, datelines } = splitDatelines(view.plain, turns);
  const headline = header.titleBlock === null ? undefined : classified.content[header.titleBlock]!.span;
  const inTurns: ReportedSpeech[] = blocksInOrder.flatMap((turn) => findReportedSpeech(view.plain, turn.span[0], turn.span[1]));
  // "We are close allies ..." / "Vladimir Putin": a pull quote credited on the line after it.
  // "Marie Struthers, Amnesty's director, said:" / "“This verdict ...”": a quotation paragraph introduced by the one before.
  const credited = [...creditedQuotes(view.plain, blocksInOrder, inTurns), ...introducedQuotes(view.plain, blocksInOrder, inTurns)];
  const reportedSpeech: ReportedSpeech[] = credited.length > 0 ? [...inTurns, ...credited].sort((a, b) => a.span[0] - b.span[0]) : inTurns;
  // A statement or press release speaks for the body that issues it, when no byline names a writer.
  const issuer =
    speakers.length === 0 && !meta?.author
      ? findIssuer({
          plain: view.plain,
          turns: blocksInOrder,
          reportedSpeech,
          // Only a headline of its own is a cue: a title cut from the opening paragraph always "opens with" its subject.
          title: header.titleBlock === null ? '' : header.title,
          publisher,
          droppedAbove: classified.furniture.filter((b) => b.span[0] < (body[0]?.span[0] ?? 0)).map((b) => blockText(view.plain, b)),
        })
      : null;
  const quoted = new Set(speakers.map((s) => s.name));
  const allSpeakers: Speaker[] = [...speakers];
  if (issuer) {
    quoted.add(issuer);
    allSpeakers.push({ name: issuer, role: 'author', issuer: true });
  }
  for (const speech of reportedSpeech) {
    if (quoted.has(speech.speaker) || /^(?:he|she|they|it)$/iu.test(speech.speaker)) continue;
    quoted.add(speech.speaker);
    allSpeakers.push({ name: speech.speaker, role: 'quoted' });
  }

  return {
    id,
    path,
    format,
    text,
    plain: view.plain,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title: header.title,
    lead: header.lead,
    publisher,
    // A link filed under a year ('/2020/', '/2015/11/') dates a page that says nothing else of its date.
    date: header.date ?? dateInUrl(meta?.url ?? view.hints.url),
    url: meta?.url ?? view.hints.url ?? null,
    language: 'en',
    // A turn leaves out its label or dash ("Q:", "–") and a dateline: the body is what is said.
    body: blocksInOrder.map((t) => t.span),
    speakers: allSpeakers,
    turns: blocksInOrder,
    captions,
    ...(headline ? { headline } : {}),
    ...(datelines.length > 0 ? { datelines } : {}),
    reportedSpeech,
  };
}
