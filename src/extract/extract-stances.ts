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
import type { Polarity } from '../../schema/enums';
import { stanceKey } from '../../schema/keys';
import type { Stance } from '../../schema/records';
import type { ResolvedMention } from './resolved-mention';
import { evidenceAt } from './evidence';
import type { Sentence, Token } from './tokenize';
import { compileCues, type CueHit, matchCues } from './match-cues';
import { STANCE_ENTRIES } from './stance-lexicon';
import { judge, type JudgedHit, type Judgement } from './judge-stance';
import { readAppeals } from './stance-appeals';
import { continuedQuote, firstQuotedSpeakers, voiceOf } from './quoted-voices';
import { type Clause, findClauses, firstPersonPlural, speakerMention } from './stance-clauses';
import { actorOfActReferredTo } from './act-reference';
import { isImpersonalObligation } from './impersonal-obligation';
import { impliedGovernment, isHarmCode, placeOfConcern } from './implied-government';
import { mentionsIn, speechIn, type StanceContext, type Voice } from './stance-context';
import { aimedAtScourge } from './scourge-object';
import { isReportSource } from './report-source';
import { withForbiddenHarm } from './forbidden-harm';
import { loadNameWords } from '../read/load-name-words';
import {
  ANAPHORS,
  OBJECT_PRONOUNS,
  askedFor,
  candidateTargets,
  concernAbout,
  isActObject,
  isAddressee,
  isActOfAnother,
  isLocative,
  isPassiveAct,
  isPassiveVerb,
  isPatient,
  modalSubjects,
  obligesNoOne,
  outsideAppealContent,
  rankTargets,
  segmentHits,
  selfDescription,
} from './stance-targets';

export const ALL_CUES = compileCues(STANCE_ENTRIES);

/** Sentence-internal words that open an aside in brackets of more than one word: "(outlawed in Russia)", not "(UNRCCA)". */
function bracketedAsides(tokens: readonly Token[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== '(') continue;
    let close = k + 1;
    while (close < to && tokens[close]!.text !== ')' && close - k <= 20) close++;
    if (tokens[close]?.text !== ')' || close - k <= 2) continue;
    for (let j = k + 1; j < close; j++) out.add(j);
    k = close;
  }
  return out;
}

/** "the UN Regional Centre ... (UNRCCA)": an acronym in brackets right after its body's own mention names that body again. */
function isAcronymOf(tokens: readonly Token[], m: ResolvedMention, ms: readonly ResolvedMention[]): boolean {
  return tokens[m.tokenStart - 1]?.text === '(' && ms.some((o) => o.entity === m.entity && o.tokenEnd === m.tokenStart - 1);
}

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
 * What the stance pass carries from one sentence to the next. The pass is split into one function
 * per sentence, per clause and per voice, so V8 optimises each on its own: as one function of
 * some 7 KB of bytecode it took 0.5–0.9 CPU-s to compile, again after every deoptimisation, more
 * than the stance pass itself runs on the bench corpus.
 */
interface StanceRun {
  ctx: StanceContext;
  tokens: readonly Token[];
  stances: Stance[];
  previousActors: { block: number; actors: ResolvedMention[] } | undefined;
  // The last quoted speaker per block, for quotes that continue after "..., X said."
  quotedInBlock: Map<number, Voice>;
  firstQuoteInBlock: Map<number, string>;
  lastHolder: string | undefined;
  // The sentence lastHolder spoke in: a rebuttal answers someone who spoke before, never the one
  // whose sentence reports it ("Bekova said the police denied any abuse").
  lastHolderSentence: number;
  // Looked up per sentence: a set, so a long text does not scan all its mentions for each one.
  personsMentioned: ReadonlySet<string>;
}

/** One sentence as its clauses and its voice read it. */
interface SentenceScope {
  sentenceIndex: number;
  sentence: Sentence;
  question: boolean;
  ms: readonly ResolvedMention[];
  candidates: readonly ResolvedMention[];
  aside: ReadonlySet<number>;
  clauses: readonly Clause[];
  opening: Clause | undefined;
  /** Tokens inside a clause, filled as the clauses are read. */
  inClause: Set<number>;
  /** The cues of the whole sentence, matched on first use. */
  sentenceCues: () => CueHit[];
  /** Spans of speech reported of someone the text does not name ("Analysts say ..."). */
  unvoiced: readonly (readonly [number, number])[];
}

/** Whether an offset lies in speech reported of someone the text does not name. */
function inUnvoiced(scope: SentenceScope, offset: number): boolean {
  return scope.unvoiced.some(([a, b]) => offset >= a && offset < b);
}

/** What the voice of a sentence says outside its clauses. */
interface VoiceReading {
  voice: Voice;
  /** The speaker quoted in the sentence, when it is they who speak. */
  quoted: Voice | undefined;
  inSentence: readonly CueHit[];
  own: readonly CueHit[];
  read: readonly JudgedHit[];
  possessed: readonly { hit: JudgedHit; owner: ResolvedMention }[];
}

