/**
 * Word lists and small tests that tell what a capitalised name is: the words that may join a
 * name, that make it an event, an organisation or a thing, and the nouns that announce one. The
 * words are data (gazetteer/lexicon/name-cues.json); this file names them for the name finder.
 */
import type { ScanContext } from './raw-mention';
import { nameCueWords } from './name-cue-lists';
import type { Token } from './tokenize';
import { matchTitleEndingAt } from './title-match';
import { SPEECH_FORMS } from './stance-lexicon';

/** Lower-case words that may join the words of one name: "Bureau for Human Rights and Rule of Law". */
export const CONNECTORS: ReadonlySet<string> = nameCueWords('name-connectors');

/**
 * Lower-case patronymic words that end a Kyrgyz, Kazakh or Uzbek personal name ("Aizada Bekova
 * kyzy", "Tilek Asanbek uulu", "Dilnoza Karim qizi"): part of the name, never its end word alone.
 */
export const PATRONYMIC_WORDS: ReadonlySet<string> = nameCueWords('patronymics');

/**
 * The family name of a Korean name written family name first ("Ban Ki-moon", "Moon Jae-in": a
 * hyphenated given name of two syllables, the second in lower case), the short form wire copy
 * uses ("Mr. Ban", "Ban said"); undefined for any other name.
 */
export function familyNameFirst(name: string): string | undefined {
  const parts = name.split(/\s+/);
  return parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1]!) ? parts[0] : undefined;
}

/** Particles inside a personal name before a capitalised word: "Karim bin Yusuf". */
export const NAME_PARTICLES: ReadonlySet<string> = nameCueWords('name-particles');

/** Words that make a capitalised name of two words or more an event: "the Steppe Water Summit". */
export const EVENT_WORDS: ReadonlySet<string> = nameCueWords('event-heads');

/** Written forms of the verbs that introduce speech, from the one reporting-verb list (gazetteer/lexicon). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(SPEECH_FORMS.filter((f) => !f.includes(' ')));

/** Lower-case nouns that make the capitalised name before them an organisation: "the Ordo party". */
export const ORG_NOUNS_AFTER_NAME: ReadonlySet<string> = nameCueWords('organisation-nouns-after-name');

/**
 * Words a transcript uses as turn labels or stand-ins for a role ("QUESTION:", "MODERATOR:",
 * "thank you, [Moderator]"): a role, never a name. The reader's split-turns.ts knows the same roles.
 */
export const ROLE_LABEL_WORDS: ReadonlySet<string> = nameCueWords('role-labels');

/** Parts of speech a name never starts with ("About Sanaly Qogam", "Leading Kazakh expert"). */
export const NOT_NAME_START = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'ADV', 'PART', 'INTJ']);

/** Last words of names of things (routes, works, laws) that the graph does not track as actors. */
export const THING_WORDS: ReadonlySet<string> = nameCueWords('thing-heads');

/** Nouns that announce an organisation's name: "the human rights group Sanaly Qogam", "news outlet Fergana News". */
export const ORG_TYPE_NOUNS: ReadonlySet<string> = nameCueWords('organisation-type-nouns');

/** Whether an organisation-type noun stands right before the name, or "of/at/with" after a title does. */
export function orgNounBefore(ctx: Pick<ScanContext, 'tokens' | 'knowledge'>, start: number): boolean {
  const prev = ctx.tokens[start - 1];
  // "..., says rights group" ending a headline says nothing of the first word of the next block.
  if (!prev || prev.sentence !== ctx.tokens[start]!.sentence) return false;
  if (ORG_TYPE_NOUNS.has(prev.lower)) return true;
  if (/^(of|at|with|for)$/.test(prev.lower) && start >= 2) {
    const match = matchTitleEndingAt(ctx.tokens, start - 1, ctx.knowledge.titles);
    if (match && match.info.relation !== 'occupation') return true;
    if (match && /^(at|with)$/.test(prev.lower)) return true;
  }
  return false;
}

/** Nouns that say the name before them is a settlement: "Rushan, the district centre of ...". */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = nameCueWords('settlement-nouns');

/**
 * The token index after "of" when tokens from `i` read ", the (administrative) centre of": an
 * apposition that makes the name before it a city or town and says where it lies. Else -1.
 * @example "Kulob, the centre of the Khatlon region" -> the index of "the" before "Khatlon"
 */
export function settlementAppositionAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== ',') return -1;
  let k = i + 1;
  if (/^(the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
  const limit = k + 3;
  while (k < limit && tokens[k] && !SETTLEMENT_NOUNS.has(tokens[k]!.lower) && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN')) k++;
  if (!SETTLEMENT_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of' || tokens[k + 1]!.sentence !== tokens[i]!.sentence) return -1;
  return k + 2;
}
