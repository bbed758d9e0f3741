import { createRandom } from '../../bench/seeded-random';
import { DEFAULT_FUZZ_CASE_OPTIONS, fuzzCase } from '../../src/fuzz/fuzz-cases';
import { crlf, dashInterview, emoji, longParagraph, MUTATIONS, oneLine, truncateMidWord, unbalancedQuotes, wrapHtml, zeroWidth } from '../../src/fuzz/mutations';

const DOC = {
  name: 'sample.txt',
  text: 'Farmers protest over canal fees\n\nQ: What do the farmers want?\n\nA: "Lower fees," said Rustam Nazarov of the Water Users Association in Khujand.\n\nQ: Will the ministry listen?\n\nA: The ministry said it would "study the request".\n',
};

describe('the fuzz mutations', () => {
  it('should give the same variant for the same seed, every one of them', () => {
    for (const m of MUTATIONS) expect(m.apply(DOC, createRandom(5))).toEqual(m.apply(DOC, createRandom(5)));
  });

  it('should leave some text in every variant and never cut a character in two', () => {
    for (const m of MUTATIONS) {
      const out = m.apply(DOC, createRandom(11));
      expect(out.text.trim().length).toBeGreaterThan(0);
      // A lone surrogate is what a cut character leaves.
      expect(out.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  it('should turn every line end into CRLF, or remove them all', () => {
    expect(crlf.apply(DOC, createRandom(1)).text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(oneLine.apply(DOC, createRandom(1)).text).not.toMatch(/[\r\n]/);
  });

  it('should wrap the text in an HTML page with the .html extension and the words escaped', () => {
    const out = wrapHtml.apply({ name: 'a.txt', text: 'Tariffs & fees\n\nRates rose <sharply>.' }, createRandom(2));
    expect(out.name).toBe('a.html');
    expect(out.text).toContain('<title>Tariffs &amp; fees</title>');
    expect(out.text).toContain('Rates rose &lt;sharply&gt;.');
  });

  it('should cut the text in the middle of a word', () => {
    const out = truncateMidWord.apply(DOC, createRandom(3)).text;
    expect(DOC.text.startsWith(out)).toBe(true);
    expect(out).toMatch(/\p{L}{2}$/u);
    expect(DOC.text.charAt(out.length)).toMatch(/\p{L}/u);
  });

  it('should insert zero-width characters and emoji without splitting the emoji', () => {
    expect(zeroWidth.apply(DOC, createRandom(4)).text).toMatch(/[\u200b\u200c\u200d\u2060\u00ad\ufeff]/);
    expect(emoji.apply(DOC, createRandom(4)).text).toMatch(/\p{Extended_Pictographic}/u);
  });

  it('should mark turns with dashes instead of Q: and A: labels', () => {
    const out = dashInterview.apply(DOC, createRandom(6)).text;
    expect(out).not.toMatch(/^(?:Q|A):/m);
    expect(out).toMatch(/^[—–-] /m);
  });

  it('should make curly quotes that do not always pair up', () => {
    const out = unbalancedQuotes.apply(DOC, createRandom(8)).text;
    expect(out).not.toContain('"');
  });

  it('should keep a long paragraph below 50,000 characters however often it is applied', () => {
    let doc = DOC;
    for (let i = 0; i < 3; i++) doc = longParagraph.apply(doc, createRandom(i));
    expect(doc.text.length).toBeLessThan(50_000 * 1.2);
  });

  it('should give each case a unique file name that keeps the extension its reader needs', () => {
    const names = Array.from({ length: 60 }, (_, i) => fuzzCase(i, [DOC], DEFAULT_FUZZ_CASE_OPTIONS).doc.name);
    expect(new Set(names).size).toBe(60);
    for (const name of names) expect(name).toMatch(/^fuzz-\d{6}-.+\.(txt|md|html)$/);
  });
});
