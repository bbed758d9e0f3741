/** The titles the document gives each person, so that a bare "the minister" can find its holder. */
import type { Relation } from '../../schema/records';
import type { Knowledge } from './knowledge';
import type { LocalEntity } from './resolve-names';
import type { ResolvedMention } from './resolved-mention';

/**
 * Titles by person key, lower case: those written before the name, those the gazetteer's roles
 * give for a body the text names, and those an apposition states.
 */
export function titlesByPerson(
  mentions: readonly ResolvedMention[],
  entities: ReadonlyMap<string, LocalEntity>,
  knowledge: Knowledge,
  relations: readonly Relation[] = [],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (person: string, title: string) => {
    let set = out.get(person);
    if (!set) out.set(person, (set = new Set()));
    set.add(title.toLowerCase());
  };
  for (const m of mentions) {
    if (m.kind !== 'Person') continue;
    if (m.title) {
      const words = m.title.text.toLowerCase().split(/\s+/);
      for (let k = 0; k < words.length; k++) {
        const phrase = words.slice(k).join(' ');
        if (knowledge.titles.has(phrase)) add(m.entity, phrase);
      }
    }
    for (const role of m.known?.roles ?? []) if (entities.has(role.of)) add(m.entity, role.title);
  }
  // "Zarina Alieva, the ambassador of Uzbekistan": a role the text gives in an apposition is a
  // title too, unless it is one the person no longer holds ("former head").
  for (const r of relations) {
    if (!r.role || entities.get(r.from)?.kind !== 'Person' || /^(former|ex-|ex |then|late)\b/i.test(r.role)) continue;
    const words = r.role.toLowerCase().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const phrase = words.slice(k).join(' ');
      if (knowledge.titles.has(phrase)) add(r.from, phrase);
    }
  }
  return out;
}
