/** A mention after resolution: the raw mention plus the key of the entity it refers to. */
import type { RawMention } from './raw-mention';

export interface ResolvedMention extends RawMention {
  entity: string;
}
