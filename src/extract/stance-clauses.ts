/**
 * Embedded clauses inside a sentence: reported speech ("X said that ...") and acts of a named
 * subject ("Tokayev singled out journalists", "..., threatening them"), each with its holder.
 */
import type { ReportedSpeech } from '../../schema/records';
import { GroupNounsFile } from '../../schema/gazetteer';
import groupNouns from '../../gazetteer/lexicon/group-nouns.json';
import type { ResolvedMention } from './resolved-mention';
import { compileCues, matchCues, type CueHit } from './match-cues';
import { ACTION_ENTRIES, SPEECH_LEMMAS } from './stance-lexicon';
import type { Token } from './tokenize';
import { ACTOR_KINDS, FIRST_PERSON_PLURAL, mentionsIn, mentionsOverlapping, speechIn, type StanceContext } from './stance-context';
import { isLocative, isPassiveAct } from './stance-targets';

export const ACTIONS = compileCues(ACTION_ENTRIES);

/** A subject's own document named in a setting before its verb ("in its resolution", "in his report"). */
const SETTING_DOCUMENTS = new Set([
  'resolution',
  'resolutions',
  'statement',
  'report',
  'letter',
  'speech',
  'address',
  'decision',
  'declaration',
  'message',
  'ruling',
  'opinion',
  'review',
]);

export const SKIPPABLE_BETWEEN_SUBJECT_AND_VERB = new Set([
  'recently',
  'also',
  'has',
  'have',
  'had',
  'then',
  'later',
  'again',
  'previously',
  'earlier',
  'repeatedly',
  'publicly',
  'openly',
  'today',
  'yesterday',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'in',
  'a',
  'an',
  'the',
  'statement',
  'interview',
  'x',
  'twitter',
  'abroad',
  'initially',
  'once',
  'both',
  'all',
  'already',
  'still',
  'just',
  'now',
  'never',
  'always',
  'often',
  'long',
  'strongly',
  'sharply',
  'swiftly',
  'quickly',
  'immediately',
  'formally',
  'officially',
  // "did not criticise", "does not support", "will never accept": the act is still the subject's, negated or not.
  'do',
  'does',
  'did',
  'not',
  "n't",
  'n’t',
  'will',
  'would',
  'cannot',
]);

export const SPEECH_NOUNS = new Set([
  'speech',
  'statement',
  'letter',
  'remarks',
  'comments',
  'decision',
  'decree',
  'address',
  'report',
  'interview',
  'post',
  'announcement',
  'claim',
  'claims',
]);

export interface Clause {
  holder: string;
  /** Token range of the clause the holder speaks or acts in. */
  start: number;
  end: number;
  /** The subject mention (for the voice to comment on). */
  subject: ResolvedMention;
  /** The cue that made it a clause (an action cue, or undefined for reporting). */
  action?: CueHit;
  /** The holder is the agent of a passive act ("an accusation rejected by opposition activists"). */
  byAgent?: boolean;
}

