/**
 * Entity matching: a predicted node matches a gold entity when they have the same kind and share
 * a name (label or alias, compared with `normaliseName`, leading article dropped). Matching is one-to-one, so an
 * extractor that leaves "Tokayev" and "Kassym-Jomart Tokayev" as two nodes gets one match and
 * one spurious node: unresolved duplicates cost precision, as they cost a reader of the graph.
 */
import { normaliseName } from '../../schema/keys';
import type { GoldEntity } from '../../schema/gold';
import type { PredictedEntity } from './predicted-graph';

export interface SpuriousEntity extends PredictedEntity {
  /** Set when the name matches a gold entity of another kind: "gold has it as Country". */
  hint?: string;
}

export interface EntityMatching {
  /** Predicted node key -> gold label, for every matched node. */
  goldOf: Map<string, string>;
  matched: { gold: GoldEntity; predicted: PredictedEntity }[];
  missed: GoldEntity[];
  spurious: SpuriousEntity[];
}

/**
 * A name as the evaluator compares it: `normaliseName` without a leading article, so "the
 * opposition" and "opposition" are one name (the article carries no identity; which form a
 * gold file or an extractor keeps as its label is a matter of style).
 */
export function comparableName(name: string): string {
  return normaliseName(name).replace(/^the-(?=.)/, '');
}

/** Comparable names of a labelled thing: its label and all aliases. */
export function nameSet(label: string, aliases: readonly string[] = []): Set<string> {
  return new Set([label, ...aliases].map(comparableName).filter((n) => n.length > 0));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

/**
 * Match predicted entities to gold entities, best pairs first: same label beats label-is-alias
 * of the other; ties go to the larger name overlap, then to input order (deterministic).
 */
export function matchEntities(gold: readonly GoldEntity[], predicted: readonly PredictedEntity[]): EntityMatching {
  const goldNames = gold.map((g) => nameSet(g.label, g.aliases));
  const predNames = predicted.map((p) => nameSet(p.label, p.aliases));
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const gLabel = comparableName(g.label);
    predicted.forEach((p, pi) => {
      if (p.kind !== g.kind) return;
      const shared = overlap(goldNames[gi], predNames[pi]);
      if (shared === 0) return;
      const pLabel = comparableName(p.label);
      const rank = pLabel === gLabel ? 3 : goldNames[gi].has(pLabel) || predNames[pi].has(gLabel) ? 2 : 1;
      // Alias-to-alias overlap alone is not a match: generic aliases such as "the authorities"
      // are shared by the governments of several countries in a multi-document graph.
      if (rank < 2) return;
      pairs.push({ g: gi, p: pi, score: rank * 1000 + shared });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);

  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const goldOf = new Map<string, string>();
  const matched: EntityMatching['matched'] = [];
  for (const { g, p } of pairs) {
    if (goldUsed.has(g) || predUsed.has(p)) continue;
    goldUsed.add(g);
    predUsed.add(p);
    goldOf.set(predicted[p].key, gold[g].label);
    matched.push({ gold: gold[g], predicted: predicted[p] });
  }

  const missed = gold.filter((_, gi) => !goldUsed.has(gi));
  const spurious: SpuriousEntity[] = [];
  predicted.forEach((p, pi) => {
    if (predUsed.has(pi)) return;
    const other = gold.findIndex((g, gi) => g.kind !== p.kind && overlap(goldNames[gi], predNames[pi]) > 0);
    const duplicate = gold.findIndex((g, gi) => g.kind === p.kind && overlap(goldNames[gi], predNames[pi]) > 0);
    const hint = other >= 0 ? `gold has "${gold[other].label}" as ${gold[other].kind}` : duplicate >= 0 ? `duplicate of "${gold[duplicate].label}"` : undefined;
    spurious.push(hint ? { ...p, hint } : { ...p });
  });
  return { goldOf, matched, missed, spurious };
}
