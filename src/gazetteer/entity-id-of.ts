/**
 * The graph key of a gazetteer entry: its Wikidata QID when the data gives one, else the same
 * normalised-name key the extractor gives names it finds outside the gazetteer, so a name found
 * either way lands on the same node.
 */
import type { GazetteerEntry } from '../../schema/gazetteer';
import { entityKey } from '../../schema/keys';

/** @example entityIdOf(kazakhstan) === 'Q232'; entityIdOf(govOfKazakhstan) === 'n:government-of-kazakhstan' */
export function entityIdOf(entry: Pick<GazetteerEntry, 'id' | 'label'>): string {
  return entityKey(entry.label, entry.id);
}