/**
 * Extract every stance of a document.
 * @example extractStances(ctx) // [{ holder: 'n:aida-bekova', target: 'Q...', code: '111', quote: '...' }]
 */
export function extractStances(ctx: StanceContext): Stance[] {
  const run: StanceRun = {
    ctx,
    tokens: ctx.tokenized.tokens,
    stances: [],
    previousActors: undefined,
    quotedInBlock: new Map<number, Voice>(),
    firstQuoteInBlock: firstQuotedSpeakers(ctx),
    lastHolder: undefined,
    lastHolderSentence: -1,
    personsMentioned: new Set(ctx.mentions.filter((m) => m.kind === 'Person').map((m) => m.entity)),
  };
  for (const [sentenceIndex, sentence] of ctx.tokenized.sentences.entries()) sentenceStances(run, sentenceIndex, sentence);
  return withoutCountryBesideItsGovernment(ctx, dedupeStances(run.stances.filter((s) => !isSelfDescription(ctx, s, run.personsMentioned))));
}

function sentenceStances(run: StanceRun, sentenceIndex: number, sentence: Sentence): void {
  const { ctx, tokens, stances } = run;
  if (ctx.isCaption?.(sentence.start)) return;
  const question = ctx.isQuestion(sentence.end - 1) || tokens[sentence.tokenEnd - 1]?.text === '?';
  const ms = mentionsIn(ctx, sentenceIndex);
  // "told reporters", "in an interview with the BBC": whom a speaker addresses is not what they speak about.
  // "..., the State Department said on Monday": whom a closing attribution names as speaking is no
  // one's target in that sentence (a voice may still judge someone who speaks first: "X says ...").
  const speakers = speechIn(ctx, sentenceIndex)
    .filter((rs) => rs.speakerSpan[0] >= rs.span[1])
    .map((rs) => rs.speakerSpan);
  // "the radical Taliban movement (outlawed in Russia)": a bracketed aside is the writer's, in no one's clause.
  const aside = bracketedAsides(tokens, sentence.tokenStart, sentence.tokenEnd);
  const candidates = candidateTargets(ms, tokens).filter(
    (m) => !isAddressee(tokens, m) && !speakers.some(([a, b]) => m.start < b && m.end > a) && !(aside.has(m.tokenStart) && !isAcronymOf(tokens, m, ms)),
  );
  const allClauses = findClauses(ctx, sentenceIndex, ms);
  // "Analysts say the government is corrupt", "some observers say the move is a power grab": words
  // reported of someone the text does not name are theirs, not the voice's; no one holds them.
  const unvoiced = speechIn(ctx, sentenceIndex)
    .filter((rs) => !speakerMention(ctx, rs))
    .map((rs) => [Math.min(rs.span[0], rs.speakerSpan[0]), Math.max(rs.span[1], rs.speakerSpan[1])] as const);
  // Speech that opens the sentence ("“...,” X said.") is the sentence's voice, not a clause inside it.
  const opening = allClauses.find((c) => !c.action && c.start <= sentence.tokenStart + 2 && c.end >= sentence.tokenEnd - 6);
  const clauses = allClauses.filter((c) => c !== opening);
  let sentenceHits: CueHit[] | undefined;
  const sentenceCues = () => (sentenceHits ??= matchCues(tokens, sentence.tokenStart, sentence.tokenEnd, ALL_CUES));
  const scope: SentenceScope = { sentenceIndex, sentence, question, ms, candidates, aside, clauses, opening, inClause: new Set<number>(), sentenceCues, unvoiced };

  for (const clause of clauses) clauseStances(run, scope, clause);

  const quoted = opening ? voiceOf(ctx, opening.holder) : continuedQuote(ctx, sentence, run.quotedInBlock, run.firstQuoteInBlock);
  if (opening) run.quotedInBlock.set(sentence.block, quoted!);
  const voice = question ? undefined : (quoted ?? ctx.voiceAt(sentence.end - 1));
  // "Their request was turned down": an act in the passive is its agent's, not the voice's.
  // The clauses may have matched the sentence's cues already; no pass changes a hit, so they are shared.
  const inSentence = withForbiddenHarm(
    tokens,
    sentenceCues().map((h) => aimedAtScourge(tokens, h)),
  );
  const matched = inSentence.filter((hit) => !scope.inClause.has(hit.start) && !inUnvoiced(scope, tokens[hit.start]!.start));
  const own = matched.filter((hit) => !isPassiveAct(tokens, hit) && !isActOfAnother(tokens, hit, sentence.tokenStart));
  const read: JudgedHit[] = readAppeals(tokens, own, sentence.tokenEnd).filter((h) => !obligesNoOne(tokens, h, ms));
  // "the experts' criticism of the government": a judgement named as a noun with an actor as
  // its possessor is that actor's stance, reported; it is not the voice's own, and it is there
  // whether or not the sentence has a voice (an unsigned analysis reports it as well).
  const possessed = question
    ? []
    : read.flatMap((hit) => {
        // Only a noun that names a judging ("criticism", "concern"): "Kyrgyzstan's progress" judges Kyrgyzstan.
        const judging = hit.cue.kind === 'evaluative' && hit.cue.possessorHolds && tokens[hit.start]?.pos === 'NOUN';
        const owner = judging ? possessorOf(tokens, candidates, hit.start) : undefined;
        return owner ? [{ hit, owner }] : [];
      });
  for (const { hit, owner } of possessed) {
    const judged = judge([hit], 0);
    if (!judged) continue;
    const about = rankTargets(
      tokens,
      candidates.filter((m) => m.tokenStart >= hit.end && m.entity !== owner.entity),
      new Set([owner.entity]),
    ).filter((m) => !isLocative(tokens, m));
    for (const target of about.slice(0, 2)) stances.push(makeStance(ctx, owner.entity, target.entity, judged, sentence.start, sentence.end));
  }
  if (voice) voiceStances(run, scope, { voice, quoted, inSentence, own, read, possessed });
  // A region that qualifies a post is no actor "they" can point back at ("said X, Europe and Central Asia director at Y. “They cannot ...”").
  const actors = rankTargets(tokens, candidates, new Set(voice ? [voice.holder, voice.organisation ?? ''] : [])).filter(
    (m) => !(m.kind === 'Region' && qualifiesPost(tokens, m)) && !isLocative(tokens, m) && !isPatient(tokens, m),
  );
  if (actors.length > 0) run.previousActors = { block: sentence.block, actors };
}

