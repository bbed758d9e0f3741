/**
 * "Kyrgyzstan expelled a Kazakh reporter on Tuesday. Press groups condemned the expulsion":
 * an act the text has reported, named again by a noun ("the expulsion", "the arrests") or by a
 * word that stands for any act ("the move", "this decision"), is the act of whoever did it, so
 * a judgement of it with no one named is about that actor. Whoever suffered the act is not.
 * Pure; the nouns are data (the event lexicon and gazetteer/lexicon/act-reference-nouns.json).
 */
import { ActReferenceNounsFile } from '../../schema/lexicon';
import type { ReportedEvent } from '../../schema/records';
import actReferenceNouns from '../../gazetteer/lexicon/act-reference-nouns.json';
import { LEXICON } from './stance-lexicon';
import type { Token } from './tokenize';

const REFERENCES = ActReferenceNounsFile.parse(actReferenceNouns).entries;
/** Words that stand for any act reported before. */
const ANY_ACT: ReadonlySet<string> = new Set(REFERENCES.filter((e) => !e.code).map((e) => e.lemma));
/** Nouns of an act with its CAMEO code, from the event lexicon and the list: "arrest" 173, "expulsion" 174. */
const ACT_NOUNS: ReadonlyMap<string, string> = new Map([
  ...LEXICON.filter((e) => e.kind === 'event' && e.code && /^[a-z]+$/u.test(e.lemma) && (!e.pos || e.pos.includes('NOUN'))).map((e): [string, string] => [e.lemma, e.code!]),
  ...REFERENCES.filter((e) => e.code).map((e): [string, string] => [e.lemma, e.code!]),
]);
const REFERRING = /^(the|this|that|these|those|such)$/;
/** How far back a word for any act reaches, in characters: about a paragraph. */
const ANY_ACT_REACH = 600;

/**
 * The actor of the reported act that a noun in tokens [from, to) refers back to, if the noun
 * follows a determiner and an earlier event of the text, of the same CAMEO code (any code for
 * "the move"), names who did it.
 */
export function actorOfActReferredTo(tokens: readonly Token[], events: readonly ReportedEvent[], from: number, to: number): string | undefined {
  for (let k = from + 1; k < to; k++) {
    const noun = tokens[k]!;
    if (noun.pos !== 'NOUN' || !REFERRING.test(tokens[k - 1]!.lower)) continue;
    // "the arrest of the editor by the police": the act is named in full here, not referred to.
    if (tokens[k + 1]?.lower === 'of') continue;
    const code = ACT_NOUNS.get(noun.lemma);
    const any = ANY_ACT.has(noun.lemma);
    if (!code && !any) continue;
    const at = tokens[from]!.start;
    const earlier = events.filter((e) => e.actor && e.span[1] <= at && (code ? e.code === code : at - e.span[1] <= ANY_ACT_REACH));
    const last = earlier.reduce<ReportedEvent | undefined>((best, e) => (!best || e.span[0] > best.span[0] ? e : best), undefined);
    if (last?.actor) return last.actor;
  }
  return undefined;
}
