/**
 * Stances: who takes which position on whom, with the sentence that says so.
 *
 * Per sentence, two kinds of holder are considered:
 * - embedded holders: the subject of reported speech ("X said that ...", found by the reader or
 *   by a reporting verb after a name) or of an action cue ("Tokayev singled out journalists",
 *   "authorities ..., threatening them");
 * - the voice of the turn: the interviewee in an answer ("we" -> the speaker's organisation when
 *   known), or the author of a text with one.
 * The target is the entity the clause is about: the embedded holder when the voice comments on
 * it, else the clause's actors in subject-first order, else (for a cue with no entity, such as
 * "We have seen no proof of this") the main actor of the sentence before. Pure.
 */
import type { Polarity, StanceCode } from '../../schema/enums';
import { stanceKey } from '../../schema/keys';
import type { Stance } from '../../schema/records';
import type { ResolvedMention } from '../resolve/resolved-mention';
import type { Token } from './tokenize';
import { evidenceAt } from './evidence';
import { compileCues, matchCues, type CueHit } from './match-cues';
import { STANCE_CUES } from './stance-cues';
import { judge, type Judgement } from './judge-stance';
import { continuedQuote, firstQuotedSpeakers, voiceOf } from './quoted-voices';
import { findClauses, firstPersonPlural } from './stance-clauses';
import { mentionsIn, type StanceContext, type Voice } from './stance-context';
import { ANAPHORS, OBJECT_PRONOUNS, candidateTargets, isLocative, isPatient, modalSubjects, rankTargets, segmentHits, selfDescription } from './stance-targets';

export const ALL_CUES = compileCues(STANCE_CUES);

export function makeStance(ctx: StanceContext, holder: string, target: string, judgement: Judgement, start: number, end: number): Stance {
  const evidence = evidenceAt(ctx.text, ctx.source, start, end);
  return {
    id: stanceKey(ctx.source, evidence.span, holder, target),
    holder,
    target,
    ...judgement,
    source: ctx.source,
    span: evidence.span,
    quote: evidence.quote,
  };
}

/**
 * Extract every stance of a document.
 * @example extractStances(ctx) // [{ holder: 'n:aida-bekova', target: 'Q...', code: 'CRITICISE', quote: '...' }]
 */
