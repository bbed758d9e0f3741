import { decodeSource } from '../../src/read/decode-source';

const read = (text: string) => {
  const doc = decodeSource(new TextEncoder().encode(text), 'inline/release.txt');
  return doc.reportedSpeech.map((r) => `${r.speaker}: ${doc.text.slice(...r.span)}`);
};

describe('quotation paragraphs introduced by the paragraph before them', () => {
  const RELEASE = `Turkmenistan: Blogger's sentence must be quashed

Responding to the ten-year sentence handed to the blogger Aman Durdyev, Lena Vogt, Europe director at the Freedom Alliance, said:

“This sentence punishes a man for a video about bread queues. It must be quashed.”

“The authorities should release every blogger held for what they wrote.”

The court in Ashgabat heard the case in one day.
`;

  it('should read the quotation after "X, <post>, said:" as X’s speech', () => {
    expect(read(RELEASE)).toContain('Lena Vogt: This sentence punishes a man for a video about bread queues. It must be quashed.');
  });

  it('should carry the introduction over the quotation paragraphs that follow, not over narration', () => {
    const found = read(RELEASE);
    expect(found).toContain('Lena Vogt: The authorities should release every blogger held for what they wrote.');
    expect(found.some((r) => r.includes('heard the case'))).toBe(false);
  });

  it('should not read a paragraph ending in a colon without a speech cue as an introduction', () => {
    const found = read(`Bread prices in Ashgabat

The bakers published the new prices:

“A loaf now costs twice as much as in spring, and flour is short.”
`);
    expect(found).toEqual([]);
  });
});
