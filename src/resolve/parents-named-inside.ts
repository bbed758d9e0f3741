/** Bodies named inside other names: "UN" in "UN Special Rapporteurs", for PART_OF. */
import { addKnownEntity, type LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';
import type { Knowledge } from '../extract/knowledge';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A body named inside a name ("UN" in "UN Special Rapporteurs", "OSCE" in "OSCE Representative on
 * Freedom of the Media") is mentioned there too: find the nearest such ancestor along `partOf`,
 * record it for PART_OF and add its mention (with an empty token range, so it never becomes a
 * stance actor of its own).
 */
export function parentsNamedInside(mentions: ResolvedMention[], entities: Map<string, LocalEntity>, knowledge: Knowledge): ResolvedMention[] {
  const extra: ResolvedMention[] = [];
  for (const m of mentions) {
    // A national body is part of its country; a government is the country's own, not a part of it.
    let key = m.known?.partOf ?? (m.known?.kind === 'Organisation' && m.known.orgType !== 'government' ? m.known.country : undefined);
    for (let depth = 0; key && depth < 4; depth++) {
      const parent = knowledge.byKey(key);
      if (!parent) break;
      for (const name of [parent.label, ...parent.aliases]) {
        const caseSensitive = /^[\p{Lu}\d&.-]+$/u.test(name);
        const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu').exec(m.surface);
        if (!found || name === m.surface) continue;
        m.parentInName = parent.id;
        addKnownEntity(entities, parent);
        const start = m.start + found.index;
        extra.push({
          ...m,
          start,
          end: start + found[0].length,
          tokenEnd: m.tokenStart,
          surface: found[0],
          kind: parent.kind,
          via: caseSensitive ? 'acronym' : 'alias',
          known: parent,
          entity: parent.id,
        });
        break;
      }
      if (m.parentInName) break;
      key = parent.partOf;
    }
  }
  return extra;
}
