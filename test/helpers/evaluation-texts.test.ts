import { liftedFromEvaluationTexts } from './evaluation-texts';

// Synthetic "evaluation texts": the helper is tested on its own inputs, never on the real ones.
const TEXTS = ['A report said the ferry across the lake will stop running in the winter months, the operator wrote.'];

describe('liftedFromEvaluationTexts', () => {
  it('should find a run of eight words shared with a text, whatever the case and punctuation', () => {
    expect(liftedFromEvaluationTexts('Locals fear that THE FERRY across the lake will stop running soon!', TEXTS)).toBe(true);
  });

  it('should not count seven shared words in a longer sentence', () => {
    expect(liftedFromEvaluationTexts('Locals fear the ferry across the lake will stop, but it sails on.', TEXTS)).toBe(false);
  });

  it('should count a short sentence only when all of it occurs', () => {
    expect(liftedFromEvaluationTexts('The operator wrote.', TEXTS)).toBe(true);
    expect(liftedFromEvaluationTexts('The operator phoned.', TEXTS)).toBe(false);
  });

  it('should not match part of a word: "ferryman" is not "ferry"', () => {
    expect(liftedFromEvaluationTexts('The ferryman across the lake will stop running.', TEXTS)).toBe(false);
  });
});