export function skipToVerb(tokens: readonly Token[], from: number, limit: number): number {
  let k = from;
  // An apposition between subject and verb: "Timur Asanov, leader of the Aigul party, accused ..."
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    // "Ban, in a statement issued through his spokesman's office, praised ...": a setting that opens
    // with a preposition may hold a participle of its own.
    const setting = tokens[j]?.pos === 'ADP';
    const participle = (t: Token) => setting && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower);
    while (j < limit && j - k <= 12 && tokens[j]!.text !== ',' && ((tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') || participle(tokens[j]!))) j++;
    if (tokens[j]?.text === ',' && j > k + 1) k = j + 1;
  }
  // "The European Parliament in its resolution of 11 February on Kazakhstan denounced ...": a
  // setting that names the subject's own document, with no commas, lies between subject and verb.
  if (tokens[k]?.lower === 'in' && /^(its|his|her|their)$/.test(tokens[k + 1]?.lower ?? '') && SETTING_DOCUMENTS.has(tokens[k + 2]?.lower ?? '')) {
    let j = k + 3;
    while (j < limit && j - k <= 16 && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX' && !/^[,;:]$/.test(tokens[j]!.text)) j++;
    if (tokens[j]?.pos === 'VERB') k = j;
  }
  while (k < limit && k - from < 6) {
    const word = tokens[k]!.lower;
    // "are writing", "is calling": the progressive's auxiliary, never the passive's ("were denied").
    const progressive = /^(is|are|was|were|am)$/.test(word) && /ing$/.test(tokens[k + 1]?.lower ?? '');
    // "warmly welcomes", "deeply regrets": a manner adverb before the verb.
    const manner = tokens[k]!.pos === 'ADV' && /ly$/.test(word);
    if (!progressive && !manner && !SKIPPABLE_BETWEEN_SUBJECT_AND_VERB.has(word)) break;
    k++;
  }
  return k;
}

export const PLACE_KINDS = new Set(['Country', 'City', 'Region']);

/** Who speaks in a reported speech: the last actor named in its speaker phrase ("New York-based Committee to Protect Journalists" -> the committee). */
export function speakerMention(ctx: StanceContext, rs: ReportedSpeech): ResolvedMention | undefined {
  const inside = mentionsOverlapping(ctx, rs.speakerSpan).filter((m) => m.via !== 'demonym' && isHolderMention(m));
  const { tokens } = ctx.tokenized;
  const speaker = [...inside].reverse().find((m) => !(m.kind === 'Country' && (isLocative(tokens, m) || isOfficeCountry(tokens, inside, m) || beforeOwnView(tokens, m))));
  if (speaker || inside.length === 0) return speaker;
  // "Activists based in France, Germany and Poland told ...": where the speakers are is not who
  // speaks; the group the places qualify does.
  return placedGroup(tokens, mentionsIn(ctx, inside.at(-1)!.sentence), inside.at(-1)!);
}

/** "The President of Kyrgyzstan believes": the country after "of" names whose office the person mentioned before it holds. */
function isOfficeCountry(tokens: readonly Token[], ms: readonly ResolvedMention[], m: ResolvedMention): boolean {
  return tokens[m.tokenStart - 1]?.lower === 'of' && ms.some((p) => p.kind === 'Person' && p.tokenEnd === m.tokenStart - 1);
}

/** "a senior US diplomat", "a Kazakh analyst": one person's view; the country before the role says where they are from, it does not speak. */
const OWN_VIEW_ROLES = new Set(['analyst', 'diplomat', 'observer', 'economist', 'commentator', 'expert', 'researcher', 'scholar']);

function beforeOwnView(tokens: readonly Token[], m: ResolvedMention): boolean {
  return OWN_VIEW_ROLES.has(tokens[m.tokenEnd]?.lower ?? '');
}

/** The group a locative place qualifies: "activists (based) in Poland", "officials from France and Germany". */
function placedGroup(tokens: readonly Token[], ms: readonly ResolvedMention[], place: ResolvedMention): ResolvedMention | undefined {
  let k = place.tokenStart - 1;
  while (k >= 0 && place.tokenStart - k <= 14 && !/^(in|from|across|throughout)$/.test(tokens[k]!.lower)) k--;
  if (k > 0 && /^(based|living|residing|exiled|stationed)$/.test(tokens[k - 1]!.lower)) k--;
  return ms.find((m) => m.tokenEnd === k && (m.kind === 'Group' || m.kind === 'Organisation') && isHolderMention(m));
}

/**
 * Who can hold a stance: people, organisations, countries and named or qualified groups, but
 * not places ("BISHKEK, ... officials said") nor a vague crowd ("officials and colleagues said").
 */
export function isHolderMention(m: ResolvedMention): boolean {
  if (PLACE_KINDS.has(m.kind) && m.kind !== 'Country') return false;
  if (m.kind === 'Group' && !m.known && !m.country && VAGUE_SPEAKERS.has(m.label ?? m.surface.toLowerCase())) return false;
  return true;
}

/** Collective nouns too vague to hold a position of their own: the group-noun lexicon's "vague" list. */
export const VAGUE_SPEAKERS: ReadonlySet<string> = new Set(GroupNounsFile.parse(groupNouns).vague);

/** Embedded clauses: reported speech and actions of a named subject. */
export function findClauses(ctx: StanceContext, sentenceIndex: number, ms: readonly ResolvedMention[]): Clause[] {
  const sentence = ctx.tokenized.sentences[sentenceIndex]!;
  const { tokens } = ctx.tokenized;
  const clauses: Clause[] = [];
  const tokenAt = (offset: number) => {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (tokens[k]!.end > offset) return k;
    return sentence.tokenEnd;
  };
  for (const rs of speechIn(ctx, sentenceIndex)) {
    const speaker = speakerMention(ctx, rs);
    if (!speaker) continue;
    const start = tokenAt(Math.max(rs.span[0], sentence.start));
    if (reportsARequestToSpeak(tokens, start - 1, sentence.tokenEnd) || reportsARequestToSpeak(tokens, start, sentence.tokenEnd)) continue;
    const end = speechEnd(tokens, start, Math.min(sentence.tokenEnd, tokenAt(rs.span[1]) + 1));
    // "Human Rights Watch (HRW) and the Norwegian Helsinki Committee (NHC) say ...": both speak.
    for (const h of [...coordinatedBefore(tokens, ms, speaker), speaker])
      if (!clauses.some((c) => c.holder === h.entity && c.start === start)) clauses.push({ holder: h.entity, subject: h, start, end });
  }
  for (const m of ms) {
    if (!ACTOR_KINDS.has(m.kind) || !isHolderMention(m) || m.via === 'demonym' || FIRST_PERSON_PLURAL.has(m.surface.toLowerCase()) || /^i$/i.test(m.surface)) continue;
    if (isLocative(tokens, m)) continue;
    // "The President of Kyrgyzstan believes": the office's holder speaks, not the country.
    if (m.kind === 'Country' && isOfficeCountry(tokens, ms, m)) continue;
    // "The OSCE media freedom representative, Harlem Désir, criticised ...": the person named
    // between commas after a post is who acts; the post before them is the same person.
    if (m.kind !== 'Person' && appositionPersonAfter(tokens, ms, m)) continue;
    const apposed = m.kind === 'Person' && isApposedPerson(tokens, m);
    let k = skipToVerb(tokens, apposed ? m.tokenEnd + 1 : officeEnd(tokens, ms, m), sentence.tokenEnd);
    // "Tokayev’s initial speech singling out ..."
    if (tokens[m.tokenEnd] && /^[’']s$/.test(tokens[m.tokenEnd]!.lower)) {
      let j = m.tokenEnd + 1;
      while (j < sentence.tokenEnd && j - m.tokenEnd < 4 && tokens[j]!.pos === 'ADJ') j++;
      if (SPEECH_NOUNS.has(tokens[j]?.lower ?? '')) k = j + 1;
      else continue;
    }
    if (k >= sentence.tokenEnd) continue;
    const verb = tokens[k]!;
    // "posted a video on Facebook calling for ...": a participle after the object of a preposition
    // modifies what was posted or said there, it is no act of the place or the platform.
    if (k === m.tokenEnd && /ing$/.test(verb.lower) && isPrepositionObject(tokens, m)) continue;
    // An act first ("X called on Y", "X denied the claims"), then speech ("X said ...").
    // "expresses its surprise and concern": a phrase may hold a few words between its parts.
    const [action] = matchCues(tokens, k, Math.min(k + 6, sentence.tokenEnd), ACTIONS);
    // "Radio Osh asked Aida Bekova to share her view": a request to speak is a question, no appeal.
    if (action && action.start === k && asksToSpeak(tokens, action, sentence.tokenEnd)) continue;
    // "Sweden and Norway criticised ...": each actor of a coordinated subject holds the clause.
    const holders = [...coordinatedBefore(tokens, ms, m), m];
    if (action && action.start === k && !isPassiveAct(tokens, action)) {
      const end = clauseEnd(tokens, k, sentence.tokenEnd);
      for (const h of holders) if (!clauses.some((c) => c.holder === h.entity && c.start === k)) clauses.push({ holder: h.entity, subject: h, start: k, end, action });
      continue;
    }
    if ((SPEECH_LEMMAS.has(verb.lemma) || SPEECH_LEMMAS.has(`${verb.lemma} ${tokens[k + 1]?.lemma ?? ''}`)) && verb.pos !== 'NOUN') {
      if (reportsARequestToSpeak(tokens, k, sentence.tokenEnd)) continue;
      const end = speechEnd(tokens, k + 1, sentence.tokenEnd);
      for (const h of holders) if (!clauses.some((c) => c.holder === h.entity)) clauses.push({ holder: h.entity, subject: h, start: k + 1, end });
    }
  }
  // "X called the move “a disgrace” and urged Y to ...": an act joined to the speech by "and" is the speaker's own act.
  for (const clause of [...clauses]) {
    if (clause.action) continue;
    const joined = coordinatedAction(tokens, clause.start, clause.end);
    if (!joined || isPassiveAct(tokens, joined) || clauses.some((c) => c.action && c.start === joined.start)) continue;
    clause.end = joined.start - 1;
    clauses.push({
      holder: clause.holder,
      subject: clause.subject,
      start: joined.start,
      end: clauseEnd(tokens, joined.start, sentence.tokenEnd),
      action: joined,
    });
  }
  // "The plan was criticised by the ombudsman": the agent of a passive act holds the stance, about the plan's owner.
  for (const action of matchCues(tokens, sentence.tokenStart, sentence.tokenEnd, ACTIONS)) {
    if (!isPassiveAct(tokens, action) || tokens[action.end]?.lower !== 'by') continue;
    const agent = ms.find((m) => m.tokenStart > action.end && m.tokenStart <= action.end + 3 && ACTOR_KINDS.has(m.kind) && isHolderMention(m));
    // The patient is in the same clause: after the reporting verb of "She said the plan was criticised by ...".
    const speech = clauses.filter((c) => !c.action && c.start <= action.start).map((c) => c.start);
    const start = Math.max(sentence.tokenStart, ...speech);
    if (agent && !clauses.some((c) => c.holder === agent.entity))
      clauses.push({ holder: agent.entity, subject: agent, start, end: clauseEnd(tokens, action.end, sentence.tokenEnd), action, byAgent: true });
  }
  // ", threatening them with ...": a participle acting for the sentence's first actor.
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
    if (tokens[k - 1]!.text !== ',' || !tokens[k]!.lower.endsWith('ing')) continue;
    const [action] = matchCues(tokens, k, Math.min(k + 3, sentence.tokenEnd), ACTIONS);
    if (!action || action.start !== k) continue;
    const subject = ms.find(
      (m) => ACTOR_KINDS.has(m.kind) && isHolderMention(m) && m.via !== 'demonym' && !isLocative(tokens, m) && m.tokenEnd <= k && !FIRST_PERSON_PLURAL.has(m.surface.toLowerCase()),
    );
    if (subject && !clauses.some((c) => c.action && c.start === k))
      clauses.push({ holder: subject.entity, subject, start: k, end: participleEnd(tokens, k, clauseEnd(tokens, k, sentence.tokenEnd)), action });
  }
  return clauses;
}

/**
 * Where the subject phrase of a title standing for its holder ends: "The President of Russia
 * congratulated ..." reads on past the country whose office it is.
 */
function officeEnd(tokens: readonly Token[], ms: readonly ResolvedMention[], m: ResolvedMention): number {
  if (m.kind !== 'Person' || m.via !== 'alias' || tokens[m.tokenEnd]?.lower !== 'of') return m.tokenEnd;
  const at = tokens[m.tokenEnd + 1]?.lower === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1;
  const body = ms.find((x) => x.tokenStart === at && (x.kind === 'Country' || x.kind === 'Organisation'));
  return body ? body.tokenEnd : m.tokenEnd;
}

/** Whether `m` follows a preposition other than the agent's "by": "on Facebook", "in the report of the ministry". */
function isPrepositionObject(tokens: readonly Token[], m: ResolvedMention): boolean {
  const before = tokens[m.tokenStart - 1]?.pos === 'DET' ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
  return before !== undefined && before.sentence === m.sentence && before.pos === 'ADP' && before.lower !== 'by';
}

/**
 * Whether `m` is a person's name set off by commas after the words that name their post, with a
 * verb next ("Kazakhstan's foreign minister, Mukhtar Tileuberdi, said", "The ministry's
 * spokesman, Aibek Smadiyarov, criticised"): not one of a list ("Bekova, Asanov, and Tashiev").
 */
export function isApposedPerson(tokens: readonly Token[], m: ResolvedMention): boolean {
  const before = tokens[m.tokenStart - 1];
  const after = tokens[m.tokenEnd];
  const next = tokens[m.tokenEnd + 1];
  if (before?.text !== ',' || after?.text !== ',' || !next || next.sentence !== after.sentence) return false;
  if (/^(?:and|or|who|which|whose|whom)$/.test(next.lower)) return false;
  // The words before the comma name a post: a noun (or a name of a body) right before it.
  const head = tokens[m.tokenStart - 2];
  return head !== undefined && head.sentence === before.sentence && (head.pos === 'NOUN' || head.pos === 'PROPN');
}

/** Prepositions that make a name before "and" part of a phrase, not a subject: "the envoys of Sweden and Norway". */
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'to', 'with', 'from', 'by', 'for', 'on', 'at', 'between', 'against', 'about', 'among', 'and', 'or', 'than', 'like']);

