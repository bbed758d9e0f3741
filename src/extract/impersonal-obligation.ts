/**
 * "There needs to be more transparency in the tender", "Much more still needs to be done",
 * "More must be done to protect journalists": an obligation laid on no one names no addressee,
 * but in a text about one country it is a recommendation to that country's authorities (an
 * appeal, CAMEO 020, neutral). Pure.
 */
import type { Token } from './tokenize';

const MODALS = /^(need|needs|needed|must|should|ought|has|have)$/;
/** What a deed-less obligation says is to happen: "be done", "be made", "be taken". */
const DEED = /^(done|made|taken|achieved|improved|ensured)$/;

/**
 * Whether tokens [from, to) hold an impersonal obligation: "there needs to be", "there must be",
 * "there should be", or a deed laid on no one: "more must be done", "much needs to be done"
 * (also after "a lot" or "a great deal", "still" allowed before the modal).
 */
export function isImpersonalObligation(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    const word = tokens[k]!.lower;
    const next = tokens[k + 1]!.lower;
    const then = tokens[k + 2]?.lower ?? '';
    // "there needs to be", "there must be", "there should be", "there has to be"
    if (word === 'there' && MODALS.test(next) && (then === 'be' || (then === 'to' && tokens[k + 3]?.lower === 'be'))) return !tokens[k + 1]!.negated;
    // "much more still needs to be done for the villages", "more must be done"
    if (/^(more|much|deal|lot)$/.test(word)) {
      let j = k + 1;
      if (tokens[j]?.lower === 'still') j++;
      if (!MODALS.test(tokens[j]?.lower ?? '')) continue;
      j++;
      if (tokens[j]?.lower === 'to') j++;
      if (tokens[j]?.lower === 'be' && DEED.test(tokens[j + 1]?.lower ?? '')) return !tokens[j]!.negated;
    }
  }
  return false;
}
