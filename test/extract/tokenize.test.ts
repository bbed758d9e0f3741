import { tokenizeBlocks } from '../../src/extract/tokenize';

describe('tokenizeBlocks', () => {
  it('should give every token the offsets of its characters in the text', () => {
    const text = 'Intro line.\n\nAida Bekova, a lawyer in Osh, said “no”. Then she left.';
    const { tokens } = tokenizeBlocks(text, [[0, 11], [13, text.length]]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Bekova');
  });

  it('should keep a web-domain name such as Vlast.kz in one token and one sentence', () => {
    const text = 'Vlast.kz reported the arrests. Police declined to comment.';
    const { tokens, sentences } = tokenizeBlocks(text, [[0, text.length]]);
    expect(tokens[0]!.text).toBe('Vlast.kz');
    expect(sentences).toHaveLength(2);
  });

  it('should never let a sentence cross from one block into the next', () => {
    const text = 'A heading without a full stop\n\nThe first paragraph starts here.';
    const { sentences } = tokenizeBlocks(text, [[0, 29], [31, text.length]]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A heading without a full stop', 'The first paragraph starts here.']);
    expect(sentences.map((s) => s.block)).toEqual([0, 1]);
  });

  it('should skip a pasted run of thousands of characters without a space, quickly, and keep the offsets of the words after it', () => {
    const blob = 'Zq9x'.repeat(10_000);
    const text = `The ministry published its report at https://example.org/${blob} on Friday. Nurlan Sadykov welcomed it.`;
    const started = Date.now();
    const { tokens, sentences } = tokenizeBlocks(text, [[0, text.length]]);
    // It took over a minute while the tokeniser's e-mail pattern backtracked through the run.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(tokens.some((t) => t.text.length > 200)).toBe(false);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['ministry', 'Friday', 'Sadykov', 'welcomed']));
    expect(sentences.length).toBeGreaterThanOrEqual(2);
  });

  it('should give no sentence for a paragraph that is nothing but one overlong link', () => {
    const link = `https://example.org/${'k7'.repeat(200)}`;
    const text = `Aid convoy reaches Khorog\n\n${link}\n\nThe convoy arrived on Sunday.`;
    const second = text.indexOf(link);
    const third = text.indexOf('The convoy');
    const { sentences } = tokenizeBlocks(text, [[0, 25], [second, second + link.length], [third, text.length]]);
    expect(sentences.map((s) => s.block)).toEqual([0, 2]);
  });
});