/** The stances of one clause: what its holder says or does, and about whom. */
function clauseStances(run: StanceRun, scope: SentenceScope, clause: Clause): void {
  const { ctx, tokens, stances } = run;
  const { sentence, sentenceIndex, question, ms, candidates, aside, clauses, sentenceCues } = scope;
  for (let k = clause.start; k < clause.end; k++) scope.inClause.add(k);
  const all = withForbiddenHarm(
    tokens,
    (clause.action ? [clause.action, ...matchCues(tokens, clause.action.end, clause.end, ALL_CUES)] : matchCues(tokens, clause.start, clause.end, ALL_CUES)).map((h) =>
      aimedAtScourge(tokens, h),
    ),
  );
  const found = all.filter((h) => h === clause.action || (!isActOfAnother(tokens, h, clause.action?.end ?? clause.start) && !aside.has(h.start)));
  // "The police denied any abuse": the harm a denial is about is denied, not stated, whether the
  // denial is read as the clause's act or as the verb that introduces its speech.
  const denial = clause.action ? clause.action.cue.code === '120' : DENIAL_LEMMAS.has(tokens[clause.start - 1]?.lemma ?? '');
  const stated = withDeniedHarm(tokens, all, denial ? clause.start : undefined).filter((h) => found.some((f) => f.start === h.start && f.cue === h.cue));
  const hits = readAppeals(tokens, stated, clause.end).filter((h) => !obligesNoOne(tokens, h, ms));
  // The tone of a sentence that reports another's act is not the reporter's judgement.
  // A person or a watchdog reported saying that harm was done ("Bekova said the detainees had
  // been tortured") charges whoever did it, as they would in their own words.
  const accuses = !clause.action && (run.personsMentioned.has(clause.holder) || ctx.isMonitor?.(clause.holder) === true);
  const cued = asRecommendation(tokens, judge(hits, found.length < all.length ? 0 : sentence.sentiment, { eventsAccuse: accuses }), hits, clause.start, clause.end);
  // "Tokayev did not criticise Russia": an act denied is no stance at all.
  if (clause.action && !cued) return;
  // A question may report what someone did ("Kazakhstan called on CSTO forces ..."), never what the interviewer thinks.
  if (question && (!cued || tokens[sentence.tokenEnd - 1]?.text === '?')) return;
  const holder = firstPersonPlural(tokens, clause.start, clause.end) ? (ctx.organisationOf(clause.holder) ?? clause.holder) : clause.holder;
  // A place named only as where something happened ("terrorists in Kazakhstan") is not what a report is about.
  let targets = rankTargets(
    tokens,
    // The act's victim is looked for in the whole sentence: in the passive ("The arrests of
    // journalists were criticised by ...") the act comes before the verb that judges it.
    candidates.filter(
      (m) =>
        m.tokenStart >= clause.start &&
        m.tokenEnd <= clause.end &&
        // "Tokayev blamed gangs, an accusation rejected by opposition activists": the agent of
        // another's judgement in the passive judges in turn; it is not the one blamed.
        !clauses.some((c) => c !== clause && c.byAgent && c.subject.tokenStart === m.tokenStart) &&
        // "Boucher said America believes the government is lying": the subject of the speech reported
        // within the speech speaks in turn; it is no target for speaking.
        !(m.tokenStart <= clause.start + 2 && clauses.some((c) => c !== clause && !c.action && c.start > clause.start && c.subject.tokenStart === m.tokenStart)) &&
        !isAgentOfJudgement(tokens, m, [...hits, ...sentenceCues()], clause.action) &&
        // Whom the act befell is no target of the charge, but may be of the call to undo it ("to free the detained journalists").
        !(cued?.polarity === 'oppose' && isActObject(tokens, m, [...hits, ...sentenceCues()]) && !askedFor(hits, m, tokens)),
    ),
    new Set([clause.holder, holder]),
  ).filter((m) => !isLocative(tokens, m));
  // "threatening them": the object pronoun points back to the last actor before the verb.
  const objectPronoun = tokens[clause.action?.end ?? -1];
  if (objectPronoun && OBJECT_PRONOUNS.has(objectPronoun.lower)) {
    // "his", "her", "him" point back at a person, "its" at a body or a state; never at the
    // holder's own post named before the name ("OSCE representative X called for his release").
    const fits = (m: ResolvedMention) =>
      /^(?:his|her|him)$/.test(objectPronoun.lower) ? m.kind === 'Person' : objectPronoun.lower === 'its' ? m.kind !== 'Person' && m.kind !== 'Group' : true;
    const antecedent = [...candidates]
      .reverse()
      .find((m) => m.tokenEnd <= clause.start && m.entity !== clause.holder && m.via !== 'pronoun' && m.tokenEnd !== clause.subject.tokenStart && fits(m));
    if (antecedent) targets = [antecedent, ...targets.filter((t) => t.entity !== antecedent.entity)];
  }
  // "The ministry rejected the accusation": a rebuttal with no one named answers the last speaker.
  if (targets.length === 0 && cued?.code.startsWith('12') && run.lastHolder && run.lastHolder !== holder && run.lastHolderSentence < sentenceIndex)
    targets = [{ entity: run.lastHolder } as ResolvedMention];
  // "Press groups condemned the move": an act the text reported before is its actor's.
  if (targets.length === 0 && cued?.polarity === 'oppose' && ctx.events) {
    const actor = actorOfActReferredTo(tokens, ctx.events, clause.start, clause.end);
    if (actor && actor !== holder) targets = [unnamed(actor)];
  }
  // "He said the trial was politically motivated": an act of unnamed authorities is the government's.
  if (targets.length === 0 && cued?.polarity === 'oppose') {
    const government = impliedGovernment({ tokens, mentions: ms, hits, from: clause.start, to: clause.end, governmentOf: ctx.governmentOf, focusCountry: ctx.focusCountry });
    if (government && government !== holder && !isOwnGovernment(run, holder, government)) targets = [unnamed(government)];
  }
  let concernedAbout: Judgement | undefined;
  if (targets.length === 0 && cued) {
    const place = placeOfConcern(hits, ms, clause.start, clause.end);
    if (place && place !== holder) {
      targets = [unnamed(place)];
      concernedAbout = { code: '012', polarity: 'neutral', confidence: 0.5 };
    }
  }
  // Without a cue, a report is a neutral comment about one named actor at most.
  const chosen = cued
    ? outsideAppealContent(hits, targets, tokens).slice(0, clause.action ? 3 : 2)
    : targets.filter((t) => t.kind === 'Person' || t.kind === 'Organisation').slice(0, 1);
  const judgement = cued ?? { code: '010' as const, polarity: 'neutral' as Polarity, confidence: 0.4 };
  // "A, B and C condemn ...": when the subject is one of a joint statement's issuers, all of them hold it.
  // Asked only when there is a target: a clause may start past the last token (fuzz seed 31, case 452).
  const issuers = chosen.length > 0 ? jointIssuers(ctx.voiceAt(tokens[clause.start]!.start), holder) : [];
  for (const target of chosen) {
    const start = Math.min(clause.subject.start, tokens[clause.start]!.start);
    const judged = concernedAbout ?? askedFor(hits, target, tokens) ?? concernAbout(tokens, hits, target) ?? judgement;
    for (const issuer of issuers) if (issuer !== target.entity) stances.push(makeStance(ctx, issuer, target.entity, judged, start, tokens[clause.end - 1]!.end));
  }
  run.lastHolder = holder;
  run.lastHolderSentence = sentenceIndex;
}

