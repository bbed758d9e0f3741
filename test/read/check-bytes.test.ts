import { checkMemory, decodeBytes, detectUtf16, largestReadable, MEMORY_PER_SOURCE_BYTE } from '../../src/read/check-bytes';
import { errorOf } from './helpers';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('should remove a UTF-8 BOM and change nothing else, keeping CRLF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nBody.\r\n')]);
    expect(decodeBytes('a.txt', bytes, 1000)).toBe('Title\r\n\r\nBody.\r\n');
  });

  it('should refuse an empty file with E_EMPTY', () => {
    const error = errorOf(() => decodeBytes('empty.txt', new Uint8Array(), 1000));
    expect(error.code).toBe('E_EMPTY');
    expect(error.message).toBe('read: cannot import "empty.txt": the file is empty');
  });

  it('should refuse a file of nothing but zero-width spaces, joiners and soft hyphens as empty, not as a foreign language', () => {
    expect(errorOf(() => decodeBytes('invisible.txt', utf8(' \u200b\n\u200d\u00ad\ufeff\t'), 1000)).code).toBe('E_EMPTY');
  });

  it('should refuse a whitespace-only file (even with a BOM) with E_EMPTY', () => {
    expect(errorOf(() => decodeBytes('blank.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a, 0x09]), 1000)).code).toBe('E_EMPTY');
  });

  it('should refuse NUL bytes as binary and say where the first one is', () => {
    const error = errorOf(() => decodeBytes('data.txt', new Uint8Array([0x41, 0x42, 0x00, 0x43]), 1000));
    expect(error.code).toBe('E_BINARY');
    expect(error.message).toContain('offset 2');
  });

  it('should refuse text made mostly of control bytes as binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(errorOf(() => decodeBytes('ctl.txt', bytes, 1000)).code).toBe('E_BINARY');
  });

  it('should name a PDF by its magic bytes', () => {
    const error = errorOf(() => decodeBytes('paper.txt', utf8('%PDF-1.7\n1 0 obj'), 1000));
    expect(error.code).toBe('E_BINARY');
    expect(error.message).toContain('PDF');
  });

  it('should refuse invalid UTF-8 with E_ENCODING and the byte offset', () => {
    // "Caf" then a lone Latin-1 é (0xE9): invalid as UTF-8 at byte 3.
    const error = errorOf(() => decodeBytes('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41]), 1000));
    expect(error.code).toBe('E_ENCODING');
    expect(error.message).toContain('byte offset 3');
  });

  it('should count the BOM in the offset of an invalid byte', () => {
    const error = errorOf(() => decodeBytes('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]), 1000));
    expect(error.message).toContain('byte offset 4');
  });

  it('should decode UTF-16 with a byte-order mark, little- or big-endian', () => {
    const text = 'Shepherds in the high valleys\r\nmoved their flocks early — “a dry year”.';
    const le = Buffer.from(text, 'utf16le');
    expect(decodeBytes('le.txt', new Uint8Array([0xff, 0xfe, ...le]), 1000)).toBe(text);
    expect(decodeBytes('be.txt', new Uint8Array([0xfe, 0xff, ...Buffer.from(le).swap16()]), 1000)).toBe(text);
  });

  it('should recognise UTF-16 without a byte-order mark by where its NUL bytes are', () => {
    const text = 'The bakery on the corner opens at six and closes when the bread runs out.';
    const le = Buffer.from(text, 'utf16le');
    expect(detectUtf16(le)).toEqual({ encoding: 'utf-16le', bom: false });
    expect(decodeBytes('le.txt', le, 1000)).toBe(text);
    expect(decodeBytes('be.txt', Buffer.from(le).swap16(), 1000)).toBe(text);
    expect(detectUtf16(utf8(text))).toBeNull();
  });

  it('should refuse UTF-16 cut to an odd number of bytes with E_ENCODING', () => {
    const error = errorOf(() => decodeBytes('u16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 1000));
    expect(error.code).toBe('E_ENCODING');
    expect(error.message).toContain('UTF-16LE');
  });

  it('should still call binary data binary when its NUL bytes fall at random', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(errorOf(() => decodeBytes('data.txt', bytes, 1000)).code).toBe('E_BINARY');
  });

  it('should refuse a file over the limit with E_TOO_LARGE and say how to raise it', () => {
    const error = errorOf(() => decodeBytes('big.txt', new Uint8Array(2048).fill(0x41), 1024));
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toContain('--max-size');
    expect(error.message).toContain('2 KiB');
  });

  it('should keep every message on one line', () => {
    const error = errorOf(() => decodeBytes('x.txt', new Uint8Array([0xc3]), 1000));
    expect(error.message).not.toContain('\n');
  });
});

describe('checkMemory', () => {
  const heap = { heap_size_limit: 1024 * 1024 * 1024, used_heap_size: 64 * 1024 * 1024 };

  it('should let through a file that fits in the heap', () => {
    expect(() => checkMemory('ok.txt', 5 * 1024 * 1024, heap)).not.toThrow();
  });

  it('should refuse up front a file the heap cannot hold, saying how much it needs and how to give it', () => {
    const error = errorOf(() => checkMemory('huge.txt', 200 * 1024 * 1024, heap));
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toBe(
      `read: cannot import "huge.txt": file is 200 MiB; reading it takes about ${(200 * MEMORY_PER_SOURCE_BYTE) / 1024} GiB of memory (${MEMORY_PER_SOURCE_BYTE} bytes per byte of text), ` +
        `and this Node.js may use 1 GiB, enough for files up to ${(largestReadable(heap) / (1024 * 1024)).toFixed(1)} MiB; split the file, or give Node.js more memory (NODE_OPTIONS=--max-old-space-size=15360)`,
    );
  });
});