/**
 * The actors coordinated with `m` before it as one subject: "Sweden and Norway", "Kazakhstan,
 * Kyrgyzstan and Tajikistan". None when the first of them sits in a phrase ("the envoys of
 * Sweden and Norway criticised": the envoys act) or is possessive ("Sweden's and Norway's").
 */
export function coordinatedBefore(tokens: readonly Token[], ms: readonly ResolvedMention[], m: ResolvedMention): ResolvedMention[] {
  const joined: ResolvedMention[] = [];
  // "Freedom House and the Norwegian Helsinki Committee (NHC)": past the article and the acronym.
  const opening = (start: number) => (tokens[start - 1]?.lower === 'the' ? start - 1 : start);
  let at = opening(acronymStart(tokens, ms, m));
  for (;;) {
    // "and" right before `m` (after a serial comma or not), commas between the earlier ones.
    const joint = tokens[at - 1]?.lower;
    if (joined.length === 0 ? joint !== 'and' : joint !== ',') break;
    const gap = joint === 'and' && tokens[at - 2]?.text === ',' ? 2 : 1;
    const closes = tokens[at - gap - 1]?.text === ')' ? 1 : 0;
    const before = ms.find((x) => x.tokenEnd === at - gap - closes && x.entity !== m.entity);
    if (!before || !ACTOR_KINDS.has(before.kind) || !isHolderMention(before) || before.via === 'demonym' || before.via === 'pronoun') break;
    const first = acronymStart(tokens, ms, before);
    joined.unshift(ms.find((x) => x.tokenStart === first && x.entity === before.entity) ?? before);
    at = opening(first);
  }
  if (joined.length === 0) return [];
  const first = tokens[at - 1];
  if (first && first.sentence === m.sentence && (PHRASE_PREPOSITIONS.has(first.lower) || /^[’']s$/.test(first.lower) || first.pos === 'VERB')) return [];
  return joined;
}

/**
 * Where a body's mention starts once the acronym after its name is read with it: "the Norwegian
 * Helsinki Committee (NHC)" starts at "Norwegian" for the acronym and for the bracket after the name.
 */
function acronymStart(tokens: readonly Token[], ms: readonly ResolvedMention[], m: ResolvedMention): number {
  if (tokens[m.tokenStart - 1]?.text === '(' && tokens[m.tokenEnd]?.text === ')') {
    const named = ms.find((x) => x.entity === m.entity && x.tokenEnd === m.tokenStart - 1);
    if (named) return named.tokenStart;
  }
  return m.tokenStart;
}

function appositionPersonAfter(tokens: readonly Token[], ms: readonly ResolvedMention[], m: ResolvedMention): boolean {
  if (tokens[m.tokenEnd]?.text !== ',') return false;
  const person = ms.find((p) => p.kind === 'Person' && p.tokenStart === m.tokenEnd + 1);
  return person !== undefined && isApposedPerson(tokens, person);
}

/**
 * An act cue right after "and" in tokens [from, to), as a finite verb ("... and urged Bishkek to
 * reverse it"): a second act of the clause's subject. Not an infinitive ("and to urge") nor a noun.
 */
export function coordinatedAction(tokens: readonly Token[], from: number, to: number): CueHit | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.lower !== 'and' || tokens[k + 1]!.pos !== 'VERB' || !/(ed|s)$/.test(tokens[k + 1]!.lower)) continue;
    const [action] = matchCues(tokens, k + 1, Math.min(k + 7, to), ACTIONS);
    if (action && action.start === k + 1) return action;
  }
  return undefined;
}

