/**
 * The body that issues a statement or a press release, whose voice the whole text is: the
 * subject of the opening sentence's statement verb ("The OSCE Office in Bishkek today called on
 * ...", "Human Rights Watch urges ..."), accepted only with a second cue that the text is the
 * body's own: a label ("Press release", "Statement"), the publisher's name, or a headline that
 * opens with the same name. A news report that opens "X said ..." has none of these and keeps
 * its reporter silent.
 */
import { normaliseName } from '../../schema/keys';
import type { ReportedSpeech, Turn } from '../../schema/records';
import { GROUP_NOUNS, PRONOUN_SPEAKERS } from './name-patterns';

const STATEMENT_LABEL =
  /^(?:(?:joint|public|official)\s+)?(?:press\s+release|news\s+release|media\s+release|press\s+statement|statement|communiqu[ée]|for\s+immediate\s+release|media\s+advisory)\b/iu;
/** The opening sentence's subject starts near the paragraph's start ("The Almaty-based group X today ..."). */
const MAX_SUBJECT_OFFSET = 80;
/** The head is searched for a statement label up to this many blocks. */
const HEAD_TURNS = 4;

export interface IssuerInput {
  plain: string;
  turns: readonly Turn[];
  reportedSpeech: readonly ReportedSpeech[];
  title: string;
  publisher: string | null;
  /** Blocks the publisher rules dropped above the text ("PRESS RELEASE"): furniture, but still a cue. */
  droppedAbove: readonly string[];
}

function sameBody(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  return x.length > 2 && y.length > 2 && (x === y || x.includes(y) || y.includes(x));
}

/** The issuer's name as the text writes it, or null when the text is not a body's own statement. */
export function findIssuer(input: IssuerInput): string | null {
  const { plain, turns } = input;
  const head = turns.slice(0, HEAD_TURNS);
  const opening = head.find((t) => t.kind === 'paragraph');
  if (!opening) return null;
  const speech = input.reportedSpeech.find(
    (r) => r.speakerSpan[0] >= opening.span[0] && r.speakerSpan[0] - opening.span[0] <= MAX_SUBJECT_OFFSET && r.speakerSpan[1] <= opening.span[1],
  );
  if (!speech) return null;
  const speaker = speech.speaker;
  const lower = speaker.toLowerCase();
  if (PRONOUN_SPEAKERS.has(lower) || GROUP_NOUNS.has(lower) || !/^\p{Lu}/u.test(speaker)) return null;
  const labelled = [...head.filter((t) => t !== opening).map((t) => plain.slice(t.span[0], t.span[1]).trim()), ...input.droppedAbove].some((text) => STATEMENT_LABEL.test(text));
  const published = input.publisher !== null && sameBody(input.publisher, speaker);
  const headline =
    normaliseName(input.title).startsWith(normaliseName(speaker)) || normaliseName(input.title).startsWith(normaliseName(speaker.split(/\s+(?:in|for|of|on)\s+/u)[0]!));
  return labelled || published || headline ? speaker : null;
}
