/** The country a document is about: it decides whose "authorities" and "government" the text means. */
import type { Knowledge, KnownEntity } from './knowledge';
import type { RawMention } from './raw-mention';

const STATE_ORG_TYPES = new Set(['government', 'state-body']);

/** The country the document is mostly about: the most mentioned one, the first on a tie. */
export function focusCountry(mentions: readonly RawMention[], knowledge: Knowledge, leadEnd = 0): KnownEntity | undefined {
  const counts = new Map<string, { entity: KnownEntity; count: number; first: number }>();
  for (const m of mentions) {
    if (!m.known) continue;
    // A city or region counts for its country: a report datelined Dushanbe is about Tajikistan. So
    // does a country's government or state body: "Authorities in Kazakhstan", "Kazakh authorities"
    // are read as the government at once and name no country of their own.
    const stateBody = m.kind === 'Organisation' && STATE_ORG_TYPES.has(m.known.orgType ?? '');
    const placed = m.kind === 'City' || m.kind === 'Region' || stateBody;
    const country = m.kind === 'Country' ? m.known : placed ? (m.known.country ? knowledge.byKey(m.known.country) : undefined) : undefined;
    if (!country || country.kind !== 'Country') continue;
    const entry = counts.get(country.id) ?? { entity: country, count: 0, first: m.start };
    entry.count += (m.kind === 'Country' || stateBody ? 1 : 0.5) * (m.start < leadEnd ? 2 : 1);
    counts.set(country.id, entry);
  }
  let best: { entity: KnownEntity; count: number; first: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count || (c.count === best.count && c.first < best.first)) best = c;
  return best?.entity;
}