/** What the voice of a sentence (the turn's speaker, the author, a speaker quoted) says outside its clauses, and of whom. */
function voiceStances(run: StanceRun, scope: SentenceScope, reading: VoiceReading): void {
  const { ctx, tokens, stances } = run;
  const { sentence, sentenceIndex, ms, candidates, clauses, opening } = scope;
  const { voice, quoted, inSentence, own, read, possessed } = reading;
  const outside = read.filter((hit) => !possessed.some((p) => p.hit === hit));
  // A voice of its own accuses by stating acts, and so does a person quoted in their own words
  // ("“The authorities punished him for his posts,” the lawyer said"); an institution quoted on
  // what happened ("“Police detained five people,” the ministry said") reports, it does not accuse.
  // The tone of a sentence whose words belong to another's act or speech is not the voice's judgement.
  const personQuoted = quoted !== undefined && run.personsMentioned.has(quoted.holder);
  // So is the tone of a sentence that reports another's speech or act in a clause: in a column,
  // "Japarov considers the reform a success" is Japarov's praise, not the author's.
  const tone = own.length < inSentence.length || clauses.length > 0 || scope.unvoiced.length > 0 ? 0 : sentence.sentiment;
  // A watchdog quoted on what the authorities did ("Police beat detainees, Human Rights Watch
  // said") charges them as a person quoted in their own words does.
  const monitorQuoted = quoted !== undefined && ctx.isMonitor?.(quoted.holder) === true;
  const judgement = asRecommendation(tokens, judge(outside, tone, { eventsAccuse: !quoted || personQuoted || monitorQuoted }), outside, sentence.tokenStart, sentence.tokenEnd);
  const weSpeak = quoted
    ? firstPersonPlural(tokens, sentence.tokenStart, sentence.tokenEnd)
    : firstPersonPlural(tokens, sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + 4));
  const holder = weSpeak && voice.organisation ? voice.organisation : voice.holder;
  const exclude = new Set([voice.holder, ...(voice.organisation ? [voice.organisation] : []), ...(voice.coHolders ?? []), ...possessed.map((p) => p.owner.entity)]);
  // "The alliance was founded to deal with outside threats": a voice of its own that says
  // something of an actor without judging it makes a statement about it (CAMEO 010).
  // Only the tone of the sentence (no lexicon word) judges nothing by itself: then too it is a statement.
  const topic = !quoted && outside.length === 0 && clauses.length === 0 ? sentenceSubject(tokens, candidates, sentence.tokenStart) : undefined;
  const before = stances.length;
  if (judgement) {
    const subjects = clauses.map((c) => c.subject).filter((x) => !exclude.has(x.entity));
    const reportedFrom = judgement.polarity === 'oppose' ? accountStart(tokens, candidates, outside) : undefined;
    const free = candidates.filter(
      (m) =>
        !clauses.some((c) => m.tokenStart >= c.start && m.tokenEnd <= c.end) &&
        !inUnvoiced(scope, m.start) &&
        !selfDescription(tokens, m) &&
        // Whom the act befell is no target of the charge, but may be of the call to undo it ("must release all political prisoners").
        !(judgement.polarity === 'oppose' && isActObject(tokens, m, outside) && !askedFor(outside, m, tokens)) &&
        !(judgement.polarity !== 'support' && isPatient(tokens, m)) &&
        // "received a letter from X on the detention of reporters by Y": X gives the account the
        // words after it judge; neither X nor Y is charged by the voice.
        !(reportedFrom !== undefined && m.tokenStart >= reportedFrom) &&
        // In "“...”, X said in an interview with Y", only the quote speaks about anyone.
        (!opening || (m.tokenStart >= opening.start && m.tokenEnd <= opening.end)),
    );
    // "The Kazakh authorities must release the activists": a demand is made of the modal's subject.
    const demanded = outside.some((h) => h.cue.kind === 'modal') ? modalSubjects(tokens, outside, free) : [];
    const others = demanded.length > 0 ? demanded : rankTargets(tokens, free, exclude);
    let targets = [...subjects, ...others.filter((o) => !subjects.some((x) => x.entity === o.entity) && !exclude.has(o.entity))];
    // Only the tone of the sentence judges (no lexicon word): it is about the sentence's subject,
    // never about a place or a body it merely mentions ("My career has taken me to wonderful
    // places such as Prague" praises no Prague).
    if (outside.length === 0 && clauses.length === 0) {
      const subject = sentenceSubject(tokens, candidates, sentence.tokenStart);
      // The subject of the sentence, else of a clause inside it ("..., which shows that the union rarely protects ...").
      targets = subject && !exclude.has(subject.entity) ? [subject] : targets.filter((t) => t.tokenEnd > t.tokenStart && isClauseSubject(tokens, t)).slice(0, 1);
    }
    // "urged the authorities to free the detainees": whoever is to be freed or helped is a target too.
    const asked = free.filter((m) => askedFor(outside, m, tokens) && !exclude.has(m.entity) && !targets.some((t) => t.entity === m.entity));
    // "We have seen no proof of this": an anaphor points back at the actor before.
    // An anaphor already resolved ("“...,” it said", with "it" the body named before) points nowhere else.
    const resolved = (k: number) => ms.some((m) => m.tokenStart <= k && k < m.tokenEnd);
    let anaphoric = false;
    // "this sentence", "that decision": a demonstrative before a noun points at a thing, not at an actor.
    const determiner = (k: number) => /^(?:this|that|these|those|such)$/.test(tokens[k]!.lower) && /^(?:NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
    for (let k = sentence.tokenStart; k < sentence.tokenEnd && !anaphoric; k++) anaphoric = ANAPHORS.has(tokens[k]!.lower) && !resolved(k) && !determiner(k);
    // "Opposition is not permitted ...": harm done in the passive with no "by" is the doing of the actor before.
    const passiveHarm = candidates.some((m) => isPatient(tokens, m)) || outside.some((h) => h.cue.kind === 'event' && isPassiveVerb(tokens, h.start));
    const agentless = judgement.polarity === 'oppose' && passiveHarm && !tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.lower === 'by');
    // The tone alone of "This is not true" or "It is the right thing to do" judges a claim or a
    // deed, not the actor before; "he", "they" point back at an actor.
    // "Russia is our ally. We are united by bonds of friendship": praise that opens with "we" or
    // "our" and names no one speaks of a tie with the actor named just before in the paragraph.
    const sharedTie =
      outside.length > 0 && judgement.polarity === 'support' && firstPersonPlural(tokens, sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + 2));
    const reachesBack = outside.length > 0 ? anaphoric || agentless || sharedTie : tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => PERSONAL_ANAPHORS.has(t.lower));
    if (targets.length === 0 && reachesBack && run.previousActors && run.previousActors.block === sentence.block) targets = run.previousActors.actors.slice(0, 1);
    // "I disagree.": disagreement with no one named answers the last one who spoke.
    if (targets.length === 0 && judgement.code.startsWith('12') && run.lastHolder && run.lastHolder !== holder && run.lastHolder !== voice.holder)
      targets = [{ entity: run.lastHolder } as ResolvedMention];
    // "We condemn this decision": an act the text reported before is its actor's.
    if (targets.length === 0 && judgement.polarity === 'oppose' && ctx.events) {
      const actor = actorOfActReferredTo(tokens, ctx.events, sentence.tokenStart, sentence.tokenEnd);
      if (actor && actor !== holder && !exclude.has(actor)) targets = [unnamed(actor)];
    }
    // "We are concerned about the detention of journalists": the unnamed authorities who detain.
    if (targets.length === 0 && judgement.polarity === 'oppose') {
      const government = impliedGovernment({
        tokens,
        mentions: ms,
        hits: outside,
        from: sentence.tokenStart,
        to: sentence.tokenEnd,
        governmentOf: ctx.governmentOf,
        focusCountry: ctx.focusCountry,
      });
      if (government && !exclude.has(government) && !isOwnGovernment(run, holder, government)) targets = [unnamed(government)];
    }
    let concernedAbout: Judgement | undefined;
    if (targets.length === 0) {
      const place = placeOfConcern(outside, ms, sentence.tokenStart, sentence.tokenEnd);
      if (place && !exclude.has(place)) {
        targets = [unnamed(place)];
        concernedAbout = { code: '012', polarity: 'neutral', confidence: 0.5 };
      }
    }
    const start = afterSpeakerLabel(ctx.text, sentence);
    for (const target of [...outsideAppealContent(outside, targets, tokens).slice(0, Math.max(2, demanded.length)), ...asked]) {
      // "the former cracked down ..., while the latter opened up": each target is judged by its own clause when it has cues.
      const segment = target.tokenEnd > target.tokenStart ? judge(segmentHits(tokens, outside, target, sentence), 0) : undefined;
      stances.push(
        makeStance(
          ctx,
          holder,
          target.entity,
          concernedAbout ?? askedFor(outside, target, tokens) ?? concernAbout(tokens, outside, target) ?? segment ?? judgement,
          start,
          sentence.end,
        ),
      );
    }
    run.lastHolder = holder;
    run.lastHolderSentence = sentenceIndex;
  }
  // "There needs to be more transparency in the tender": in a text about one country, a recommendation to its authorities.
  if (stances.length === before && ctx.focusCountry && ctx.governmentOf && isImpersonalObligation(tokens, sentence.tokenStart, sentence.tokenEnd)) {
    const government = ctx.governmentOf(ctx.focusCountry);
    if (government && !exclude.has(government) && !ctx.sideOf?.(holder, government)) {
      stances.push(makeStance(ctx, holder, government, { code: '020', polarity: 'neutral', confidence: 0.45 }, afterSpeakerLabel(ctx.text, sentence), sentence.end));
    }
  }
  if (topic && stances.length === before && !exclude.has(topic.entity)) {
    stances.push(makeStance(ctx, holder, topic.entity, { code: '010', polarity: 'neutral', confidence: 0.4 }, afterSpeakerLabel(ctx.text, sentence), sentence.end));
  }
  // A joint statement: every issuer holds what the voice says.
  for (const own of stances.slice(before)) {
    if (own.holder !== voice.holder && own.holder !== voice.organisation) continue;
    // The issuers together are one side: none of them takes a position on the first one's own.
    if (ctx.sideOf?.(own.holder, own.target)) continue;
    for (const co of voice.coHolders ?? []) {
      if (co !== own.target) stances.push(makeStance(ctx, co, own.target, { code: own.code, polarity: own.polarity, confidence: own.confidence }, own.span[0], own.span[1]));
    }
  }
}

