import { findInvalidUtf8 } from '../../src/read/find-invalid-utf8';

describe('findInvalidUtf8', () => {
  it('should return -1 for valid text in several scripts and an emoji', () => {
    expect(findInvalidUtf8(new TextEncoder().encode('Almaty – Алматы – 😀'))).toBe(-1);
  });

  it.each([
    ['a truncated sequence at the end', [0x41, 0xe2, 0x80], 1],
    ['an overlong encoding of "/"', [0x41, 0xc0, 0xaf], 1],
    ['an encoded UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a stray continuation byte', [0x41, 0x41, 0x80], 2],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('should find %s', (_name, bytes, offset) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
