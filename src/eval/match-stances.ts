/**
 * Stance matching: a predicted stance matches a gold stance when its holder and target matched
 * the gold holder and target, and its span overlaps a place where the gold quote occurs in the
 * source text. Quotes are compared by location rather than by wording, so a prediction that
 * quotes the whole sentence matches a gold clause inside it (and vice versa). Polarity and code
 * are scored separately, on the matched pairs.
 */
import type { GoldStance } from '../../schema/gold';
import { cameoAgrees } from '../../schema/cameo';
import type { PredictedStance } from './predicted-graph';

export type Range = readonly [number, number];

export interface StanceMatching {
  matched: { gold: GoldStance; predicted: PredictedStance; polarityAgrees: boolean; codeAgrees: boolean | null }[];
  /** Missed gold stances; `nearest` describes a prediction at the same place, if any. */
  missed: (GoldStance & { nearest?: string })[];
  spurious: (PredictedStance & { holderGold: string | null; targetGold: string | null })[];
}

/** Every place where `quote` occurs in `text` (non-overlapping scan from each hit + 1). */
export function locateQuote(text: string, quote: string): Range[] {
  const out: Range[] = [];
  if (quote.length === 0) return out;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push([at, at + quote.length]);
  return out;
}

/** Length of the overlap of two half-open ranges (0 when they only touch or are apart). */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Where a prediction sits: its span, else the first place its quote occurs. */
function predictedRange(text: string, stance: PredictedStance): Range | null {
  if (stance.span) return stance.span;
  return locateQuote(text, stance.quote)[0] ?? null;
}

export function matchStances(gold: readonly GoldStance[], predicted: readonly PredictedStance[], goldOf: ReadonlyMap<string, string>, text: string): StanceMatching {
  const goldRanges = gold.map((g) => locateQuote(text, g.quote));
  const predRanges = predicted.map((p) => predictedRange(text, p));
  const overlapWith = (gi: number, pi: number): number => {
    const range = predRanges[pi];
    return range ? Math.max(0, ...goldRanges[gi].map((r) => overlapLength(r, range))) : 0;
  };

  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (goldOf.get(p.holder) !== g.holder || goldOf.get(p.target) !== g.target) return;
      const overlap = overlapWith(gi, pi);
      if (overlap > 0) pairs.push({ g: gi, p: pi, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);

  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const matched: StanceMatching['matched'] = [];
  for (const { g, p } of pairs) {
    if (goldUsed.has(g) || predUsed.has(p)) continue;
    goldUsed.add(g);
    predUsed.add(p);
    const gs = gold[g];
    const ps = predicted[p];
    matched.push({
      gold: gs,
      predicted: ps,
      polarityAgrees: gs.polarity === ps.polarity,
      // Codes agree when one refines the other or the gold names only the CAMEO root ("100" and "1053").
      codeAgrees: gs.code ? Boolean(ps.code && cameoAgrees(gs.code, ps.code)) : null,
    });
  }

  const describe = (pi: number) => `${goldOf.get(predicted[pi].holder) ?? predicted[pi].holder} -> ${goldOf.get(predicted[pi].target) ?? predicted[pi].target}`;
  const missed: StanceMatching['missed'] = [];
  gold.forEach((g, gi) => {
    if (goldUsed.has(gi)) return;
    const near = predicted.map((_, pi) => pi).filter((pi) => overlapWith(gi, pi) > 0);
    missed.push(near.length > 0 ? { ...g, nearest: near.map(describe).join('; ') } : { ...g });
  });
  const spurious = predicted.filter((_, pi) => !predUsed.has(pi)).map((p) => ({ ...p, holderGold: goldOf.get(p.holder) ?? null, targetGold: goldOf.get(p.target) ?? null }));
  return { matched, missed, spurious };
}
