import { decodeSource } from '../../src/read/decode-source';

const kinds = (text: string) => decodeSource(new TextEncoder().encode(text), 'inline/interview.txt').turns.map((t) => t.kind);

describe('an unmarked question that ends with a request to speak', () => {
  const INTERVIEW = `Ambassador Lena Vogt’s interview with Steppe Daily

Madam Ambassador, what brought you to Ashgabat?

I came to Turkmenistan because the two countries share a long history of trade.

Every spring the city hosts a carpet fair. How do you see the trade between our countries growing? We would be grateful to hear your opinion on the new railway as well.

The railway will carry more goods than ever, and I am optimistic about it.

What comes next?

More fairs, I hope.
`;

  it('should read "... growing? We would be grateful to hear your opinion on ..." as a question, not as an answer', () => {
    expect(kinds(INTERVIEW).slice(-6)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });

  it('should still read an answer with a rhetorical question inside as an answer', () => {
    const text = INTERVIEW.replace(
      'The railway will carry more goods than ever, and I am optimistic about it.',
      'Why would we stop? The railway will carry more goods than ever, and your ministry agrees.',
    );
    expect(kinds(text).slice(-6)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});
