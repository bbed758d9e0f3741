/**
 * Whose organisation a speaker speaks for ("we" in an answer is the speaker's organisation). Read
 * from the WORKS_FOR and LEADS relations found so far, so it is computed after the relations and
 * again after the document-wide ones; the voices of the speakers (resolve-speakers.ts) know only who speaks.
 */
import type { EntityKind } from '../../schema/enums';
import type { Relation, SourceDocument } from '../../schema/records';
import { isHeaderLabelWord } from './name-cue-lists';
import type { ResolvedMention } from './resolved-mention';
import type { Voice } from './stance-context';
import type { TokenizedText } from './tokenize';

/** The words of a label that make the text a body's own statement, not a column or a report. */
const STATEMENT_WORDS = /^(?:statement|release|communiqu[eé]|readout|note|advisory)$/u;

/** "Press Statement", "MEDIA NOTE", "Joint Statement on ...": a header line or title that calls the text a statement. */
export function callsItselfAStatement(line: string): boolean {
  const words = line.trim().toLowerCase().split(/\s+/u);
  let k = 0;
  while (k < words.length && k < 4 && isHeaderLabelWord(words[k]!)) k++;
  return words.slice(0, k).some((w) => STATEMENT_WORDS.test(w));
}

export type OrganisationOf = (person: string) => string | undefined;
/** Who signs a body's statement, and the body. */
export interface SignedStatement {
  signer: string;
  body: string;
}
export type VoiceAt = (offset: number) => Voice | undefined;

/** The first organisation a person works for or leads, in the order the relations were found. */
export function organisationsOf(relations: readonly Relation[], kindOf: (id: string) => EntityKind | undefined): OrganisationOf {
  const byPerson = new Map<string, string>();
  for (const r of relations) {
    if ((r.type !== 'WORKS_FOR' && r.type !== 'LEADS') || byPerson.has(r.from) || kindOf(r.to) !== 'Organisation') continue;
    byPerson.set(r.from, r.to);
  }
  return (person) => byPerson.get(person);
}

/** The speakers' voices with each speaker's organisation added. */
export function voicesWithOrganisations(voiceAt: VoiceAt, organisationOf: OrganisationOf): VoiceAt {
  return (offset) => {
    const voice = voiceAt(offset);
    const organisation = voice && organisationOf(voice.holder);
    return voice && organisation ? { holder: voice.holder, organisation, ...(voice.coHolders ? { coHolders: voice.coHolders } : {}) } : voice;
  };
}

/**
 * "Press Statement / Jane Roe, Department Spokesperson / The United States is deeply concerned
 * ...": a person who signs a body's statement speaks for the body the statement opens with, so
 * "we" further on is that body. The Country or Organisation that opens the first sentence the
 * signer speaks, as its subject, or undefined.
 */
export function signedForBody(
  doc: Pick<SourceDocument, 'turns' | 'title' | 'plain'>,
  tokenized: TokenizedText,
  linked: readonly ResolvedMention[],
  voiceAt: VoiceAt,
  kindOf: (id: string) => EntityKind | undefined,
): SignedStatement | undefined {
  // Only a text that calls itself a statement is signed for a body: a column may open with a country too.
  const head = [doc.title, ...doc.turns.slice(0, 4).map((t) => doc.plain.slice(t.span[0], t.span[1]))];
  if (!head.some(callsItselfAStatement)) return undefined;
  // The header lines left in the body ("Press Statement", the date) come first: look a few paragraphs down.
  for (const turn of doc.turns.filter((t) => t.kind === 'paragraph' && t.role === 'author').slice(0, 4)) {
    const sentence = tokenized.sentences.find((s) => s.start >= turn.span[0] && s.start < turn.span[1]);
    const voice = sentence && voiceAt(sentence.start);
    if (!sentence || !voice || kindOf(voice.holder) !== 'Person') continue;
    const { tokens } = tokenized;
    const opening = tokens[sentence.tokenStart]?.lower === 'the' ? sentence.tokenStart + 1 : sentence.tokenStart;
    const subject = linked.find((m) => m.tokenStart === opening && m.tokenEnd > m.tokenStart && (m.kind === 'Country' || m.kind === 'Organisation'));
    const verb = subject && tokens[subject.tokenEnd];
    if (subject && verb && verb.sentence === tokens[opening]!.sentence && (verb.pos === 'VERB' || verb.pos === 'AUX')) return { signer: voice.holder, body: subject.entity };
    // Only the first sentence of the signer's own text says whom the text is from.
    if (tokens.slice(sentence.tokenStart, sentence.tokenEnd).some((t) => t.pos === 'VERB')) return undefined;
  }
  return undefined;
}

/** The organisation a person speaks for, else, for the signer of a body's statement, that body. */
export function withSignedBody(organisationOf: OrganisationOf, signed: SignedStatement | undefined): OrganisationOf {
  return signed ? (person) => organisationOf(person) ?? (person === signed.signer ? signed.body : undefined) : organisationOf;
}
