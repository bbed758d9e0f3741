/**
 * Code, polarity and confidence of a stance from the cue words of its clause: the strongest cue
 * decides the CAMEO code, the heavier side the polarity; sentiment only when no cue is there.
 * Negation works both ways: "does not support" opposes, "did not criticise" is no criticism.
 * Events ("police detained five people") and reporting verbs are never a stance of their own.
 */
import type { Polarity } from '../../schema/enums';
import type { CameoCode } from '../../schema/cameo';
import type { CueHit } from './match-cues';

export const SENTIMENT_FLOOR = 0.35;

/** How decisive a code is when cues of equal weight disagree, by code prefix (longest first). */
const CODE_STRENGTH: readonly [string, number][] = [
  ['112', 8],
  ['13', 9],
  ['12', 7],
  ['10', 6],
  ['11', 5],
  ['05', 5],
  ['02', 3],
  ['01', 3],
];

export function codeStrength(code: string): number {
  return CODE_STRENGTH.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 1;
}

export interface Judgement {
  code: CameoCode;
  polarity: Polarity;
  confidence: number;
}

/** What an appeal or a modal asks, read by `readAppeals`: it decides the polarity of the hit. */
export interface AppealReading {
  code: CameoCode;
  /** Towards whom the appeal is made of. */
  polarity: Polarity;
  /** Token index of the verb that says what is asked ("free" in "urged X to free Y"): mentions after it are what is asked for. */
  askedAt: number;
  /** Whether those mentions are supported (the freed, the protected): true when the appeal asks to release or help them. */
  supportsObject: boolean;
}

export type JudgedHit = CueHit & {
  reading?: AppealReading;
  /** The word is what an appeal asks for ("improve" in "needs to improve its record"), not a judgement of its own. */
  asked?: boolean;
};

export interface JudgeOptions {
  /**
   * Whether coercion and violence the text states (CAMEO 17-20: "people were beaten", "the army
   * shelled the town") accuse whoever did them. True only for a voice of its own (an interviewee's
   * answer, an opinion piece); a report of what others say ("police detained five people, the
   * ministry said") accuses no one.
   */
  eventsAccuse?: boolean;
}

const ACCUSING_ROOTS = new Set(['17', '18', '19', '20']);

/** A hit's polarity and code after negation and the appeal reading; undefined when the hit says nothing. */
export function hitStance(hit: JudgedHit, options: JudgeOptions = {}): { polarity: Polarity; code: CameoCode } | undefined {
  const { cue } = hit;
  if (hit.asked) return undefined;
  if (cue.kind === 'event') {
    if (!options.eventsAccuse || hit.negated || !cue.code || !ACCUSING_ROOTS.has(cue.code.slice(0, 2))) return undefined;
    // Stating violence or coercion accuses its agent: of aggression when it is war, of abuses otherwise.
    return { polarity: 'oppose', code: cue.code.startsWith('19') ? '1123' : '1122' };
  }
  if (cue.kind === 'reporting') return undefined;
  const code = (hit.reading?.code ?? cue.code ?? '010') as CameoCode;
  const polarity: Polarity = hit.reading?.polarity ?? cue.polarity ?? 'neutral';
  if (!hit.negated) return { polarity, code };
  // "does not support", "is not credible": denied approval is disapproval.
  if (polarity === 'support') return { polarity: 'oppose', code: '110' };
  // "should not", "must never": an obligation not to do something still asks.
  if (cue.kind === 'modal') return { polarity, code };
  // "did not criticise Russia", "did not call for sanctions": a denied criticism or appeal is none.
  return undefined;
}

/** Decide code and polarity from the cue hits of a stretch of text. */
export function judge(hits: readonly JudgedHit[], sentiment: number, options: JudgeOptions = {}): Judgement | undefined {
  const read = hits.flatMap((hit) => {
    const s = hitStance(hit, options);
    // A stated act weighs less than a word that judges it.
    const weight = hit.cue.kind === 'event' ? 2 : hit.cue.weight;
    return s ? [{ hit, ...s, weight, strength: weight * 10 + codeStrength(s.code) }] : [];
  });
  // No cue word: a clearly positive or negative sentence (wink-nlp's sentiment) still says something.
  if (read.length === 0) {
    // Only when the lexicon found nothing: a reported event ("police detained five people") or a
    // denied criticism is not made a stance by the sentence's tone.
    if (hits.length > 0) return undefined;
    if (Math.abs(sentiment) < SENTIMENT_FLOOR) return undefined;
    return sentiment > 0 ? { code: '051', polarity: 'support', confidence: 0.45 } : { code: '111', polarity: 'oppose', confidence: 0.45 };
  }
  let support = 0;
  let oppose = 0;
  for (const r of read) {
    if (r.polarity === 'support') support += r.weight;
    if (r.polarity === 'oppose') oppose += r.weight;
  }
  const strongest = (list: typeof read) => list.reduce((a, b) => (b.strength > a.strength ? b : a));
  const best = strongest(read);
  let { code, polarity } = best;
  // Mixed only when praise and blame weigh about the same; otherwise the heavier side decides,
  // and the code is that side's strongest cue, so code and polarity never disagree.
  if (support > 0 && oppose > 0 && Math.min(support, oppose) >= Math.max(support, oppose) * 0.8) polarity = 'mixed';
  else if ((support > oppose && polarity !== 'support') || (oppose > support && polarity !== 'oppose')) {
    const side: Polarity = support > oppose ? 'support' : 'oppose';
    const top = strongest(read.filter((r) => r.polarity === side));
    polarity = side;
    code = top.code;
  }
  // A neutral word in a clearly toned sentence takes the tone; an appeal's reading never does.
  if (polarity === 'neutral' && !best.hit.reading && Math.abs(sentiment) >= 0.3) polarity = sentiment > 0 ? 'support' : 'oppose';
  const confidence = Math.min(0.95, 0.45 + 0.08 * best.weight + 0.04 * (read.length - 1));
  return { code, polarity, confidence: Math.round(confidence * 100) / 100 };
}
