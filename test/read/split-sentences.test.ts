import { splitSentences } from '../../src/read/split-sentences';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(...s));
}

describe('splitSentences', () => {
  it('should split at full stops, question and exclamation marks', () => {
    expect(sentences('One is here. Two? Three! Four')).toEqual(['One is here.', 'Two?', 'Three!', 'Four']);
  });

  it('should not split after titles and initials', () => {
    expect(sentences('Dr. Smith met Mr. J. Doe in Almaty. Then he left.')).toEqual(['Dr. Smith met Mr. J. Doe in Almaty.', 'Then he left.']);
  });

  it('should keep closing quotes with their sentence', () => {
    expect(sentences('He said “no.” Then “yes.”')).toEqual(['He said “no.”', 'Then “yes.”']);
  });

  it('should not split before a lower-case word', () => {
    expect(sentences('It cost 2.5 million tenge. e.g. not here')).toEqual(['It cost 2.5 million tenge. e.g. not here']);
  });
});
