/**
 * The speakers of a document as entities: the interviewer, the interviewee and the author get a
 * node even when the body never names them; quoted speakers are found among the mentions. Also
 * who speaks where (the voice of each turn) and the INTERVIEWED relation.
 */
import type { EntityKind } from '../../schema/enums';
import { entityKey, normaliseName } from '../../schema/keys';
import type { Relation, SourceDocument } from '../../schema/records';
import { interviewStatedInText } from './interview-stated';
import { addKnownEntity, type LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import { evidenceAt } from '../extract/evidence';
import type { Voice } from '../extract/stance-context';
import type { Knowledge } from '../extract/knowledge';
import type { TokenizedText } from '../extract/tokenize';

const AUTHOR_KINDS: ReadonlySet<EntityKind> = new Set(['Person', 'Organisation']);

export const ORG_LIKE_SPEAKER = /\.(asia|kz|kg|uz|tj|ru|com|org|net|media|info)$|^[\p{Lu}\d&.-]{2,}$/u;

/** The document entity whose label or one of whose surfaces is the name, after normalisation. */
function entityNamed(name: string, entities: Map<string, LocalEntity>): string | undefined {
  const key = normaliseName(name);
  for (const e of entities.values()) if (normaliseName(e.label) === key || [...e.surfaces].some((s) => normaliseName(s) === key)) return e.id;
  return undefined;
}

export function speakerEntity(name: string, entities: Map<string, LocalEntity>, knowledge: Knowledge): string {
  const named = entityNamed(name, entities);
  if (named) return named;
  const known = knowledge.name(name);
  if (known) {
    addKnownEntity(entities, known);
    return known.id;
  }
  const words = name.trim().split(/\s+/);
  if (words.length === 1) {
    const surname = normaliseName(words[0]!);
    for (const e of entities.values()) if (e.kind === 'Person' && normaliseName(e.label).endsWith(`-${surname}`)) return e.id;
  }
  const kind: EntityKind = ORG_LIKE_SPEAKER.test(name) || words.some((w) => knowledge.orgHeadWords.has(w.toLowerCase())) ? 'Organisation' : 'Person';
  const id = entityKey(name);
  if (!entities.has(id)) entities.set(id, { id, kind, label: name.trim(), surfaces: new Set() });
  return id;
}

export interface Speakers {
  voiceAt: (offset: number) => Voice | undefined;
  organisationOf: (entity: string) => string | undefined;
  isQuestion: (offset: number) => boolean;
  /** Whether the offset lies in a photo caption, which states nothing. */
  isCaption: (offset: number) => boolean;
  interviewer?: string;
  interviewee?: string;
}

/** A speaker the text only quotes is already among the mentions; find it without inventing one. */
export function quotedSpeakerEntity(name: string, entities: Map<string, LocalEntity>, knowledge: Knowledge): string | undefined {
  const named = entityNamed(name, entities);
  if (named) return named;
  const key = normaliseName(name);
  for (const e of entities.values()) if (key.endsWith(`-${normaliseName(e.label)}`) && e.kind === 'Person') return e.id;
  return knowledge.name(name)?.id;
}

export function resolveSpeakers(doc: SourceDocument, entities: Map<string, LocalEntity>, knowledge: Knowledge, relations: () => readonly Relation[]): Speakers {
  const ids = new Map<string, string>();
  for (const s of doc.speakers) {
    const id = s.role === 'quoted' ? quotedSpeakerEntity(s.name, entities, knowledge) : speakerEntity(s.name, entities, knowledge);
    if (id) ids.set(s.name, id);
  }
  const interviewer = doc.speakers.find((s) => s.role === 'interviewer');
  const interviewee = doc.speakers.find((s) => s.role === 'interviewee');
  // Only a person or a body writes: a byline that turned out to name a country or a city is no voice.
  const author = doc.speakers.find((s) => s.role === 'author' && ids.has(s.name) && AUTHOR_KINDS.has(entities.get(ids.get(s.name)!)?.kind ?? 'Person'));
  const organisationOf = (person: string): string | undefined => {
    const r = relations().find((x) => x.from === person && (x.type === 'WORKS_FOR' || x.type === 'LEADS') && entities.get(x.to)?.kind === 'Organisation');
    return r?.to;
  };
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
  // What the author says in its own name ("The Office today called on ...") is no sign of a report.
  const quotingOthers = doc.reportedSpeech.filter((r) => !author || normaliseName(r.speaker) !== normaliseName(author.name)).length;
  // A body's own statement is its voice throughout, dateline or not.
  const authorKind = author ? entities.get(ids.get(author.name)!)?.kind : undefined;
  const opinionated = paragraphs > 0 && (authorKind === 'Organisation' || (!wire && quotingOthers / paragraphs < 0.34));
  return {
    voiceAt(offset) {
      const turn = turnAt(offset);
      if (!turn) return undefined;
      let speaker: string | undefined;
      if (turn.kind === 'answer') speaker = turn.speaker ? (ids.get(turn.speaker) ?? speakerEntity(turn.speaker, entities, knowledge)) : interviewee && ids.get(interviewee.name);
      else if (turn.kind === 'paragraph' && turn.role === 'author' && author && opinionated) speaker = ids.get(author.name);
      if (!speaker) return undefined;
      const organisation = organisationOf(speaker);
      return organisation ? { holder: speaker, organisation } : { holder: speaker };
    },
    isQuestion: (offset) => turnAt(offset)?.kind === 'question',
    isCaption: (offset) => spanAt(doc.captions, offset) !== undefined,
    organisationOf,
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
  if (!interviewer || !interviewee || interviewer === interviewee) return interviewStatedInText(doc, tokenized, mentions, interviewer);
  let fallback: [number, number] | undefined;
  for (const sentence of tokenized.sentences) {
    const here = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const hasInterviewee = here.some((m) => m.entity === interviewee);
    if (!hasInterviewee) continue;
    const words = doc.text.slice(sentence.start, sentence.end);
    if (here.some((m) => m.entity === interviewer) && /\b(interview|spoke|talked|asked|told)\w*/i.test(words))
      return { type: 'INTERVIEWED', from: interviewer, to: interviewee, confidence: 0.9, evidence: evidenceAt(doc.text, doc.id, sentence.start, sentence.end) };
    if (!fallback && /\binterview/i.test(words)) fallback = [sentence.start, sentence.end];
  }
  return fallback ? { type: 'INTERVIEWED', from: interviewer, to: interviewee, confidence: 0.7, evidence: evidenceAt(doc.text, doc.id, fallback[0], fallback[1]) } : undefined;
}
