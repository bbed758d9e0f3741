/**
 * The extract stage: one SourceDocument in, its entities, mentions, relations and stances out,
 * every fact with the span and verbatim text it rests on. Pure and synchronous: tests call it
 * with a document built from a string.
 *
 * Order matters: names first (they decide the country in focus), then groups and authorities,
 * then name resolution, speakers, relations (which tell "we" whose organisation it is), then
 * pronouns, and stances last, since they need everything before.
 */
import type { DocumentExtraction, Entity, Mention, Relation, SourceDocument } from '../../schema/records';
import { addKnownEntity, resolveNames, type LocalEntity } from '../resolve/resolve-names';
import { resolveReferences } from '../resolve/resolve-references';
import type { ResolvedMention } from '../resolve/resolved-mention';
import { extractSentenceRelations, dedupeRelations } from './extract-relations';
import { extractStances } from './extract-stances';
import { findEvents } from './find-events';
import { pronounRoleRelations } from './pronoun-role-relations';
import { findGroupMentions } from './find-group-mentions';
import { actingGroups } from './group-acts';
import { findNameMentions } from './find-name-mentions';
import type { RawMention } from './raw-mention';
import type { Knowledge, KnownEntity } from './knowledge';
import { loadKnowledge } from './knowledge-from-gazetteer';
import { tokenizeBlocks } from './tokenize';
import { offsetInSpans } from './offset-in-spans';
import { parentsNamedInside } from '../resolve/parents-named-inside';
import { capitalsAsCountries, troopsAsTheNamedForce } from '../resolve/resolve-metonymy';
import { interviewRelation, resolveSpeakers } from '../resolve/resolve-speakers';
import { holderAt } from '../resolve/title-holder-at';
import { ownSide } from './own-side';

/** Every block whose names count, in reading order: the body, the headline, datelines and captions. */
export function textBlocks(doc: SourceDocument): Array<[number, number]> {
  const blocks: Array<[number, number]> = [...doc.body, ...doc.captions, ...(doc.headline ? [doc.headline] : []), ...(doc.datelines ?? [])];
  return blocks.sort((a, b) => a[0] - b[0]);
}

/** The country the document is mostly about: the most mentioned one, the first on a tie. */
export function focusCountry(mentions: readonly RawMention[], knowledge: Knowledge, leadEnd = 0): KnownEntity | undefined {
  const counts = new Map<string, { entity: KnownEntity; count: number; first: number }>();
  for (const m of mentions) {
    if (!m.known) continue;
    // A city or region counts for its country: a report datelined Dushanbe is about Tajikistan.
    const country = m.kind === 'Country' ? m.known : m.kind === 'City' || m.kind === 'Region' ? (m.known.country ? knowledge.byKey(m.known.country) : undefined) : undefined;
    if (!country || country.kind !== 'Country') continue;
    const entry = counts.get(country.id) ?? { entity: country, count: 0, first: m.start };
    entry.count += (m.kind === 'Country' ? 1 : 0.5) * (m.start < leadEnd ? 2 : 1);
    counts.set(country.id, entry);
  }
  let best: { entity: KnownEntity; count: number; first: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count || (c.count === best.count && c.first < best.first)) best = c;
  return best?.entity;
}

export function titlesByPerson(
  mentions: readonly ResolvedMention[],
  entities: Map<string, LocalEntity>,
  knowledge: Knowledge,
  relations: readonly Relation[] = [],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (person: string, title: string) => {
    let set = out.get(person);
    if (!set) out.set(person, (set = new Set()));
    set.add(title.toLowerCase());
  };
  for (const m of mentions) {
    if (m.kind !== 'Person') continue;
    if (m.title) {
      const words = m.title.text.toLowerCase().split(/\s+/);
      for (let k = 0; k < words.length; k++) {
        const phrase = words.slice(k).join(' ');
        if (knowledge.titles.has(phrase)) add(m.entity, phrase);
      }
    }
    for (const role of m.known?.roles ?? []) if (entities.has(role.of)) add(m.entity, role.title);
  }
  // "Zarina Alieva, the ambassador of Uzbekistan": a role the text gives in an apposition is a
  // title too, unless it is one the person no longer holds ("former head").
  for (const r of relations) {
    if (!r.role || entities.get(r.from)?.kind !== 'Person' || /^(former|ex-|ex |then|late)\b/i.test(r.role)) continue;
    const words = r.role.toLowerCase().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const phrase = words.slice(k).join(' ');
      if (knowledge.titles.has(phrase)) add(r.from, phrase);
    }
  }
  return out;
}

