/**
 * Who a stance is about: actors rather than modifiers, places or victims, the subject of a demand,
 * and the clause of the sentence that judges each target.
 */
import type { ResolvedMention } from '../resolve/resolved-mention';
import { type CueHit } from './match-cues';
import type { Sentence, Token } from './tokenize';
import { ACTOR_KINDS } from './stance-context';

export const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it', 'this', 'that', 'its', 'their', 'his']);

/** Mentions that could be the target of a stance: actors, not modifiers. */
export function candidateTargets(ms: readonly ResolvedMention[], tokens: readonly Token[]): ResolvedMention[] {
  const qualifiers = new Set(ms.filter((m) => m.country).map((m) => m.country!));
  return ms.filter((m) => {
    if (!ACTOR_KINDS.has(m.kind)) return false;
    if (m.via === 'demonym') return false;
    // "Moscow-based outlet": the place only describes something else.
    if (tokens[m.tokenEnd]?.text === '-' && tokens[m.tokenEnd + 1]?.lower === 'based') return false;
    if (m.via === 'pronoun' && !OBJECT_PRONOUNS.has(m.surface.toLowerCase()) && !/^(he|she|his|her|its|their|they)$/i.test(m.surface)) return false;
    // "civil society in Kyrgyzstan": Kyrgyzstan qualifies the group; the group is the actor.
    if (qualifiers.has(m.entity) && ms.some((g) => g !== m && g.country === m.entity && g.start <= m.start && m.end <= g.end + 4)) return false;
    return true;
  });
}

/** Whether a mention sits in a locative phrase ("in Kazakhstan", "across Central Asia"). */
export function isLocative(tokens: readonly Token[], m: ResolvedMention): boolean {
  const prev = tokens[m.tokenStart - 1]?.lower;
  const prev2 = tokens[m.tokenStart - 2]?.lower;
  const locativePrep = (w?: string) => w === 'in' || w === 'across' || w === 'throughout' || w === 'within' || w === 'to' || w === 'from';
  if (m.kind === 'Group') return prev === 'in' || (prev === 'the' && prev2 === 'in');
  return (m.kind === 'Country' || m.kind === 'Region' || m.kind === 'City') && (locativePrep(prev) || (prev === 'the' && locativePrep(prev2)));
}

export const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

export const ANAPHORS = new Set(['this', 'that', 'it', 'these', 'those', 'such', 'he', 'she', 'they', 'him', 'her', 'them']);

/**
 * "Tazhimuratov, a journalist and lawyer, was sentenced to 16 years": the subject of a passive
 * verb suffers the act; blame in the sentence is not about it.
 */
export function isPatient(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenEnd;
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < tokens.length && j - k <= 10 && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'VERB') j++;
    if (tokens[j]?.text === ',') k = j + 1;
  }
  let sawAux = false;
  while (tokens[k] && (PASSIVE_AUX.has(tokens[k]!.lower) || /^(has|have|had|not|never)$/.test(tokens[k]!.lower) || tokens[k]!.pos === 'ADV')) {
    sawAux ||= PASSIVE_AUX.has(tokens[k]!.lower);
    k++;
  }
  const verb = tokens[k];
  return sawAux && Boolean(verb) && verb!.pos === 'VERB' && /(ed|en|wn|ght|pt|lt)$/.test(verb!.lower);
}

/** Order targets: the clause's subject first, then objects; locatives only when nothing else. */
export function rankTargets(tokens: readonly Token[], candidates: readonly ResolvedMention[], exclude: ReadonlySet<string>): ResolvedMention[] {
  const seen = new Set<string>();
  const ordered: ResolvedMention[] = [];
  const pool = candidates.filter((m) => !exclude.has(m.entity));
  const primary = pool.filter((m) => !isLocative(tokens, m));
  // "raids in Moscow and Saint Petersburg": a city only as the scene is no one's target.
  for (const m of primary.length > 0 ? primary : pool.filter((p) => p.kind !== 'City')) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    ordered.push(m);
  }
  return ordered;
}

export const MODALS = new Set(['should', 'must', 'need', 'needs', 'have', 'has', 'ought']);

export const COPULAS = new Set(['are', 'is', 'am', "'re", '’re', 'were', 'was']);

/**
 * The subject right before a modal cue ("the Kyrgyz government should ..."), with everything
 * coordinated with it ("The European Union and the United States must ...").
 */
export function modalSubjects(tokens: readonly Token[], hits: readonly CueHit[], candidates: readonly ResolvedMention[]): ResolvedMention[] {
  for (const hit of hits) {
    if (!MODALS.has(tokens[hit.start]!.lower)) continue;
    const before = [...candidates].reverse();
    const subject = before.find((m) => m.tokenEnd <= hit.start && hit.start - m.tokenEnd <= 2);
    if (!subject) continue;
    const subjects = [subject];
    let edge = subject.tokenStart;
    for (const m of before) {
      if (m.tokenEnd > edge) continue;
      const gap = tokens.slice(m.tokenEnd, edge).map((t) => t.lower);
      if (gap.length === 0 || gap.length > 3 || !gap.every((w) => /^(and|or|,|the|both)$/.test(w)) || !gap.some((w) => w === 'and' || w === 'or' || w === ',')) break;
      subjects.unshift(m);
      edge = m.tokenStart;
    }
    return subjects;
  }
  return [];
}

/** "We are journalists": what the speakers call themselves is not the target of their words. */
export function selfDescription(tokens: readonly Token[], m: ResolvedMention): boolean {
  const copula = tokens[m.tokenStart - 1];
  const subject = tokens[m.tokenStart - 2];
  return Boolean(copula && subject && COPULAS.has(copula.lower) && /^(we|i|they)$/i.test(subject.text));
}

export const SEGMENT_BREAKS = new Set([';', '–', '—', ':', 'while', 'whereas', 'but', 'although', 'though']);

/** Cue hits in the clause of the sentence that holds the mention, between breaks such as ";", "–", "while", "but". */
export function segmentHits(tokens: readonly Token[], hits: readonly CueHit[], m: ResolvedMention, sentence: Sentence): CueHit[] {
  let from = m.tokenStart;
  while (from > sentence.tokenStart && !SEGMENT_BREAKS.has(tokens[from - 1]!.lower)) from--;
  let to = m.tokenEnd;
  while (to < sentence.tokenEnd && !SEGMENT_BREAKS.has(tokens[to]!.lower)) to++;
  if (from === sentence.tokenStart && to === sentence.tokenEnd) return [];
  return hits.filter((h) => h.start >= from && h.start < to);
}
