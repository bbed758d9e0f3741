/**
 * Turns a file's bytes into its text, refusing what is not a readable document: too large,
 * empty, binary, or neither UTF-8 nor UTF-16. UTF-16 (as Windows' Notepad and Word save "Unicode"
 * text) is recognised by its byte-order mark, or without one by the NUL byte every other byte
 * that ASCII letters leave. The BOM is removed and nothing else is changed (CRLF is kept), so
 * every span later cut from the text equals the file's own characters.
 */
import { findInvalidUtf8 } from './find-invalid-utf8';
import { formatBytes } from './read-options';
import { readError } from './read-error';

/** Bytes that mean "binary" when they start a file, with the name the user will recognise. */
const MAGIC: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a .docx/.xlsx file)' },
  { bytes: [0x1f, 0x8b], name: 'gzip-compressed data' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable' },
];

/** How much of the start of a file to inspect for control bytes; binary shows early. */
const SNIFF_BYTES = 64 * 1024;
/** More than this share of control bytes (other than tab, LF, FF, CR, ESC) means binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Memory one byte of source text takes while it is read, extracted and resolved (the text, its
 * plain view, masks, tokens, sentences, mentions), measured on generated English text: a 10 MB
 * file peaked at about 640 MB resident, 500 MB of it for the file. Rounded up for text denser in
 * names than the measurement's.
 */
export const MEMORY_PER_SOURCE_BYTE = 64;
/** Share of the heap left free for everything else the import holds (the graph, other documents). */
const HEAP_HEADROOM = 0.15;

/** What the memory check needs to know about the process; `v8.getHeapStatistics()` in the CLI. */
export interface HeapInfo {
  heap_size_limit: number;
  used_heap_size: number;
}

/** The largest file that can be read with the given heap, in bytes. */
export function largestReadable(heap: HeapInfo): number {
  return Math.max(0, Math.floor((heap.heap_size_limit * (1 - HEAP_HEADROOM) - heap.used_heap_size) / MEMORY_PER_SOURCE_BYTE));
}

/**
 * Refuses, before reading, a file this process could not hold in memory: a 200 MB file would
 * need about 12 GiB and end in an out-of-memory crash minutes later, taking every other file's
 * result with it.
 */
export function checkMemory(path: string, size: number, heap: HeapInfo): void {
  const largest = largestReadable(heap);
  if (size <= largest) return;
  const neededMiB = Math.ceil((size * MEMORY_PER_SOURCE_BYTE) / (1 - HEAP_HEADROOM) / (1024 * 1024) / 1024) * 1024;
  throw readError(
    'E_TOO_LARGE',
    path,
    `file is ${formatBytes(size)}; reading it takes about ${formatBytes(size * MEMORY_PER_SOURCE_BYTE)} of memory (${MEMORY_PER_SOURCE_BYTE} bytes per byte of text), ` +
      `and this Node.js may use ${formatBytes(heap.heap_size_limit)}, enough for files up to ${formatBytes(largest)}; split the file, or give Node.js more memory (NODE_OPTIONS=--max-old-space-size=${neededMiB})`,
  );
}

export function checkSize(path: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw readError(
      'E_TOO_LARGE',
      path,
      `file is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit; to import it anyway, raise the limit with --max-size (e.g. --max-size ${Math.ceil(size / (1024 * 1024))}MB)`,
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

export function checkBinary(path: string, bytes: Uint8Array): void {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw readError('E_BINARY', path, `expected UTF-8 text, found binary data (looks like ${magic.name})`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw readError('E_BINARY', path, `expected UTF-8 text, found binary data (a NUL byte at offset ${nul})`);
  const sample = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample; i += 1) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control += 1;
  }
  if (sample > 0 && control / sample > MAX_CONTROL_SHARE) {
    throw readError('E_BINARY', path, `expected UTF-8 text, found binary data (${Math.round((100 * control) / sample)}% control bytes)`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Utf16 = 'utf-16le' | 'utf-16be';

/** How many leading bytes the BOM-less UTF-16 guess looks at. */
const UTF16_SNIFF_BYTES = 4096;
/** Share of NUL bytes among the even (big-endian) or odd (little-endian) positions that means UTF-16. */
const UTF16_NUL_SHARE = 0.7;
/** Fewer bytes than this cannot tell UTF-16 from binary data with a NUL in it. */
const UTF16_MIN_BYTES = 16;

/**
 * UTF-16 by its byte-order mark, or without one by where the NUL bytes are: in text of Latin
 * letters every character's high byte is 0, so UTF-16LE has NULs at odd offsets and UTF-16BE at
 * even ones, and the other positions have almost none.
 */
export function detectUtf16(bytes: Uint8Array): { encoding: Utf16; bom: boolean } | null {
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (length < UTF16_MIN_BYTES) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = length / 2;
  if (oddNul / pairs >= UTF16_NUL_SHARE && evenNul / pairs < 0.05) return { encoding: 'utf-16le', bom: false };
  if (evenNul / pairs >= UTF16_NUL_SHARE && oddNul / pairs < 0.05) return { encoding: 'utf-16be', bom: false };
  return null;
}

/** The binary check for text that is already decoded: NULs and a high share of control characters. */
function checkBinaryText(path: string, text: string, encoding: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) throw readError('E_BINARY', path, `expected ${encoding} text, found binary data (a NUL character at character ${nul})`);
  const sample = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) control += 1;
  }
  if (sample > 0 && control / sample > MAX_CONTROL_SHARE) {
    throw readError('E_BINARY', path, `expected ${encoding} text, found binary data (${Math.round((100 * control) / sample)}% control characters)`);
  }
}

function decodeUtf16(path: string, bytes: Uint8Array, found: { encoding: Utf16; bom: boolean }): string {
  const body = found.bom ? bytes.subarray(2) : bytes;
  const name = found.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  if (body.length % 2 !== 0) throw readError('E_ENCODING', path, `the file looks like ${name} but has an odd number of bytes (${bytes.length}); it is cut short or not UTF-16`);
  let text: string;
  try {
    text = new TextDecoder(found.encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    throw readError('E_ENCODING', path, `the file looks like ${name} but holds an invalid sequence (an unpaired surrogate); convert it to UTF-8`, error);
  }
  checkBinaryText(path, text, name);
  return text;
}

/**
 * The decoded text of `bytes`: checked for size, emptiness, binary content and UTF-8 validity
 * (or decoded as UTF-16 when it is that), with a leading BOM removed.
 */
export function decodeBytes(path: string, bytes: Uint8Array, maxBytes: number): string {
  checkSize(path, bytes.length, maxBytes);
  if (bytes.length === 0) throw readError('E_EMPTY', path, 'the file is empty');
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const decoded = decodeUtf16(path, bytes, utf16);
    if (decoded.trim() === '') throw readError('E_EMPTY', path, 'the file contains only whitespace');
    return decoded;
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  checkBinary(path, body);
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch (error) {
    const offset = findInvalidUtf8(body) + (hasBom ? 3 : 0);
    throw readError('E_ENCODING', path, `expected UTF-8 text, found an invalid byte sequence at byte offset ${offset} (convert the file to UTF-8)`, error);
  }
  // Zero-width spaces, joiners and stray byte-order marks (format characters) are as blank as spaces.
  if (/^[\s\p{Cf}]*$/u.test(text)) throw readError('E_EMPTY', path, 'the file contains only whitespace');
  return text;
}
