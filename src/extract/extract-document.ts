/**
 * The extract stage: one SourceDocument in, its entities, mentions, relations and stances out,
 * every fact with the span and verbatim text it rests on. Pure and synchronous: tests call it
 * with a document built from a string.
 *
 * Order matters: names first (they decide the country in focus), then groups and authorities,
 * then name resolution, speakers, relations (which tell "we" whose organisation it is), then
 * pronouns, and stances last, since they need everything before.
 */
import type { EntityKind } from '../../schema/enums';
import { entityKey, normaliseName } from '../../schema/keys';
import type { DocumentExtraction, Entity, Mention, Relation, SourceDocument } from '../../schema/records';
import { resolveNames, type LocalEntity } from '../resolve/resolve-names';
import { resolveReferences } from '../resolve/resolve-references';
import type { ResolvedMention } from '../resolve/resolved-mention';
import { evidenceAt } from './evidence';
import { extractSentenceRelations, dedupeRelations } from './extract-relations';
import { extractStances, type Voice } from './extract-stances';
import { findGroupMentions, findNameMentions, type RawMention } from './find-mentions';
import type { Knowledge, KnownEntity } from './knowledge';
import { loadKnowledge } from './knowledge-from-gazetteer';
import { tokenizeBlocks, type Token, type TokenizedText } from './tokenize';

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

const ORG_LIKE_SPEAKER = /\.(asia|kz|kg|uz|tj|ru|com|org|net|media|info)$|^[\p{Lu}\d&.-]{2,}$/u;

function speakerEntity(name: string, entities: Map<string, LocalEntity>, knowledge: Knowledge): string {
  const key = normaliseName(name);
  for (const e of entities.values()) {
    if (normaliseName(e.label) === key || [...e.surfaces].some((s) => normaliseName(s) === key)) return e.id;
  }
  const known = knowledge.name(name);
  if (known) {
    if (!entities.has(known.id)) entities.set(known.id, { id: known.id, kind: known.kind, label: known.label, surfaces: new Set(), ...(known.wikidata ? { wikidata: known.wikidata } : {}) });
    return known.id;
  }
  const words = name.trim().split(/\s+/);
  const surname = normaliseName(words[words.length - 1]!);
  for (const e of entities.values()) if (e.kind === 'Person' && normaliseName(e.label).endsWith(`-${surname}`) && words.length === 1) return e.id;
  const kind: EntityKind = ORG_LIKE_SPEAKER.test(name) || words.some((w) => knowledge.orgHeadWords.has(w.toLowerCase())) ? 'Organisation' : 'Person';
  const id = entityKey(name);
  if (!entities.has(id)) entities.set(id, { id, kind, label: name.trim(), surfaces: new Set() });
  return id;
}

interface Speakers {
  voiceAt: (offset: number) => Voice | undefined;
  organisationOf: (entity: string) => string | undefined;
  isQuestion: (offset: number) => boolean;
  interviewer?: string;
  interviewee?: string;
}

/** A speaker the text only quotes is already among the mentions; find it without inventing one. */
function quotedSpeakerEntity(name: string, entities: Map<string, LocalEntity>, knowledge: Knowledge): string | undefined {
  const key = normaliseName(name);
  for (const e of entities.values()) if (normaliseName(e.label) === key || [...e.surfaces].some((s) => normaliseName(s) === key)) return e.id;
  for (const e of entities.values()) if (key.endsWith(`-${normaliseName(e.label)}`) && e.kind === 'Person') return e.id;
  return knowledge.name(name)?.id;
}

function resolveSpeakers(doc: SourceDocument, entities: Map<string, LocalEntity>, knowledge: Knowledge, relations: () => readonly Relation[]): Speakers {
  const ids = new Map<string, string>();
  for (const s of doc.speakers) {
    const id = s.role === 'quoted' ? quotedSpeakerEntity(s.name, entities, knowledge) : speakerEntity(s.name, entities, knowledge);
    if (id) ids.set(s.name, id);
  }
  const interviewer = doc.speakers.find((s) => s.role === 'interviewer');
  const interviewee = doc.speakers.find((s) => s.role === 'interviewee');
  const author = doc.speakers.find((s) => s.role === 'author');
  const organisationOf = (person: string): string | undefined => {
    const r = relations().find((x) => x.from === person && (x.type === 'WORKS_FOR' || x.type === 'LEADS') && entities.get(x.to)?.kind === 'Organisation');
    return r?.to;
  };
  const turnAt = (offset: number) => doc.turns.find((t) => t.span[0] <= offset && offset < t.span[1]);
  // An author speaks in an analysis or a column; a news report quotes others and its reporter
  // takes no position, so narration full of quotes has no voice of its own.
  const paragraphs = doc.turns.filter((t) => t.kind === 'paragraph').length;
  const opinionated = paragraphs > 0 && doc.reportedSpeech.length / paragraphs < 0.34;
  return {
    voiceAt(offset) {
      const turn = turnAt(offset);
      if (!turn) return undefined;
      let speaker: string | undefined;
      if (turn.kind === 'answer') speaker = turn.speaker ? ids.get(turn.speaker) ?? speakerEntity(turn.speaker, entities, knowledge) : interviewee && ids.get(interviewee.name);
      else if (turn.kind === 'paragraph' && turn.role === 'author' && author && opinionated) speaker = ids.get(author.name);
      if (!speaker) return undefined;
      const organisation = organisationOf(speaker);
      return organisation ? { holder: speaker, organisation } : { holder: speaker };
    },
    isQuestion: (offset) => turnAt(offset)?.kind === 'question',
    organisationOf,
    ...(interviewer ? { interviewer: ids.get(interviewer.name)! } : {}),
    ...(interviewee ? { interviewee: ids.get(interviewee.name)! } : {}),
  };
}