/** Whether a few names and "and" after `m` end on a title: "Europe and Central Asia director", "Asia programme head". */
function qualifiesPost(tokens: readonly Token[], m: ResolvedMention): boolean {
  const { titles } = loadNameWords();
  for (let k = m.tokenEnd; k < tokens.length && k - m.tokenEnd < 6 && tokens[k]!.sentence === m.sentence; k++) {
    const t = tokens[k]!;
    if (titles.has(t.lower)) return true;
    if (t.pos !== 'PROPN' && t.pos !== 'CCONJ' && t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * Where another's account starts in the sentence: at the body a letter or a report is from, when
 * every word that opposes comes after it ("has received a letter from X with information on
 * cases of excessive force"). What follows is the account, not the voice's own charge.
 */
function accountStart(tokens: readonly Token[], candidates: readonly ResolvedMention[], hits: readonly CueHit[]): number | undefined {
  const source = candidates.find((m) => isReportSource(tokens, m));
  if (!source || !hits.every((h) => h.cue.polarity !== 'oppose' || h.start >= source.tokenEnd)) return undefined;
  return source.tokenStart;
}

/**
 * "All complaints of ill-treatment will be thoroughly investigated", a ministry's statement says:
 * a body of a state that names harm with no one who did it reports or answers it; it does not
 * accuse its own government. A person may ("the deputy said detainees had been beaten"): an MP
 * is often the government's critic.
 */
function isOwnGovernment(run: StanceRun, holder: string, government: string): boolean {
  return !run.personsMentioned.has(holder) && run.ctx.sideOf?.(holder, government) !== undefined;
}

/**
 * "there needs to be a credible and transparent assessment": the good words of an impersonal
 * obligation describe what is asked for, not whom it is asked of; the stretch is a recommendation
 * (020, neutral), not praise.
 */
function asRecommendation(tokens: readonly Token[], judged: Judgement | undefined, hits: readonly CueHit[], from: number, to: number): Judgement | undefined {
  if (judged?.polarity !== 'support' || !hits.every((h) => h.cue.polarity === 'support' && tokens[h.start]?.pos === 'ADJ')) return judged;
  return isImpersonalObligation(tokens, from, to) ? { code: '020', polarity: 'neutral', confidence: 0.45 } : judged;
}

/**
 * "On behalf of the ministry I thank ...", "the agency values its own office's work": what a
 * holder says of itself or its own side is no stance towards it. Criticism of one's own side stays
 * ("the president criticised his government's slow reforms"), unless the two are one body.
 */
function isSelfDescription(ctx: StanceContext, s: Stance, persons: ReadonlySet<string>): boolean {
  const side = ctx.sideOf?.(s.holder, s.target);
  if (side === 'self' || (side === 'side' && s.polarity !== 'oppose')) return true;
  // "The investigating authorities verify all information about violations", a ministry says: a
  // body of a state that names abuses beside its own side's bodies reports on them or answers for
  // them; it does not accuse its own side of them.
  return side === 'side' && s.code === '1122' && !persons.has(s.holder);
}

/**
 * Harm cues after a verb of denial in the same sentence are denied, not stated: "Bekova said the
 * police denied any abuse" states no abuse. `from`: a denial that introduces the stretch denies
 * everything from there.
 */
function withDeniedHarm(tokens: readonly Token[], hits: readonly CueHit[], from?: number): CueHit[] {
  const denials = hits.filter((h) => h.cue.code === '120' && tokens[h.start]?.pos === 'VERB').map((h) => h.end);
  if (from !== undefined) denials.push(from);
  if (denials.length === 0) return [...hits];
  return hits.map((h) =>
    isHarmCode(h) && !h.negated && denials.some((end) => end <= h.start && tokens[end - 1]!.sentence === tokens[h.start]!.sentence) ? { ...h, negated: true } : h,
  );
}

/** "rejected by opposition activists", "welcomed by Moscow": the agent after "by" of a participle that judges. */
function isAgentOfJudgement(tokens: readonly Token[], m: ResolvedMention, hits: readonly CueHit[], own: CueHit | undefined): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && m.tokenStart - k <= 3 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  if (tokens[k]?.lower !== 'by') return false;
  return hits.some((h) => h !== own && h.end === k && h.cue.kind === 'evaluative' && tokens[h.start]?.pos === 'VERB' && /(?:ed|en)$/u.test(tokens[h.start]!.lower));
}

/** Verbs of denial that also introduce speech ("denied that ..."): what follows them is denied. */
const DENIAL_LEMMAS: ReadonlySet<string> = new Set(STANCE_ENTRIES.filter((e) => e.speech && e.code === '120').map((e) => e.lemma));

/** Anaphors that point back at an actor rather than at a claim or a deed ("this", "it"). */
const PERSONAL_ANAPHORS = new Set(['he', 'she', 'they', 'him', 'her', 'them']);

/** The holders of a clause: its holder, and the other issuers of a joint statement when the holder is one of them. */
function jointIssuers(voice: Voice | undefined, holder: string): string[] {
  if (!voice?.coHolders?.length) return [holder];
  const all = [voice.holder, ...voice.coHolders];
  return all.includes(holder) ? [holder, ...all.filter((h) => h !== holder)] : [holder];
}

/** A target the sentence does not name: no tokens, so no clause of the sentence is read as its own. */
function unnamed(entity: string): ResolvedMention {
  return { entity, start: 0, end: 0, tokenStart: 0, tokenEnd: 0, sentence: -1, surface: '', kind: 'Organisation', via: 'alias' };
}

/** "A: ...", "Q: ...", "CABAR.asia: ...": a speaker label opening a turn is not part of the quote. */
/** Where a sentence's own words start: after a speaker label that opens it ("Q: ", "Bekova: "). */
function afterSpeakerLabel(text: string, sentence: Sentence): number {
  const label = SPEAKER_LABEL.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
  return label ? sentence.start + label[0].length : sentence.start;
}

export const SPEAKER_LABEL = /^(?:[AQ]|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}):[ \t]+/u;

const SUBJECT_KINDS = new Set(['Person', 'Organisation', 'Country', 'Group']);

/**
 * The grammatical subject of a sentence when it is an actor: the first mention, after at most a
 * determiner or an opening phrase closed by a comma ("In many ways, he ..."), followed by its verb.
 */
function sentenceSubject(tokens: readonly Token[], candidates: readonly ResolvedMention[], from: number): ResolvedMention | undefined {
  const m = candidates[0];
  if (!m || !SUBJECT_KINDS.has(m.kind) || (m.kind === 'Group' && !m.known && !m.country) || isLocative(tokens, m)) return undefined;
  const before = tokens.slice(from, m.tokenStart);
  const comma = before.findIndex((t) => t.text === ',');
  const lead = comma >= 0 && comma <= 6 ? before.slice(comma + 1) : before;
  if (lead.length > 2 || !lead.every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SPACE')) return undefined;
  let k = m.tokenEnd;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  return tokens[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') ? m : undefined;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** The actor whose possessive marks the noun at `at` ("the experts' criticism", "Bekova's praise of"), adjectives between allowed. */
function possessorOf(tokens: readonly Token[], candidates: readonly ResolvedMention[], at: number): ResolvedMention | undefined {
  let k = at - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k--;
  if (k < 1 || !POSSESSIVE.has(tokens[k]!.text)) return undefined;
  return candidates.find((m) => m.tokenEnd === k && SUBJECT_KINDS.has(m.kind));
}

/** Whether a mention is followed by its verb (adverbs and particles between): the subject of some clause. */
function isClauseSubject(tokens: readonly Token[], m: ResolvedMention): boolean {
  let k = m.tokenEnd;
  // "for civil society and media to act": the subject of an infinitive states nothing of it.
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'PART' && tokens[k]!.lower !== 'to'))) k++;
  return tokens[k] !== undefined && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX');
}

/**
 * "urged Tajikistan to release the lawyers it detained": one position on one state, read once of
 * the country and once of its government (the act's implied agent). The government, the body
 * that acts, stays; the country goes when the holder takes the same position on both in the
 * same quote.
 */
function withoutCountryBesideItsGovernment(ctx: StanceContext, stances: readonly Stance[]): Stance[] {
  if (!ctx.countryOfGovernment) return [...stances];
  const governed = new Set<string>();
  for (const s of stances) {
    const country = ctx.countryOfGovernment(s.target);
    if (country) governed.add(`${s.holder}|${country}|${s.polarity}|${s.span[0]}`);
  }
  if (governed.size === 0) return [...stances];
  return stances.filter((s) => !governed.has(`${s.holder}|${s.target}|${s.polarity}|${s.span[0]}`));
}

function dedupeStances(stances: readonly Stance[]): Stance[] {
  const byId = new Map<string, Stance>();
  for (const s of stances) {
    if (s.holder === s.target) continue;
    const seen = byId.get(s.id);
    if (!seen || seen.confidence < s.confidence) byId.set(s.id, s);
  }
  // "X said the charges were absurd and urged Y to drop them": the speech and the act joined to it
  // state one position on Y; of overlapping quotes with the same holder, target and polarity, the
  // longer one stays, after any that says more than a bare comment (010): "called on X to ensure
  // compliance" is an appeal to X however long the report of it runs.
  const kept: Stance[] = [];
  const bare = (s: Stance) => (s.code === '010' ? 1 : 0);
  const bySpanLength = [...byId.values()].sort((a, b) => bare(a) - bare(b) || b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  for (const s of bySpanLength) {
    const overlapping = kept.some((k) => k.holder === s.holder && k.target === s.target && k.polarity === s.polarity && k.span[0] < s.span[1] && s.span[0] < k.span[1]);
    if (!overlapping) kept.push(s);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0] || (a.id < b.id ? -1 : 1));
}
