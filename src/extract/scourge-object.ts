/**
 * "Russia and Kyrgyzstan are fighting international terrorism", "to combat drug trafficking",
 * "the fight against corruption": a violent or coercive verb whose object is an ill (the
 * name-cue list scourge-nouns) harms no one, so it accuses no one. Pure.
 */
import type { CueHit } from './match-cues';
import { nameCueWords } from './name-cue-lists';
import type { Token } from './tokenize';

const SCOURGES = nameCueWords('scourge-nouns');
/** How far after the verb the object may be: "fighting international terrorism, drug trafficking". */
const OBJECT_WINDOW = 4;

/** Whether an event hit's object, within a few words after it, is an ill rather than someone harmed. */
function isAimedAtScourge(tokens: readonly Token[], hit: CueHit): boolean {
  if (hit.cue.kind !== 'event') return false;
  const sentence = tokens[hit.start]?.sentence;
  for (let k = hit.end; k < tokens.length && k < hit.end + OBJECT_WINDOW && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (SCOURGES.has(t.lower)) return true;
    // "fighting [against] [the] [international] [drug] trafficking": articles, adjectives and nouns before the head.
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.lower === 'against')) return false;
  }
  return false;
}

/**
 * The hit as it reads: an act against an ill is stated but harms no one, so it is marked negated
 * (judged as no accusation, yet still a cue, so the sentence's tone does not take its place).
 */
export function aimedAtScourge(tokens: readonly Token[], hit: CueHit): CueHit {
  return isAimedAtScourge(tokens, hit) ? { ...hit, negated: true } : hit;
}