/** INTERVIEWED, evidenced by a sentence naming both parties, or one that says "interview" and names the interviewee. */
function interviewRelation(doc: SourceDocument, tokenized: TokenizedText, mentions: readonly ResolvedMention[], speakers: Speakers): Relation | undefined {
  const { interviewer, interviewee } = speakers;
  if (!interviewer || !interviewee || interviewer === interviewee) return undefined;
  let fallback: [number, number] | undefined;
  for (const sentence of tokenized.sentences) {
    const here = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const hasInterviewee = here.some((m) => m.entity === interviewee);
    if (!hasInterviewee) continue;
    const words = doc.text.slice(sentence.start, sentence.end);
    if (here.some((m) => m.entity === interviewer) && /\b(interview|spoke|talked|asked|told)\w*/i.test(words)) return { type: 'INTERVIEWED', from: interviewer, to: interviewee, confidence: 0.9, evidence: evidenceAt(doc.text, doc.id, sentence.start, sentence.end) };
    if (!fallback && /\binterview/i.test(words)) fallback = [sentence.start, sentence.end];
  }
  return fallback ? { type: 'INTERVIEWED', from: interviewer, to: interviewee, confidence: 0.7, evidence: evidenceAt(doc.text, doc.id, fallback[0], fallback[1]) } : undefined;
}

function titlesByPerson(mentions: readonly ResolvedMention[], entities: Map<string, LocalEntity>, knowledge: Knowledge): Map<string, Set<string>> {
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
  return out;
}

