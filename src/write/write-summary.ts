/**
 * What a write did, added up from the driver's own counters (`summary.counters.updates()`), so the
 * numbers are Neo4j's, not the writer's guess. A re-import of unchanged sources sums to zero.
 */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
  indexesAdded: number;
  constraintsAdded: number;
}

export interface WriteSummary extends WriteCounters {
  documents: number;
  /** Write transactions committed for the documents (equal to documents unless they share transactions). */
  transactions: number;
  /** Documents whose transaction changed nothing. */
  unchangedDocuments: number;
  /** Parameter rows sent (source, entities, mentions, relations, stances). */
  rows: number;
  /** Cypher statements run. */
  statements: number;
  /** Sources removed because the graph no longer has them (forgotten, or gone with --fresh). */
  removedSources: number;
  /** Relations and stances not written because an end is missing from their document. */
  skipped: { relations: number; stances: number };
  milliseconds: number;
}

export function emptyCounters(): WriteCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
    indexesAdded: 0,
    constraintsAdded: 0,
  };
}

export function emptySummary(): WriteSummary {
  return {
    ...emptyCounters(),
    documents: 0,
    transactions: 0,
    unchangedDocuments: 0,
    removedSources: 0,
    rows: 0,
    statements: 0,
    skipped: { relations: 0, stances: 0 },
    milliseconds: 0,
  };
}

const COUNTER_KEYS = Object.keys(emptyCounters()) as (keyof WriteCounters)[];

/** Add the driver's `counters.updates()` (or another WriteCounters) into `into`. */
export function addCounters(into: WriteCounters, updates: Partial<Record<keyof WriteCounters, number>>): void {
  for (const key of COUNTER_KEYS) into[key] += updates[key] ?? 0;
}

export function changedAnything(counters: WriteCounters): boolean {
  return COUNTER_KEYS.some((key) => counters[key] !== 0);
}

/** One line for the CLI: "2 documents (1 unchanged): +120 nodes, +340 relationships, 900 properties set, -0 nodes, -0 relationships". */
export function formatSummary(summary: WriteSummary): string {
  const parts = [
    `${summary.documents} document${summary.documents === 1 ? '' : 's'} (${summary.unchangedDocuments} unchanged${summary.removedSources ? `, ${summary.removedSources} source${summary.removedSources === 1 ? '' : 's'} removed` : ''})`,
    `+${summary.nodesCreated} nodes`,
    `+${summary.relationshipsCreated} relationships`,
    `${summary.propertiesSet} properties set`,
    `-${summary.nodesDeleted} nodes`,
    `-${summary.relationshipsDeleted} relationships`,
  ];
  const skipped = summary.skipped.relations + summary.skipped.stances;
  return `${parts.join(', ')}${skipped ? `; ${skipped} relations/stances skipped (an end is not among the document's entities)` : ''} in ${(summary.milliseconds / 1000).toFixed(1)} s`;
}
