/**
 * The I/O edge of the read stage: checks the file (exists, is a regular file, supported type,
 * not too large for the limit or for memory) before reading it, then hands the bytes to the pure
 * `decodeSource`. The file is opened without blocking and checked on the open descriptor, so a
 * FIFO or a device behind a `.txt` name (a named pipe, `/dev/zero`) is refused instead of hanging
 * the import, and one that is swapped in after the check cannot be read either.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import type { SourceDocument, SourceMeta } from '../../schema/records';
import { checkMemory, checkSize } from './check-bytes';
import { decodeSource } from './decode-source';
import { detectFormat } from './detect-format';
import { describeFileType } from './list-source-files';
import { readError } from './read-error';
import { type ReadOptions, resolveReadOptions } from './read-options';

/** Reads `size` bytes, and never more than `limit`: a file that grows while it is read cannot slip past the size check. */
async function readAll(handle: FileHandle, size: number, limit: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(Math.min(size, limit));
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads one source file. Every problem is a KgError with a one-line message naming the file:
 * E_NOT_FOUND, E_NOT_A_FILE, E_UNSUPPORTED_FORMAT, E_TOO_LARGE, E_EMPTY, E_BINARY, E_ENCODING,
 * E_LANGUAGE.
 */
export async function readSource(path: string, meta?: SourceMeta, options?: Partial<ReadOptions>): Promise<SourceDocument> {
  const resolved = resolveReadOptions(options);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw readError('E_USAGE', path, 'is a directory; pass it to listSourceFiles to import the files inside');
    throw readError('E_NOT_FOUND', path, code === 'ENOENT' ? 'no such file' : `cannot access the file (${code ?? 'unknown error'})`, error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw readError('E_USAGE', path, 'is a directory; pass it to listSourceFiles to import the files inside');
    if (!info.isFile()) throw readError('E_NOT_A_FILE', path, `${describeFileType(info)}, not a regular file; only regular files are read`);
    detectFormat(path);
    // Refuse before reading: a 20 MB file is not loaded only to be rejected. Memory first, so a
    // file that could never be read is not answered with "raise --max-size".
    checkMemory(path, info.size, resolved.heap ?? getHeapStatistics());
    checkSize(path, info.size, resolved.maxBytes);
    let bytes: Uint8Array;
    try {
      bytes = await readAll(handle, info.size, resolved.maxBytes + 1);
    } catch (error) {
      throw readError('E_NOT_FOUND', path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, error);
    }
    return decodeSource(bytes, path, meta, resolved);
  } finally {
    await handle.close();
  }
}
