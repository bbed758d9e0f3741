/**
 * Turns a file's bytes into its text, refusing what is not a readable UTF-8 document: too large,
 * empty, binary, or not UTF-8. The BOM is removed and nothing else is changed (CRLF is kept), so
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

/**
 * The decoded text of `bytes`: checked for size, emptiness, binary content and UTF-8 validity,
 * with a leading BOM removed.
 */
export function decodeBytes(path: string, bytes: Uint8Array, maxBytes: number): string {
  checkSize(path, bytes.length, maxBytes);
  if (bytes.length === 0) throw readError('E_EMPTY', path, 'the file is empty');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw readError('E_ENCODING', path, 'expected UTF-8 text, found UTF-16 (convert the file to UTF-8)');
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
