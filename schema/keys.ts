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
  let key = normalisedNames.get(name);
  if (key === undefined) {
    key = name
      .replace(/^\s*the\s+/i, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’'`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    // The extractor asks again and again for the same few names (every mention of "Kazakhstan",
    // every alias of a gazetteer entry); forgetting all at a bound keeps a long import's memory flat.
    if (normalisedNames.size >= MAX_NORMALISED_NAMES) normalisedNames.clear();
    normalisedNames.set(name, key);
  }
  return key;
}

const normalisedNames = new Map<string, string>();
const MAX_NORMALISED_NAMES = 100_000;

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

/**
 * Reported event key: where it is stated (the trigger word's span) and its code, not who did it,
 * so resolving the actor or target across documents keeps the key.
 */
export function eventKey(source: string, trigger: readonly [number, number], code: string): string {
  const digest = createHash('sha1').update(`${source}|${trigger[0]}|${trigger[1]}|${code}`).digest('hex');
  return `event:${digest.slice(0, 20)}`;
}

/*
 * Edge keys, one function per edge type. graph.json is a multigraph (one pair of entities may be
 * joined by several relation types: "Kazakh President X" is NATIONAL_OF and LEADS), so the key,
 * not the pair, says which edge it is; every writer and reader of the model takes its keys from
 * here, so the file, the store and Neo4j can never disagree about them.
 */

/** A typed relation between two entities: one edge per type and pair, all its evidence on it. */
export function relationEdgeKey(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}

/** holder -HOLDS-> stance */
export function holdsEdgeKey(holder: string, stance: string): string {
  return `HOLDS:${holder}->${stance}`;
}

/** stance -ABOUT-> target */
export function aboutEdgeKey(stance: string, target: string): string {
  return `ABOUT:${stance}->${target}`;
}

/** stance -STATED_IN-> Source node (its key, `source:<id>`) */
export function statedInEdgeKey(stance: string, sourceNode: string): string {
  return `STATED_IN:${stance}->${sourceNode}`;
}

/** actor -CARRIED_OUT-> reported event */
export function carriedOutEdgeKey(actor: string, event: string): string {
  return `CARRIED_OUT:${actor}->${event}`;
}

/** reported event -AGAINST-> target */
export function againstEdgeKey(event: string, target: string): string {
  return `AGAINST:${event}->${target}`;
}

/** reported event -LOCATED_IN-> place (the relation key's shape; an event node is never a relation's end). */
export function eventPlaceEdgeKey(event: string, place: string): string {
  return `LOCATED_IN:${event}->${place}`;
}

/** entity -MENTIONED_IN-> Source node (its key, `source:<id>`) */
export function mentionedInEdgeKey(entity: string, sourceNode: string): string {
  return `MENTIONED_IN:${entity}->${sourceNode}`;
}

/**
 * Key of one piece of relation support: everything that makes it this statement in this text
 * (or, for a fact from the gazetteer, this source naming both ends). The same relation stated in
 * two places is two pieces; Neo4j keeps one relationship per piece, graph.json one edge per relation.
 */
export function relationSupportId(type: string, from: string, to: string, source: string, span: readonly [number, number] | null, quote: string | null): string {
  const parts = span ? [type, from, to, source, span[0], span[1], quote ?? ''] : [type, from, to, source, 'gazetteer'];
  const digest = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  return `relation:${digest.slice(0, 24)}`;
}
