/**
 * Adapts the gazetteer (src/gazetteer) to the `Knowledge` the extractor reads, converting entries
 * to `KnownEntity` records with references resolved to entity keys. Conversions are cached per
 * entry, so a lookup in the hot loop costs a Map hit.
 */
import type { GazetteerEntry } from '../../schema/gazetteer';
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import { entityIdOf } from '../gazetteer/entity-id-of';
import { nameKey } from '../gazetteer/normalise-surface';
import type { Knowledge, KnownEntity, OfficeTerm, TitleInfo } from './knowledge';

const MAX_ALIASES = 8;

export function knowledgeFromGazetteer(gazetteer: Gazetteer): Knowledge {
  const cache = new Map<GazetteerEntry, KnownEntity>();
  const capitals = new Map<GazetteerEntry, string>();
  for (const entry of gazetteer.entries) {
    if (entry.kind !== 'Country' || !entry.capital) continue;
    // Moscow was the Soviet capital too: a capital stands for the state that exists now.
    if (/\b(former|dissolved|historical|defunct|until \d{4})\b/i.test(entry.description ?? '')) continue;
    const city = gazetteer.resolveRef(entry.capital);
    if (city && !capitals.has(city)) capitals.set(city, entityIdOf(entry));
  }
  const refId = (ref: string | undefined): string | undefined => {
    if (!ref) return undefined;
    const entry = gazetteer.resolveRef(ref);
    return entry ? entityIdOf(entry) : undefined;
  };
  const toKnown = (entry: GazetteerEntry): KnownEntity => {
    const hit = cache.get(entry);
    if (hit) return hit;
    const known: KnownEntity = {
      id: entityIdOf(entry),
      kind: entry.kind,
      label: entry.label,
      // Generated variants can run to dozens; the first few (the data lists the usual ones first) go on the node.
      aliases: [...entry.acronyms, ...entry.aliases.slice(0, MAX_ALIASES)],
      ...(entry.id ? { wikidata: entry.id } : {}),
      ...(entry.description ? { description: entry.description } : {}),
      roles: [],
    };
    const country = 'country' in entry ? refId(entry.country) : undefined;
    if (country) known.country = country;
    const partOf = 'partOf' in entry ? refId(entry.partOf) : undefined;
    if (partOf) known.partOf = partOf;
    const basedIn = 'basedIn' in entry ? refId(entry.basedIn) : undefined;
    if (basedIn) known.basedIn = basedIn;
    const location = 'location' in entry ? refId(entry.location) : undefined;
    if (location) known.location = location;
    if (entry.kind === 'Organisation') known.orgType = entry.type;
    const capitalOf = capitals.get(entry);
    if (capitalOf) known.capitalOf = capitalOf;
    if (entry.kind === 'Person') {
      for (const role of entry.roles) {
        // A sector code ("government official (military)") is not an office the person is called by.
        if (role.code) continue;
        const of = refId(role.of);
        if (of) known.roles.push({ title: role.title, of, ...(role.from ? { from: role.from } : {}), ...(role.to ? { to: role.to } : {}) });
      }
    }
    cache.set(entry, known);
    return known;
  };

  // Outlets by the name they share with a place: "Fergana News", "Fergana news agency" -> "fergana".
  const outlets = new Map<string, Set<GazetteerEntry>>();
  for (const entry of gazetteer.entries) {
    if (entry.kind !== 'Organisation' || entry.type !== 'media') continue;
    for (const name of [entry.label, ...entry.aliases]) {
      const words = nameKey(name).split(' ');
      let k = words.length;
      while (k > 1 && gazetteer.orgHeadWords.has(words[k - 1]!)) k--;
      if (k === words.length) continue;
      const key = words.slice(0, k).join(' ');
      const set = outlets.get(key) ?? new Set();
      set.add(entry);
      outlets.set(key, set);
    }
  }
  // Office terms by "<canonical title>|<country key>", built on first use: most documents never ask.
  let terms: Map<string, OfficeTerm[]> | undefined;
  const canonicalTitle = (title: string): string => (gazetteer.titles.get(nameKey(title)) ?? gazetteer.titles.get(title.toLowerCase()))?.title.toLowerCase() ?? title.toLowerCase();
  const officeTerms = (): Map<string, OfficeTerm[]> => {
    if (terms) return terms;
    terms = new Map();
    for (const entry of gazetteer.entries) {
      if (entry.kind !== 'Person') continue;
      for (const role of entry.roles) {
        if (role.code) continue;
        const of = gazetteer.resolveRef(role.of);
        // A national office is looked up by its country; an office of a body of no country (the UN's
        // Secretary-General) by the body.
        const where = of ? (gazetteer.countryOf(of) ?? (of.kind === 'Organisation' ? of : undefined)) : undefined;
        if (!where) continue;
        const key = `${canonicalTitle(role.title)}|${entityIdOf(where)}`;
        const list = terms.get(key) ?? [];
        list.push({ person: toKnown(entry), ...(role.from ? { from: role.from } : {}), ...(role.to ? { to: role.to } : {}) });
        terms.set(key, list);
      }
    }
    return terms;
  };
  const titles = new Map<string, TitleInfo>();
  for (const [key, entry] of gazetteer.titles)
    titles.set(key, {
      relation: entry.relation,
      headOfState: entry.headOfState,
      singleHolder: entry.singleHolder,
      canonical: entry.title,
      ...(entry.leadsBodies.length > 0 ? { leadsBodies: new Set(entry.leadsBodies.map((w) => w.toLowerCase())) } : {}),
    });
  const groupNouns = new Map<string, string>();
  for (const [key, entry] of gazetteer.groupNouns) groupNouns.set(key, entry.label);

  return {
    matchAt(tokens, start) {
      const match = gazetteer.lookupPrefix(tokens, start);
      return match ? { entity: toKnown(match.entry), length: match.length, demonym: match.via === 'demonym' } : undefined;
    },
    demonym(word) {
      const entry = gazetteer.lookupDemonym(word);
      return entry ? toKnown(entry) : undefined;
    },
    name(surface) {
      const entry = gazetteer.lookupName(surface);
      return entry ? toKnown(entry) : undefined;
    },
    governmentOf(countryKey) {
      const entry = gazetteer.governmentOf(countryKey);
      return entry ? toKnown(entry) : undefined;
    },
    nationalAt(tokens, start, countryKey) {
      const match = gazetteer.lookupNationalPrefix(tokens, start, countryKey);
      return match ? { entity: toKnown(match.entry), length: match.length } : undefined;
    },
    isMemberOf(countryKey, bodyKey) {
      return gazetteer.isMemberOf(countryKey, bodyKey);
    },
    byKey(key) {
      const entry = gazetteer.byId(key);
      return entry ? toKnown(entry) : undefined;
    },
    outletNamed(name) {
      const set = outlets.get(nameKey(name));
      return set && set.size === 1 ? toKnown([...set][0]!) : undefined;
    },
    holdersOf(title, countryKey) {
      return officeTerms().get(`${canonicalTitle(title)}|${countryKey}`) ?? [];
    },
    titles,
    honorifics: gazetteer.honorifics,
    orgHeadWords: gazetteer.orgHeadWords,
    placeCueWords: gazetteer.placeCueWords,
    groupNouns,
  };
}

let defaultKnowledge: Knowledge | undefined;

/** The knowledge built from the project's gazetteer, loaded once. */
export function loadKnowledge(): Knowledge {
  defaultKnowledge ??= knowledgeFromGazetteer(loadGazetteer());
  return defaultKnowledge;
}
