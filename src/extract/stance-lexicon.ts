/**
 * The stance lexicon, loaded once from `gazetteer/lexicon/`: the hand-made stance words, the
 * reporting verbs and the CAMEO verbs converted from PETRARCH2. Every file is validated against
 * `schema/lexicon.ts` and every problem is reported together. Code here interprets the data; it
 * holds no vocabulary of its own.
 */
import { LexiconFile, type LexiconEntry } from '../../schema/lexicon';
import { KgError } from '../errors/kg-error';
import stanceWords from '../../gazetteer/lexicon/stance-words.json';
import reportingVerbs from '../../gazetteer/lexicon/reporting-verbs.json';
import cameoVerbs from '../../gazetteer/lexicon/cameo-verbs.json';

/** The lexicon files in order of precedence: a lemma in an earlier file hides the same lemma in a later one. */
export const LEXICON_FILES: readonly { readonly file: string; readonly data: unknown }[] = [
  { file: 'lexicon/stance-words.json', data: stanceWords },
  { file: 'lexicon/reporting-verbs.json', data: reportingVerbs },
  { file: 'lexicon/cameo-verbs.json', data: cameoVerbs },
];

/** Validate and merge lexicon files; throws one KgError listing every problem of every file. */
export function loadLexicon(files: readonly { readonly file: string; readonly data: unknown }[]): LexiconEntry[] {
  const problems: string[] = [];
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  for (const { file, data } of files) {
    const parsed = LexiconFile.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    for (const entry of parsed.data.entries) {
      // The same lemma with the same parts of speech in a later file is hidden ("welcome" the
      // adjective is hand-made, "welcome" the verb comes from CAMEO: both stay).
      const key = `${entry.lemma}|${(entry.pos ?? []).join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
  }
  if (problems.length > 0) throw new KgError('E_GAZETTEER', 'load lexicon', `${problems.length} problem(s):\n${problems.join('\n')}`);
  return entries;
}

export const LEXICON: readonly LexiconEntry[] = loadLexicon(LEXICON_FILES);

/** Entries that judge, appeal or oblige: what the stance pass matches. Reporting verbs and events are read separately. */
export const STANCE_ENTRIES: readonly LexiconEntry[] = LEXICON.filter((e) => e.kind !== 'reporting');

/** Verbs whose grammatical subject holds the stance ("the union criticised the council"). */
// A phrase that opens with a preposition ("with … concern") acts for no name right before it ("the Government of X with great concern").
export const ACTION_ENTRIES: readonly LexiconEntry[] = STANCE_ENTRIES.filter(
  (e) => e.subjectHolds && (e.kind === 'evaluative' || e.kind === 'appeal') && !(e.pos?.length && e.pos.every((p) => p === 'ADP')),
);

/** Lemmas of the verbs that introduce speech: "X said ...", "X urged ...". */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set(LEXICON.filter((e) => e.kind === 'reporting' || e.speech).map((e) => e.lemma));

/** Lemmas of the reporting verbs proper (say, tell, claim, ...), whose addressee is never a target. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set(LEXICON.filter((e) => e.kind === 'reporting').map((e) => e.lemma));

/** Written forms of every verb that introduces speech, for passes over raw text ("said", "called for"). */
export const SPEECH_FORMS: readonly string[] = LEXICON.filter((e) => e.kind === 'reporting' || e.speech).flatMap((e) => e.forms ?? []);

/** Event verbs by lemma (arrest, detain, release, help, ...), for reading what an appeal asks for. */
export const EVENT_BY_LEMMA: ReadonlyMap<string, LexiconEntry> = new Map(LEXICON.filter((e) => e.kind === 'event').map((e) => [e.lemma, e]));
