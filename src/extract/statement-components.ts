/**
 * The second half of the extract stage: who speaks where, the relations, the references ("we",
 * pronouns, bare titles), the relations only the whole document shows, stances and events.
 */
import type {
  BaseLayer,
  Component,
  EventsLayer,
  FocusLayer,
  LinkedLayer,
  OrganisationsLayer,
  ReferencesLayer,
  RelationsLayer,
  SpeakersLayer,
  StancesLayer,
  TokensLayer,
} from './document-layers';
import { dedupeRelations, extractSentenceRelations } from './extract-relations';
import { extractStances } from './extract-stances';
import { findEvents } from './find-events';
import { governedCountry } from './implied-government';
import { offsetInSpans } from './offset-in-spans';
import { ownSide } from './own-side';
import { pronounRoleRelations } from './pronoun-role-relations';
import { addKnownEntity } from './resolve-names';
import { resolveReferences } from './resolve-references';
import { resolveBodyReferences } from './resolve-body-references';
import { resolveAddressees } from './resolve-addressees';
import { interviewRelation, resolveSpeakers } from './resolve-speakers';
import { organisationsOf, signedForBody, voicesWithOrganisations, withSignedBody } from './speaker-organisations';
import { holderAt } from './title-holder-at';
import { officeHolderOf } from './office-holder';
import { titlesByPerson } from './titles-by-person';
import { workingEntities } from './working-entities';

/** The interviewer, the interviewee, the author and every labelled speaker, and the voice of each turn. */
export const speakersComponent: Component<BaseLayer & TokensLayer & LinkedLayer, SpeakersLayer> = {
  name: 'speakers',
  run: ({ doc, knowledge, tokenized, linked, entities }) => {
    const own = new Map(entities);
    const speakers = resolveSpeakers(doc, own, knowledge, officeHolderOf(doc, knowledge, linked));
    return { speakers, signed: signedForBody(doc, tokenized, linked, speakers.voiceAt, (id) => own.get(id)?.kind), entities: own };
  },
};

/** Relations each sentence states: roles, membership, places. */
export const relationsComponent: Component<BaseLayer & TokensLayer & LinkedLayer, RelationsLayer> = {
  name: 'relations',
  run: ({ doc, knowledge, tokenized, linked, entities }) => {
    const own = workingEntities(entities, knowledge);
    const relations = extractSentenceRelations({
      text: doc.text,
      source: doc.id,
      tokenized,
      mentions: linked,
      knowledge,
      kindOf: own.kindOf,
      governmentOf: own.governmentOf,
      knownEntity: own.knownEntity,
    });
    return { relations, entities: own.entities };
  },
};

/** The organisation each speaker speaks for, from the relations so far; run again when they grow. */
export const organisationsComponent: Component<SpeakersLayer & RelationsLayer, OrganisationsLayer> = {
  name: 'organisations',
  run: ({ speakers, signed, relations, entities }) => {
    const organisationOf = withSignedBody(
      organisationsOf(relations, (id) => entities.get(id)?.kind),
      signed,
    );
    return { organisationOf, voiceAt: voicesWithOrganisations(speakers.voiceAt, organisationOf) };
  },
};

