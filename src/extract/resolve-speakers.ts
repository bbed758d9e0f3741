/**
 * The speakers of a document as entities: the interviewer, the interviewee and the author get a
 * node even when the body never names them; quoted speakers are found among the mentions. Also
 * who speaks where (the voice of each turn) and the INTERVIEWED relation.
 */
import type { EntityKind } from '../../schema/enums';
import { entityKey, normaliseName } from '../../schema/keys';
import type { Relation, SourceDocument } from '../../schema/records';
import { entityNameIndex, type EntityNameIndex, withoutNameSuffix } from './entity-name-index';
import { interviewStatedInText } from './interview-stated';
import { mentionsWithin } from './mentions-within';
import { addKnownEntity, type LocalEntity } from './resolve-names';
import { splitIssuers } from './split-issuers';
import { embassyState } from './mission-name';
import type { ResolvedMention } from './resolved-mention';
import { evidenceAt } from './evidence';
import type { Voice } from './stance-context';
import type { KnownEntity, Knowledge } from './knowledge';
import type { TokenizedText } from './tokenize';

const AUTHOR_KINDS: ReadonlySet<EntityKind> = new Set(['Person', 'Organisation']);

export const ORG_LIKE_SPEAKER = /\.(asia|kz|kg|uz|tj|ru|com|org|net|media|info)$|^[\p{Lu}\d&.-]{2,}$/u;

/**
 * "Senior State Department Official", "a Foreign Ministry spokesman": an official the text does
 * not name speaks for the state whose body it names (or for the body, when it belongs to no state).
 */
const ANONYMOUS_OFFICIAL =
  /^(?:an?\s+|the\s+)?(?:(?:senior|high-ranking|top|unnamed|anonymous)\s+)?(.+?)\s+(?:officials?|spokes(?:person|man|woman)|representatives?|diplomats?)$/iu;

function anonymousOfficialEntity(name: string, entities: Map<string, LocalEntity>, knowledge: Knowledge): string | undefined {
  const body = ANONYMOUS_OFFICIAL.exec(name.trim())?.[1];
  const known = body ? knowledge.name(body) : undefined;
  if (known?.kind !== 'Organisation') return undefined;
  const state = known.country ? knowledge.byKey(known.country) : undefined;
  const speaker = state ?? known;
  addKnownEntity(entities, speaker);
  return speaker.id;
}

/**
 * The entity a speaker's name stands for, added when the text names no such entity. `index`
 * (one per document, see entity-name-index.ts) keeps a long transcript's look-ups linear.
 */
export function speakerEntity(name: string, entities: Map<string, LocalEntity>, knowledge: Knowledge, index: EntityNameIndex = entityNameIndex(entities)): string {
  const official = anonymousOfficialEntity(name, entities, knowledge);
  if (official) return official;
  const named = index.named(name);
  if (named) return named;
  const known = knowledge.name(name);
  if (known) {
    addKnownEntity(entities, known);
    return known.id;
  }
  const words = name.trim().split(/\s+/);
  if (words.length === 1) {
    const person = index.personWithSurname(normaliseName(words[0]!));
    if (person) return person;
  }
  // "Assistant Secretary Blake", "U.S. Ambassador Jane Doe": the person the text names without the titles before the name.
  const titled = withoutLeadingTitles(words, knowledge);
  if (titled.length > 0 && titled.length < words.length) {
    const rest = titled.join(' ');
    const named = index.named(rest);
    if (named) return named;
    const surname = normaliseName(titled[titled.length - 1]!);
    const person = [...entities.values()].find(
      (e) => e.kind === 'Person' && hasSurname(e.label, surname) && (titled.length === 1 || normaliseName(e.label).startsWith(normaliseName(titled[0]!))),
    );
    if (person) return person.id;
  }
  // "Foreign Ministry Spokeswoman Maria Zakharova": a body's post before the name; the person the text names.
  let post = words.length - 2;
  while (post > 0 && !knowledge.titles.has(words[post]!.toLowerCase())) post--;
  if (post > 0 && words.length - post - 1 >= 2) {
    const person = index.named(words.slice(post + 1).join(' '));
    if (person && entities.get(person)?.kind === 'Person') return person;
  }
  // "Article 19": a name ending in a number is a body, never a person.
  const bodyLike = ORG_LIKE_SPEAKER.test(name) || words.some((w) => knowledge.orgHeadWords.has(w.toLowerCase())) || (words.length > 1 && /^\d+$/u.test(words[words.length - 1]!));
  const kind: EntityKind = bodyLike ? 'Organisation' : 'Person';
  const id = entityKey(name);
  if (!entities.has(id)) entities.set(id, { id, kind, label: name.trim(), surfaces: new Set() });
  return id;
}

/** Whether a person's label ends with the surname, a suffix aside ("Robert O. Blake, Jr." has "blake"). */
function hasSurname(label: string, surname: string): boolean {
  return withoutNameSuffix(normaliseName(label)).endsWith(`-${surname}`);
}

