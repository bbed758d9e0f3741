/**
 * Which reader a file needs, decided by its extension alone (content sniffing would let a
 * mis-named binary through to a parser).
 */
import { extname } from 'node:path';
import type { SourceFormat } from '../../schema/enums';
import { readError } from './read-error';

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** The format of `path`, or a KgError E_UNSUPPORTED_FORMAT naming the file and the extension. */
export function detectFormat(path: string): SourceFormat {
  const extension = extname(path).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  const found = extension ? `unsupported file type ${extension}` : 'unsupported file type (no extension)';
  throw readError('E_UNSUPPORTED_FORMAT', path, `${found}; expected .txt, .md or .html`);
}

export function isSupportedPath(path: string): boolean {
  return extname(path).toLowerCase() in FORMAT_BY_EXTENSION;
}
