/**
 * Reported events in the `neo4j-admin database import` files: one node file (id space
 * ReportedEvent) and a relationship file per edge, with the properties and edges the writer gives
 * them (`src/write/event-statements.ts`), so a database loaded from the export holds what
 * `kg import --neo4j` writes. Pure: rows in, file descriptions out.
 */
import { NEO4J_LABELS } from '../../schema/neo4j';
import type { EventRow } from '../write/document-rows';
import type { GraphRows } from '../write/graph-rows';
import type { AdminFile, Column } from './admin-files';
import type { ColumnType } from './admin-csv';

const col = (name: string, type: ColumnType = 'string'): Column => ({ name, type });

/** An event's edge to an entity or its source, one row per event that has that end. */
function edgeFile(
  type: 'CARRIED_OUT' | 'AGAINST' | 'LOCATED_IN' | 'STATED_IN',
  events: readonly EventRow[],
  ends: (e: EventRow) => [string, string] | null,
  start: string,
  end: string,
): AdminFile {
  const pairs = events.flatMap((e) => {
    const pair = ends(e);
    return pair ? [pair] : [];
  });
  return {
    // Stem per type and end kinds: LOCATED_IN and STATED_IN have files of their own for entities and stances.
    stem: `relationships-${type}-${NEO4J_LABELS.event}`,
    kind: 'relationships',
    columns: [col(`:START_ID(${start})`), col(`:END_ID(${end})`), col(':TYPE')],
    rows: function* () {
      for (const [from, to] of pairs) yield [from, to, type];
    },
    count: pairs.length,
  };
}

/** The files of the graph's reported events (none when it has none, so older exports keep their file list). */
export function adminEventFiles(rows: GraphRows): AdminFile[] {
  const events = rows.documents.flatMap((d) => d.events);
  if (events.length === 0) return [];
  const label = NEO4J_LABELS.event;
  const nodes: AdminFile = {
    stem: `nodes-${label}`,
    kind: 'nodes',
    columns: [
      col(`id:ID(${label})`),
      col('code'),
      col('name'),
      col('trigger'),
      col('quote'),
      col('start', 'long'),
      col('end', 'long'),
      col('confidence', 'double'),
      col('source'),
      col('date'),
      col('actor'),
      col('target'),
      col('place'),
      col(':LABEL'),
    ],
    rows: function* () {
      for (const e of events) yield [e.id, e.code, e.name, e.trigger, e.quote, e.start, e.end, e.confidence, e.source, e.date, e.actor, e.target, e.place, [label]];
    },
    count: events.length,
  };
  return [
    nodes,
    edgeFile('CARRIED_OUT', events, (e) => (e.actor ? [e.actor, e.id] : null), 'Entity', label),
    edgeFile('AGAINST', events, (e) => (e.target ? [e.id, e.target] : null), label, 'Entity'),
    edgeFile('LOCATED_IN', events, (e) => (e.place ? [e.id, e.place] : null), label, 'Entity'),
    edgeFile('STATED_IN', events, (e) => [e.id, e.source], label, 'Source'),
  ].filter((file) => file.count > 0);
}
