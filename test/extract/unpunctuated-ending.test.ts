/** A text whose punctuation was stripped ends in a clause with no token after its verb (fuzz seed 31, case 452). */
import { readAndExtract } from '../helpers/read-and-extract';

describe('a text that ends without punctuation', () => {
  const text = `Water talks

Zarina Otayolbekova a lawyer told a news conference that the detention of activists was modest for Uzbekistan We will not accept the pipeline on these terms Otayolbekova said Police in Dushanbe detained 5 people on Thursday Steppe Herald reported`;

  it('should extract its stances without reading past the last token', () => {
    expect(() => readAndExtract(text, 'inline/unpunctuated.txt')).not.toThrow();
    const { x } = readAndExtract(text, 'inline/unpunctuated.txt');
    for (const s of x.stances) expect(text.slice(s.span[0], s.span[1])).toBe(s.quote);
  });
});
