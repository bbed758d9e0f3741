/** Bodies named inside other names: "UN" in "UN Special Rapporteurs", for PART_OF. */
import { addKnownEntity, type LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import type { Knowledge, KnownEntity } from './knowledge';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A body named inside a name ("UN" in "UN Special Rapporteurs", "OSCE" in "OSCE Representative on
 * Freedom of the Media") is mentioned there too: find the nearest such ancestor along `partOf`,
 * record it on the mention for PART_OF and add its mention (with an empty token range, so it
 * never becomes a stance actor of its own). Returns new mentions and a new entity map; the
 * arguments are left as they were.
 */
export function parentsNamedInside(
  mentions: readonly ResolvedMention[],
  entities: ReadonlyMap<string, LocalEntity>,
  knowledge: Knowledge,
): { mentions: ResolvedMention[]; entities: Map<string, LocalEntity> } {
  const out = new Map(entities);
  const result: ResolvedMention[] = [];
  const extra: ResolvedMention[] = [];
  for (const m of mentions) {
    const inside = parentInside(m, knowledge);
    if (!inside) {
      result.push(m);
      continue;
    }
    const { parent } = inside;
    addKnownEntity(out, parent);
    const marked = { ...m, parentInName: parent.id };
    result.push(marked);
    const start = m.start + inside.index;
    extra.push({
      ...marked,
      start,
      end: start + inside.text.length,
      tokenEnd: m.tokenStart,
      surface: inside.text,
      kind: parent.kind,
      via: inside.caseSensitive ? 'acronym' : 'alias',
      known: parent,
      entity: parent.id,
    });
  }
  return { mentions: [...result, ...extra], entities: out };
}

/** The nearest ancestor body whose name the mention's surface contains, and where. */
function parentInside(m: ResolvedMention, knowledge: Knowledge): { parent: KnownEntity; index: number; text: string; caseSensitive: boolean } | undefined {
  // A national body is part of its country; a government is the country's own, not a part of it.
  let key = m.known?.partOf ?? (m.known?.kind === 'Organisation' && m.known.orgType !== 'government' ? m.known.country : undefined);
  for (let depth = 0; key && depth < 4; depth++) {
    const parent = knowledge.byKey(key);
    if (!parent) return undefined;
    for (const name of [parent.label, ...parent.aliases]) {
      const caseSensitive = /^[\p{Lu}\d&.-]+$/u.test(name);
      const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').exec(m.surface);
      if (found && name !== m.surface) return { parent, index: found.index, text: found[0], caseSensitive };
    }
    key = parent.partOf;
  }
  return undefined;
}
