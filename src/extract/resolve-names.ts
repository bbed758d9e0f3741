/**
 * Resolution of name mentions inside one document: gazetteer names to their keys, surnames to
 * the full name seen elsewhere in the text ("Bekova" -> "Aida Bekova"), acronyms to the
 * expansion they were introduced with ("Committee to Protect Journalists (CPJ)"), and every
 * remaining name to a normalised-name key. Pure.
 */
import { familyNameFirst, PATRONYMIC_WORDS } from './name-cues';
import type { EntityKind } from '../../schema/enums';
import { entityKey, normaliseName } from '../../schema/keys';
import type { RawMention } from './raw-mention';
import type { Knowledge, KnownEntity } from './knowledge';
import type { Token } from './tokenize';
import type { ResolvedMention } from './resolved-mention';
import { holderAt } from './title-holder-at';
import { missionName } from './mission-name';

export interface LocalEntity {
  id: string;
  kind: EntityKind;
  label: string;
  surfaces: Set<string>;
  wikidata?: string;
  description?: string;
}

/**
 * Add a gazetteer entity to the document's entities unless it is there already; returns its key.
 * For entities the text reaches without naming them (a government, a parent body, a speaker).
 */
export function addKnownEntity(entities: Map<string, LocalEntity>, known: KnownEntity): string {
  if (!entities.has(known.id)) {
    entities.set(known.id, {
      id: known.id,
      kind: known.kind,
      label: known.label,
      surfaces: new Set(),
      ...(known.wikidata ? { wikidata: known.wikidata } : {}),
      ...(known.description ? { description: known.description } : {}),
    });
  }
  return known.id;
}

