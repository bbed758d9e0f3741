/**
 * Precision, recall and F1 from counts. Empty sets score 1.0 (nothing to find and nothing
 * wrongly found is a perfect result), so a document with no gold relations does not drag an
 * average down for an extractor that correctly predicts none.
 */
export interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** @example scoreCounts(10, 8, 6) -> { precision: 0.75, recall: 0.6, f1: 0.667, ... } */
export function scoreCounts(gold: number, predicted: number, matched: number): Scores {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}
