/**
 * How a decision names a stance (`StanceRef`): by source, span, holder (and target) and quote,
 * none of which a re-extraction of an unchanged text changes. The viewer builds the same
 * reference from a Stance node of graph.json.
 */
import type { StanceRef } from '../../schema/decisions';
import type { StanceNodeAttributes } from '../../schema/graph-json';
import type { Stance } from '../../schema/records';

/** The reference of a stance of the document with source id `source`. */
export function stanceRefOf(source: string, stance: Pick<Stance, 'span' | 'holder' | 'target' | 'quote'>): StanceRef {
  return { source, span: [stance.span[0], stance.span[1]], holder: stance.holder, target: stance.target, quote: stance.quote };
}

/** The reference of a graph.json Stance node (its `source` is the Source node's key, `source:<id>`). */
export function stanceRefOfNode(attributes: Pick<StanceNodeAttributes, 'source' | 'span' | 'holder' | 'target' | 'quote'>): StanceRef {
  return stanceRefOf(attributes.source.replace(/^source:/, ''), attributes);
}

/** Whether a stance of that document is the one the reference names (a reference without target names every target). */
export function matchesStanceRef(ref: StanceRef, stance: Pick<Stance, 'span' | 'holder' | 'target' | 'quote'>): boolean {
  return (
    stance.span[0] === ref.span[0] &&
    stance.span[1] === ref.span[1] &&
    stance.holder === ref.holder &&
    (ref.target === undefined || stance.target === ref.target) &&
    stance.quote === ref.quote
  );
}
