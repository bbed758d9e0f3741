/**
 * Every country gets a "Government of <Country>" Organisation entry. Its names are derived from
 * the country's names and adjective demonyms through the templates in
 * `lexicon/government-patterns.json` ("{demonym} authorities" -> "Kazakh authorities"), plus the
 * extra names the country's `government` field lists ("Kremlin"). Pure.
 */
import type { CountryEntry, GazetteerEntry, GovernmentPatternsFile, OrganisationEntry } from '../../schema/gazetteer';
import { entityIdOf } from './entity-id-of';

/** Adjective demonyms only: "Kazakhs" is the plural noun of "Kazakh", so "Kazakhs government" is never made. */
export function adjectiveDemonyms(demonyms: readonly string[]): string[] {
  return demonyms.filter((d) => !(/s$/.test(d) && demonyms.includes(d.slice(0, -1))));
}

function fill(pattern: string, slot: '{name}' | '{demonym}', value: string): string {
  return pattern.split(slot).join(value);
}

/** The government entry of one country. */
export function governmentEntryOf(country: CountryEntry, patterns: GovernmentPatternsFile): OrganisationEntry {
  const spec = country.government;
  const label = spec?.label ?? `Government of ${country.label}`;
  // Long official names ("Republic of Kazakhstan") make clumsy templates; the short ones suffice.
  const names = [country.label, ...country.aliases.filter((a) => !/\bof\b/i.test(a)), ...country.acronyms];
  const adjectives = adjectiveDemonyms(country.demonyms);
  const aliases = new Set<string>();
  for (const pattern of patterns.patterns) {
    const hasName = pattern.includes('{name}');
    const hasDemonym = pattern.includes('{demonym}');
    if (hasName && hasDemonym) continue;
    for (const value of hasName ? names : adjectives) aliases.add(fill(pattern, hasName ? '{name}' : '{demonym}', value));
  }
  // Official statements name the state in full: "the Government of the Republic of Uzbekistan".
  for (const official of country.aliases.filter((a) => /\bof\b/i.test(a))) {
    aliases.add(`Government of ${official}`);
    aliases.add(`Government of the ${official}`);
  }
  // "the Government of the Kyrgyz Republic", "the leadership of the Russian Federation": a state's
  // name that ends in a common noun takes "the" after "of".
  for (const name of country.aliases.filter((a) => !/\bof\b/i.test(a) && /\s(?:Republic|Federation|Kingdom|Emirates|States|Union)$/u.test(a))) {
    aliases.add(`Government of the ${name}`);
    aliases.add(`leadership of the ${name}`);
  }
  for (const alias of spec?.aliases ?? []) aliases.add(alias);
  aliases.delete(label);
  return {
    kind: 'Organisation',
    type: 'government',
    ...(spec?.id ? { id: spec.id } : {}),
    label,
    aliases: [...aliases],
    acronyms: spec?.acronyms ?? [],
    country: entityIdOf(country),
    genericNames: patterns.genericNames,
    description: `the government and state authorities of ${country.label}, as one body`,
  };
}

/** The input entries followed by one government entry per country, in country order. */
export function withGovernments(entries: readonly GazetteerEntry[], patterns: GovernmentPatternsFile): GazetteerEntry[] {
  const governments = entries.filter((e): e is CountryEntry => e.kind === 'Country').map((c) => governmentEntryOf(c, patterns));
  return [...entries, ...governments];
}
