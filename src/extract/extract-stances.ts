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
 * "We have yet to see evidence of this") the main actor of the sentence before. Pure.
 */
import type { Polarity, StanceCode } from '../../schema/enums';
import { stanceKey } from '../../schema/keys';
import type { ReportedSpeech, Stance } from '../../schema/records';
import type { ResolvedMention } from '../resolve/resolved-mention';
import { evidenceAt } from './evidence';
import { compileCues, matchCues, type CueHit } from './match-cues';
import { ACTION_CUES, REPORTING_CUES, STANCE_CUES } from './stance-cues';
import type { Sentence, Token, TokenizedText } from './tokenize';

export interface Voice {
  /** Entity key of whoever speaks in this stretch of text. */
  holder: string;
  /** Entity key of the speaker's organisation, for "we". */
  organisation?: string;
}

export interface StanceContext {
  text: string;
  source: string;
  tokenized: TokenizedText;
  /** All resolved mentions, including pronouns. */
  mentions: readonly ResolvedMention[];
  reportedSpeech: readonly ReportedSpeech[];
  /** The voice at an offset: the answer's speaker, the author, or undefined (narration with no voice). */
  voiceAt: (offset: number) => Voice | undefined;
  /** Whether the offset lies in a question turn (questions are not stances). */
  isQuestion: (offset: number) => boolean;
  /** The organisation a person speaks for (WORKS_FOR / LEADS in this document), for "we". */
  organisationOf: (entity: string) => string | undefined;
}

const ALL_CUES = compileCues(STANCE_CUES);
const SENTIMENT_FLOOR = 0.35;
const ACTIONS = compileCues(ACTION_CUES);
const ACTOR_KINDS = new Set(['Person', 'Organisation', 'Country', 'Group', 'Region', 'Event', 'City']);
const SKIPPABLE_BETWEEN_SUBJECT_AND_VERB = new Set(['recently', 'also', 'has', 'have', 'had', 'then', 'later', 'again', 'previously', 'earlier', 'repeatedly', 'publicly', 'openly', 'today', 'yesterday', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'in', 'a', 'an', 'the', 'statement', 'interview', 'x', 'twitter', 'abroad', 'initially', 'once', 'both', 'all', 'already', 'still', 'just', 'now', 'never', 'always', 'often', 'long', 'strongly', 'sharply', 'swiftly', 'quickly', 'immediately', 'formally', 'officially']);
const SPEECH_NOUNS = new Set(['speech', 'statement', 'letter', 'remarks', 'comments', 'decision', 'decree', 'address', 'report', 'interview', 'post', 'announcement', 'claim', 'claims']);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'it', 'this', 'that']);
const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours']);
const CODE_STRENGTH: Record<StanceCode, number> = { THREATEN: 9, ACCUSE: 8, REJECT: 7, DEMAND: 6, CRITICISE: 5, PRAISE: 5, APPEAL: 3, OPTIMISTIC: 3, PESSIMISTIC: 3, COMMENT: 1 };

interface Clause {
  holder: string;
  /** Token range of the clause the holder speaks or acts in. */
  start: number;
  end: number;
  /** The subject mention (for the voice to comment on). */
  subject: ResolvedMention;
  /** The cue that made it a clause (an action cue, or undefined for reporting). */
  action?: CueHit;
}

interface Judgement {
  code: StanceCode;
  polarity: Polarity;
  confidence: number;
}

/** Decide code and polarity from the cue hits of a stretch of text. */
export function judge(hits: readonly CueHit[], sentiment: number): Judgement | undefined {
  // No cue word: a clearly positive or negative sentence (wink-nlp's sentiment) still says something.
  if (hits.length === 0) {
    if (Math.abs(sentiment) < SENTIMENT_FLOOR) return undefined;
    return sentiment > 0 ? { code: 'PRAISE', polarity: 'support', confidence: 0.45 } : { code: 'CRITICISE', polarity: 'oppose', confidence: 0.45 };
  }
  let best: CueHit | undefined;
  let support = 0;
  let oppose = 0;
  for (const hit of hits) {
    const flipped = hit.negated && hit.cue.polarity === 'support';
    const polarity = flipped ? 'oppose' : hit.cue.polarity;
    if (polarity === 'support') support += hit.cue.weight;
    if (polarity === 'oppose') oppose += hit.cue.weight;
    const strength = (h: CueHit) => h.cue.weight * 10 + CODE_STRENGTH[h.cue.code];
    if (!best || strength(hit) > strength(best)) best = hit;
  }
  const b = best!;
  let code: StanceCode = b.cue.code;
  let polarity: Polarity = b.cue.polarity;
  if (b.negated && b.cue.polarity === 'support') {
    code = 'CRITICISE';
    polarity = 'oppose';
  }
  // Mixed only when praise and blame weigh about the same; otherwise the heavier side decides,
  // and the category is that side's strongest cue, so code and polarity never disagree.
  if (support > 0 && oppose > 0 && Math.min(support, oppose) >= Math.max(support, oppose) * 0.8) polarity = 'mixed';
  else if ((support > oppose && polarity === 'oppose') || (oppose > support && polarity === 'support')) {
    const side = support > oppose ? 'support' : 'oppose';
    const strongest = [...hits]
      .filter((h) => (h.negated && h.cue.polarity === 'support' ? 'oppose' : h.cue.polarity) === side)
      .sort((x, y) => y.cue.weight * 10 + CODE_STRENGTH[y.cue.code] - (x.cue.weight * 10 + CODE_STRENGTH[x.cue.code]))[0]!;
    polarity = side;
    code = strongest.negated && strongest.cue.polarity === 'support' ? 'CRITICISE' : strongest.cue.code;
  }
  if (polarity === 'neutral' && Math.abs(sentiment) >= 0.3) polarity = sentiment > 0 ? 'support' : 'oppose';
  const confidence = Math.min(0.95, 0.45 + 0.08 * b.cue.weight + 0.04 * (hits.length - 1));
  return { code, polarity, confidence: Math.round(confidence * 100) / 100 };
}

