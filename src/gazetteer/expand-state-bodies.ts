/**
 * Every country listed in `lexicon/state-bodies.json` gets its interior ministry, prosecutor,
 * parliament and the other templated bodies: an existing entry that already carries the
 * templated label or one of the templated aliases ("Jogorku Kenesh" is "Parliament of
 * Kyrgyzstan") receives the generic names and the missing aliases; otherwise a new entry is made.
 * Pure.
 */
import type { CountryEntry, GazetteerEntry, OrganisationEntry, StateBodiesFile } from '../../schema/gazetteer';
import { entityKey } from '../../schema/keys';
import { entityIdOf } from './entity-id-of';
import { adjectiveDemonyms } from './expand-governments';
import { nameKey } from './normalise-surface';

/** Fill a template for one country: every short name and every adjective demonym it takes. */
export function fillTemplate(template: string, country: CountryEntry): string[] {
  const names = [country.label, ...country.aliases.filter((a) => !/\bof\b/i.test(a) && !/^the\s/i.test(a))];
  const out = new Set<string>();
  if (template.includes('{name}')) for (const name of names) out.add(template.split('{name}').join(name));
  else if (template.includes('{demonym}')) for (const d of adjectiveDemonyms(country.demonyms)) out.add(template.split('{demonym}').join(d));
  else out.add(template);
  return [...out];
}

/** The entries with each listed country's state bodies found or added, and generic names attached. */
export function withStateBodies(entries: readonly GazetteerEntry[], bodies: StateBodiesFile): GazetteerEntry[] {
  const out = [...entries];
  const byName = new Map<string, number>();
  const byRef = new Map<string, CountryEntry>();
  out.forEach((entry, i) => {
    if (entry.kind === 'Country') {
      byRef.set(entityIdOf(entry), entry);
      byRef.set(entityKey(entry.label), entry);
    }
    if (entry.kind !== 'Organisation') return;
    for (const name of [entry.label, ...entry.aliases]) if (!byName.has(nameKey(name))) byName.set(nameKey(name), i);
  });

  for (const ref of bodies.countries) {
    const country = byRef.get(ref) ?? byRef.get(entityKey(ref));
    if (!country) continue; // checkGazetteer reports it
    const countryId = entityIdOf(country);
    for (const body of bodies.bodies) {
      const [label, ...more] = fillTemplate(body.label, country);
      const aliases = [...more, ...body.aliases.flatMap((a) => fillTemplate(a, country))];
      const found = [label!, ...aliases]
        .map((name) => byName.get(nameKey(name)))
        .find((i) => i !== undefined && byRef.get((out[i] as OrganisationEntry).country ?? '') === country);
      if (found !== undefined) {
        const existing = out[found] as OrganisationEntry;
        const known = new Set([existing.label, ...existing.aliases].map(nameKey));
        out[found] = {
          ...existing,
          aliases: [...existing.aliases, ...[label!, ...aliases].filter((a) => !known.has(nameKey(a)) && (known.add(nameKey(a)), true))],
          genericNames: [...new Set([...existing.genericNames, ...body.genericNames])],
        };
        continue;
      }
      const created: OrganisationEntry = {
        kind: 'Organisation',
        type: body.type,
        label: label!,
        aliases: [...new Set(aliases)].filter((a) => nameKey(a) !== nameKey(label!)),
        acronyms: [],
        country: countryId,
        genericNames: body.genericNames,
        description: `${body.description} of ${country.label}`,
      };
      out.push(created);
      for (const name of [created.label, ...created.aliases]) if (!byName.has(nameKey(name))) byName.set(nameKey(name), out.length - 1);
    }
  }
  return out;
}
