/**
 * Consistency rules the schemas alone cannot express: ids are unique, every reference resolves to
 * an entry of a fitting kind, and no name is claimed by two referents unless
 * `shared-aliases.json` says it is on purpose. Pure: returns the problems, one line each.
 */
import type { EntityKind } from '../../schema/enums';
import type { GazetteerEntry } from '../../schema/gazetteer';
import { entityKey } from '../../schema/keys';
import { entityIdOf } from './entity-id-of';
import { expandEntries } from './expand-entries';
import { nameKey, piecesOf } from './normalise-surface';
import type { GazetteerData } from './read-gazetteer-files';

const PLACE: readonly EntityKind[] = ['Country', 'Region', 'City'];

/** Which kinds each reference field may point at. */
function referencesOf(entry: GazetteerEntry): { field: string; ref: string; kinds: readonly EntityKind[] }[] {
  const refs: { field: string; ref: string; kinds: readonly EntityKind[] }[] = [];
  const add = (field: string, ref: string | undefined, kinds: readonly EntityKind[]) => {
    if (ref !== undefined) refs.push({ field, ref, kinds });
  };
  switch (entry.kind) {
    case 'Country':
      add('capital', entry.capital, ['City']);
      entry.memberOf.forEach((ref, i) => add(`memberOf.${i}`, ref, ['Organisation']));
      break;
    case 'Region':
      add('country', entry.country, ['Country']);
      add('partOf', entry.partOf, ['Region', 'Country']);
      break;
    case 'City':
      add('country', entry.country, ['Country']);
      add('region', entry.region, ['Region']);
      break;
    case 'Organisation':
      add('country', entry.country, ['Country']);
      add('partOf', entry.partOf, ['Organisation']);
      add('basedIn', entry.basedIn, PLACE);
      break;
    case 'Person':
      add('country', entry.country, ['Country']);
      entry.roles.forEach((role, i) => add(`roles.${i}.of`, role.of, ['Organisation', 'Country', 'Region', 'City']));
      break;
    case 'Group':
      add('country', entry.country, ['Country']);
      add('partOf', entry.partOf, ['Organisation', 'Country']);
      break;
    case 'Event':
      add('country', entry.country, ['Country']);
      add('location', entry.location, PLACE);
      break;
  }
  return refs;
}

/** Every consistency problem in the data; empty when the gazetteer is sound. */
export function checkGazetteer(data: GazetteerData): string[] {
  const problems: string[] = [];
  const entries = expandEntries(data);
  const where = (entry: GazetteerEntry) => `${entry.kind} "${entry.label}"`;

  const ids = new Map<string, GazetteerEntry>();
  const labels = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    const id = entityIdOf(entry);
    const clash = ids.get(id);
    if (clash) problems.push(`${where(entry)}: id "${id}" is also used by ${where(clash)}`);
    else ids.set(id, entry);
    if (!labels.has(entityKey(entry.label))) labels.set(entityKey(entry.label), entry);
  }
  const resolve = (ref: string) => ids.get(ref) ?? labels.get(entityKey(ref));

  for (const ref of data.stateBodies.countries) {
    const target = resolve(ref);
    if (target?.kind !== 'Country') problems.push(`lexicon/state-bodies.json: country "${ref}" ${target ? `is a ${target.kind}` : 'matches no entry'}`);
  }
  const generic = new Map<string, GazetteerEntry>();
  for (const entry of entries) {
    if (entry.kind !== 'Organisation' || entry.genericNames.length === 0) continue;
    if (!entry.country) problems.push(`${where(entry)}: has generic names but no country`);
    for (const name of entry.genericNames) {
      const key = `${entry.country}|${nameKey(name)}`;
      const clash = generic.get(key);
      if (clash && clash !== entry) problems.push(`${where(entry)}: generic name "${name}" is also used by ${where(clash)} in the same country`);
      generic.set(key, entry);
    }
  }

  for (const entry of entries) {
    for (const { field, ref, kinds } of referencesOf(entry)) {
      const target = resolve(ref);
      if (!target) problems.push(`${where(entry)}: ${field} "${ref}" matches no entry`);
      else if (!kinds.includes(target.kind)) problems.push(`${where(entry)}: ${field} "${ref}" is a ${target.kind}, expected ${kinds.join(' or ')}`);
      else if (target === entry) problems.push(`${where(entry)}: ${field} points at itself`);
    }
    for (const name of [entry.label, ...entry.aliases, ...entry.acronyms]) {
      if (piecesOf(name).length === 0) problems.push(`${where(entry)}: name "${name}" has no letters or digits`);
    }
    // Dates compare as strings ("2019" < "2019-03" < "2019-03-01"): a term must not end before it starts.
    if (entry.kind === 'Person') {
      entry.roles.forEach((role, i) => {
        if (role.from && role.to && role.to.slice(0, role.from.length) < role.from.slice(0, role.to.length))
          problems.push(`${where(entry)}: roles.${i} ends ("${role.to}") before it starts ("${role.from}")`);
      });
    }
  }

  // Who claims each name. Names and demonyms share one space (both are matched in running text);
  // acronyms are matched case-sensitively and get their own.
  const claims = new Map<string, Set<string>>();
  const claim = (space: string, name: string, entry: GazetteerEntry) => {
    const key = `${space}:${
      space === 'acronym'
        ? piecesOf(name)
            .map((p) => p.exact)
            .join(' ')
        : nameKey(name)
    }`;
    const set = claims.get(key) ?? new Set<string>();
    set.add(entityIdOf(entry));
    claims.set(key, set);
  };
  for (const entry of entries) {
    for (const name of [entry.label, ...entry.aliases]) claim('name', name.replace(/^the\s+/, ''), entry);
    for (const acronym of entry.acronyms) claim('acronym', acronym, entry);
    if (entry.kind === 'Country' || entry.kind === 'Region') for (const d of entry.demonyms) claim('name', d, entry);
  }
  const deliberate = new Map<string, Set<string>>();
  for (const shared of data.shared.shared) {
    const ids = new Set<string>();
    for (const ref of shared.entries) {
      const target = resolve(ref);
      if (!target) problems.push(`shared name "${shared.name}": entry "${ref}" matches no entry`);
      else ids.add(entityIdOf(target));
    }
    if (shared.preferred && !shared.entries.includes(shared.preferred)) {
      problems.push(`shared name "${shared.name}": preferred "${shared.preferred}" is not one of its entries`);
    }
    deliberate.set(nameKey(shared.name), ids);
  }
  for (const [key, owners] of claims) {
    if (owners.size < 2) continue;
    const name = key.slice(key.indexOf(':') + 1);
    const listed = deliberate.get(name.toLowerCase());
    const unlisted = [...owners].filter((id) => !listed?.has(id));
    if (unlisted.length > 0) {
      problems.push(`name "${name}" is claimed by ${[...owners].map((id) => where(ids.get(id)!)).join(', ')}; list it in shared-aliases.json if that is deliberate`);
    }
  }
  return problems;
}