function mentionsIn(ctx: StanceContext, sentence: Sentence): ResolvedMention[] {
  return ctx.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.tokenEnd > m.tokenStart);
}

/** Mentions that could be the target of a stance: actors, not modifiers. */
function candidateTargets(ms: readonly ResolvedMention[], tokens: readonly Token[]): ResolvedMention[] {
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
function isLocative(tokens: readonly Token[], m: ResolvedMention): boolean {
  const prev = tokens[m.tokenStart - 1]?.lower;
  const prev2 = tokens[m.tokenStart - 2]?.lower;
  const locativePrep = (w?: string) => w === 'in' || w === 'across' || w === 'throughout' || w === 'within' || w === 'to' || w === 'from';
  if (m.kind === 'Group') return prev === 'in' || (prev === 'the' && prev2 === 'in');
  return (m.kind === 'Country' || m.kind === 'Region' || m.kind === 'City') && (locativePrep(prev) || (prev === 'the' && locativePrep(prev2)));
}

function skipToVerb(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  // An apposition between subject and verb: "Nurbek Zhoroev, leader of the Ordo party, accused ..."
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < limit && j - k <= 12 && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') j++;
    if (tokens[j]?.text === ',' && j > k + 1) k = j + 1;
  }
  while (k < limit && k - from < 6 && SKIPPABLE_BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower)) k++;
  return k;
}

const PLACE_KINDS = new Set(['Country', 'City', 'Region']);

/** Who speaks in a reported speech: the last actor named in its speaker phrase ("New York-based Committee to Protect Journalists" -> the committee). */
function speakerMention(ctx: StanceContext, rs: ReportedSpeech): ResolvedMention | undefined {
  const inside = ctx.mentions.filter((m) => m.start < rs.speakerSpan[1] && m.end > rs.speakerSpan[0] && m.tokenEnd > m.tokenStart && m.via !== 'demonym');
  return [...inside].reverse().find((m) => isHolderMention(m));
}

/**
 * Who can hold a stance: people, organisations, countries and named or qualified groups, but
 * not places ("BISHKEK, ... officials said") nor a vague crowd ("officials and colleagues said").
 */
function isHolderMention(m: ResolvedMention): boolean {
  if (PLACE_KINDS.has(m.kind) && m.kind !== 'Country') return false;
  if (m.kind === 'Group' && !m.known && !m.country && VAGUE_SPEAKERS.has(m.label ?? m.surface.toLowerCase())) return false;
  return true;
}

/** Collective nouns too vague to hold a position of their own. */
const VAGUE_SPEAKERS = new Set(['officials', 'colleagues', 'critics', 'analysts', 'experts', 'observers', 'sources', 'residents', 'witnesses', 'people', 'citizens', 'locals', 'users', 'commentators']);

