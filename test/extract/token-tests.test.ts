import { isCapitalised } from '../../src/extract/token-tests';
import type { Token } from '../../src/extract/tokenize';

const token = (text: string): Token => ({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), start: 0, end: text.length, pos: 'X', sentence: 0, negated: false });

describe('isCapitalised', () => {
  it('should call a word capitalised when its first letter is upper case, in any script', () => {
    for (const text of ['Osh', 'OSCE', 'Ömer', 'Ташкент', 'Émile']) expect(isCapitalised(token(text))).toBe(true);
  });

  it('should not call a word capitalised when it starts with a lower-case letter, a digit or a sign', () => {
    for (const text of ['osh', '2025', '"Osh', '-', '', 'ташкент', 'éa', '€5']) expect(isCapitalised(token(text))).toBe(false);
  });

  it('should agree with the Unicode test on every character below U+3000', () => {
    for (let code = 0; code < 0x3000; code++) {
      const text = `${String.fromCharCode(code)}x`;
      expect(isCapitalised(token(text))).toBe(/^\p{Lu}/u.test(text) && /\p{L}/u.test(text));
    }
  });
});
