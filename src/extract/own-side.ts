/**
 * The holder's own side: the bodies a person leads or works for, the bodies an organisation is
 * part of, the state a state body belongs to, and that state's government. "On behalf of the
 * ministry I thank ...", "the agency greatly appreciates the work of its own office": what a voice
 * says of its own side is self-description, not a stance towards it. Pure.
 */
import type { Relation } from '../../schema/records';
import type { Knowledge } from './knowledge';
import { embassyState } from './mission-name';

/** Relations that put their `from` end on the side of their `to` end (not MEMBER_OF: a state's view of an alliance it belongs to is a stance). */
const SIDE_RELATIONS = new Set(['WORKS_FOR', 'LEADS', 'PART_OF']);
const STATE_ORG_TYPES = new Set(['government', 'state-body']);
const DEPTH = 4;

/** `self`: one body named twice; `side`: one contains the other, or both belong to the same body or state. */
export type Side = 'self' | 'side';

export interface OwnSide {
  sideOf(holder: string, target: string): Side | undefined;
}

/** The document's own record of an entity, for names and kinds the gazetteer does not know. */
export type EntityOf = (entity: string) => { label: string; kind: string } | undefined;

/**
 * @example ownSide(relations, knowledge).sideOf('Q311440', 'Q1065') // 'side': the UN Secretary-General and the UN
 */
export function ownSide(
  relations: readonly Relation[],
  knowledge: Pick<Knowledge, 'byKey' | 'governmentOf'> & Partial<Pick<Knowledge, 'name' | 'demonym'>>,
  entityOf: EntityOf = () => undefined,
): OwnSide {
  const direct = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = direct.get(from);
    if (!set) direct.set(from, (set = new Set()));
    set.add(to);
  };
  for (const r of relations) if (SIDE_RELATIONS.has(r.type)) add(r.from, r.to);
  const parentsOf = (entity: string): string[] => {
    const out = [...(direct.get(entity) ?? [])];
    // "the U.S. Embassy in Bishkek": a state's embassy is on its state's side.
    const label = entityOf(entity)?.label;
    const state =
      label && knowledge.name && knowledge.demonym && /\bEmbassy\b/u.test(label) ? embassyState(label, { name: knowledge.name, demonym: knowledge.demonym }) : undefined;
    if (state) out.push(state.id);
    const known = knowledge.byKey(entity);
    if (known) {
      if (known.partOf) out.push(known.partOf);
      for (const role of known.roles) out.push(role.of);
      // A ministry, a security service: part of its state.
      if (known.kind === 'Organisation' && known.country && STATE_ORG_TYPES.has(known.orgType ?? '')) out.push(known.country);
      // A state speaks through its government and the government for its state.
      if (known.kind === 'Country') {
        const government = knowledge.governmentOf(entity);
        if (government) out.push(government.id);
      }
    }
    return out;
  };
  const cache = new Map<string, Set<string>>();
  const upOf = (entity: string): Set<string> => {
    const seen = cache.get(entity);
    if (seen) return seen;
    const up = new Set<string>();
    let frontier = [entity];
    for (let depth = 0; depth < DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const e of frontier)
        for (const p of parentsOf(e)) {
          if (p === entity || up.has(p)) continue;
          up.add(p);
          next.push(p);
        }
      frontier = next;
    }
    cache.set(entity, up);
    return up;
  };
  const kindOf = (entity: string) => entityOf(entity)?.kind ?? knowledge.byKey(entity)?.kind;
  const labelOf = (entity: string) => entityOf(entity)?.label ?? knowledge.byKey(entity)?.label;
  return {
    sideOf(holder, target) {
      if (holder === target) return 'self';
      const up = upOf(holder);
      const targetUp = upOf(target);
      if (up.has(target) || targetUp.has(holder)) return 'side';
      // "The delegation of the union to the republic" and "the delegation of the union": one body named twice.
      const a = labelOf(holder)?.toLowerCase();
      const b = labelOf(target)?.toLowerCase();
      if (a && b && a !== b && (a.startsWith(`${b} `) || b.startsWith(`${a} `))) return 'self';
      // Two bodies of one state or one organisation; a person is judged in their own right.
      if (kindOf(target) === 'Person' || targetUp.size === 0) return undefined;
      for (const x of targetUp) if (up.has(x) && kindOf(x) !== undefined) return 'side';
      return undefined;
    },
  };
}
