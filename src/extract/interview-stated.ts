/**
 * INTERVIEWED where the reader found no interviewer and interviewee turns, from a sentence that
 * says who asked whom: "Vlast.kz asked Bekova about the verdict", "She told Kloop that ...",
 * "X, in an interview for Azattyk, said ...", "the minister's interview to Kun.uz". The
 * interviewee may be a pronoun the references resolved ("She said to ..."). Pure.
 */
import type { Relation, SourceDocument } from '../../schema/records';
import { evidenceAt } from './evidence';
import type { Token, TokenizedText } from './tokenize';
import { mentionsWithin } from './mentions-within';
import type { ResolvedMention } from './resolved-mention';

const PLACE_KINDS = new Set(['Country', 'City', 'Region']);
const SAY = /^(said|told|explained|noted|stated)$/;

/** A mention starting at token `at`, past one "the". */
function mentionAt(here: readonly ResolvedMention[], tokens: readonly Token[], at: number): ResolvedMention | undefined {
  const k = tokens[at]?.lower === 'the' ? at + 1 : at;
  return here.find((m) => m.tokenStart === k && m.tokenEnd > m.tokenStart);
}

/**
 * The person a word stands for when no mention covers it: a surname the document gives in full
 * elsewhere ("asked Bekova"), or "he"/"she" for the person named last before it.
 */
function personBehind(all: readonly ResolvedMention[], tokens: readonly Token[], at: number): ResolvedMention | undefined {
  const word = tokens[at];
  if (!word) return undefined;
  const people = all.filter((m) => m.kind === 'Person' && m.tokenEnd > m.tokenStart);
  if (/^(he|she)$/.test(word.lower)) {
    const last = [...people].reverse().find((m) => m.end <= word.start);
    return last && { ...last, start: word.start, end: word.end, tokenStart: at, tokenEnd: at + 1 };
  }
  const named = people.filter((m) => m.tokenEnd - m.tokenStart > 1 && tokens[m.tokenEnd - 1]!.text === word.text);
  const first = named[0];
  return first && named.every((m) => m.entity === first.entity) ? { ...first, start: word.start, end: word.end, tokenStart: at, tokenEnd: at + 1 } : undefined;
}

/** Who interviewed whom in one sentence, if it says so. */
function statedPair(
  here: readonly ResolvedMention[],
  all: readonly ResolvedMention[],
  tokens: readonly Token[],
  interviewer: string | undefined,
  interviewee?: string,
): [ResolvedMention, ResolvedMention] | undefined {
  const people = here.filter((m) => m.kind === 'Person');
  for (const o of here) {
    if (PLACE_KINDS.has(o.kind)) continue;
    // "X's interview to Jahon IA": whatever follows "interview to/for" is the outlet, even a name read as a person's.
    const prep = tokens[o.tokenStart - 1]?.lower === 'the' ? o.tokenStart - 2 : o.tokenStart - 1;
    const interviewPrep = /^interviews?$/.test(tokens[prep - 1]?.lower ?? '') ? (tokens[prep]?.lower ?? '') : '';
    if (o.kind === 'Person' && !/^(to|for)$/.test(interviewPrep)) continue;
    // "Vlast.kz asked Bekova": an outlet asking a person.
    if (tokens[o.tokenEnd]?.lower === 'asked') {
      const p = mentionAt(here, tokens, o.tokenEnd + 1) ?? personBehind(all, tokens, o.tokenEnd + 1);
      if (p?.kind === 'Person') return [o, p];
    }
    // "She said to Kloop", "he told Kloop": speech to the interviewer of this document.
    const before = tokens[o.tokenStart - 1]?.lower === 'to' ? o.tokenStart - 2 : o.tokenStart - 1;
    if (o.entity === interviewer && SAY.test(tokens[before]?.lower ?? '')) {
      const p = people.find((m) => m.tokenEnd === before) ?? personBehind(all, tokens, before - 1);
      if (p) return [o, p];
    }
    // "X, in an interview for Azattyk, ...", "X's interview to Kun.uz": the person named before the interview.
    if (/^(for|to|with|by)$/.test(interviewPrep)) {
      const p = [...people].reverse().find((m) => m.entity !== o.entity && m.tokenEnd <= prep - 1 && prep - 1 - m.tokenEnd <= 4);
      if (p) return [o, p];
      // "Ambassador X’s Interview to Jahon IA" over the turns of X: a headline's capitals name no
      // person, but the reader found whose interview it is.
      if (interviewee && interviewee !== o.entity && interviewPrep !== 'by') return [o, { ...o, entity: interviewee, kind: 'Person' }];
    }
  }
  return undefined;
}

export function interviewStatedInText(
  doc: SourceDocument,
  tokenized: TokenizedText,
  mentions: readonly ResolvedMention[],
  interviewer: string | undefined,
  interviewee?: string,
): Relation | undefined {
  // A stable sort by start keeps the given order (by start, then end), so each sentence finds
  // the mentions a filter over all of them would, in the same order, by binary search.
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const sentence of tokenized.sentences) {
    const here = mentionsWithin(byStart, sentence.start, sentence.end);
    const pair = statedPair(here, mentions, tokenized.tokens, interviewer, interviewee);
    if (!pair || pair[0].entity === pair[1].entity) continue;
    const [o, p] = pair;
    const start = Math.min(o.start, p.start);
    const end = Math.max(o.end, p.end);
    return { type: 'INTERVIEWED', from: o.entity, to: p.entity, confidence: 0.8, evidence: evidenceAt(doc.text, doc.id, start, end) };
  }
  return undefined;
}