/** Verbs of what an interviewer asks someone to do: speak. */
const SPEAKING = new Set(['share', 'comment', 'explain', 'describe', 'answer', 'assess', 'discuss', 'elaborate', 'clarify']);

/**
 * "asked X to share his opinion", "invited her to comment on ...": an appeal whose request is to
 * speak (a lexicon reporting or speech verb, or one of SPEAKING) asks a question, it takes no position.
 */
export function asksToSpeak(tokens: readonly Token[], action: CueHit, limit: number): boolean {
  return action.cue.kind === 'appeal' && requestToSpeakAfter(tokens, action.end, limit);
}

/** Whether "to <speaking verb>" follows within a few words of `from`: "(asked Aida Bekova) to share her view". */
function requestToSpeakAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 6) - 1; k++) {
    if (tokens[k]!.lower !== 'to') continue;
    const verb = tokens[k + 1]!;
    return verb.pos === 'VERB' && (SPEAKING.has(verb.lemma) || SPEECH_LEMMAS.has(verb.lemma));
  }
  return false;
}

/** "X asked Y to comment": a reporting verb of request whose request is to speak reports a question. */
function reportsARequestToSpeak(tokens: readonly Token[], verb: number, limit: number): boolean {
  return /^(ask|invite|request)$/.test(tokens[verb]?.lemma ?? '') && requestToSpeakAfter(tokens, verb + 1, limit);
}

