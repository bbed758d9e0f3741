/**
 * The review queue's order: stances nobody has reviewed, least confident first (where the
 * extractor is most likely wrong), then by key so the order is the same on every load. Pure.
 */
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';

export interface QueueItem {
  key: string;
  stance: StanceNodeAttributes;
  holder: string;
  target: string;
}

export function reviewQueue(data: SerializedGraph): QueueItem[] {
  const labels = new Map(data.nodes.map((n) => [n.key, n.attributes.label]));
  return data.nodes
    .filter((n) => n.attributes.kind === 'Stance' && !(n.attributes as StanceNodeAttributes).reviewed)
    .map((n) => {
      const stance = n.attributes as StanceNodeAttributes;
      return { key: n.key, stance, holder: labels.get(stance.holder) ?? stance.holder, target: labels.get(stance.target) ?? stance.target };
    })
    .sort((a, b) => a.stance.confidence - b.stance.confidence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
