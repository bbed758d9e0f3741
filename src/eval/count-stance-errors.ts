/**
 * Why stances were missed or spurious on a split, counted by cause: whether the gold holder and
 * target exist among the predicted entities at all, and whether anything was predicted at the
 * gold quote. Counts only, so the frozen test split can say where its losses are (finding voices,
 * finding entities, or judging sentences) without a text name or a quote.
 */
import type { EvalReport } from './evaluate-graph';

export interface StanceErrorCounts {
  missed: {
    /** The gold holder matched no predicted entity (the voice was not found or named otherwise). */
    holderNotFound: number;
    /** The holder was found, the gold target matched no predicted entity. */
    targetNotFound: number;
    /** Both found; a prediction sits at the quote, with another holder or target. */
    otherPairAtQuote: number;
    /** Both found; nothing was predicted at the quote. */
    nothingAtQuote: number;
  };
  spurious: {
    /** The predicted holder is no gold entity. */
    holderNotGold: number;
    /** The holder is a gold entity, the target is not. */
    targetNotGold: number;
    /** Both are gold entities, but the gold has no such stance at that place. */
    bothGold: number;
  };
}

/** @example countStanceErrors(reports).missed.holderNotFound // 3 */
export function countStanceErrors(reports: readonly EvalReport[]): StanceErrorCounts {
  const out: StanceErrorCounts = {
    missed: { holderNotFound: 0, targetNotFound: 0, otherPairAtQuote: 0, nothingAtQuote: 0 },
    spurious: { holderNotGold: 0, targetNotGold: 0, bothGold: 0 },
  };
  for (const report of reports) {
    const found = new Set(report.entities.goldOf.values());
    for (const g of report.stances.missed) {
      if (!found.has(g.holder)) out.missed.holderNotFound++;
      else if (!found.has(g.target)) out.missed.targetNotFound++;
      else if (g.nearest) out.missed.otherPairAtQuote++;
      else out.missed.nothingAtQuote++;
    }
    for (const s of report.stances.spurious) {
      if (s.holderGold === null) out.spurious.holderNotGold++;
      else if (s.targetGold === null) out.spurious.targetNotGold++;
      else out.spurious.bothGold++;
    }
  }
  return out;
}

/** One line for a terminal. */
export function formatStanceErrors(c: StanceErrorCounts): string {
  const m = c.missed;
  const s = c.spurious;
  return `stance errors: missed ${m.holderNotFound + m.targetNotFound + m.otherPairAtQuote + m.nothingAtQuote} (holder not found ${m.holderNotFound}, target not found ${m.targetNotFound}, other holder/target at the quote ${m.otherPairAtQuote}, nothing at the quote ${m.nothingAtQuote}); spurious ${s.holderNotGold + s.targetNotGold + s.bothGold} (holder not in gold ${s.holderNotGold}, target not in gold ${s.targetNotGold}, both in gold ${s.bothGold})`;
}
