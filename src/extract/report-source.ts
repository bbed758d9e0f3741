/**
 * The body a sentence's account of harm comes from: "The ministry has received a letter from the
 * Steppe Press Fund on the detention of two reporters", "information by the monitors about
 * abuses in custody". Whoever sent the letter reports the detention; a charge made by the harm
 * words is not theirs to answer. Pure; the nouns are data (name-cues.json, report-source-nouns).
 */
import { nameCueWords } from './name-cue-lists';
import type { ResolvedMention } from './resolved-mention';
import type { Token } from './tokenize';

const REPORT_NOUNS = nameCueWords('report-source-nouns');
/** How many words may stand between the report noun and "from"/"by" ("a letter dated 3 May from"). */
const REACH = 4;

/** Verbs by which a body puts out an account: "X has published information about abuses". */
const ISSUING_LEMMAS: ReadonlySet<string> = new Set(['publish', 'release', 'issue', 'send', 'submit', 'present', 'provide', 'share', 'file']);

/**
 * Whether `m` gives an account: it follows "from" or "by" after a noun of one ("a letter from X",
 * "complaints by X"), or puts one out as the subject of its verb ("X has also published
 * information about ...").
 * @example isReportSource(tokens, mentionOf('Steppe Press Fund')) // true in "received a letter from the Steppe Press Fund on ..."
 */
export function isReportSource(tokens: readonly Token[], m: ResolvedMention): boolean {
  return followsReportNoun(tokens, m) || issuesReport(tokens, m);
}

function issuesReport(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenEnd;
  while (tokens[k] && tokens[k]!.sentence === m.sentence && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV') && k - m.tokenEnd < 3) k++;
  const verb = tokens[k];
  if (!verb || verb.sentence !== m.sentence || verb.pos !== 'VERB' || !ISSUING_LEMMAS.has(verb.lemma)) return false;
  for (let j = k + 1; j < tokens.length && j - k <= 4 && tokens[j]!.sentence === m.sentence; j++) if (tokens[j]!.pos === 'NOUN') return REPORT_NOUNS.has(tokens[j]!.lower);
  return false;
}

function followsReportNoun(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenStart - 1;
  // "from Human Rights Watch (HRW)": the acronym in brackets stands where the name does.
  if (tokens[k]?.text === '(') {
    k--;
    while (k >= 0 && tokens[k]!.sentence === m.sentence && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  }
  // "from the international non-governmental organization X": an apposed common noun may stand between.
  const nameStart = k;
  while (k >= 0 && tokens[k]!.sentence === m.sentence && /^(?:DET|ADJ|NOUN|PUNCT)$/u.test(tokens[k]!.pos) && tokens[k]!.text !== ',' && nameStart - k < 6) k--;
  const preposition = tokens[k];
  if (!preposition || preposition.sentence !== m.sentence || (preposition.lower !== 'from' && preposition.lower !== 'by')) return false;
  for (let j = k - 1; j >= 0 && k - j <= REACH && tokens[j]!.sentence === m.sentence; j--) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN' && REPORT_NOUNS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
  }
  return false;
}
