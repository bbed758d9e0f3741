/**
 * Dashes that mark interview turns: many interviews open each question and each answer with an
 * en dash, an em dash or a hyphen ("– Why now?" / "—Because ..." / "-We did."). A dash alone
 * does not make an interview (a list may use them too): the dashed paragraphs must alternate
 * between questions and answers.
 */
import type { Span } from '../../schema/records';

/**
 * A dash, then the turn's first word or quote. A hyphen before a digit is a minus sign
 * ("-5 degrees"), and a doubled hyphen is a rule or a signature line, not a turn.
 */
const DASH = /^(?:[–—][ \t\u00a0]*(?=[\p{L}\p{N}“"«‘'(])|-(?!-)[ \t\u00a0]*(?=[\p{L}“"«‘'(]))/u;

/** Where the turn's words start after a dash that opens the block, or null when no dash opens it. */
export function dashMarkerEnd(plain: string, span: Span): number | null {
  const head = plain.slice(span[0], Math.min(span[1], span[0] + 8));
  const m = DASH.exec(head);
  if (!m || span[0] + m[0].length >= span[1]) return null;
  return span[0] + m[0].length;
}

/**
 * Whether dashed blocks are interview turns: at least two places where a dashed question is
 * followed by a dashed answer, or one when the introduction already names an interviewee.
 * `dashed[i]` says whether block i opens with a dash, `question[i]` whether it reads as a question.
 */
export function dashedTurnsAlternate(dashed: readonly boolean[], question: readonly boolean[], intervieweeNamed: boolean): boolean {
  let pairs = 0;
  for (let i = 0; i + 1 < dashed.length; i += 1) if (dashed[i] && question[i] && dashed[i + 1] && !question[i + 1]) pairs += 1;
  return pairs >= 2 || (pairs >= 1 && intervieweeNamed);
}