/** Pronouns, "we" and bare titles ("the minister") resolved to the entities they stand for. */
export const referencesComponent: Component<BaseLayer & TokensLayer & FocusLayer & LinkedLayer & RelationsLayer & OrganisationsLayer, ReferencesLayer> = {
  name: 'references',
  run: ({ doc, knowledge, tokenized, focus, linked, entities, relations, voiceAt }) => {
    const own = new Map(entities);
    // "The Secretary-General calls on ...": the person holding the office, on the document's date, in
    // the one international body the text names or is published by.
    const officeHolder = officeHolderOf(doc, knowledge, linked);
    const bodyOfficeHolder = (title: string): string | undefined => {
      const person = officeHolder(title);
      return person ? addKnownEntity(own, person) : undefined;
    };
    const titles = titlesByPerson(linked, own, knowledge, relations);
    // Who leads which country, as this document's relations say ("President of Kazakhstan Nursultan Nazarbayev").
    const leaders = new Map<string, string[]>();
    for (const r of relations) {
      if (r.type !== 'LEADS' || own.get(r.from)?.kind !== 'Person' || own.get(r.to)?.kind !== 'Country') continue;
      const list = leaders.get(r.to) ?? [];
      if (!list.includes(r.from)) list.push(r.from);
      leaders.set(r.to, list);
    }
    const leading = new Set([...leaders.values()].flat());
    // Whom each person serves or belongs to, as the relations say: a country, its government, one of its bodies.
    const servedBy = new Map<string, Set<string>>();
    for (const r of relations) {
      if (own.get(r.from)?.kind !== 'Person') continue;
      const to = own.get(r.to);
      const country = to?.kind === 'Country' ? r.to : knowledge.byKey(r.to)?.country;
      if (!country) continue;
      const set = servedBy.get(r.from) ?? new Set<string>();
      servedBy.set(r.from, set.add(country));
    }
    const namedPeople = new Set(linked.filter((m) => m.kind === 'Person').map((m) => m.entity));
    const references = resolveReferences({
      tokenized,
      text: doc.text,
      names: linked,
      knowledge,
      voiceAt,
      isQuoted: offsetInSpans(doc.reportedSpeech.map((r) => r.span)),
      kindOf: (id) => own.get(id)?.kind,
      titlesByPerson: titles,
      leadersOf: (country) => {
        const where = country ?? focus?.id;
        return where ? (leaders.get(where) ?? []) : [];
      },
      leadsCountry: (person) => leading.has(person),
      servesCountry: (person, country) => servedBy.get(person)?.has(country) === true,
      titleHolder: (title, country) => {
        if (!knowledge.titles.get(title)?.singleHolder) return bodyOfficeHolder(title);
        const where = country ?? focus?.id;
        const terms = where ? knowledge.holdersOf(title, where) : [];
        // "The President of Kyrgyzstan believes ... Sadyr Japarov stated this": with no date to
        // choose by, the one holder of the office the text names elsewhere.
        const person =
          holderAt(terms, doc.date) ??
          holderAt(
            terms.filter((t) => namedPeople.has(t.person.id)),
            null,
          );
        return person ? addKnownEntity(own, person) : undefined;
      },
    });
    const named = [...linked, ...references].sort((a, b) => a.start - b.start || a.end - b.end);
    // "the group said", "it added", "the statement reads": a body named before, as a subject.
    const bodyReferences = resolveBodyReferences({ tokenized, text: doc.text, names: named, kindOf: (id) => own.get(id)?.kind });
    // "Mr Japarov, I am glad to welcome you": the one a speech addresses in its first line.
    const addressees = resolveAddressees({
      tokenized,
      text: doc.text,
      turns: doc.turns,
      names: named,
      speakerAt: (offset) => voiceAt(offset)?.holder,
      honorifics: knowledge.honorifics,
      reportedSpeech: doc.reportedSpeech,
      titled: (title) => [...titles].filter(([, held]) => held.has(title)).map(([person]) => person),
    });
    bodyReferences.push(...addressees);
    return { mentions: bodyReferences.length > 0 ? [...named, ...bodyReferences].sort((a, b) => a.start - b.start || a.end - b.end) : named, entities: own };
  },
};

/** Relations only the whole document shows: who interviewed whom, and roles stated of a pronoun ("she heads ..."). */
export const documentRelationsComponent: Component<BaseLayer & TokensLayer & SpeakersLayer & RelationsLayer & ReferencesLayer, RelationsLayer> = {
  name: 'document-relations',
  run: ({ doc, knowledge, tokenized, speakers, relations, mentions, entities }) => {
    const own = workingEntities(entities, knowledge);
    const interview = interviewRelation(doc, tokenized, mentions, speakers);
    const pronounRoles = pronounRoleRelations({ text: doc.text, source: doc.id, tokenized, mentions, knowledge, kindOf: own.kindOf, governmentOf: own.governmentOf }, mentions);
    const all = interview || pronounRoles.length > 0 ? dedupeRelations([...relations, ...(interview ? [interview] : []), ...pronounRoles]) : relations;
    return { relations: all, entities: own.entities };
  },
};

/** Kinds of body whose work is to report on others: what they state of the authorities, they charge. */
const MONITOR_TYPES: ReadonlySet<string> = new Set(['ngo', 'international', 'media']);

/** Who takes which position on whom, with the quote; after the events, since a judgement may refer back to one ("the move"). */
export const stancesComponent: Component<BaseLayer & TokensLayer & FocusLayer & SpeakersLayer & RelationsLayer & OrganisationsLayer & ReferencesLayer & EventsLayer, StancesLayer> =
  {
    name: 'stances',
    run: ({ doc, knowledge, tokenized, focus, speakers, relations, organisationOf, voiceAt, mentions, entities, events }) => {
      const own = workingEntities(entities, knowledge);
      const side = ownSide(relations, knowledge, (id) => own.entities.get(id));
      const stances = extractStances({
        text: doc.text,
        source: doc.id,
        tokenized,
        mentions,
        reportedSpeech: doc.reportedSpeech,
        voiceAt,
        isQuestion: speakers.isQuestion,
        isCaption: speakers.isCaption,
        organisationOf,
        sideOf: side.sideOf,
        governmentOf: own.governmentOf,
        ...(focus ? { focusCountry: focus.id } : {}),
        events,
        isMonitor: (id) => MONITOR_TYPES.has(knowledge.byKey(id)?.orgType ?? ''),
        countryOfGovernment: (id) => governedCountry(knowledge, knowledge.byKey(id)),
      });
      return { stances, entities: own.entities };
    },
  };

/** Arrests, attacks and the like the text reports, with CAMEO codes. */
export const eventsComponent: Component<BaseLayer & TokensLayer & SpeakersLayer & ReferencesLayer, EventsLayer> = {
  name: 'events',
  run: ({ doc, tokenized, speakers, mentions }) => ({ events: findEvents({ text: doc.text, source: doc.id, tokenized, mentions, isQuestion: speakers.isQuestion }) }),
};
