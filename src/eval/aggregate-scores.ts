/**
 * Micro-averaged figures over many scored texts: the gold, predicted and matched counts are
 * summed first and precision, recall and F1 computed once, so a long text weighs as much as its
 * facts and a text with nothing to find does not count as a perfect 1.0. Pure.
 */
import type { EvalReport } from './evaluate-graph';
import { scoreCounts, type Scores } from './prf';

export type ScoreFamily = keyof EvalReport['scores'];

export const SCORE_FAMILIES: readonly ScoreFamily[] = ['entities', 'relations', 'stances', 'stancesWithPolarity'];

export interface AggregateScores {
  /** Texts that were scored. */
  texts: number;
  scores: Record<ScoreFamily, Scores>;
}

/** @example aggregateScores([a, b]).scores.stances.recall */
export function aggregateScores(reports: readonly Pick<EvalReport, 'scores'>[]): AggregateScores {
  const sum = (family: ScoreFamily) => {
    const total = { gold: 0, predicted: 0, matched: 0 };
    for (const { scores } of reports) {
      total.gold += scores[family].gold;
      total.predicted += scores[family].predicted;
      total.matched += scores[family].matched;
    }
    return scoreCounts(total.gold, total.predicted, total.matched);
  };
  return {
    texts: reports.length,
    scores: { entities: sum('entities'), relations: sum('relations'), stances: sum('stances'), stancesWithPolarity: sum('stancesWithPolarity') },
  };
}

export interface AggregateRow extends AggregateScores {
  /** "all" for the whole split, else a shape id. */
  group: string;
}

/**
 * One row for the whole set, then one per group in sorted order.
 * @example aggregateByGroup(results, (r) => r.shape)
 */
export function aggregateByGroup<T extends Pick<EvalReport, 'scores'>>(items: readonly T[], groupOf: (item: T) => string): AggregateRow[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [{ group: 'all', ...aggregateScores(items) }, ...[...groups.keys()].sort().map((group) => ({ group, ...aggregateScores(groups.get(group) ?? []) }))];
}