function cleanSurface(surface: string): string {
  return surface
    .replace(/[’']s$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A personal name without its middle initials: "Antony J. Blinken" -> "Antony Blinken". */
export function withoutMiddleInitials(name: string): string {
  return name.replace(/(?<=\S)\s+\p{Lu}\.(?=\s+\S)/gu, '');
}

/** Acronym introduced in brackets right after a name: "International Partnership for Human Rights (IPHR)". */
function acronymDefinitions(mentions: readonly RawMention[], tokens: readonly Token[]): Map<string, RawMention> {
  const defs = new Map<string, RawMention>();
  for (const m of mentions) {
    const open = tokens[m.tokenEnd];
    const acronym = tokens[m.tokenEnd + 1];
    const close = tokens[m.tokenEnd + 2];
    if (open?.text === '(' && close?.text === ')' && acronym && /^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u.test(acronym.text) && m.tokenEnd - m.tokenStart > 1) {
      defs.set(acronym.text, m);
    }
  }
  // "the International Press Institute ... The IPI Deputy Director": an acronym the text never
  // defines stands for the one organisation named in full whose initials it spells.
  const byInitials = new Map<string, RawMention[]>();
  for (const m of mentions) {
    if (m.kind !== 'Organisation' || m.tokenEnd - m.tokenStart < 2) continue;
    const initials = initialsOf(tokens.slice(m.tokenStart, m.tokenEnd));
    if (initials.length < 2) continue;
    const list = byInitials.get(initials) ?? [];
    if (!list.some((x) => cleanSurface(x.surface) === cleanSurface(m.surface))) list.push(m);
    byInitials.set(initials, list);
  }
  for (const m of mentions) {
    const surface = cleanSurface(m.surface);
    if (defs.has(surface) || !/^[\p{Lu}]{2,6}$/u.test(surface)) continue;
    const named = byInitials.get(surface);
    if (named?.length === 1) defs.set(surface, named[0]!);
  }
  return defs;
}

/** "International Press Institute" -> "IPI"; the small words of a name have no letter in it. */
function initialsOf(words: readonly Token[]): string {
  return words
    .filter((t) => /^[\p{Lu}]/u.test(t.text) && !/^(?:The|Of|For|And|On|In)$/u.test(t.text))
    .map((t) => t.text[0])
    .join('');
}

/**
 * Give every name mention an entity key and collect the document's entities.
 * Group and authorities mentions are keyed here too, by their label or government entry.
 */
export function resolveNames(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
  knowledge: Knowledge,
  date: string | null = null,
): { mentions: ResolvedMention[]; entities: Map<string, LocalEntity> } {
  const entities = new Map<string, LocalEntity>();
  const register = (id: string, kind: EntityKind, label: string, surface: string | undefined, extra?: Partial<LocalEntity>): string => {
    let entity = entities.get(id);
    if (!entity) {
      entity = { id, kind, label, surfaces: new Set(), ...extra };
      entities.set(id, entity);
    } else if (entity.kind === 'Person' && kind === 'Organisation' && !extra) {
      // "Person" is the default guess for an unknown capitalised name; one mention with an
      // organisation cue ("the human rights group Sanaly Qogam") settles it for the document.
      entity.kind = 'Organisation';
    }
    if (surface) entity.surfaces.add(surface);
    return id;
  };

  const acronyms = acronymDefinitions(mentions, tokens);
  // Full person names by surname, for later single-word mentions.
  const personsBySurname = new Map<string, Set<string>>();
  const resolved: ResolvedMention[] = [];

  const keyOfUnknown = (m: RawMention): { id: string; label: string; kind: EntityKind } => {
    const written = m.label ?? cleanSurface(m.surface);
    // "Robert O. Blake" and "Robert Blake" in one text are one person: a middle initial is no part of the key.
    const plain = m.kind === 'Person' ? withoutMiddleInitials(written) : written;
    const known = knowledge.name(written) ?? (plain !== written ? knowledge.name(plain) : undefined);
    if (known) return { id: known.id, label: known.label, kind: known.kind };
    // "EU Delegation in the Republic of Tajikistan" and "Delegation of the European Union to Tajikistan": one mission, one key.
    const mission = m.kind === 'Organisation' ? missionName(written, knowledge) : undefined;
    if (mission) return { id: entityKey(mission), label: mission, kind: m.kind };
    return { id: entityKey(plain), label: written, kind: m.kind };
  };

  // First pass: everything except single-word unknown names, which may be surnames or acronyms.
  const deferred: RawMention[] = [];
  for (const m of mentions) {
    if (m.known) {
      const k = m.known;
      const surface = m.via === 'demonym' || m.via === 'authorities' ? undefined : cleanSurface(m.surface);
      const id = register(k.id, k.kind, k.label, surface, { ...(k.wikidata ? { wikidata: k.wikidata } : {}), ...(k.description ? { description: k.description } : {}) });
      // The gazetteer's other names belong to the node too, so a search for any of them finds it.
      for (const alias of k.aliases) entities.get(id)!.surfaces.add(alias);
      resolved.push({ ...m, entity: id });
      if (k.kind === 'Person') addSurname(personsBySurname, k.label, id);
      continue;
    }
    const words = m.tokenEnd - m.tokenStart;
    // "Bekova kyzy" after "Aizada Bekova kyzy": a surname with its patronymic is a surname too.
    const patronymicSurname = m.kind === 'Person' && words === 2 && PATRONYMIC_WORDS.has(tokens[m.tokenEnd - 1]?.lower ?? '');
    const initialled = words > 1 && GLUED_INITIAL.test(cleanSurface(m.surface)) && !/\s/u.test(cleanSurface(m.surface));
    if (m.via === 'name' && (words === 1 || patronymicSurname || initialled)) {
      deferred.push(m);
      continue;
    }
    const acronymOf = acronyms.get(cleanSurface(m.surface));
    const target = acronymOf ? keyOfUnknown(acronymOf) : keyOfUnknown(m);
    const id = register(target.id, target.kind, target.label, cleanSurface(m.surface));
    resolved.push({ ...m, kind: target.kind, entity: id });
    if (target.kind === 'Person') addSurname(personsBySurname, target.label, id);
  }
  // "Karimova" after "Laylo Karimova": a single-word gazetteer match of a person is the local
  // person with that surname when the text never names the gazetteer's person in full.
  const namedInFull = new Map<string, Set<string>>();
  for (const m of resolved) if (m.kind === 'Person' && m.tokenEnd - m.tokenStart > 1) addSurname(namedInFull, entities.get(m.entity)!.label, m.entity);
  for (const m of resolved) {
    if (!m.known || m.known.kind !== 'Person' || m.tokenEnd - m.tokenStart !== 1) continue;
    const owners = namedInFull.get(normaliseName(cleanSurface(m.surface)));
    if (!owners || owners.size !== 1 || owners.has(m.entity)) continue;
    const fullyNamed = resolved.some((o) => o.entity === m.entity && o.tokenEnd - o.tokenStart > 1);
    if (fullyNamed) continue;
    const local = [...owners][0]!;
    entities.get(local)!.surfaces.add(cleanSurface(m.surface));
    const known = entities.get(m.entity);
    m.entity = local;
    m.via = 'surname';
    delete m.known;
    if (known && !resolved.some((o) => o.entity === known.id)) entities.delete(known.id);
  }
  // "Karimova" alone, with nothing of the gazetteer's Karimova around: a surname is weak evidence,
  // so it names the gazetteer's person only when the text reaches that person's country or one
  // of the bodies the person served in; otherwise it is someone else with that surname.
  const reached = new Set<string>();
  for (const m of mentions) if (m.known && m.known.kind !== 'Person') reached.add(m.known.id).add(m.known.country ?? m.known.id);
  const inFull = new Set<string>();
  for (const o of resolved) if (o.tokenEnd - o.tokenStart > 1) inFull.add(o.entity);
  for (const m of resolved) {
    const k = m.known;
    if (!k || k.kind !== 'Person' || m.tokenEnd - m.tokenStart !== 1 || m.via !== 'alias') continue;
    if (!k.country && k.roles.length === 0) continue;
    if ((k.country && reached.has(k.country)) || k.roles.some((r) => reached.has(r.of))) continue;
    // "Secretary Kerry": a title the person held is context enough.
    const title = m.title?.text.toLowerCase();
    if (title && k.roles.some((r) => r.title.toLowerCase().split(/\s+/)[0] === title.split(/\s+/).pop())) continue;
    if (inFull.has(m.entity)) continue;
    const surface = cleanSurface(m.surface);
    const id = register(entityKey(surface), 'Person', surface, surface);
    const known = m.entity;
    m.entity = id;
    m.via = 'name';
    delete m.known;
    if (!resolved.some((o) => o.entity === known)) entities.delete(known);
  }
  const countries = new Set<string>();
  for (const m of mentions) {
    if (m.known?.kind === 'Country') countries.add(m.known.id);
    else if (m.known?.country) countries.add(m.known.country);
  }
  for (const m of deferred) {
    const surface = cleanSurface(m.surface);
    const acronymOf = acronyms.get(surface);
    if (acronymOf) {
      const target = keyOfUnknown(acronymOf);
      const id = register(target.id, target.kind, target.label, surface);
      resolved.push({ ...m, kind: target.kind, via: 'acronym', entity: id });
      continue;
    }
    // "N.Nazarbayev": an initial glued to the surname, as Kazakh and Russian copy writes it.
    const owners = personsBySurname.get(normaliseName(surface)) ?? personsBySurname.get(normaliseName(surface.replace(GLUED_INITIAL, '')));
    // "President Berdimuhamedow" when the gazetteer has two presidents of that name: the one
    // who held the title on the document's date.
    const holder = !owners && m.title ? titledHolder(m, surface, countries, knowledge, date) : undefined;
    if (holder) {
      const id = register(holder.id, holder.kind, holder.label, surface, {
        ...(holder.wikidata ? { wikidata: holder.wikidata } : {}),
        ...(holder.description ? { description: holder.description } : {}),
      });
      resolved.push({ ...m, kind: 'Person', via: 'alias', known: holder, entity: id });
      continue;
    }
    if (owners && owners.size === 1) {
      const id = [...owners][0]!;
      entities.get(id)!.surfaces.add(surface);
      resolved.push({ ...m, kind: 'Person', via: 'surname', entity: id });
      continue;
    }
    const target = keyOfUnknown(m);
    const id = register(target.id, target.kind, target.label, surface);
    resolved.push({ ...m, kind: target.kind, entity: id });
  }
  mergeSpellingVariants(resolved, entities);
  mergeFirstNameAndPatronymic(resolved, entities);
  mergeCountrySuffixes(resolved, entities, knowledge);
  resolved.sort((a, b) => a.start - b.start || b.end - a.end);
  // Every mention takes its entity's final kind.
  for (const m of resolved) m.kind = entities.get(m.entity)?.kind ?? m.kind;
  return { mentions: resolved, entities };
}

/**
 * The gazetteer person who held the mention's title in one of the document's countries on its
 * date and whose names include the surface, when exactly one did.
 */
function titledHolder(m: RawMention, surface: string, countries: ReadonlySet<string>, knowledge: Knowledge, date: string | null): KnownEntity | undefined {
  if (!m.title || !date) return undefined;
  const words = m.title.text.toLowerCase().split(/\s+/);
  const key = normaliseName(surface);
  const found = new Map<string, KnownEntity>();
  for (let k = 0; k < words.length; k++) {
    const title = words.slice(k).join(' ');
    if (!knowledge.titles.has(title)) continue;
    for (const country of countries) {
      const person = holderAt(knowledge.holdersOf(title, country), date);
      if (person && [person.label, ...person.aliases].some((n) => normaliseName(n) === key || normaliseName(n.split(/\s+/).pop() ?? '') === key)) found.set(person.id, person);
    }
    if (found.size > 0) break;
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Edit distance of at most one (a letter changed, added or dropped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "Dzhamilia Maricheva" and "Dzhamilya Maricheva" in one text are one person written two ways:
 * two unknown persons with the same surname and given names one letter apart (of at least five
 * letters, so "Ilya"/"Olga"-like short names never merge) join the one mentioned more often.
 */
export function mergeSpellingVariants(resolved: ResolvedMention[], entities: Map<string, LocalEntity>): void {
  const count = new Map<string, number>();
  for (const m of resolved) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  const persons = [...entities.values()].filter((e) => e.kind === 'Person' && e.id.startsWith('n:') && e.label.split(/\s+/).length === 2);
  for (const a of persons) {
    for (const b of persons) {
      if (a === b || !entities.has(a.id) || !entities.has(b.id)) continue;
      const [ga, sa] = a.label.toLowerCase().split(/\s+/) as [string, string];
      const [gb, sb] = b.label.toLowerCase().split(/\s+/) as [string, string];
      if (sa !== sb || ga === gb || Math.min(ga.length, gb.length) < 5 || !withinOneEdit(ga, gb)) continue;
      // Keep the one mentioned more often (the first on a tie).
      if ((count.get(a.id) ?? 0) < (count.get(b.id) ?? 0)) continue;
      for (const surface of b.surfaces) a.surfaces.add(surface);
      a.surfaces.add(b.label);
      for (const m of resolved) if (m.entity === b.id) m.entity = a.id;
      entities.delete(b.id);
    }
  }
}

/** A Russian-style patronymic: "Sharshenovich", "Kemelevich", "Vladimirovna", "Ilyich". */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ich|ichna)$/u;

/**
 * "Almazbek Sharshenovich" after "Almazbek Atambayev": a first name and a patronymic, the way
 * Russian speech addresses someone with respect, is the one person of the text with that first
 * name, when there is exactly one.
 */
export function mergeFirstNameAndPatronymic(resolved: ResolvedMention[], entities: Map<string, LocalEntity>): void {
  const persons = [...entities.values()].filter((e) => e.kind === 'Person');
  for (const polite of persons) {
    const [first, patronymic, ...rest] = polite.label.split(/\s+/u);
    if (!first || !patronymic || rest.length > 0 || !PATRONYMIC.test(patronymic) || !polite.id.startsWith('n:')) continue;
    const owners = persons.filter((p) => p !== polite && entities.has(p.id) && [p.label, ...p.surfaces].some((s) => s.split(/\s+/u)[0] === first && s.split(/\s+/u).length >= 2));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    for (const surface of polite.surfaces) owner.surfaces.add(surface);
    owner.surfaces.add(polite.label);
    for (const m of resolved) if (m.entity === polite.id) m.entity = owner.id;
    entities.delete(polite.id);
  }
}

/**
 * "the Committee for Environmental Protection" after "the Committee for Environmental Protection
 * of Tajikistan": an unknown organisation named once with its country and once without is one
 * body, under the fuller name.
 */
export function mergeCountrySuffixes(resolved: ResolvedMention[], entities: Map<string, LocalEntity>, knowledge: Knowledge): void {
  const orgs = [...entities.values()].filter((e) => e.kind === 'Organisation' && e.id.startsWith('n:'));
  for (const full of orgs) {
    const parts = /^(.+) of (?:the )?(\p{Lu}.+)$/u.exec(full.label);
    if (!parts || knowledge.name(parts[2]!)?.kind !== 'Country') continue;
    const short = orgs.find((o) => o !== full && entities.has(o.id) && normaliseName(o.label) === normaliseName(parts[1]!));
    if (!short) continue;
    for (const surface of short.surfaces) full.surfaces.add(surface);
    for (const m of resolved) if (m.entity === short.id) m.entity = full.id;
    entities.delete(short.id);
  }
}

/** An initial glued to a surname: "N.Nazarbayev", "K.Tokayev". */
const GLUED_INITIAL = /^\p{Lu}\.(?=\p{Lu}\p{Ll})/u;

function addSurname(index: Map<string, Set<string>>, label: string, id: string): void {
  const parts = label.split(/\s+/);
  if (parts.length < 2) return;
  const add = (surname: string) => {
    let set = index.get(surname);
    if (!set) index.set(surname, (set = new Set()));
    set.add(id);
  };
  const last = parts[parts.length - 1]!;
  // "Ban Ki-moon", "Moon Jae-in": a Korean name puts the family name first, and "Mr. Ban" is its short form.
  const family = familyNameFirst(label);
  if (family) add(normaliseName(family));
  // "Aizada Bekova kyzy" is "Bekova kyzy" and "Bekova" for short; "kyzy" alone is nobody's name.
  if (PATRONYMIC_WORDS.has(last.toLowerCase()) && parts.length >= 3) {
    add(normaliseName(parts.slice(-2).join(' ')));
    add(normaliseName(parts[parts.length - 2]!));
    return;
  }
  add(normaliseName(last));
}
