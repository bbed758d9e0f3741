/**
 * A document's entities by normalised name, for the speaker look-ups that run once per speaker
 * and per answer: scanning every entity's names for each of them made a long transcript cost the
 * square of its length. Each look-up gives what the scan in map order gave: the first entity
 * (in the map's order) that matches.
 *
 * Once names are resolved, the entities of a document only grow (speakers the text never names
 * are added), so the index takes in the entries added since its last look-up; a map that shrank
 * is indexed again from the start.
 */
import { normaliseName } from '../../schema/keys';
import type { LocalEntity } from './resolve-names';

interface Hit {
  id: string;
  order: number;
}

export interface EntityNameIndex {
  /** The first entity whose label or one of whose surfaces is the name, after normalisation. */
  named(name: string): string | undefined;
  /** The first person whose normalised label (a "Jr." aside) ends in "-" plus the normalised surname. */
  personWithSurname(surname: string): string | undefined;
  /** The first person whose whole normalised label ends the normalised name after a "-" ("bekova" in "aida-bekova"). */
  personEndingName(key: string): string | undefined;
}

function keepFirst(map: Map<string, Hit>, key: string, hit: Hit): void {
  if (!map.has(key)) map.set(key, hit);
}

/** A normalised person's label without a generational suffix: "robert-o-blake-jr" -> "robert-o-blake". */
export function withoutNameSuffix(key: string): string {
  return key.replace(/-(?:jr|sr|ii|iii)$/u, '');
}

/** The parts of a normalised name after each of its dashes: "a-b-c" -> "b-c", "c". */
function tailsAfterDashes(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf('-'); i >= 0; i = key.indexOf('-', i + 1)) out.push(key.slice(i + 1));
  return out;
}

export function entityNameIndex(entities: ReadonlyMap<string, LocalEntity>): EntityNameIndex {
  let byName = new Map<string, Hit>();
  let bySurname = new Map<string, Hit>();
  let byPersonLabel = new Map<string, Hit>();
  let indexed = 0;
  const catchUp = () => {
    if (entities.size === indexed) return;
    if (entities.size < indexed) {
      byName = new Map();
      bySurname = new Map();
      byPersonLabel = new Map();
      indexed = 0;
    }
    let order = 0;
    for (const e of entities.values()) {
      if (order++ < indexed) continue;
      const hit = { id: e.id, order };
      const label = normaliseName(e.label);
      keepFirst(byName, label, hit);
      for (const s of e.surfaces) keepFirst(byName, normaliseName(s), hit);
      if (e.kind !== 'Person') continue;
      if (label) keepFirst(byPersonLabel, label, hit);
      for (const tail of tailsAfterDashes(withoutNameSuffix(label))) keepFirst(bySurname, tail, hit);
    }
    indexed = entities.size;
  };
  return {
    named(name) {
      catchUp();
      return byName.get(normaliseName(name))?.id;
    },
    personWithSurname(surname) {
      catchUp();
      return bySurname.get(surname)?.id;
    },
    personEndingName(key) {
      catchUp();
      let best: Hit | undefined;
      for (const tail of tailsAfterDashes(key)) {
        const hit = byPersonLabel.get(tail);
        if (hit && (!best || hit.order < best.order)) best = hit;
      }
      return best?.id;
    },
  };
}