/** Embedded clauses: reported speech and actions of a named subject. */
function findClauses(ctx: StanceContext, sentence: Sentence, ms: readonly ResolvedMention[]): Clause[] {
  const { tokens } = ctx.tokenized;
  const clauses: Clause[] = [];
  const tokenAt = (offset: number) => {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (tokens[k]!.end > offset) return k;
    return sentence.tokenEnd;
  };
  for (const rs of ctx.reportedSpeech) {
    if (rs.span[1] <= sentence.start || rs.span[0] >= sentence.end) continue;
    const speaker = speakerMention(ctx, rs);
    if (!speaker) continue;
    clauses.push({ holder: speaker.entity, subject: speaker, start: tokenAt(Math.max(rs.span[0], sentence.start)), end: Math.min(sentence.tokenEnd, tokenAt(rs.span[1]) + 1) });
  }
  for (const m of ms) {
    if (!ACTOR_KINDS.has(m.kind) || !isHolderMention(m) || m.via === 'demonym' || FIRST_PERSON_PLURAL.has(m.surface.toLowerCase()) || /^i$/i.test(m.surface)) continue;
    if (isLocative(tokens, m)) continue;
    let k = skipToVerb(tokens, m.tokenEnd, sentence.tokenEnd);
    // "Tokayev’s initial speech singling out ..."
    if (tokens[m.tokenEnd] && /^[’']s$/.test(tokens[m.tokenEnd]!.lower)) {
      let j = m.tokenEnd + 1;
      while (j < sentence.tokenEnd && j - m.tokenEnd < 4 && tokens[j]!.pos === 'ADJ') j++;
      if (SPEECH_NOUNS.has(tokens[j]?.lower ?? '')) k = j + 1;
      else continue;
    }
    if (k >= sentence.tokenEnd) continue;
    const verb = tokens[k]!;
    if (REPORTING_CUES.has(verb.lower)) {
      if (!clauses.some((c) => c.holder === m.entity)) clauses.push({ holder: m.entity, subject: m, start: k + 1, end: sentence.tokenEnd });
      continue;
    }
    const [action] = matchCues(tokens, k, Math.min(k + 4, sentence.tokenEnd), ACTIONS);
    if (action && action.start === k) clauses.push({ holder: m.entity, subject: m, start: k, end: clauseEnd(tokens, k, sentence.tokenEnd), action });
  }
  // ", threatening them with ...": a participle acting for the sentence's first actor.
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
    if (tokens[k - 1]!.text !== ',' || !tokens[k]!.lower.endsWith('ing')) continue;
    const [action] = matchCues(tokens, k, Math.min(k + 3, sentence.tokenEnd), ACTIONS);
    if (!action || action.start !== k) continue;
    const subject = ms.find((m) => ACTOR_KINDS.has(m.kind) && isHolderMention(m) && m.via !== 'demonym' && !isLocative(tokens, m) && m.tokenEnd <= k && !FIRST_PERSON_PLURAL.has(m.surface.toLowerCase()));
    if (subject && !clauses.some((c) => c.action && c.start === k)) clauses.push({ holder: subject.entity, subject, start: k, end: clauseEnd(tokens, k, sentence.tokenEnd), action });
  }
  return clauses;
}

/** A clause ends at a semicolon, a dash or ", while/but/and" that opens a new one. */
function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from + 1; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '–' || t.text === '—') return k;
    if (t.text === ',' && /^(while|but|whereas|although)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  }
  return limit;
}

