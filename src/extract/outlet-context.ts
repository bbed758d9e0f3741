/**
 * Whether a place name stands for a news outlet of the same name. "Fergana reported that ...",
 * "according to Fergana", "told Fergana", "Fergana's correspondent": a city does not report,
 * publish or employ correspondents, a newsroom does. Capitals are left out of the verb,
 * "told" and "according to" cues, since "according to Moscow" means the Russian government (see
 * `resolve-metonymy.ts`); for a capital only the newsroom cues count ("Moscow's correspondent"). Pure.
 */
import type { ScanContext } from './raw-mention';
import { isPossessive } from './token-tests';
import { nameCueWords } from './name-cue-lists';

/** Verbs of publishing that a place never governs: "Osh reported", "Fergana wrote". */
const PUBLISHING_VERBS = nameCueWords('publishing-verbs');

/** Newsroom people after a possessive: "Fergana's correspondent", "Osh's editor". */
const NEWSROOM_NOUNS = nameCueWords('newsroom-nouns');

/** Lower-case media nouns right after the name: "Fergana news agency", "Fergana outlet". */
const MEDIA_NOUNS = nameCueWords('media-nouns');

/**
 * Whether the known place at tokens [start, end) is written as a news outlet.
 * @example readsAsOutlet(ctx, i, i + 1, false) // true for "Fergana" in "according to Fergana, ..."
 */
export function readsAsOutlet(ctx: Pick<ScanContext, 'tokens'>, start: number, end: number, isCapital: boolean): boolean {
  const { tokens } = ctx;
  const sentence = tokens[start]!.sentence;
  const next = tokens[end]?.sentence === sentence ? tokens[end] : undefined;
  const prev = tokens[start - 1]?.sentence === sentence ? tokens[start - 1] : undefined;
  if (next && MEDIA_NOUNS.has(next.lower) && next.text === next.lower) return true;
  if (next && isPossessive(next) && NEWSROOM_NOUNS.has(tokens[end + 1]?.lower ?? '')) return true;
  // A capital is its government when it is told, quoted or published: "told Moscow to back off".
  if (isCapital) return false;
  // "told Fergana", "in an interview with Fergana": people speak to outlets, not to cities.
  if (prev?.lower === 'told') return true;
  if (prev?.lower === 'with' && /^interviews?$/.test(tokens[start - 2]?.lower ?? '')) return true;
  if (next && PUBLISHING_VERBS.has(next.lower)) return true;
  return prev?.lower === 'to' && tokens[start - 2]?.lower === 'according';
}
