/**
 * Relation matching: same type and both endpoints matched to the gold relation's endpoints, in
 * the same direction ("Dale WORKS_FOR NHC" is not "NHC WORKS_FOR Dale").
 */
import type { GoldRelation } from '../../schema/gold';
import type { PredictedRelation } from './predicted-graph';

export interface RelationMatching {
  matched: { gold: GoldRelation; predicted: PredictedRelation }[];
  missed: GoldRelation[];
  /** Unmatched predictions, with their endpoints shown as gold labels where they matched. */
  spurious: (PredictedRelation & { fromGold: string | null; toGold: string | null })[];
}

export function matchRelations(gold: readonly GoldRelation[], predicted: readonly PredictedRelation[], goldOf: ReadonlyMap<string, string>): RelationMatching {
  const used = new Set<number>();
  const matched: RelationMatching['matched'] = [];
  const spurious: RelationMatching['spurious'] = [];
  for (const p of predicted) {
    const fromGold = goldOf.get(p.from) ?? null;
    const toGold = goldOf.get(p.to) ?? null;
    const gi = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && g.from === fromGold && g.to === toGold);
    if (gi < 0) {
      spurious.push({ ...p, fromGold, toGold });
      continue;
    }
    used.add(gi);
    matched.push({ gold: gold[gi], predicted: p });
  }
  return { matched, missed: gold.filter((_, i) => !used.has(i)), spurious };
}
