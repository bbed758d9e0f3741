/**
 * Harm that a sentence rules out rather than states: "the Constitution, which prohibits the use of
 * torture", "steps to prevent ill-treatment in custody". The harm words name no act that was
 * done, so they accuse no one. Pure; the verbs are data (name-cues.json, harm-forbidding-verbs).
 */
import { isHarmCode } from './implied-government';
import type { CueHit } from './match-cues';
import { nameCueWords } from './name-cue-lists';
import type { Token } from './tokenize';

const FORBIDDING = nameCueWords('harm-forbidding-verbs');
/** How far the harm may stand after the verb: "prohibits the use of torture" is four words on. */
const REACH = 4;

/**
 * `hits` with every harm cue a forbidding verb rules out marked negated, and the verb's own hit
 * too: banning torture is no restriction imposed on anyone (CAMEO files "prohibit" under 172).
 * @example withForbiddenHarm(tokens, hits) // "which prohibits use of torture": both hits negated
 */
export function withForbiddenHarm(tokens: readonly Token[], hits: readonly CueHit[]): CueHit[] {
  const forbidders = new Set<number>();
  const ruledOut = new Set<CueHit>();
  for (const h of hits) {
    if (!isHarmCode(h) || h.negated) continue;
    const verb = forbiddingVerbBefore(tokens, h.start);
    if (verb === undefined) continue;
    ruledOut.add(h);
    forbidders.add(verb);
  }
  if (ruledOut.size === 0) return [...hits];
  return hits.map((h) => (ruledOut.has(h) || forbidders.has(h.start) ? { ...h, negated: true } : h));
}

/** The token index of the verb that rules out the harm at `at`, if one stands a few words before it. */
function forbiddingVerbBefore(tokens: readonly Token[], at: number): number | undefined {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k >= 0 && at - k <= REACH && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (FORBIDDING.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN')) return k;
    // A clause boundary: "banned the rally, and police beat the marchers" states the beating.
    if (t.text === ',' || t.text === ';' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'AUX') return undefined;
  }
  return undefined;
}
