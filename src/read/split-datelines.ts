/**
 * Blocks outside the speaking turns: a wire story's dateline ("ALMATY, Jan 12 (Reuters) -") is
 * cut off the paragraph it opens, so it is neither the subject of the first sentence nor anyone's
 * words; its place still counts as a mention. The turn keeps the rest of the paragraph.
 */
import type { Span, Turn } from '../../schema/records';
import { findDateline } from './find-dateline';

/** How far into the body a dateline may open a paragraph: a label, then the story. */
const DATELINE_TURNS = 3;

export function splitDatelines(plain: string, turns: readonly Turn[]): { turns: Turn[]; datelines: Span[] } {
  const out: Turn[] = [];
  const datelines: Span[] = [];
  turns.forEach((turn, i) => {
    if (datelines.length === 0 && i < DATELINE_TURNS && turn.kind === 'paragraph') {
      const dateline = findDateline(plain, turn.span);
      if (dateline) {
        datelines.push(dateline.span);
        out.push({ ...turn, span: [dateline.textStart, turn.span[1]] });
        return;
      }
    }
    out.push(turn);
  });
  return { turns: out, datelines };
}
