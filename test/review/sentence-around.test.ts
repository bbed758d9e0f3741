import { sentenceAround } from '../../src/review/sentence-around';

describe('the sentence around a quote', () => {
  const text = 'The court met on Monday. Later, the lawyer said the verdict was unjust and promised an appeal. Nobody else spoke.';

  it('should give the words of the sentence before and after the quote, up to its full stop', () => {
    const start = text.indexOf('the verdict was unjust');
    const around = sentenceAround(text, [start, start + 'the verdict was unjust'.length]);
    expect(around).toEqual({ before: 'Later, the lawyer said ', quote: 'the verdict was unjust', after: ' and promised an appeal.' });
  });

  it('should stop at a paragraph break where a sentence has no full stop', () => {
    const heading = 'Lawyer appeals\n\nThe lawyer said the verdict was unjust.';
    const start = heading.indexOf('Lawyer');
    expect(sentenceAround(heading, [start, start + 6])).toEqual({ before: '', quote: 'Lawyer', after: ' appeals' });
  });
});