/** The words of a name after its leading titles, honorifics and country words ("U.S.", "Assistant", "Secretary"). */
function withoutLeadingTitles(words: readonly string[], knowledge: Knowledge): readonly string[] {
  let k = 0;
  while (k < words.length - 1) {
    const w = words[k]!.toLowerCase().replace(/\.$/u, '');
    // "Secretary of State Antony J. Blinken": the longest title of up to four words that leaves a name after it.
    let long = 0;
    for (let n = Math.min(4, words.length - 1 - k); n >= 2 && long === 0; n--)
      if (
        knowledge.titles.has(
          words
            .slice(k, k + n)
            .join(' ')
            .toLowerCase(),
        )
      )
        long = n;
    if (long > 0) k += long;
    else if (
      knowledge.titles.has(w) ||
      knowledge.honorifics.has(w) ||
      knowledge.honorifics.has(words[k]!.toLowerCase()) ||
      knowledge.demonym(words[k]!) ||
      /^(?:u\.s|us|assistant|deputy|acting|former)$/u.test(w)
    )
      k += 1;
    else break;
  }
  return words.slice(k);
}

export interface Speakers {
  /** The speaker of the sentence at an offset; its organisation comes later, from the relations (speaker-organisations.ts). */
  voiceAt: (offset: number) => Voice | undefined;
  isQuestion: (offset: number) => boolean;
  /** Whether the offset lies in a photo caption, which states nothing. */
  isCaption: (offset: number) => boolean;
  interviewer?: string;
  interviewee?: string;
}

/** A speaker the text only quotes is already among the mentions; find it without inventing one. */
export function quotedSpeakerEntity(
  name: string,
  entities: Map<string, LocalEntity>,
  knowledge: Knowledge,
  index: EntityNameIndex = entityNameIndex(entities),
): string | undefined {
  return index.named(name) ?? index.personEndingName(normaliseName(name)) ?? knowledge.name(name)?.id;
}

/**
 * Who speaks where. Adds to `entities` (the caller's own copy) every speaker the text does not
 * name, all of them here and now, so that the voice of a sentence asked later changes nothing.
 */