export function extractStances(ctx: StanceContext): Stance[] {
  const { tokens, sentences } = ctx.tokenized;
  const stances: Stance[] = [];
  let previousActors: { block: number; actors: ResolvedMention[] } | undefined;
  // The last quoted speaker per block, for quotes that continue after "..., X said."
  const quotedInBlock = new Map<number, Voice>();
  const firstQuoteInBlock = firstQuotedSpeakers(ctx);
  let lastHolder: string | undefined;

  for (const [sentenceIndex, sentence] of sentences.entries()) {
    if (ctx.isCaption?.(sentence.start)) continue;
    const question = ctx.isQuestion(sentence.end - 1) || tokens[sentence.tokenEnd - 1]?.text === '?';
    const ms = mentionsIn(ctx, sentenceIndex);
    const candidates = candidateTargets(ms, tokens);
    const allClauses = findClauses(ctx, sentenceIndex, ms);
    // Speech that opens the sentence ("“...,” X said.") is the sentence's voice, not a clause inside it.
    const opening = allClauses.find((c) => !c.action && c.start <= sentence.tokenStart + 2 && c.end >= sentence.tokenEnd - 6);
    const clauses = allClauses.filter((c) => c !== opening);
    const inClause = new Set<number>();

    for (const clause of clauses) {
      for (let k = clause.start; k < clause.end; k++) inClause.add(k);
      const hits = clause.action ? [clause.action, ...matchCues(tokens, clause.action.end, clause.end, ALL_CUES)] : matchCues(tokens, clause.start, clause.end, ALL_CUES);
      const cued = askedForHelp(tokens, clause) ?? judge(hits, sentence.sentiment);
      // A question may report what someone did ("Kazakhstan called on CSTO forces ..."), never what the interviewer thinks.
      if (question && (!cued || tokens[sentence.tokenEnd - 1]?.text === '?')) continue;
      const holder = firstPersonPlural(tokens, clause.start, clause.end) ? ctx.organisationOf(clause.holder) ?? clause.holder : clause.holder;
      // A place named only as where something happened ("terrorists in Kazakhstan") is not what a report is about.
      let targets = rankTargets(tokens, candidates.filter((m) => m.tokenStart >= clause.start && m.tokenEnd <= clause.end), new Set([clause.holder, holder])).filter((m) => !isLocative(tokens, m));
      // "threatening them": the object pronoun points back to the last actor before the verb.
      const objectPronoun = tokens[clause.action?.end ?? -1];
      if (objectPronoun && OBJECT_PRONOUNS.has(objectPronoun.lower)) {
        const antecedent = [...candidates].reverse().find((m) => m.tokenEnd <= clause.start && m.entity !== clause.holder && m.via !== 'pronoun');
        if (antecedent) targets = [antecedent, ...targets.filter((t) => t.entity !== antecedent.entity)];
      }
      // "The ministry rejected the accusation": a rebuttal with no one named answers the last speaker.
      if (targets.length === 0 && cued?.code === 'REJECT' && lastHolder && lastHolder !== holder) targets = [{ entity: lastHolder } as ResolvedMention];
      // Without a cue, a report is a neutral comment about one named actor at most.
      const chosen = cued ? targets.slice(0, clause.action ? 3 : 2) : targets.filter((t) => t.kind === 'Person' || t.kind === 'Organisation').slice(0, 1);
      const judgement = cued ?? { code: 'COMMENT' as StanceCode, polarity: 'neutral' as Polarity, confidence: 0.4 };
      for (const target of chosen) {
        const start = Math.min(clause.subject.start, tokens[clause.start]!.start);
        stances.push(makeStance(ctx, holder, target.entity, judgement, start, tokens[clause.end - 1]!.end));
      }
      lastHolder = holder;
    }

    const quoted = opening ? voiceOf(ctx, opening.holder) : continuedQuote(ctx, sentence, quotedInBlock, firstQuoteInBlock);
    if (opening) quotedInBlock.set(sentence.block, quoted!);
    const voice = question ? undefined : quoted ?? ctx.voiceAt(sentence.end - 1);
    if (voice) {
      const outside: CueHit[] = [];
      for (const hit of matchCues(tokens, sentence.tokenStart, sentence.tokenEnd, ALL_CUES)) if (!inClause.has(hit.start)) outside.push(hit);
      // With nothing evaluative of its own, the voice still credits an actor's positive act it reports
      // ("President Tokayev recognized some of the reasons ...").
      const credited = clauses.find((c) => c.action && c.action.cue.polarity === 'support' && !c.action.negated);
      const judgement = judge(outside, sentence.sentiment) ?? (credited ? { code: 'PRAISE' as StanceCode, polarity: 'support' as Polarity, confidence: 0.5 } : undefined);
      const weSpeak = quoted ? firstPersonPlural(tokens, sentence.tokenStart, sentence.tokenEnd) : firstPersonPlural(tokens, sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + 4));
      const holder = weSpeak && voice.organisation ? voice.organisation : voice.holder;
      const exclude = new Set([voice.holder, ...(voice.organisation ? [voice.organisation] : [])]);
      if (judgement) {
        const subjects = clauses.map((c) => c.subject).filter((x) => !exclude.has(x.entity));
        const free = candidates.filter(
          (m) =>
            !clauses.some((c) => m.tokenStart >= c.start && m.tokenEnd <= c.end) &&
            !selfDescription(tokens, m) &&
            !(judgement.polarity !== 'support' && isPatient(tokens, m)) &&
            // In "“...”, X said in an interview with Y", only the quote speaks about anyone.
            (!opening || (m.tokenStart >= opening.start && m.tokenEnd <= opening.end)),
        );
        // "The Kazakh authorities must release the activists": a demand is made of the modal's subject.
        const demanded = judgement.code === 'DEMAND' ? modalSubjects(tokens, outside, free) : [];
        const others = demanded.length > 0 ? demanded : rankTargets(tokens, free, exclude);
        let targets = [...subjects, ...others.filter((o) => !subjects.some((x) => x.entity === o.entity) && !exclude.has(o.entity))];
        // "We have seen no proof of this": an anaphor points back at the actor before.
        const anaphoric = tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => ANAPHORS.has(t.lower));
        // "Opposition is not permitted ...": harm done in the passive with no "by" is the doing of the actor before.
        const agentless = judgement.polarity === 'oppose' && candidates.some((m) => isPatient(tokens, m)) && !tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.lower === 'by');
        if (targets.length === 0 && (anaphoric || agentless) && previousActors && previousActors.block === sentence.block) targets = previousActors.actors.slice(0, 1);
        // "I disagree.": disagreement with no one named answers the last one who spoke.
        if (targets.length === 0 && judgement.code === 'REJECT' && lastHolder && lastHolder !== holder && lastHolder !== voice.holder) targets = [{ entity: lastHolder } as ResolvedMention];
        const label = SPEAKER_LABEL.exec(ctx.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
        const start = label ? sentence.start + label[0].length : sentence.start;
        for (const target of targets.slice(0, Math.max(2, demanded.length))) {
          // "the former cracked down ..., while the latter opened up": each target is judged by its own clause when it has cues.
          const own = target.tokenEnd > target.tokenStart ? judge(segmentHits(tokens, outside, target, sentence), 0) : undefined;
          stances.push(makeStance(ctx, holder, target.entity, own ?? judgement, start, sentence.end));
        }
        lastHolder = holder;
      }
    }
    const actors = rankTargets(tokens, candidates, new Set(voice ? [voice.holder, voice.organisation ?? ''] : [])).filter((m) => !isLocative(tokens, m) && !isPatient(tokens, m));
    if (actors.length > 0) previousActors = { block: sentence.block, actors };
  }
  return dedupeStances(stances);
}

