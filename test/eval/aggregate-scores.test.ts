import { aggregateByGroup, aggregateScores } from '../../src/eval/aggregate-scores';
import { scoreCounts } from '../../src/eval/prf';

/** A scored text with the given (gold, predicted, matched) counts for every family. */
const text = (gold: number, predicted: number, matched: number, shape = 'news-wire') => {
  const s = scoreCounts(gold, predicted, matched);
  return { shape, scores: { entities: s, relations: s, stances: s, stancesWithPolarity: s } };
};

describe('aggregateScores', () => {
  it('should sum the counts before dividing (micro-average), not average the per-text figures', () => {
    const { scores, texts } = aggregateScores([text(10, 10, 10), text(90, 10, 0)]);
    expect(texts).toBe(2);
    expect(scores.stances).toMatchObject({ gold: 100, predicted: 20, matched: 10, precision: 0.5, recall: 0.1 });
    expect(scores.stances.f1).toBeCloseTo((2 * 0.5 * 0.1) / 0.6, 10);
  });

  it('should not let a text with nothing to find count as a perfect score', () => {
    expect(aggregateScores([text(0, 0, 0), text(4, 4, 0)]).scores.entities).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('should score an empty set as nothing found and nothing missed', () => {
    expect(aggregateScores([])).toMatchObject({ texts: 0, scores: { relations: { gold: 0, predicted: 0, matched: 0 } } });
  });
});

describe('aggregateByGroup', () => {
  it('should give a row for the whole set first, then one per group in sorted order', () => {
    const rows = aggregateByGroup([text(2, 2, 2, 'statement'), text(2, 2, 0, 'column'), text(4, 0, 0, 'statement')], (t) => t.shape);
    expect(rows.map((r) => [r.group, r.texts])).toEqual([
      ['all', 3],
      ['column', 1],
      ['statement', 2],
    ]);
    expect(rows[0].scores.stances).toMatchObject({ gold: 8, predicted: 4, matched: 2 });
    expect(rows[2].scores.stances).toMatchObject({ gold: 6, predicted: 2, matched: 2, recall: 2 / 6 });
  });
});
