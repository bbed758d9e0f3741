/**
 * Dashes that mark interview turns: many interviews open each question and each answer with an
 * en dash, an em dash, a horizontal bar, a figure dash, a minus sign or a hyphen ("– Why now?" /
 * "—Because ..." / "―Yes." / "-We did."). A dash alone
 * does not make an interview (a list may use them too): the dashed paragraphs must alternate
 * between questions and answers.
 */
import type { Span } from '../../schema/records';

/**
 * A dash, then the turn's first word or quote. A hyphen or a minus sign before a digit is a minus
 * sign ("-5 degrees"), and a doubled hyphen is a rule or a signature line, not a turn.
 */
const DASH = /^(?:[–—―‒][ \t\u00a0\u2009\u202f]*(?=[\p{L}\p{N}“"«‘'(])|[-−](?![-−])[ \t\u00a0\u2009\u202f]*(?=[\p{L}“"«‘'(]))/u;

/** Where the turn's words start after a dash that opens the block, or null when no dash opens it. */
export function dashMarkerEnd(plain: string, span: Span): number | null {
  const head = plain.slice(span[0], Math.min(span[1], span[0] + 8));
  const m = DASH.exec(head);
  if (!m || span[0] + m[0].length >= span[1]) return null;
  return span[0] + m[0].length;
}

/** What a block is in an interview whose turns dashes mark. */
export type DashedTurnKind = 'question' | 'answer';

/** A question may open with a remark ("– Thank you for your time.") in this many paragraphs before its '?'. */
const MAX_QUESTION_BLOCKS = 3;
/** A dashed request without a '?' ("– Name three things you like here.") is this short. */
const MAX_REQUEST_LENGTH = 200;

/**
 * What each block is where dashes mark the turns: a dash opens a turn and the undashed
 * paragraphs after it carry it on, so a turn is a run from one dash to the next. A run asks
 * when one of its first paragraphs, each short, ends in '?' (a remark may come first:
 * "– Thank you for your time." / "What was the year like?"); the paragraphs after the '?' answer
 * (some interviews dash only the questions). A run after a question that ended its run is the
 * answer, whatever '?' it holds. Where the answers are dashed too, a short request between two
 * answers ("– Name three places you love.") asks, '?' or not, and so does a first run that addresses
 * the interviewee ("– Tell us about yourself, please."). Blocks before the first dash are
 * null: the introduction. `short[i]` says whether block i is short enough to be a question.
 */
export function dashedTurnKinds(
  dashed: readonly boolean[],
  question: readonly boolean[],
  short: readonly boolean[],
  length: readonly number[] = [],
  addresses: readonly boolean[] = [],
): (DashedTurnKind | null)[] {
  const starts = dashed.flatMap((d, i) => (d ? [i] : []));
  const classify = (requests: boolean): { kinds: (DashedTurnKind | null)[]; pairs: number } => {
    const kinds: (DashedTurnKind | null)[] = dashed.map(() => null);
    let pairs = 0;
    // Whether the run before asked and its question closed the run: then this run answers.
    let previous: 'closed-question' | 'answered' | 'answer' | null = null;
    starts.forEach((s, r) => {
      const e = starts[r + 1] ?? dashed.length;
      let q = -1;
      if (previous !== 'closed-question') {
        for (let k = s; k < Math.min(e, s + MAX_QUESTION_BLOCKS); k += 1) {
          if (!short[k]) break;
          if (question[k]) {
            q = k;
            break;
          }
        }
        // The first dashed run may be a request too when it addresses the interviewee ("– Tell us about yourself, please.").
        const opening = previous === null && addresses[s] === true;
        if (q < 0 && requests && (previous === 'answer' || opening) && e === s + 1 && r + 1 < starts.length && (length[s] ?? 0) <= MAX_REQUEST_LENGTH) q = s;
      }
      for (let k = s; k < e; k += 1) kinds[k] = q >= 0 && k <= q ? 'question' : 'answer';
      if (previous === 'closed-question') pairs += 1;
      previous = q < 0 ? 'answer' : q === e - 1 ? 'closed-question' : 'answered';
    });
    return { kinds, pairs };
  };
  const plain = classify(false);
  // Requests without '?' are read only where the answers are dashed as well (two or more times).
  return plain.pairs >= 2 ? classify(true).kinds : plain.kinds;
}

/**
 * Whether dashed blocks are interview turns: at least two places where a dashed question
 * (with the paragraphs its dash carries) is followed by a dashed answer, or one when the
 * introduction already names an interviewee. `dashed[i]` says whether block i opens with a
 * dash, `question[i]` whether it reads as a question, `short[i]` whether it is short enough to be one.
 */
export function dashedTurnsAlternate(
  dashed: readonly boolean[],
  question: readonly boolean[],
  intervieweeNamed: boolean,
  short: readonly boolean[] = dashed.map(() => true),
): boolean {
  const kinds = dashedTurnKinds(dashed, question, short);
  let pairs = 0;
  for (let i = 0; i + 1 < dashed.length; i += 1) if (kinds[i] === 'question' && dashed[i + 1] && kinds[i + 1] === 'answer') pairs += 1;
  return pairs >= 2 || (pairs >= 1 && intervieweeNamed);
}
