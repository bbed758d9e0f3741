/**
 * "The Foreign Ministry noted ...", "the MFA said", "Parliament strongly condemns" in a text that
 * names the body in full ("the Ministry of Foreign Affairs of Uzbekistan", "the European
 * Parliament"): the generic name means that body, not the body of the country in focus nor a body
 * of its own. A ministry's statement reported from another country (a Tashkent statement about
 * Kazakhstan) otherwise speaks for the wrong state. Only when exactly one body fits. Pure.
 */
import { governedCountry } from './implied-government';
import type { Knowledge, KnownEntity } from './knowledge';
import type { LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import type { Token } from './tokenize';

interface Linked {
  mentions: readonly ResolvedMention[];
  entities: ReadonlyMap<string, LocalEntity>;
}

/** The mention's words past a leading "the": "the Foreign Ministry" -> tokens of "Foreign Ministry". */
function wordsStart(tokens: readonly Token[], m: ResolvedMention): number {
  return tokens[m.tokenStart]?.lower === 'the' ? m.tokenStart + 1 : m.tokenStart;
}

/** Whether the mention's words are, in full, a generic name of the body that `country` has ("Foreign Ministry", "MFA", "parliament"). */
function genericBodyOf(knowledge: Knowledge, texts: readonly string[], tokens: readonly Token[], m: ResolvedMention, country: string): KnownEntity | undefined {
  const start = wordsStart(tokens, m);
  const match = knowledge.nationalAt(texts, start, country);
  return match && start + match.length === m.tokenEnd ? match.entity : undefined;
}

/** Mentions that write a body's own name (not a generic word for it), with the body's country. */
function bodiesNamedInFull(mentions: readonly ResolvedMention[], knowledge: Knowledge, texts: readonly string[], tokens: readonly Token[]): Map<string, KnownEntity> {
  const named = new Map<string, KnownEntity>();
  for (const m of mentions) {
    const k = m.known;
    // "the government" stays the government of the country in focus even where another one is
    // named ("the Russian government"): of all state bodies it is the one a text means by default.
    if (!k || k.kind !== 'Organisation' || (m.via !== 'name' && m.via !== 'alias') || governedCountry(knowledge, k)) continue;
    if (k.country && genericBodyOf(knowledge, texts, tokens, m, k.country)) continue;
    named.set(k.id, k);
  }
  return named;
}

/** The one body named in full that a generic mention can mean: a state body of the same kind, or a body whose name ends in the generic words. */
function namedBodyFor(
  m: ResolvedMention,
  named: ReadonlyMap<string, KnownEntity>,
  knowledge: Knowledge,
  texts: readonly string[],
  tokens: readonly Token[],
): KnownEntity | undefined {
  const fits = new Map<string, KnownEntity>();
  for (const body of named.values()) {
    if (body.country && genericBodyOf(knowledge, texts, tokens, m, body.country)?.id === body.id) fits.set(body.id, body);
  }
  if (fits.size === 0) {
    // "Parliament" after "the European Parliament": a body outside any state, named by its last words.
    const words = texts.slice(wordsStart(tokens, m), m.tokenEnd).join(' ').toLowerCase();
    for (const body of named.values()) if (!body.country && body.label.toLowerCase().endsWith(` ${words}`)) fits.set(body.id, body);
  }
  return fits.size === 1 ? [...fits.values()][0] : undefined;
}

/**
 * Relinks generic body mentions (read as the focus country's body, or as a name of their own) to
 * the one body of that kind the text names in full.
 * @example genericBodiesAsTheNamedBody(linked, tokens, knowledge) // "the Foreign Ministry" -> Ministry of Foreign Affairs of Uzbekistan
 */
export function genericBodiesAsTheNamedBody(linked: Linked, tokens: readonly Token[], knowledge: Knowledge): Linked {
  const texts = tokens.map((t) => t.text);
  const named = bodiesNamedInFull(linked.mentions, knowledge, texts, tokens);
  if (named.size === 0) return linked;
  const entities = new Map(linked.entities);
  const replaced = new Set<string>();
  const mentions = linked.mentions.map((m) => {
    if (m.kind !== 'Organisation' || named.has(m.entity) || (m.via !== 'name' && m.via !== 'authorities')) return m;
    // A generic word only: a body's own name ("Foreign Ministry of Uzbekistan") is never relinked.
    const generic = m.via === 'authorities' || (m.known === undefined && [...named.values()].some((b) => b.country && genericBodyOf(knowledge, texts, tokens, m, b.country)));
    const body = generic ? namedBodyFor(m, named, knowledge, texts, tokens) : undefined;
    if (!body) return m;
    replaced.add(m.entity);
    entities.get(body.id)?.surfaces.add(m.surface.replace(/\s+/g, ' '));
    return { ...m, entity: body.id, known: body, kind: body.kind };
  });
  for (const id of replaced) if (!mentions.some((m) => m.entity === id)) entities.delete(id);
  return { mentions, entities };
}
