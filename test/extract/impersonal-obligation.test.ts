import { isImpersonalObligation } from '../../src/extract/impersonal-obligation';
import { tokenizeBlocks } from '../../src/extract/tokenize';
import { readAndExtract } from '../helpers/read-and-extract';

const holds = (sentence: string) => {
  const { tokens } = tokenizeBlocks(sentence, [[0, sentence.length]]);
  return isImpersonalObligation(tokens, 0, tokens.length);
};

describe('isImpersonalObligation', () => {
  it('finds obligations laid on no one', () => {
    expect(holds('There needs to be more transparency in the tender for the new bridge.')).toBe(true);
    expect(holds('There must be an independent inquiry into the fire at the market.')).toBe(true);
    expect(holds('Much more still needs to be done for the flooded villages.')).toBe(true);
  });

  it('does not find obligations of someone, nor denied ones', () => {
    expect(holds('The mayor needs to explain the cost of the bridge.')).toBe(false);
    expect(holds('There is no need to be afraid of the new rules.')).toBe(false);
  });
});

describe('an impersonal obligation in an interview about one country', () => {
  it("is a neutral appeal to that country's government", () => {
    const text = [
      'Floods in the south of Kyrgyzstan',
      'Q: What should happen after the floods in Kyrgyzstan?',
      'A: There needs to be an honest count of the damaged houses, and much more still needs to be done for the villages.',
    ].join('\n\n');
    const { x } = readAndExtract(text, 'inline/obligation.txt', { interviewee: 'Bolot Sadykov' });
    const government = x.entities.find((e) => e.label === 'Government of Kyrgyzstan')?.id;
    expect(x.stances.filter((s) => s.target === government).map((s) => [s.polarity, s.code])).toEqual([['neutral', '020']]);
  });
});