/** "A: ...", "Q: ...", "CABAR.asia: ...": a speaker label opening a turn is not part of the quote. */
export const SPEAKER_LABEL = /^(?:[AQ]|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}):[ \t]+/u;

export const ASKING = /^(call on|calls on|called on|urge|urges|urged|urging|asked|ask|appealed)$/;
const HELP_VERBS = new Set(['help', 'stabilise', 'stabilize', 'assist', 'support', 'protect', 'restore', 'mediate', 'invest', 'send', 'join', 'guarantee', 'secure', 'rebuild', 'provide']);

/**
 * "Kazakhstan called on CSTO forces to stabilise the situation": asking someone to help is an
 * appeal to an ally, not a demand on an adversary.
 */
function askedForHelp(tokens: readonly Token[], clause: { action?: CueHit; end: number }): Judgement | undefined {
  if (!clause.action || !ASKING.test(clause.action.cue.phrase)) return undefined;
  for (let k = clause.action.end; k < Math.min(clause.end, clause.action.end + 8) - 1; k++) {
    if (tokens[k]!.lower === 'to' && HELP_VERBS.has(tokens[k + 1]!.lower)) return { code: 'APPEAL', polarity: 'support', confidence: 0.7 };
  }
  return undefined;
}

function dedupeStances(stances: readonly Stance[]): Stance[] {
  const byId = new Map<string, Stance>();
  for (const s of stances) {
    if (s.holder === s.target) continue;
    const seen = byId.get(s.id);
    if (!seen || seen.confidence < s.confidence) byId.set(s.id, s);
  }
  return [...byId.values()].sort((a, b) => a.span[0] - b.span[0] || (a.id < b.id ? -1 : 1));
}