export function toEntities(entities: Map<string, LocalEntity>, used: ReadonlySet<string>): Entity[] {
  const out: Entity[] = [];
  for (const e of entities.values()) {
    if (!used.has(e.id)) continue;
    const aliases = [...e.surfaces].filter((s) => s !== e.label && s.length > 1).sort();
    out.push({ id: e.id, kind: e.kind, label: e.label, aliases, ...(e.wikidata ? { wikidata: e.wikidata } : {}), ...(e.description ? { description: e.description } : {}) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Extract everything one document says.
 * @example extractDocument(await readSource('import/interview.txt')).stances[0].quote
 */
export function extractDocument(doc: SourceDocument, knowledge: Knowledge = loadKnowledge()): DocumentExtraction {
  // The headline, datelines and captions are read for names too; nobody speaks in them.
  const tokenized = tokenizeBlocks(doc.plain, textBlocks(doc));
  const names = findNameMentions(tokenized, doc.text, knowledge);
  // The title and the first paragraph say what the text is about.
  const leadEnd = doc.body[Math.min(1, doc.body.length - 1)]?.[1] ?? 0;
  const focus = focusCountry(names, knowledge, leadEnd);
  const groups = findGroupMentions(tokenized, doc.text, knowledge, names, focus);
  const { mentions: named, entities } = resolveNames([...names, ...groups], tokenized.tokens, knowledge, doc.date);
  capitalsAsCountries(named, tokenized.tokens, entities, knowledge);
  troopsAsTheNamedForce(named, entities);
  const resolved = [...named, ...parentsNamedInside(named, entities, knowledge)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kindOf = (id: string) => entities.get(id)?.kind;

  let relations: Relation[] = [];
  const speakers = resolveSpeakers(doc, entities, knowledge, () => relations);
  const governmentOf = (country: string): string | undefined => {
    const government = knowledge.governmentOf(country);
    if (!government) return undefined;
    return addKnownEntity(entities, government);
  };
  relations = extractSentenceRelations({
    text: doc.text,
    source: doc.id,
    tokenized,
    mentions: resolved,
    knowledge,
    kindOf,
    governmentOf,
    knownEntity: (known) => addKnownEntity(entities, known),
  });

  const references = resolveReferences({
    tokenized,
    text: doc.text,
    names: resolved,
    knowledge,
    voiceAt: speakers.voiceAt,
    isQuoted: offsetInSpans(doc.reportedSpeech.map((r) => r.span)),
    kindOf,
    titlesByPerson: titlesByPerson(resolved, entities, knowledge, relations),
    titleHolder: (title, country) => {
      if (!knowledge.titles.get(title)?.singleHolder) return undefined;
      const where = country ?? focus?.id;
      const person = where ? holderAt(knowledge.holdersOf(title, where), doc.date) : undefined;
      return person ? addKnownEntity(entities, person) : undefined;
    },
  });
  const mentions = [...resolved, ...references].sort((a, b) => a.start - b.start || a.end - b.end);
  const interview = interviewRelation(doc, tokenized, mentions, speakers);
  const pronounRoles = pronounRoleRelations({ text: doc.text, source: doc.id, tokenized, mentions, knowledge, kindOf, governmentOf }, mentions);
  if (interview || pronounRoles.length > 0) relations = dedupeRelations([...relations, ...(interview ? [interview] : []), ...pronounRoles]);

  const side = ownSide(relations, knowledge, (id) => entities.get(id));
  const stances = extractStances({
    text: doc.text,
    source: doc.id,
    tokenized,
    mentions,
    reportedSpeech: doc.reportedSpeech,
    voiceAt: speakers.voiceAt,
    isQuestion: speakers.isQuestion,
    isCaption: speakers.isCaption,
    organisationOf: speakers.organisationOf,
    sideOf: side.sideOf,
    governmentOf,
    ...(focus ? { focusCountry: focus.id } : {}),
  });

  const events = findEvents({ text: doc.text, source: doc.id, tokenized, mentions, isQuestion: speakers.isQuestion });

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
    events,
  };
}