function toEntities(entities: Map<string, LocalEntity>, used: ReadonlySet<string>): Entity[] {
  const out: Entity[] = [];
  for (const e of entities.values()) {
    if (!used.has(e.id)) continue;
    const aliases = [...e.surfaces].filter((s) => s !== e.label && s.length > 1).sort();
    out.push({ id: e.id, kind: e.kind, label: e.label, aliases, ...(e.wikidata ? { wikidata: e.wikidata } : {}), ...(e.description ? { description: e.description } : {}) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * "Tashkent's decision", "Washington will listen", "Moscow says": a capital acting or owning
 * stands for its country. A capital after a preposition ("in Tashkent") stays a place.
 */
function capitalsAsCountries(mentions: ResolvedMention[], tokens: readonly Token[], entities: Map<string, LocalEntity>, knowledge: Knowledge): void {
  for (const m of mentions) {
    const country = m.known?.capitalOf;
    if (m.kind !== 'City' || !country || m.via === 'demonym') continue;
    const prev = tokens[m.tokenStart - 1];
    if (prev && /^(in|at|from|to|near|of|into|via|outside|around|across|between|and|,)$/i.test(prev.lower)) continue;
    const next = tokens[m.tokenEnd];
    const acts = next && (/^[’']s$/.test(next.lower) || next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === tokens[m.tokenStart]!.sentence;
    if (!acts) continue;
    // "Brussels deserves credit" in a text about the EU: the seat stands for the body, unless the
    // text names the country whose capital it is.
    const seated = mentions.find((o) => o.known?.kind === 'Organisation' && o.known.orgType === 'international' && o.known.basedIn === m.entity);
    const countryNamed = mentions.some((o) => o.entity === country);
    const entry = seated && !countryNamed ? seated.known! : knowledge.byKey(country);
    if (!entry) continue;
    if (!entities.has(entry.id)) entities.set(entry.id, { id: entry.id, kind: entry.kind, label: entry.label, surfaces: new Set(), ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) });
    m.entity = entry.id;
    m.kind = entry.kind;
    m.known = entry;
    m.via = 'alias';
  }
}

const MILITARY = /\b(forces|troops|peacekeepers|peacekeeping|contingent|soldiers|servicemen)\b/i;

/**
 * "Foreign troops should withdraw" in a text that names one armed force ("CSTO forces"): the
 * generic words mean that force. With two or more named forces the text stays as written.
 */
function troopsAsTheNamedForce(mentions: ResolvedMention[], entities: Map<string, LocalEntity>): void {
  const named = [...new Set(mentions.filter((m) => m.kind === 'Group' && m.known && MILITARY.test(m.known.label)).map((m) => m.entity))];
  if (named.length !== 1) return;
  const force = entities.get(named[0]!)!;
  for (const m of mentions) {
    if (m.kind !== 'Group' || m.known || m.country || !MILITARY.test(m.label ?? '') || /security forces/i.test(m.label ?? '')) continue;
    const generic = entities.get(m.entity);
    force.surfaces.add(m.surface.replace(/\s+/g, ' '));
    m.entity = force.id;
    if (generic && !mentions.some((o) => o.entity === generic.id)) entities.delete(generic.id);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A body named inside a name ("UN" in "UN Special Rapporteurs", "OSCE" in "OSCE Representative on
 * Freedom of the Media") is mentioned there too: find the nearest such ancestor along `partOf`,
 * record it for PART_OF and add its mention (with an empty token range, so it never becomes a
 * stance actor of its own).
 */
function parentsNamedInside(mentions: ResolvedMention[], entities: Map<string, LocalEntity>, knowledge: Knowledge): ResolvedMention[] {
  const extra: ResolvedMention[] = [];
  for (const m of mentions) {
    // A national body is part of its country; a government is the country's own, not a part of it.
    let key = m.known?.partOf ?? (m.known?.kind === 'Organisation' && m.known.orgType !== 'government' ? m.known.country : undefined);
    for (let depth = 0; key && depth < 4; depth++) {
      const parent = knowledge.byKey(key);
      if (!parent) break;
      for (const name of [parent.label, ...parent.aliases]) {
        const caseSensitive = /^[\p{Lu}\d&.-]+$/u.test(name);
        const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').exec(m.surface);
        if (!found || name === m.surface) continue;
        m.parentInName = parent.id;
        if (!entities.has(parent.id)) entities.set(parent.id, { id: parent.id, kind: parent.kind, label: parent.label, surfaces: new Set(), ...(parent.wikidata ? { wikidata: parent.wikidata } : {}), ...(parent.description ? { description: parent.description } : {}) });
        const start = m.start + found.index;
        extra.push({ ...m, start, end: start + found[0].length, tokenEnd: m.tokenStart, surface: found[0], kind: parent.kind, via: caseSensitive ? 'acronym' : 'alias', known: parent, entity: parent.id });
        break;
      }
      if (m.parentInName) break;
      key = parent.partOf;
    }
  }
  return extra;
}

/**
 * Extract everything one document says.
 * @example extractDocument(await readSource('import/interview.txt')).stances[0].quote
 */
export function extractDocument(doc: SourceDocument, knowledge: Knowledge = loadKnowledge()): DocumentExtraction {
  const tokenized = tokenizeBlocks(doc.plain, doc.body);
  const names = findNameMentions(tokenized, doc.text, knowledge);
  // The title and the first paragraph say what the text is about.
  const leadEnd = doc.body[Math.min(1, doc.body.length - 1)]?.[1] ?? 0;
  const groups = findGroupMentions(tokenized, doc.text, knowledge, names, focusCountry(names, knowledge, leadEnd));
  const { mentions: named, entities } = resolveNames([...names, ...groups], tokenized.tokens, knowledge);
  capitalsAsCountries(named, tokenized.tokens, entities, knowledge);
  troopsAsTheNamedForce(named, entities);
  const resolved = [...named, ...parentsNamedInside(named, entities, knowledge)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kindOf = (id: string) => entities.get(id)?.kind;

  let relations: Relation[] = [];
  const speakers = resolveSpeakers(doc, entities, knowledge, () => relations);
  const governmentOf = (country: string): string | undefined => {
    const government = knowledge.governmentOf(country);
    if (!government) return undefined;
    if (!entities.has(government.id)) entities.set(government.id, { id: government.id, kind: government.kind, label: government.label, surfaces: new Set(), ...(government.wikidata ? { wikidata: government.wikidata } : {}) });
    return government.id;
  };
  relations = extractSentenceRelations({ text: doc.text, source: doc.id, tokenized, mentions: resolved, knowledge, kindOf, governmentOf });

  const quoted = doc.reportedSpeech.map((r) => r.span);
  const references = resolveReferences({
    tokenized,
    text: doc.text,
    names: resolved,
    knowledge,
    voiceAt: speakers.voiceAt,
    isQuoted: (offset) => quoted.some(([s, e]) => s <= offset && offset < e),
    kindOf,
    titlesByPerson: titlesByPerson(resolved, entities, knowledge),
  });
  const mentions = [...resolved, ...references].sort((a, b) => a.start - b.start || a.end - b.end);
  const interview = interviewRelation(doc, tokenized, mentions, speakers);
  if (interview) relations = dedupeRelations([...relations, interview]);

  const stances = extractStances({
    text: doc.text,
    source: doc.id,
    tokenized,
    mentions,
    reportedSpeech: doc.reportedSpeech,
    voiceAt: speakers.voiceAt,
    isQuestion: speakers.isQuestion,
    organisationOf: speakers.organisationOf,
  });

  // A collective noun in passing ("analysts", "civilians") is not an actor: keep a Group only
  // when a stance or a relation uses it.
  const active = new Set<string>();
  for (const r of relations) active.add(r.from).add(r.to);
  for (const s of stances) active.add(s.holder).add(s.target);
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
  };
}
