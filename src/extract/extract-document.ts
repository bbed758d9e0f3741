/**
 * The extract stage: one SourceDocument in, its entities, mentions, relations and stances out,
 * every fact with the span and verbatim text it rests on. Pure and synchronous: tests call it
 * with a document built from a string.
 *
 * It is an ordered list of named components (mention-components.ts, statement-components.ts),
 * each reading the layers before it and adding its own (document-layers.ts). Order matters:
 * names first (they decide the country in focus), then groups, linking, speakers, relations
 * (which tell "we" whose organisation it is), then references, and stances last, since they
 * need everything before.
 */
import type { DocumentExtraction, Entity, Mention, SourceDocument } from '../../schema/records';
import {
  addLayer,
  type BaseLayer,
  type ComponentHook,
  type EventsLayer,
  type ReferencesLayer,
  type RelationsLayer,
  type SpeakersLayer,
  type StancesLayer,
  type TokensLayer,
} from './document-layers';
import { actingGroups } from './group-acts';
import type { Knowledge } from './knowledge';
import { loadKnowledge } from './knowledge-from-gazetteer';
import { focusComponent, groupsComponent, linkingComponent, metonymyComponent, namesComponent, parentsInNamesComponent, tokensComponent } from './mention-components';
import type { LocalEntity } from './resolve-names';
import {
  documentRelationsComponent,
  eventsComponent,
  organisationsComponent,
  referencesComponent,
  relationsComponent,
  speakersComponent,
  stancesComponent,
} from './statement-components';

/** The components' names in the order they run. */
export const EXTRACT_COMPONENTS: readonly string[] = [
  tokensComponent,
  namesComponent,
  focusComponent,
  groupsComponent,
  linkingComponent,
  metonymyComponent,
  parentsInNamesComponent,
  speakersComponent,
  relationsComponent,
  organisationsComponent,
  referencesComponent,
  documentRelationsComponent,
  organisationsComponent,
  eventsComponent,
  stancesComponent,
].map((c) => c.name);

export interface ExtractOptions {
  /** Told each component's name and wall time as it finishes. */
  onComponent?: ComponentHook;
}

/**
 * Extract everything one document says.
 * @example extractDocument(await readSource('import/interview.txt')).stances[0].quote
 */
export function extractDocument(doc: SourceDocument, knowledge: Knowledge = loadKnowledge(), options: ExtractOptions = {}): DocumentExtraction {
  const hook = options.onComponent;
  const base: BaseLayer = Object.freeze({ doc, knowledge });
  const tokens = addLayer(base, tokensComponent, hook);
  const names = addLayer(tokens, namesComponent, hook);
  const focus = addLayer(names, focusComponent, hook);
  const groups = addLayer(focus, groupsComponent, hook);
  const linked = addLayer(groups, linkingComponent, hook);
  const metonymy = addLayer(linked, metonymyComponent, hook);
  const parents = addLayer(metonymy, parentsInNamesComponent, hook);
  const speakers = addLayer(parents, speakersComponent, hook);
  const relations = addLayer(speakers, relationsComponent, hook);
  const organisations = addLayer(relations, organisationsComponent, hook);
  const references = addLayer(organisations, referencesComponent, hook);
  // The document-wide relations may tell whom else a speaker works for: the voices are read again.
  const documentRelations = addLayer(references, documentRelationsComponent, hook);
  const withOrganisations = addLayer(documentRelations, organisationsComponent, hook);
  const events = addLayer(withOrganisations, eventsComponent, hook);
  const stances = addLayer(events, stancesComponent, hook);
  return toExtraction(stances);
}

type Finished = BaseLayer & TokensLayer & SpeakersLayer & RelationsLayer & ReferencesLayer & StancesLayer & EventsLayer;

/** The records of a fully annotated document: only the entities something uses, mentions with their text. */
export function toExtraction({ doc, tokenized, speakers, relations, mentions, stances, events, entities }: Finished): DocumentExtraction {
  // A collective noun in passing ("analysts", "civilians") is not an actor: keep a Group only
  // when a stance, a relation or a reported event uses it, or the text has it act (group-acts.ts).
  const active = new Set<string>();
  for (const r of relations) active.add(r.from).add(r.to);
  for (const e of events) for (const id of [e.actor, e.target]) if (id) active.add(id);
  for (const s of stances) active.add(s.holder).add(s.target);
  const groupMentions = mentions.filter((m) => m.via !== 'pronoun' && m.via !== 'speaker' && entities.get(m.entity)?.kind === 'Group');
  for (const k of actingGroups(tokenized.tokens, groupMentions)) active.add(groupMentions[k]!.entity);
  const kept = mentions.filter((m) => entities.get(m.entity)?.kind !== 'Group' || active.has(m.entity));
  const used = new Set<string>([...kept.map((m) => m.entity), ...active]);
  if (speakers.interviewer) used.add(speakers.interviewer);
  if (speakers.interviewee) used.add(speakers.interviewee);
  const outMentions: Mention[] = kept.map((m) => ({ entity: m.entity, source: doc.id, span: [m.start, m.end], text: doc.text.slice(m.start, m.end), via: m.via }));
  return {
    source: doc,
    entities: toEntities(entities, used),
    mentions: outMentions,
    relations: relations.filter((r) => entities.has(r.from) && entities.has(r.to)),
    stances: stances.filter((s) => entities.has(s.holder) && entities.has(s.target)),
    events: [...events],
  };
}

export function toEntities(entities: ReadonlyMap<string, LocalEntity>, used: ReadonlySet<string>): Entity[] {
  const out: Entity[] = [];
  for (const e of entities.values()) {
    if (!used.has(e.id)) continue;
    const aliases = [...e.surfaces].filter((s) => s !== e.label && s.length > 1).sort();
    out.push({ id: e.id, kind: e.kind, label: e.label, aliases, ...(e.wikidata ? { wikidata: e.wikidata } : {}), ...(e.description ? { description: e.description } : {}) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
