import { tokenizeBlocks } from '../../src/extract/tokenize';

describe('tokenizeBlocks', () => {
  it('should not let a negation word inside a name negate what follows: "Doctors Without Borders condemned"', () => {
    const text = 'Doctors Without Borders condemned the shelling. The ministry did not condemn it.';
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    const negated = (word: string) => tokens.filter((t) => t.lower === word).map((t) => t.negated);
    expect(negated('condemned')).toEqual([false]);
    expect(negated('condemn')).toEqual([true]);
  });

  it('should clear that negation past a quotation to the end of the sentence', () => {
    const text = 'Doctors Without Borders called the raid “a disgrace” and urged the army to stop.';
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    expect(tokens.filter((t) => t.negated).map((t) => t.text)).toEqual([]);
  });

  it('should read a line break that wraps a sentence as a space, so no token stands between the two halves of a name', () => {
    const text =
      'The appeal was signed by the Coalition against Torture in the Kyrgyz\nRepublic and by eleven other groups on Monday morning in Bishkek.\nThe prosecutor denied it.';
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    const words = tokens.map((t) => t.text);
    expect(words.slice(words.indexOf('Kyrgyz'), words.indexOf('Kyrgyz') + 2)).toEqual(['Kyrgyz', 'Republic']);
    expect(tokens.filter((t) => t.text === '\n')).toHaveLength(1);
  });

  it('should give every token the offsets of its characters in the text', () => {
    const text = 'Intro line.\n\nAida Bekova, a lawyer in Osh, said “no”. Then she left.';
    const { tokens } = tokenizeBlocks(text, [
      [0, 11],
      [13, text.length],
    ]);
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
    const { sentences } = tokenizeBlocks(text, [
      [0, 29],
      [31, text.length],
    ]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A heading without a full stop', 'The first paragraph starts here.']);
    expect(sentences.map((s) => s.block)).toEqual([0, 1]);
  });

  it('should split where a source dropped a full stop before a capitalised sentence opener', () => {
    const text = 'The talks ended without a deal In Bishkek, the mayor resigned on Friday.';
    const { sentences } = tokenizeBlocks(text, [[0, text.length]]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The talks ended without a deal', 'In Bishkek, the mayor resigned on Friday.']);
  });

  it('should not split before a capitalised opener that follows a capitalised word', () => {
    const text = 'The report by Human Rights Watch In Focus was published on Friday.';
    expect(tokenizeBlocks(text, [[0, text.length]]).sentences).toHaveLength(1);
  });
});

describe('tokenizeBlocks on one very long block', () => {
  it('should tokenise a paragraph of more than 200,000 tokens (a text without line breaks) with every offset exact', () => {
    const sentence = 'The ombudsman in Osh said the court had ignored the appeal, and lawyers agreed. ';
    const text = sentence.repeat(14_000);
    const { tokens, sentences } = tokenizeBlocks(text, [[0, text.length]]);
    expect(tokens.length).toBeGreaterThan(200_000);
    expect(sentences).toHaveLength(14_000);
    for (const k of [0, 1, 99_999, tokens.length - 1]) expect(text.slice(tokens[k]!.start, tokens[k]!.end)).toBe(tokens[k]!.text);
  });
});

describe('tokenizeBlocks on typographic hyphens', () => {
  it('should read a non-breaking hyphen as a plain one and keep the offsets', () => {
    const text = 'The Secretary\u2011General spoke.';
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toContain('\u2011');
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Secretary', '-', 'General']));
  });
});

describe('verbs that wink leaves as adjectives after a name', () => {
  const tokensOf = (text: string) => tokenizeBlocks(text, [[0, text.length]]).tokens;

  it('should read "expressed" after a name and before its object as the verb "express"', () => {
    const expressed = tokensOf('Human Rights Watch expressed concern about the arrests.').find((t) => t.lower === 'expressed')!;
    expect(expressed).toMatchObject({ pos: 'VERB', lemma: 'express' });
  });

  it('should leave an adjective after an article as it is', () => {
    const tired = tokensOf('The tired workers left the mine.').find((t) => t.lower === 'tired')!;
    expect(tired.pos).toBe('ADJ');
  });
});

describe('verbs in -s that wink reads as plural nouns after a name', () => {
  const tokensOf = (text: string) => tokenizeBlocks(text, [[0, text.length]]).tokens;

  it('should read "values" between a name and a possessive as the verb "value"', () => {
    const values = tokensOf('Norway values its partnership with the valley towns.').find((t) => t.lower === 'values')!;
    expect(values).toMatchObject({ pos: 'VERB', lemma: 'value' });
  });

  it('should leave a plural noun after an article as it is', () => {
    const values = tokensOf('The values of the old town matter.').find((t) => t.lower === 'values')!;
    expect(values.pos).toBe('NOUN');
  });
});
