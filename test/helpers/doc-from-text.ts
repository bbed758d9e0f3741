/** Builds a SourceDocument from an inline text through the real read stage (no file on disk). */
import type { SourceDocument, SourceMeta } from '../../schema/records';
import { decodeSource } from '../../src/read/decode-source';

export function docFromText(text: string, path = 'inline/article.txt', meta?: SourceMeta): SourceDocument {
  return decodeSource(new TextEncoder().encode(text), path, meta);
}
