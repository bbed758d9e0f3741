/**
 * Stable keys. The same entity found in two sources must get the same node key, and the same
 * input must always give the same keys, so re-importing changes nothing.
 */
import { createHash } from 'node:crypto';

/**
 * Lower-case, strip accents, punctuation and a leading "the", join words with '-':
 * "Évgeniy  Zhovtis" -> "evgeniy-zhovtis", "the opposition" -> "opposition".
 */
export function normaliseName(name: string): string {
  return name
    .replace(/^\s*the\s+/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Entity key: the Wikidata QID when known, else `n:` plus the normalised name. */
export function entityKey(label: string, wikidata?: string): string {
  return wikidata ?? `n:${normaliseName(label)}`;
}

export function sourceKey(sourceId: string): string {
  return `source:${sourceId}`;
}

/** Stance key: derived from where it is stated and what it links, so it is the same on every run. */
export function stanceKey(source: string, span: readonly [number, number], holder: string, target: string): string {
  const digest = createHash('sha1').update(`${source}|${span[0]}|${span[1]}|${holder}|${target}`).digest('hex');
  return `stance:${digest.slice(0, 20)}`;
}

export function relationEdgeKey(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}
