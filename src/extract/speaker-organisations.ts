/**
 * Whose organisation a speaker speaks for ("we" in an answer is the speaker's organisation). Read
 * from the WORKS_FOR and LEADS relations found so far, so it is computed after the relations and
 * again after the document-wide ones; the voices of the speakers (resolve-speakers.ts) know only who speaks.
 */
import type { Relation } from '../../schema/records';
import type { EntityKind } from '../../schema/enums';
import type { Voice } from './stance-context';

export type OrganisationOf = (person: string) => string | undefined;
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