function makeStance(ctx: StanceContext, holder: string, target: string, judgement: Judgement, start: number, end: number): Stance {
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

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const ANAPHORS = new Set(['this', 'that', 'it', 'these', 'those', 'such', 'he', 'she', 'they', 'him', 'her', 'them']);

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
function rankTargets(tokens: readonly Token[], candidates: readonly ResolvedMention[], exclude: ReadonlySet<string>): ResolvedMention[] {
  const seen = new Set<string>();
  const ordered: ResolvedMention[] = [];
  const pool = candidates.filter((m) => !exclude.has(m.entity));
  const primary = pool.filter((m) => !isLocative(tokens, m));
  for (const m of primary.length > 0 ? primary : pool) {
    if (seen.has(m.entity)) continue;
    seen.add(m.entity);
    ordered.push(m);
  }
  return ordered;
}

/**
 * Extract every stance of a document.
 * @example extractStances(ctx) // [{ holder: 'n:ivar-dale', target: 'Q...', code: 'CRITICISE', quote: '...' }]
 */
export function extractStances(ctx: StanceContext): Stance[] {
  const { tokens, sentences } = ctx.tokenized;
  const stances: Stance[] = [];
  let previousActors: { block: number; actors: ResolvedMention[] } | undefined;
  // The last quoted speaker per block, for quotes that continue after "..., X said."
  const quotedInBlock = new Map<number, Voice>();
  const firstQuoteInBlock = firstQuotedSpeakers(ctx);
  let lastHolder: string | undefined;

  for (const sentence of sentences) {
    const question = ctx.isQuestion(sentence.end - 1) || tokens[sentence.tokenEnd - 1]?.text === '?';
    const ms = mentionsIn(ctx, sentence);
    const candidates = candidateTargets(ms, tokens);
    const allClauses = findClauses(ctx, sentence, ms);
    // Speech that opens the sentence ("“...,” X said.") is the sentence's voice, not a clause inside it.
    const opening = allClauses.find((c) => !c.action && c.start <= sentence.tokenStart + 2 && c.end >= sentence.tokenEnd - 6);
    const clauses = allClauses.filter((c) => c !== opening);
    const inClause = new Set<number>();

    for (const clause of clauses) {
      for (let k = clause.start; k < clause.end; k++) inClause.add(k);
      const hits = clause.action ? [clause.action, ...matchCues(tokens, clause.action.end, clause.end, ALL_CUES)] : matchCues(tokens, clause.start, clause.end, ALL_CUES);
      const cued = judge(hits, sentence.sentiment);
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
      const weSpeak = quoted ? firstPersonPlural(tokens, sentence.tokenStart, sentence.tokenEnd) : ms.some((m) => FIRST_PERSON_PLURAL.has(m.surface.toLowerCase()) && m.tokenStart - sentence.tokenStart <= 3);
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
        // "We have yet to see convincing evidence of this": an anaphor points back at the actor before.
        const anaphoric = tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => ANAPHORS.has(t.lower));
        // "Opposition is not permitted ...": harm done in the passive with no "by" is the doing of the actor before.
        const agentless = judgement.polarity === 'oppose' && candidates.some((m) => isPatient(tokens, m)) && !tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.lower === 'by');
        if (targets.length === 0 && (anaphoric || agentless) && previousActors && previousActors.block === sentence.block) targets = previousActors.actors.slice(0, 1);
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

const MODALS = new Set(['should', 'must', 'need', 'needs', 'have', 'has', 'ought']);
const COPULAS = new Set(['are', 'is', 'am', "'re", '’re', 'were', 'was']);

/**
 * The subject right before a modal cue ("the Kyrgyz government should ..."), with everything
 * coordinated with it ("The European Union and the United States must ...").
 */
function modalSubjects(tokens: readonly Token[], hits: readonly CueHit[], candidates: readonly ResolvedMention[]): ResolvedMention[] {
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

/** "A: ...", "Q: ...", "CABAR.asia: ...": a speaker label opening a turn is not part of the quote. */
const SPEAKER_LABEL = /^(?:[AQ]|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}):[ \t]+/u;

/** "We are journalists": what the speakers call themselves is not the target of their words. */
function selfDescription(tokens: readonly Token[], m: ResolvedMention): boolean {
  const copula = tokens[m.tokenStart - 1];
  const subject = tokens[m.tokenStart - 2];
  return Boolean(copula && subject && COPULAS.has(copula.lower) && /^(we|i|they)$/i.test(subject.text));
}

const SEGMENT_BREAKS = new Set([';', '–', '—', ':', 'while', 'whereas', 'but', 'although', 'though']);

/** Cue hits in the clause of the sentence that holds the mention, between breaks such as ";", "–", "while", "but". */
function segmentHits(tokens: readonly Token[], hits: readonly CueHit[], m: ResolvedMention, sentence: Sentence): CueHit[] {
  let from = m.tokenStart;
  while (from > sentence.tokenStart && !SEGMENT_BREAKS.has(tokens[from - 1]!.lower)) from--;
  let to = m.tokenEnd;
  while (to < sentence.tokenEnd && !SEGMENT_BREAKS.has(tokens[to]!.lower)) to++;
  if (from === sentence.tokenStart && to === sentence.tokenEnd) return [];
  return hits.filter((h) => h.start >= from && h.start < to);
}

function voiceOf(ctx: StanceContext, holder: string): Voice {
  const organisation = ctx.organisationOf(holder);
  return organisation ? { holder, organisation } : { holder };
}

/** Whether "we", "our" or "us" speaks in tokens [from, to). */
function firstPersonPlural(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FIRST_PERSON_PLURAL.has(tokens[k]!.lower)) return true;
  return false;
}

const OPEN_QUOTES = /^["“«„]/;

/** The speaker of the first reported speech in each block, for a quote that comes before its attribution. */
function firstQuotedSpeakers(ctx: StanceContext): Map<number, string> {
  const out = new Map<number, string>();
  for (const rs of ctx.reportedSpeech) {
    const sentence = ctx.tokenized.sentences.find((s) => s.start <= rs.span[0] && rs.span[0] < s.end);
    if (!sentence || out.has(sentence.block)) continue;
    const speaker = speakerMention(ctx, rs);
    if (speaker) out.set(sentence.block, speaker.entity);
  }
  return out;
}

/** A sentence that opens with a quotation mark and names no speaker continues the block's quoted speaker. */
function continuedQuote(ctx: StanceContext, sentence: Sentence, quotedInBlock: ReadonlyMap<number, Voice>, firstInBlock: ReadonlyMap<number, string>): Voice | undefined {
  const first = ctx.tokenized.tokens[sentence.tokenStart];
  if (!first || !OPEN_QUOTES.test(first.text)) return undefined;
  const known = quotedInBlock.get(sentence.block);
  if (known) return known;
  const ahead = firstInBlock.get(sentence.block);
  return ahead ? voiceOf(ctx, ahead) : undefined;
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
