/**
 * One name for one diplomatic mission, however a text writes it: "the EU Delegation in the
 * Republic of Tajikistan", "EU Delegation to Tajikistan" and "Delegation of the European Union to
 * Tajikistan" are one body; so are "the U.S. Embassy in Dushanbe", "US Embassy in Tajikistan" and
 * "Embassy of the United States in Tajikistan". The sender and the host must both be known (a
 * capital stands for its country); anything else keeps the name as written. Pure.
 */
import type { Knowledge, KnownEntity } from './knowledge';

/** "<sender> Embassy|Delegation|Mission in|to <host>" */
const SENDER_FIRST = /^(?:the\s+)?(.+?)\s+(Embassy|Delegation|Mission|Permanent Mission)\s+(?:in|to)\s+(?:the\s+)?(.+)$/u;
/** "Embassy|Delegation of <sender> in|to <host>" */
const HEAD_FIRST = /^(?:the\s+)?(Embassy|Delegation|Mission|Permanent Mission)\s+of\s+(?:the\s+)?(.+?)\s+(?:in|to)\s+(?:the\s+)?(.+)$/u;

/** The state or body a sender word names: "EU", "U.S.", "American", "Japanese", "the European Union". */
function senderOf(text: string, knowledge: Pick<Knowledge, 'name' | 'demonym'>): KnownEntity | undefined {
  const known = knowledge.name(text) ?? knowledge.demonym(text);
  return known && (known.kind === 'Country' || known.kind === 'Organisation') ? known : undefined;
}

/** The country a host names: the country itself, or the country of its capital or city. */
function hostOf(text: string, knowledge: Knowledge): KnownEntity | undefined {
  const known = knowledge.name(text);
  if (!known) return undefined;
  if (known.kind === 'Country') return known;
  if (known.kind === 'City' && known.country) {
    const country = knowledge.byKey(known.country);
    return country?.kind === 'Country' ? country : undefined;
  }
  return undefined;
}

/**
 * The canonical name of a diplomatic mission, or undefined when `name` is not one or its sender
 * or host is unknown.
 * @example missionName('EU Delegation in the Republic of Tajikistan', knowledge) // 'Delegation of the European Union to Tajikistan'
 * @example missionName('U.S. Embassy in Dushanbe', knowledge) // 'Embassy of the United States in Tajikistan'
 */
export function missionName(name: string, knowledge: Knowledge): string | undefined {
  const first = SENDER_FIRST.exec(name.trim());
  const head = HEAD_FIRST.exec(name.trim());
  const parts = first ? { sender: first[1]!, kind: first[2]!, host: first[3]! } : head ? { sender: head[2]!, kind: head[1]!, host: head[3]! } : undefined;
  if (!parts) return undefined;
  const sender = senderOf(parts.sender, knowledge);
  const host = hostOf(parts.host, knowledge);
  if (!sender || !host || sender.id === host.id) return undefined;
  // A body's mission keeps its own name ("OSCE Mission to Moldova"); only a delegation (the EU's) is renamed.
  if (sender.kind === 'Organisation' && parts.kind !== 'Delegation') return undefined;
  // A name made of common nouns takes the article: "the United States", "the European Union".
  const senderLabel = /\b(?:States|Kingdom|Union|Republic|Emirates|Netherlands|Philippines|Federation|Nations)\b/u.test(sender.label) ? `the ${sender.label}` : sender.label;
  // A body sends a delegation "to" its host; a state's embassy is "in" it (the forms in use).
  const preposition = parts.kind === 'Embassy' ? 'in' : 'to';
  return `${parts.kind} of ${senderLabel} ${preposition} ${host.label}`;
}

/** "<sender> Embassy", "Embassy of <sender>" with no host named. */
const EMBASSY_ALONE = /^(?:the\s+)?(?:(.+?)\s+Embassy|Embassy\s+of\s+(?:the\s+)?(.+?))$/u;

/**
 * The state a state's embassy speaks for ("the U.S. Embassy in Bishkek", "Embassy of Japan"), or
 * undefined for anything else (a body's delegation or mission speaks for itself).
 * @example embassyState('U.S. Embassy in Bishkek', knowledge)?.label // 'United States'
 */
export function embassyState(name: string, knowledge: Pick<Knowledge, 'name' | 'demonym'>): KnownEntity | undefined {
  const trimmed = name.trim();
  const first = SENDER_FIRST.exec(trimmed);
  const head = HEAD_FIRST.exec(trimmed);
  const alone = first || head ? undefined : EMBASSY_ALONE.exec(trimmed);
  const sender = first?.[2] === 'Embassy' ? first[1] : head?.[1] === 'Embassy' ? head[2] : (alone?.[1] ?? alone?.[2]);
  const state = sender ? senderOf(sender, knowledge) : undefined;
  return state?.kind === 'Country' ? state : undefined;
}
