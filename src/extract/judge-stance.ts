/**
 * Code, polarity and confidence of a stance from the cue words of its clause: the strongest cue
 * decides the category, the heavier side the polarity; sentiment only when no cue is there.
 */
import type { Polarity, StanceCode } from '../../schema/enums';
import { type CueHit } from './match-cues';

export const SENTIMENT_FLOOR = 0.35;

export const CODE_STRENGTH: Record<StanceCode, number> = { THREATEN: 9, ACCUSE: 8, REJECT: 7, DEMAND: 6, CRITICISE: 5, PRAISE: 5, APPEAL: 3, OPTIMISTIC: 3, PESSIMISTIC: 3, COMMENT: 1 };

export interface Judgement {
  code: StanceCode;
  polarity: Polarity;
  confidence: number;
}

/** Decide code and polarity from the cue hits of a stretch of text. */
export function judge(hits: readonly CueHit[], sentiment: number): Judgement | undefined {
  // No cue word: a clearly positive or negative sentence (wink-nlp's sentiment) still says something.
  if (hits.length === 0) {
    if (Math.abs(sentiment) < SENTIMENT_FLOOR) return undefined;
    return sentiment > 0 ? { code: 'PRAISE', polarity: 'support', confidence: 0.45 } : { code: 'CRITICISE', polarity: 'oppose', confidence: 0.45 };
  }
  let best: CueHit | undefined;
  let support = 0;
  let oppose = 0;
  for (const hit of hits) {
    const flipped = hit.negated && hit.cue.polarity === 'support';
    const polarity = flipped ? 'oppose' : hit.cue.polarity;
    if (polarity === 'support') support += hit.cue.weight;
    if (polarity === 'oppose') oppose += hit.cue.weight;
    const strength = (h: CueHit) => h.cue.weight * 10 + CODE_STRENGTH[h.cue.code];
    if (!best || strength(hit) > strength(best)) best = hit;
  }
  const b = best!;
  let code: StanceCode = b.cue.code;
  let polarity: Polarity = b.cue.polarity;
  if (b.negated && b.cue.polarity === 'support') {
    code = 'CRITICISE';
    polarity = 'oppose';
  }
  // Mixed only when praise and blame weigh about the same; otherwise the heavier side decides,
  // and the category is that side's strongest cue, so code and polarity never disagree.
  if (support > 0 && oppose > 0 && Math.min(support, oppose) >= Math.max(support, oppose) * 0.8) polarity = 'mixed';
  else if ((support > oppose && polarity === 'oppose') || (oppose > support && polarity === 'support')) {
    const side = support > oppose ? 'support' : 'oppose';
    const strongest = [...hits]
      .filter((h) => (h.negated && h.cue.polarity === 'support' ? 'oppose' : h.cue.polarity) === side)
      .sort((x, y) => y.cue.weight * 10 + CODE_STRENGTH[y.cue.code] - (x.cue.weight * 10 + CODE_STRENGTH[x.cue.code]))[0]!;
    polarity = side;
    code = strongest.negated && strongest.cue.polarity === 'support' ? 'CRITICISE' : strongest.cue.code;
  }
  if (polarity === 'neutral' && Math.abs(sentiment) >= 0.3) polarity = sentiment > 0 ? 'support' : 'oppose';
  const confidence = Math.min(0.95, 0.45 + 0.08 * b.cue.weight + 0.04 * (hits.length - 1));
  return { code, polarity, confidence: Math.round(confidence * 100) / 100 };
}