/** A clause ends at a semicolon, a dash or ", while/but/and" that opens a new one. */
export function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from + 1; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === '–' || t.text === '—') return k;
    if (t.text === ',' && /^(while|but|whereas|although)$/.test(tokens[k + 1]?.lower ?? '')) return k;
    // "The ministry raised its concerns, he said.": the attribution closing the sentence is not the act's object.
    if (t.text === ',' && k + 2 < limit && /^(he|she|they|it)$/.test(tokens[k + 1]!.lower) && SPEECH_LEMMAS.has(tokens[k + 2]!.lemma) && k + 4 >= limit) return k;
    // "..., the State Department said on Monday, calling for ...": so is a named speaker's.
    if (t.text === ',' && closingAttribution(tokens, k + 1, limit)) return k;
  }
  return limit;
}

/** "the State Department said on Monday", "officials said," from `from`: a speaker of up to five words, a reporting verb, then the end, a time or a comma. */
function closingAttribution(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let j = from + 1; j < Math.min(limit, from + 6); j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && REPORTING_VERB_FORMS.has(t.lower)) {
      const next = tokens[j + 1];
      return !next || j + 1 >= limit || next.text === ',' || next.text === '.' || /^(?:on|in|at|today|yesterday|late|earlier)$/.test(next.lower);
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return false;
  }
  return false;
}

