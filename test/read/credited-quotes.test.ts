import { decodeSource } from '../../src/read/decode-source';

const read = (text: string) => {
  const doc = decodeSource(new TextEncoder().encode(text), 'inline/news.txt');
  return doc.reportedSpeech.map((r) => `${r.speaker}: ${doc.text.slice(...r.span)}`);
};

describe('a pull quote credited on the line after it', () => {
  it('should read a first-person paragraph followed by a bare name the text uses elsewhere as that person’s speech', () => {
    const found = read(`Japarov and Tokayev meet in Cholpon-Ata

Sadyr Japarov noted that the talks had been long.

We are good neighbours and we will stay so.

Sadyr Japarov
`);
    expect(found).toContain('Sadyr Japarov: We are good neighbours and we will stay so.');
  });

  it('should not credit a paragraph to a subheading the text uses nowhere else', () => {
    const found = read(`Japarov and Tokayev meet in Cholpon-Ata

Sadyr Japarov noted that the talks had been long.

We are good neighbours and we will stay so.

Border Trade
`);
    expect(found.some((r) => r.startsWith('Border Trade'))).toBe(false);
  });
});

describe('a guillemet closed by a straight quote', () => {
  it('should end the quote at the straight quote and find its speaker', () => {
    const found = read(`Talks in Moscow

«We hope the period of instability is in the past," Vladimir Putin concluded.
`);
    expect(found).toContain('Vladimir Putin: We hope the period of instability is in the past');
  });
});
