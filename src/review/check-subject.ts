/**
 * Whether a decision names things the served graph has: the write API refuses a decision about a
 * stance, entity or relation that is not there (a typo, a page showing an old graph), instead of
 * writing a decision that would only ever be stale. Pure: graph.json data in, a reason or null out.
 */
import type { Decision } from '../../schema/decisions';
import type { SerializedGraph, StanceNodeAttributes } from '../../schema/graph-json';
import { matchesStanceRef } from './stance-ref';

/** Why the decision names something the graph does not have, or null when everything it names is there. */
export function unknownSubject(graph: SerializedGraph, decision: Decision): string | null {
  const entities = new Set(graph.nodes.filter((n) => n.attributes.kind !== 'Stance' && n.attributes.kind !== 'Source').map((n) => n.key));
  const entity = (id: string) => (entities.has(id) ? null : `no entity ${JSON.stringify(id)} in the graph`);
  switch (decision.action) {
    case 'stance.confirm':
    case 'stance.reject':
    case 'stance.correct': {
      const ref = decision.stance;
      const found = graph.nodes.some((n) => {
        if (n.attributes.kind !== 'Stance') return false;
        const stance = n.attributes as StanceNodeAttributes;
        return stance.source === `source:${ref.source}` && matchesStanceRef(ref, stance);
      });
      if (!found) return `no stance of ${JSON.stringify(ref.holder)} at ${ref.source} [${ref.span[0]}, ${ref.span[1]}) with that quote in the graph`;
      if (decision.action !== 'stance.correct') return null;
      return (decision.holder ? entity(decision.holder) : null) ?? (decision.target ? entity(decision.target) : null);
    }
    case 'entity.merge':
      return entity(decision.entity) ?? entity(decision.into);
    case 'entity.keep-apart':
      return entity(decision.entity) ?? entity(decision.other);
    case 'entity.set-kind':
    case 'entity.set-qid':
    case 'entity.rename':
    case 'entity.add-alias':
    case 'entity.reject':
      return entity(decision.entity);
    case 'relation.confirm':
    case 'relation.reject':
      return graph.edges.some((e) => e.key === decision.relation && 'sources' in e.attributes) ? null : `no relation ${JSON.stringify(decision.relation)} in the graph`;
  }
}