/** The past and present forms of "say", "tell" and "add" that close an attribution. */
const REPORTING_VERB_FORMS = new Set(['said', 'says', 'added', 'adds', 'told', 'stated', 'noted', 'reported', 'announced']);

/**
 * A participle clause holds no finite verb of its own: in "His speech, recognising the problem,
 * is welcome" or "..., recognising the problem is welcome" it ends before "is", and what follows
 * is the sentence's own judgement.
 */
export function participleEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from + 1; k < limit; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && /^(is|are|was|were|has|have|had|will|would|remains|seems)$/.test(t.lower) && !/^(that|which|who)$/.test(tokens[k - 1]?.lower ?? '')) return k;
    if (t.text === ',' && tokens[k + 1]?.pos === 'AUX') return k;
  }
  return limit;
}

/**
 * Reported speech ends where a comma splices on a clause with a subject of its own: in "X have
 * long said the dam is safe, they have never published a survey" the second
 * clause is the voice's comment on X, not X's words.
 */
export function speechEnd(tokens: readonly Token[], from: number, limit: number): number {
  let opened = false;
  for (let k = from; k < from + 2 && k < limit; k++) if (tokens[k]!.text === '“' || tokens[k]!.text === '«') opened = true;
  for (let k = from + 2; k < limit - 2; k++) {
    // "CPJ called the raid a violation; Gulnoza Said, its coordinator, called on ...": a semicolon
    // before a name starts a clause of its own.
    if (tokens[k]!.text === ';' && tokens[k + 1]!.pos === 'PROPN') return k;
    // "“Amnesty considers that the charges were fabricated,” said Dalhuisen": the quotation ends
    // the words it quotes, and who is named after it speaks them, no one's target.
    // A quotation opened inside the clause ("called the move “shameful” and ...") is its own word.
    if (tokens[k]!.text === '“' || tokens[k]!.text === '«') opened = true;
    if (!opened && (tokens[k]!.text === '”' || tokens[k]!.text === '»' || (tokens[k]!.text === '"' && /^[,.]$/.test(tokens[k - 1]!.text)))) return k;
    if (tokens[k]!.text !== ',') continue;
    const subject = tokens[k + 1]!;
    const verb = tokens[k + 2]!;
    if (/^(they|he|she|we|it)$/.test(subject.lower) && (verb.pos === 'AUX' || verb.pos === 'VERB') && !SPEECH_LEMMAS.has(verb.lemma)) return k;
  }
  return limit;
}

/** Whether "we", "our" or "us" speaks in tokens [from, to). */
/** After "our", these nouns speak for a nation ("our government"), not for the speaker's organisation. */
const NATIONAL_NOUNS =
  /^(government|ministry|country|president|authorities|parliament|state|nation|people|citizens|economy|army|region|capital|constitution|leaders?|officials?|courts?|police|trade|foreign|national)$/;

/** Whether "we", "us" or an organisational "our" speaks in tokens [from, to). */
export function firstPersonPlural(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = tokens[k]!.lower;
    if (!FIRST_PERSON_PLURAL.has(word)) continue;
    const next = tokens[k + 1];
    // "our government", "Our Ministry of Foreign Affairs": a name or national noun after "our".
    if (word === 'our' && next && (NATIONAL_NOUNS.test(next.lower) || /^\p{Lu}/u.test(next.text))) continue;
    return true;
  }
  return false;
}