export function resolveSpeakers(
  doc: SourceDocument,
  entities: Map<string, LocalEntity>,
  knowledge: Knowledge,
  officeHolder: (title: string) => KnownEntity | undefined = () => undefined,
): Speakers {
  const ids = new Map<string, string>();
  // A state's embassy issuing a statement speaks for its state ("The U.S. Embassy in Bishkek respects ..." is the United States').
  const forStates = new Set<string>();
  const embassyOf = (name: string): string | undefined => {
    const state = embassyState(name, knowledge);
    if (!state) return undefined;
    forStates.add(state.id);
    return addKnownEntity(entities, state);
  };
  // A statement issued in an office's name ("attributable to the Spokesman for the Secretary-General"): its holder.
  const holderOfTitle = (name: string): string | undefined => {
    const title = name
      .trim()
      .replace(/^the\s+/iu, '')
      .toLowerCase();
    const person = knowledge.titles.has(title) ? officeHolder(title) : undefined;
    return person ? addKnownEntity(entities, person) : undefined;
  };
  // One index for every look-up of this document's speakers; it takes in the entities they add.
  const index = entityNameIndex(entities);
  // A joint statement's issuers: the first holds, the others speak with it.
  const coHolders = new Map<string, string[]>();
  for (const s of doc.speakers) {
    const bodies = s.role === 'author' ? splitIssuers(s.name, (name) => knowledge.name(name) !== undefined) : [s.name];
    const [first, ...rest] = bodies.map((b) => (s.role === 'author' ? (holderOfTitle(b) ?? embassyOf(b)) : undefined) ?? speakerEntity(b, entities, knowledge, index));
    if (rest.length > 0) coHolders.set(first!, rest);
    const id = s.role === 'quoted' ? quotedSpeakerEntity(s.name, entities, knowledge, index) : first;
    if (id) ids.set(s.name, id);
  }
  const interviewer = doc.speakers.find((s) => s.role === 'interviewer');
  const interviewee = doc.speakers.find((s) => s.role === 'interviewee');
  // Only a person or a body writes: a byline that turned out to name a country or a city is no voice.
  // A state's embassies issuing a statement together speak for their states.
  const bylined = doc.speakers.find(
    (s) =>
      s.role === 'author' &&
      ids.has(s.name) &&
      (AUTHOR_KINDS.has(entities.get(ids.get(s.name)!)?.kind ?? 'Person') ||
        coHolders.has(ids.get(s.name)!) ||
        forStates.has(ids.get(s.name)!) ||
        // A state issuing its own statement ('The United States condemns ... We call on ...'), never a byline that names a country.
        (s.issuer === true && entities.get(ids.get(s.name)!)?.kind === 'Country')),
  );
  // An answer labelled with a name the header does not give ("KARIMOVA:") speaks as that name's entity.
  const turnSpeakers = new Map<string, string>();
  for (const turn of doc.turns)
    if (turn.kind === 'answer' && turn.speaker && !ids.has(turn.speaker) && !turnSpeakers.has(turn.speaker))
      turnSpeakers.set(turn.speaker, speakerEntity(turn.speaker, entities, knowledge, index));
  // Turns are in text order: find the one holding an offset by binary search.
  const turnAt = (offset: number) => {
    let lo = 0;
    let hi = doc.turns.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const turn = doc.turns[mid]!;
      if (offset < turn.span[0]) hi = mid - 1;
      else if (offset >= turn.span[1]) lo = mid + 1;
      else return turn;
    }
    return undefined;
  };
  // An author speaks in an analysis or a column; a news report quotes others and its reporter
  // takes no position, so narration full of quotes has no voice of its own.
  // A story filed under a dateline is a report, whoever signs it.
  const paragraphs = doc.turns.filter((t) => t.kind === 'paragraph').length;
  const wire = (doc.datelines?.length ?? 0) > 0;
  // An unsigned text has no voice of its own: its publisher may be an aggregator, a reposting
  // site or the host of a transcript, and on the dev corpus lending it the narration's judgements
  // cost more wrong stances (press conferences, columns) than it found.
  const author = bylined;
  // What the author says in its own name ("The Office today called on ...") is no sign of a report.
  const quotingOthers = doc.reportedSpeech.filter((r) => !author || normaliseName(r.speaker) !== normaliseName(author.name)).length;
  // A body's own statement is its voice throughout, dateline or not.
  const authorKind = author ? entities.get(ids.get(author.name)!)?.kind : undefined;
  const opinionated = paragraphs > 0 && (authorKind === 'Organisation' || (!wire && quotingOthers / paragraphs < 0.34));
  return {
    voiceAt(offset) {
      const turn = turnAt(offset);
      // The headline of an interview states the interviewee's position ("Aida Bekova: the reform
      // has failed", "I see no end to the drought"); that of a column or an analysis, its author's.
      if (!turn && doc.headline && offset >= doc.headline[0] && offset < doc.headline[1]) {
        const own = interviewee && doc.turns.some((t) => t.kind === 'answer') ? ids.get(interviewee.name) : author && opinionated ? ids.get(author.name) : undefined;
        return own ? { holder: own } : undefined;
      }
      if (!turn) return undefined;
      let speaker: string | undefined;
      if (turn.kind === 'answer') speaker = turn.speaker ? (ids.get(turn.speaker) ?? turnSpeakers.get(turn.speaker)) : interviewee && ids.get(interviewee.name);
      else if (turn.kind === 'paragraph' && turn.role === 'author' && author && opinionated) speaker = ids.get(author.name);
      if (!speaker) return undefined;
      const others = coHolders.get(speaker);
      return { holder: speaker, ...(others ? { coHolders: others } : {}) };
    },
    isQuestion: (offset) => turnAt(offset)?.kind === 'question',
    isCaption: (offset) => spanAt(doc.captions, offset) !== undefined,
    ...(interviewer ? { interviewer: ids.get(interviewer.name)! } : {}),
    ...(interviewee ? { interviewee: ids.get(interviewee.name)! } : {}),
  };
}

/** The span of sorted, disjoint `spans` that holds `offset`, by binary search. */
function spanAt(spans: readonly (readonly [number, number])[], offset: number): readonly [number, number] | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span[0]) hi = mid - 1;
    else if (offset >= span[1]) lo = mid + 1;
    else return span;
  }
  return undefined;
}

/** INTERVIEWED, evidenced by a sentence naming both parties, or one that says "interview" and names the interviewee. */
export function interviewRelation(doc: SourceDocument, tokenized: TokenizedText, mentions: readonly ResolvedMention[], speakers: Speakers): Relation | undefined {
  const { interviewer, interviewee } = speakers;
  if (!interviewer || !interviewee || interviewer === interviewee) return interviewStatedInText(doc, tokenized, mentions, interviewer, interviewee);
  let fallback: [number, number] | undefined;
  // Mentions by start, so each sentence finds its own by binary search instead of scanning them all.
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const sentence of tokenized.sentences) {
    const here = mentionsWithin(byStart, sentence.start, sentence.end);
    const hasInterviewee = here.some((m) => m.entity === interviewee);
    if (!hasInterviewee) continue;
    const words = doc.text.slice(sentence.start, sentence.end);
    if (here.some((m) => m.entity === interviewer) && /\b(interview|spoke|talked|asked|told)\w*/i.test(words))
      return { type: 'INTERVIEWED', from: interviewer, to: interviewee, confidence: 0.9, evidence: evidenceAt(doc.text, doc.id, sentence.start, sentence.end) };
    if (!fallback && /\binterview/i.test(words)) fallback = [sentence.start, sentence.end];
  }
  if (fallback) return { type: 'INTERVIEWED', from: interviewer, to: interviewee, confidence: 0.7, evidence: evidenceAt(doc.text, doc.id, fallback[0], fallback[1]) };
  // "Ambassador X’s Interview to Jahon IA": no sentence names both, but one says who asked.
  return interviewStatedInText(doc, tokenized, mentions, interviewer, interviewee);
}
