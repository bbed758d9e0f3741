/**
 * The I/O edge of the read stage: checks the file (exists, is a file, supported type, not too
 * large) before reading it, then hands the bytes to the pure `decodeSource`.
 */
import { readFile, stat } from 'node:fs/promises';
import type { SourceDocument, SourceMeta } from '../../schema/records';
import { checkSize } from './check-bytes';
import { decodeSource } from './decode-source';
import { detectFormat } from './detect-format';
import { readError } from './read-error';
import { ReadOptions, resolveReadOptions } from './read-options';

/**
 * Reads one source file. Every problem is a KgError with a one-line message naming the file:
 * E_NOT_FOUND, E_UNSUPPORTED_FORMAT, E_TOO_LARGE, E_EMPTY, E_BINARY, E_ENCODING, E_LANGUAGE.
 */
export async function readSource(path: string, meta?: SourceMeta, options?: Partial<ReadOptions>): Promise<SourceDocument> {
  const resolved = resolveReadOptions(options);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw readError('E_NOT_FOUND', path, code === 'ENOENT' ? 'no such file' : `cannot access the file (${code ?? 'unknown error'})`, error);
  }
  if (info.isDirectory()) throw readError('E_USAGE', path, 'is a directory; pass it to listSourceFiles to import the files inside');
  detectFormat(path);
  // Refuse before reading: a 20 MB file is not loaded only to be rejected.
  checkSize(path, info.size, resolved.maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError('E_NOT_FOUND', path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, error);
  }
  return decodeSource(bytes, path, meta, resolved);
}
