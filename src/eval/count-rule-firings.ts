/**
 * How often each stance-lexicon entry fires over a corpus, and in how many texts: an entry that
 * fires in one text only (or never) on a corpus nobody tuned on is a sign of a rule fitted to the
 * texts its author looked at. Matching is the stance pass's own (`matchCues` on wink-nlp lemmas
 * and parts of speech). Pure: texts in, counts out.
 */
import type { LexiconEntry } from '../../schema/lexicon';
import { compileCues, matchCues } from '../extract/match-cues';
import { tokenizeBlocks } from '../extract/tokenize';

export interface RuleFiring {
  /** "lemma (kind, POS)": the entry as the lexicon keys it. */
  rule: string;
  kind: LexiconEntry['kind'];
  hits: number;
  /** How many texts it fired in. */
  texts: number;
  /** The first text it fired in, to look at a rule that fires in one text only. */
  firstText: string | null;
}

export const ruleName = (e: LexiconEntry) => `${e.lemma} (${e.kind}${e.pos ? `, ${e.pos.join('/')}` : ''})`;

/**
 * @example countRuleFirings([{ name: 'a.txt', text: 'The union criticised the council.' }], STANCE_ENTRIES)
 */
export function countRuleFirings(texts: readonly { name: string; text: string }[], entries: readonly LexiconEntry[]): RuleFiring[] {
  const cues = compileCues(entries);
  const byRule = new Map<LexiconEntry, RuleFiring>(entries.map((e) => [e, { rule: ruleName(e), kind: e.kind, hits: 0, texts: 0, firstText: null }]));
  for (const { name, text } of texts) {
    const { tokens } = tokenizeBlocks(text, [[0, text.length]]);
    const seen = new Set<LexiconEntry>();
    for (const hit of matchCues(tokens, 0, tokens.length, cues)) {
      const firing = byRule.get(hit.cue)!;
      firing.hits += 1;
      if (!seen.has(hit.cue)) {
        seen.add(hit.cue);
        firing.texts += 1;
        firing.firstText ??= name;
      }
    }
  }
  return [...byRule.values()].sort((a, b) => b.hits - a.hits || (a.rule < b.rule ? -1 : 1));
}
