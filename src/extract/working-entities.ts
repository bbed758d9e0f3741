/**
 * A component's own copy of the document's entities, with the look-ups that add to it: the
 * government of a country, a gazetteer entity a relation needs. The copy becomes the component's
 * `entities` layer; the map it was copied from is never touched.
 */
import type { EntityKind } from '../../schema/enums';
import type { Knowledge, KnownEntity } from './knowledge';
import { addKnownEntity, type LocalEntity } from './resolve-names';

export interface WorkingEntities {
  readonly entities: Map<string, LocalEntity>;
  kindOf(id: string): EntityKind | undefined;
  /** Key of "Government of <country>", added when first asked for. */
  governmentOf(country: string): string | undefined;
  /** Key of a gazetteer entity, added when first asked for. */
  knownEntity(known: KnownEntity): string;
}

export function workingEntities(from: ReadonlyMap<string, LocalEntity>, knowledge: Knowledge): WorkingEntities {
  const entities = new Map(from);
  return {
    entities,
    kindOf: (id) => entities.get(id)?.kind,
    governmentOf: (country) => {
      const government = knowledge.governmentOf(country);
      return government ? addKnownEntity(entities, government) : undefined;
    },
    knownEntity: (known) => addKnownEntity(entities, known),
  };
}
